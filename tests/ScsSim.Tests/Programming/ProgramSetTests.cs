using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.Programming;

public class ProgramSetTests
{
    private static TonicProgram Tonic(double hz, double widthUs) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(widthUs)), Frequency.FromHertz(hz));

    private static AreaProgram Area(StimulationProgram program, int cathode, double offsetUs) =>
        new(program, ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, cathode, cathode + 1), Duration.FromMicroseconds(offsetUs));

    [Fact]
    public void Two_areas_at_the_same_rate_interleave_when_offset_by_more_than_a_pulse()
    {
        // 50 Hz, 300 µs phases: each pulse is busy 600 µs of every 20 ms.
        var set = new ProgramSet([Area(Tonic(50, 300), 1, 0), Area(Tonic(50, 300), 4, 10_000)]);
        Assert.Equal(2, set.Areas.Count);
    }

    [Fact]
    public void Overlapping_areas_are_rejected_with_a_message_naming_them()
    {
        var e = Assert.Throws<ArgumentException>(() => new ProgramSet([Area(Tonic(50, 300), 1, 0), Area(Tonic(50, 300), 4, 500)]));
        Assert.Contains("areas[0]", e.Message);
        Assert.Contains("areas[1]", e.Message);
    }

    [Fact]
    public void Different_rates_eventually_collide_and_that_is_found_without_simulation()
    {
        // 40 Hz and 60 Hz: the gcd of the periods (25 ms, 16.67 ms) is 8.33 ms, so the pulses meet whenever the offset
        // modulo 8.33 ms falls within the 600 µs busy windows.
        Assert.Throws<ArgumentException>(() => new ProgramSet([Area(Tonic(40, 300), 1, 0), Area(Tonic(60, 300), 4, 8_333)]));
        new ProgramSet([Area(Tonic(40, 300), 1, 0), Area(Tonic(60, 300), 4, 4_000)]);
    }

    [Fact]
    public void Non_commensurate_rates_that_share_no_common_period_still_get_an_exact_answer()
    {
        // 130 Hz and 50 Hz: gcd(1/130 s, 1/50 s) = 1/650 s = 1.538 ms; 600 µs + 600 µs busy fits, so a mid offset works.
        new ProgramSet([Area(Tonic(130, 300), 1, 0), Area(Tonic(50, 300), 4, 769)]);
        Assert.Throws<ArgumentException>(() => new ProgramSet([Area(Tonic(130, 300), 1, 0), Area(Tonic(50, 300), 4, 300)]));
    }

    [Fact]
    public void Negative_offset_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgramSet([Area(Tonic(50, 300), 1, -10)]));
    }

    /// <summary>
    /// With whole-hertz rates both trains repeat every second, so checking every pulse within a few seconds by brute
    /// force is exhaustive: the exact lattice test must agree with it on every random case.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Exact_overlap_test_agrees_with_brute_force_over_the_common_period() =>
        Prop.ForAll(
            (from f1 in Gen.Choose(2, 300)
             from f2 in Gen.Choose(2, 300)
             from w1 in Gen.Choose(20, 400)
             from w2 in Gen.Choose(20, 400)
             from offset in Gen.Choose(0, 20_000)
             select (f1, f2, w1, w2, offset)).ToArbitrary(),
            c =>
            {
                if ((2 * c.w1) * c.f1 > 1_000_000 || (2 * c.w2) * c.f2 > 1_000_000) return true; // does not fit: not a valid program
                bool analytic;
                try
                {
                    _ = new ProgramSet([Area(Tonic(c.f1, c.w1), 1, 0), Area(Tonic(c.f2, c.w2), 4, c.offset)]);
                    analytic = false;
                }
                catch (ArgumentException) { analytic = true; }
                return analytic == BruteForceOverlap(c.f1, 2 * c.w1, 0, c.f2, 2 * c.w2, c.offset);
            });

    // Times in units of 1/(f1·f2) µs so every pulse start is an integer.
    private static bool BruteForceOverlap(int f1, int busy1Us, int offset1Us, int f2, int busy2Us, int offset2Us)
    {
        long scale = (long)f1 * f2;
        var a = Enumerable.Range(-f1 - 1, 3 * f1 + 2).Select(k => (Start: offset1Us * scale + k * 1_000_000L * f2, End: (offset1Us + busy1Us) * scale + k * 1_000_000L * f2));
        var b = Enumerable.Range(-f2 - 1, 3 * f2 + 2).Select(k => (Start: offset2Us * scale + k * 1_000_000L * f1, End: (offset2Us + busy2Us) * scale + k * 1_000_000L * f1)).ToArray();
        return a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));
    }
}
