using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Tests.Waveforms;

public class ProgramSetWaveformTests
{
    private static TonicProgram Tonic(double hz, double mA, double us = 300) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Frequency.FromHertz(hz));

    private static readonly ProgramSet TwoAreas = new([
        new AreaProgram(Tonic(50, 4), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2)),
        new AreaProgram(Tonic(50, 2), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 2, 3), Duration.FromMilliseconds(10))]);

    [Fact]
    public void Areas_interleave_at_their_offsets()
    {
        var schedule = WaveformSchedule.Compile(TwoAreas, Frequency.FromHertz(100_000));
        var samples = schedule.Render<double>(Duration.FromMilliseconds(40));
        Assert.Equal(-4, samples[0]);
        Assert.Equal(4, samples[30]);
        Assert.Equal(0, samples[60]);
        Assert.Equal(-2, samples[1_000]);
        Assert.Equal(2, samples[1_030]);
        Assert.Equal(-4, samples[2_000]);
        Assert.Equal([0L, 1_000, 2_000, 3_000], Enumerable.Range(0, 4).Select(k => schedule.PulseOnset(k)));
        Assert.Equal(4, schedule.CountPulseOnsets(0, 4_000));
    }

    [Fact]
    public void A_contact_shared_by_two_areas_carries_both_areas_pulses_with_their_own_sign()
    {
        var waveform = new MultiChannelWaveform(TwoAreas, Frequency.FromHertz(100_000));
        Assert.Equal(["L0E1", "L0E2", "L0E3"], waveform.Channels.Select(c => c.ToString()));
        var shared = new double[2_000];
        waveform.Render(1, 0, shared.AsSpan()); // E2: anode of area 0, cathode of area 1
        Assert.Equal(4, shared[0]);      // anode: −(−4 mA)
        Assert.Equal(-2, shared[1_000]); // cathode of area 1
        Assert.True(double.IsNaN(waveform.Channels[1].Scale));
        Assert.Equal(1, waveform.Channels[0].Scale);
        for (var i = 0; i < 2_000; i += 7)
            Assert.Equal(0, Enumerable.Range(0, 3).Sum(c => { var one = new double[1]; waveform.Render(c, i, one.AsSpan()); return one[0]; }), 12);
    }

    [Property(MaxTest = 60)]
    public Property Merged_onsets_are_the_sorted_union_of_the_areas_onsets() =>
        Prop.ForAll(
            (from f1 in Gen.Choose(20, 200)
             from f2 in Gen.Choose(20, 200)
             from offsetUs in Gen.Choose(0, 50_000)
             select (f1, f2, offsetUs)).ToArbitrary(),
            c =>
            {
                ProgramSet set;
                try
                {
                    set = new ProgramSet([
                        new AreaProgram(Tonic(c.f1, 1, 50), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2)),
                        new AreaProgram(Tonic(c.f2, 1, 50), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 4, 5), Duration.FromMicroseconds(c.offsetUs))]);
                }
                catch (ArgumentException) { return true; } // these two would collide: not a valid set
                var merged = WaveformSchedule.Compile(set, Frequency.FromHertz(100_000));
                var a = WaveformSchedule.Compile(set.Areas[0].Program, Frequency.FromHertz(100_000));
                var offset = (long)Math.Round(c.offsetUs / 10.0, MidpointRounding.AwayFromZero);
                var b = WaveformSchedule.Compile(set.Areas[1].Program, Frequency.FromHertz(100_000));
                var expected = Enumerable.Range(0, 60).Select(k => a.PulseOnset(k))
                    .Concat(Enumerable.Range(0, 60).Select(k => offset + b.PulseOnset(k))).Order().Take(50);
                return expected.SequenceEqual(Enumerable.Range(0, 50).Select(k => merged.PulseOnset(k)));
            });

    /// <summary>
    /// The merged render equals each area rendered on its own, delayed by its offset, and added sample by sample (the
    /// definition of a program set at the cathodes), for any window, whether the later area adds its pulses natively
    /// (tonic, passive recharge) or through a scratch block (cycling): an oracle independent of how the sum is written.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property The_merged_render_is_the_sum_of_the_areas_rendered_alone() =>
        Prop.ForAll(
            (from f1 in Gen.Choose(20, 200)
             from f2 in Gen.Choose(20, 200)
             from offsetUs in Gen.Choose(0, 50_000)
             from second in Gen.Choose(0, 2)
             from start in Gen.Choose(0, 3_000_000)
             from length in Gen.Choose(1, 40_000)
             select (f1, f2, offsetUs, second, start, length)).ToArbitrary(),
            c =>
            {
                ProgramSet set;
                StimulationProgram later = c.second switch
                {
                    0 => Tonic(c.f2, 1.5, 90),
                    1 => StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(60),
                        Recharge.Passive(Duration.FromMicroseconds(200), Duration.FromMicroseconds(800))), Frequency.FromHertz(c.f2)),
                    _ => StimulationProgram.Cycling(Tonic(c.f2, 1.5, 90), Duration.FromMilliseconds(60), Duration.FromMilliseconds(30), Duration.FromMilliseconds(40)),
                };
                try
                {
                    set = new ProgramSet([
                        new AreaProgram(Tonic(c.f1, 3, 60), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2)),
                        new AreaProgram(later, ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 4, 5), Duration.FromMicroseconds(c.offsetUs))]);
                }
                catch (ArgumentException) { return true; } // these two would collide: not a valid set
                const long fs = 1_000_000;
                var merged = WaveformSchedule.Compile(set, Frequency.FromHertz(fs));
                var actual = new double[c.length];
                merged.Render(c.start, actual.AsSpan());
                var expected = new double[c.length];
                var part = new double[c.length];
                foreach (var area in set.Areas)
                {
                    WaveformSchedule.CompileArea(area, fs).Render(c.start, part.AsSpan());
                    for (var i = 0; i < part.Length; i++) expected[i] += part[i];
                }
                return actual.AsSpan().SequenceEqual(expected);
            });
}
