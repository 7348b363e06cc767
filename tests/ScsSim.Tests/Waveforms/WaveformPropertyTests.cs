using ScsSim.Quantities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Waveforms;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Waveforms;

/// <summary>Invariants of the waveform engine over random valid programs and sample rates.</summary>
public class WaveformPropertyTests
{
    private static readonly Gen<long> SampleRates = Gen.Elements(1_000_000L, 200_000L, 100_000L, 44_100L, 48_000L, 250_000L);

    private static Gen<(WaveformSchedule Schedule, long Start, int Length)> Windows(Gen<StimulationProgram> programs) =>
        from program in programs
        from fs in SampleRates
        from startChoice in Gen.Choose(0, 3)
        from startSmall in Gen.Choose(0, 200_000)
        from startLarge in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 40_000)
        let schedule = TryCompile(program, fs)
        where schedule is not null
        select (schedule!, startChoice == 0 ? 0L : startChoice == 1 ? startSmall : startChoice == 2 ? (long)startLarge : (long)startLarge * 1013, length);

    private static WaveformSchedule? TryCompile(StimulationProgram program, long fs)
    {
        try { return WaveformSchedule.Compile(program, Frequency.FromHertz(fs)); }
        catch (ArgumentOutOfRangeException) { return null; } // this rate cannot represent the program (its own test covers the message)
    }

    /// <summary>The segment list, evaluated sample by sample: an oracle independent of the fill/tile renderer.</summary>
    private static double[] FromSegments(WaveformSchedule schedule, long start, int length)
    {
        var expected = new double[length];
        foreach (var segment in schedule.Segments(start, start + length))
            for (var i = segment.Start; i < segment.End; i++) expected[i - start] = segment.ValueAt(i) is var v ? v : 0;
        return expected;
    }

    [Property(MaxTest = 150)]
    public Property Every_window_equals_the_segment_oracle_in_double() =>
        Prop.ForAll(Windows(Generators.Program).ToArbitrary(), w =>
        {
            var rendered = new double[w.Length];
            w.Schedule.Render(w.Start, rendered.AsSpan());
            var expected = FromSegments(w.Schedule, w.Start, w.Length);
            var i = rendered.AsSpan().CommonPrefixLength(expected);
            if (i < w.Length)
                throw new InvalidOperationException($"{w.Schedule.Program} at {w.Schedule.SampleRate}, window {w.Start}+{w.Length}: sample {w.Start + i} rendered {rendered[i]} expected {expected[i]}");
            return true;
        });

    [Property(MaxTest = 150)]
    public Property Windows_equal_slices_of_longer_renders_in_float() =>
        Prop.ForAll(Windows(Generators.Program).ToArbitrary(), Gen.Choose(0, 30_000).ToArbitrary(), (w, before) =>
        {
            var lead = (int)Math.Min(before, w.Start);
            var longer = new float[lead + w.Length + 5_000];
            w.Schedule.Render(w.Start - lead, longer.AsSpan());
            var window = new float[w.Length];
            w.Schedule.Render(w.Start, window.AsSpan());
            return window.AsSpan().SequenceEqual(longer.AsSpan(lead, w.Length));
        });

    [Property(MaxTest = 100)]
    public Property Tile_and_segment_paths_render_identical_samples() =>
        Prop.ForAll(Windows(Gen.OneOf(Generators.HighFrequency, Generators.Tonic, Generators.Burst)).ToArbitrary(), w =>
        {
            var cache = w.Schedule.Cache<float>();
            var bySegments = new RenderCache<float>(cache.Curves, null, long.MaxValue, cache.Runs);
            var a = new float[w.Length];
            var b = new float[w.Length];
            w.Schedule.RenderCore(w.Start, a.AsSpan(), cache);
            w.Schedule.RenderCore(w.Start, b.AsSpan(), bySegments);
            return a.AsSpan().SequenceEqual(b);
        });

    [Property(MaxTest = 200)]
    public Property Onset_count_in_any_window_equals_the_onsets_listed_one_by_one() =>
        Prop.ForAll(Windows(Generators.Program).ToArbitrary(), w =>
        {
            var end = w.Start + w.Length;
            var count = w.Schedule.CountPulseOnsets(w.Start, end);
            var k = Math.Max(0, w.Schedule.CountPulseOnsets(0, w.Start) - 1);
            var listed = 0L;
            for (; w.Schedule.PulseOnset(k) < end; k++)
                if (w.Schedule.PulseOnset(k) >= w.Start) listed++;
            return count == listed;
        });

    [Property(MaxTest = 150)]
    public Property Onsets_in_a_rendered_tonic_signal_are_where_the_count_says() =>
        Prop.ForAll(Windows(Gen.OneOf(Generators.Tonic, Generators.HighFrequency)).ToArbitrary(), w =>
        {
            if (w.Schedule.Program.Pulse.Amplitude.ToMilliamperes() == 0) return true; // nothing to see
            var first = w.Schedule.Program.Pulse.Polarity == Polarity.CathodicFirst ? -1 : 1;
            var samples = new double[w.Length + 1];
            w.Schedule.Render(w.Start == 0 ? 0 : w.Start - 1, samples.AsSpan(0, w.Start == 0 ? w.Length : w.Length + 1));
            var offset = w.Start == 0 ? 0 : 1;
            var edges = 0;
            for (var i = 0; i < w.Length; i++)
            {
                var previous = i + offset == 0 ? 0 : Math.Sign(samples[i + offset - 1]);
                if (Math.Sign(samples[i + offset]) == first && previous != first) edges++;
            }
            return edges == w.Schedule.CountPulseOnsets(w.Start, w.Start + w.Length);
        });

    [Property(MaxTest = 100)]
    public Property Net_charge_of_every_repetition_is_zero() =>
        Prop.ForAll(Windows(Gen.OneOf(Generators.Tonic, Generators.Burst, Generators.HighFrequency)).ToArbitrary(), Gen.Choose(0, 5000).ToArbitrary(), (w, j) =>
        {
            var periodic = (PeriodicSchedule)w.Schedule;
            var from = periodic.RepetitionOnset(j);
            var samples = new double[(int)(periodic.RepetitionOnset(j + 1) - from)];
            w.Schedule.Render(from, samples.AsSpan());
            var phaseCharge = w.Schedule.Program.Pulse.Amplitude.ToMilliamperes() * periodic.Template.Segments[0].Length;
            return Math.Abs(samples.Sum()) <= 1e-9 * Math.Max(1, phaseCharge);
        });

    [Property(MaxTest = 100)]
    public Property Cycling_off_time_is_exactly_zero() =>
        Prop.ForAll(
            (from program in Generators.Cycling
             from fs in Gen.Elements(10_000L, 20_000L, 50_000L)
             from cycle in Gen.Choose(0, 1000)
             let schedule = TryCompile(program, fs)
             where schedule is not null && ((CyclingProgram)program).OffTime.ToNanoseconds() > 0
             select (schedule!, (CyclingProgram)program, cycle)).ToArbitrary(),
            c =>
            {
                var (schedule, program, cycle) = c;
                var on = schedule.SamplesIn(program.OnTime);
                var off = schedule.SamplesIn(program.OffTime);
                var offSamples = new float[(int)Math.Min(off, 2_000_000)];
                schedule.Render(cycle * (on + off) + on, offSamples.AsSpan());
                return offSamples.All(s => s == 0f);
            });

    /// <summary>
    /// The one onset computation, stepped, equals round(k · N / D) (halves up) evaluated independently in BigInteger for
    /// every k of a run, from small k and from k near where the onsets approach the 64-bit range.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Stepped_onsets_equal_the_closed_form_for_every_repetition() =>
        Prop.ForAll((
            from numerator in Gen.Choose(1, int.MaxValue).Select(n => (long)n * 1013)
            from denominator in Gen.Choose(1, 1_000_000).Select(d => (long)d)
            from far in Gen.Elements(false, true)
            from small in Gen.Choose(0, 1_000_000)
            select (numerator, denominator, first: far ? long.MaxValue / 2 / Math.Max(1, numerator / denominator + 1) : small)).ToArbitrary(),
            c =>
            {
                var onsets = new OnsetSequence(c.first, c.numerator, c.denominator);
                for (var k = c.first; k < c.first + 2_000; k++, onsets.MoveNext())
                {
                    var exact = (2 * (System.Numerics.BigInteger)k * c.numerator + c.denominator) / (2 * (System.Numerics.BigInteger)c.denominator);
                    if (onsets.Current != exact)
                        throw new InvalidOperationException($"N/D = {c.numerator}/{c.denominator}, k = {k}: stepped {onsets.Current}, exact {exact}");
                    if (SampleClock.Onset(k, c.numerator, c.denominator) != onsets.Current)
                        throw new InvalidOperationException($"N/D = {c.numerator}/{c.denominator}, k = {k}: Onset and the sequence disagree");
                }
                return true;
            });
}
