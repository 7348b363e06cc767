using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>One non-zero run of a template, relative to the template's onset.</summary>
internal readonly record struct TemplateSegment(long Start, long Length, double Level, double TimeConstantSamples)
{
    public bool IsExponential => double.IsFinite(TimeConstantSamples);

    public long End => Start + Length;

    // Must stay the same expression as WaveformSegment.ValueAt, so the segment list reproduces rendered samples exactly.
    public double ValueAt(long offset) => IsExponential ? Level * Math.Exp(-offset / TimeConstantSamples) : Level;
}

/// <summary>
/// What the generator emits each repetition — one pulse (tonic, high frequency) or one burst — on the sample grid,
/// relative to its onset. Built once per compile; every render copies from it.
/// </summary>
/// <remarks>
/// Rounding rule: every phase width rounds to the nearest whole sample (halves up), and so do the onsets of the
/// pulses inside a burst. A phase that rounds to zero samples is rejected. The recharge level is then chosen so that
/// the rendered recharge returns exactly the rendered stimulating charge (sum of samples), which keeps every rendered
/// period charge balanced to floating-point precision even where rounding changed a width.
/// </remarks>
internal sealed class PulseTemplate
{
    private PulseTemplate(TemplateSegment[] segments, long[] pulseOnsets)
    {
        Segments = segments;
        PulseOnsets = pulseOnsets;
        Length = segments.Length == 0 ? 1 : segments.Max(s => s.End);
    }

    /// <summary>Non-zero runs in ascending order, non-overlapping.</summary>
    public TemplateSegment[] Segments { get; }

    /// <summary>Onsets of the stimulating phases inside the template (one for a pulse, n for a burst).</summary>
    public long[] PulseOnsets { get; }

    /// <summary>Samples from onset to the end of the last non-zero run.</summary>
    public long Length { get; }

    public PulseTemplate Scaled(double factor) =>
        new(Segments.Select(s => s with { Level = s.Level * factor }).ToArray(), PulseOnsets);

    public static PulseTemplate ForPulse(StimulationProgram program, PulseShape pulse, long fs)
    {
        var segments = new List<TemplateSegment>();
        AddPulse(program, pulse, fs, 0, withRecharge: true, segments);
        return new PulseTemplate(segments.ToArray(), [0]);
    }

    public static PulseTemplate ForBurst(BurstProgram burst, long fs)
    {
        var (n, d) = SampleClock.Period(burst.IntraBurstFrequency, fs);
        var segments = new List<TemplateSegment>();
        var onsets = new long[burst.PulsesPerBurst];
        var perPulse = burst.Recharge == BurstRecharge.PerPulse;
        var pulseSamples = 0L;
        var onset = new OnsetSequence(0, n, d);
        for (var i = 0; i < burst.PulsesPerBurst; i++, onset.MoveNext())
        {
            onsets[i] = onset.Current;
            var end = AddPulse(burst, burst.Pulse, fs, onsets[i], withRecharge: perPulse, segments);
            pulseSamples = end - onsets[i];
        }
        if (pulseSamples > n / d)
            throw SampleClock.DoesNotFit(burst, fs,
                $"each pulse takes {pulseSamples} samples but pulses inside the burst can be as little as {n / d} samples apart");
        if (!perPulse)
        {
            // One passive recharge after the last pulse returns the charge of the whole burst.
            var w1 = Width(burst, burst.Pulse.PulseWidth, fs, "pulse width");
            var gapStart = onsets[^1] + w1;
            AddRecharge(burst, burst.Pulse, fs, gapStart, w1 * burst.PulsesPerBurst, segments);
        }
        return new PulseTemplate(segments.ToArray(), onsets);
    }

    // Adds one pulse's segments at `onset`; returns the end of what was added.
    private static long AddPulse(StimulationProgram program, PulseShape pulse, long fs, long onset, bool withRecharge, List<TemplateSegment> segments)
    {
        var w1 = Width(program, pulse.PulseWidth, fs, "pulse width");
        var sign = pulse.Polarity == Polarity.CathodicFirst ? -1.0 : 1.0;
        segments.Add(new TemplateSegment(onset, w1, sign * pulse.Amplitude.ToMilliamperes(), double.PositiveInfinity));
        return withRecharge ? AddRecharge(program, pulse, fs, onset + w1, w1, segments) : onset + w1;
    }

    // Adds the interphase gap and the recharge that returns `stimulatingSamples` samples' worth of the first phase.
    private static long AddRecharge(StimulationProgram program, PulseShape pulse, long fs, long gapStart, long stimulatingSamples, List<TemplateSegment> segments)
    {
        var gap = pulse.InterphaseGap > Quantities.Duration.Zero ? Width(program, pulse.InterphaseGap, fs, "interphase gap") : 0;
        var start = gapStart + gap;
        var sign = pulse.Polarity == Polarity.CathodicFirst ? -1.0 : 1.0;
        var charge = pulse.Amplitude.ToMilliamperes() * stimulatingSamples; // mA · samples
        switch (pulse.Recharge)
        {
            case PassiveRecharge passive:
            {
                var window = Width(program, passive.Window, fs, "passive recharge window");
                var tau = passive.TimeConstant.ToNanoseconds() * (double)fs / 1e9;
                segments.Add(new TemplateSegment(start, window, -sign * charge / CurveSum(window, tau), tau));
                return start + window;
            }
            default:
            {
                var width = Width(program, pulse.Recharge.RechargeWidth(pulse.PulseWidth), fs, "recharge width");
                segments.Add(new TemplateSegment(start, width, -sign * charge / width, double.PositiveInfinity));
                return start + width;
            }
        }
    }

    /// <summary>Terms of the recharge curve summed one by one; a longer window adds its tail in closed form.</summary>
    internal const long CurveTermsSummed = 1 << 16;

    /// <summary>
    /// Σ exp(−k / τ) over k in [0, window): the rendered samples' sum at level 1. The first
    /// <see cref="CurveTermsSummed"/> terms are added as rendered; the rest is the geometric series
    /// exp(−K/τ) · (1 − exp(−(W−K)/τ)) / (1 − exp(−1/τ)), so that a 500 s window at 1 GHz costs no 5e11 exponentials.
    /// </summary>
    internal static double CurveSum(long window, double tau)
    {
        // The pulses of a burst with a passive recharge per pulse all ask for the same sum: compute it once.
        if (t_lastCurveSum is { } last && last.Window == window && last.Tau == tau) return last.Sum;
        var sum = SumCurve(window, tau);
        t_lastCurveSum = (window, tau, sum);
        return sum;
    }

    [ThreadStatic]
    private static (long Window, double Tau, double Sum)? t_lastCurveSum;

    private static double SumCurve(long window, double tau)
    {
        var summed = Math.Min(window, CurveTermsSummed);
        var sum = 0.0;
        for (var k = 0L; k < summed; k++) sum += Math.Exp(-k / tau);
        if (window > summed)
            sum += Math.Exp(-summed / tau) * ExpM1(-(window - summed) / tau) / ExpM1(-1 / tau);
        return sum;
    }

    /// <summary>exp(x) − 1 without cancellation for small x (Kahan's formulation: (u − 1) · x / ln u with u = exp(x)).</summary>
    internal static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0) return x;
        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    private static long Width(StimulationProgram program, Quantities.Duration duration, long fs, string what)
    {
        var samples = SampleClock.Samples(duration, fs);
        if (samples < 1)
            throw SampleClock.DoesNotFit(program, fs, $"the {what} of {duration} rounds to 0 samples");
        return samples;
    }
}
