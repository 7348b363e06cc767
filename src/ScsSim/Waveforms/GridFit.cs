using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>
/// Whether a program survives rounding to a sample grid, decided by arithmetic alone (no template, no curve): the same
/// rules, in the same order, as the compile. Cheap enough (a few integer operations) to try many sample rates, which
/// is how a failed compile finds the rate it suggests.
/// </summary>
internal static class GridFit
{
    private const long MaxSampleRateHz = SampleClock.MaxSamplesPerSecond;

    /// <summary>Why <paramref name="program"/> does not fit the grid of <paramref name="fs"/>, in the words of the error, or null when it fits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is too fine to represent exactly at this rate.</exception>
    public static string? Problem(StimulationProgram program, long fs) => program switch
    {
        CyclingProgram cycling => CyclingProblem(cycling, fs),
        _ => PeriodicProblem(program, fs, out _),
    };

    private static bool Fits(StimulationProgram program, long fs)
    {
        try
        {
            return Problem(program, fs) is null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // a period too fine to represent at this rate
        }
    }

    /// <summary>
    /// A sample rate above <paramref name="fs"/> at which the program fits, or null when none up to 1 GHz was found.
    /// Candidates, in order: the doublings of <paramref name="fs"/> (familiar rates, and the smallest such that works),
    /// starting at the first one that gives the shortest phase a whole sample; the smallest multiple of the rate at
    /// which every duration and period is a whole number of samples (then nothing rounds, and a program that fits in
    /// time fits on the grid); 1 GHz. Each is checked exactly, so the suggestion always compiles.
    /// </summary>
    public static long? SuggestSampleRate(StimulationProgram program, long fs)
    {
        // round(t · fs) ≥ 1 needs t[ns] · fs ≥ 5e8: no smaller rate can work.
        var shortest = ShortestPhaseNanoseconds(program);
        var lowest = shortest >= 500_000_000 ? 1 : (500_000_000 + shortest - 1) / shortest;
        for (var rate = fs * 2; rate <= MaxSampleRateHz; rate *= 2)
            if (rate >= lowest && Fits(program, rate)) return rate;
        if (ExactRate(program) is long exact && exact <= MaxSampleRateHz)
        {
            var multiple = (fs / exact + 1) * exact;
            if (multiple <= MaxSampleRateHz && Fits(program, multiple)) return multiple;
        }
        return fs < MaxSampleRateHz && Fits(program, MaxSampleRateHz) ? MaxSampleRateHz : null;
    }

    private static string? CyclingProblem(CyclingProgram cycling, long fs)
    {
        if (PeriodicProblem(cycling.Program, fs, out var length) is { } problem) return problem;
        var on = SampleClock.Samples(cycling.OnTime, fs);
        // A repetition completes within the on-time when its length fits: the first starts at sample 0.
        if (length > on) return $"the on-time of {cycling.OnTime} holds no complete pulse";
        return on > long.MaxValue - SampleClock.Samples(cycling.OffTime, fs)
            ? $"one cycle ({cycling.OnTime} on, {cycling.OffTime} off) has more samples than a 64-bit sample index can count"
            : null;
    }

    /// <summary>The problem of a tonic, high-frequency or burst program, and the length of its template when it fits.</summary>
    private static string? PeriodicProblem(StimulationProgram program, long fs, out long templateLength)
    {
        templateLength = 0;
        string? problem;
        (long Numerator, long Denominator) period;
        string what;
        switch (program)
        {
            case PulseTrainProgram train:
                if ((problem = PulseProblem(train.Pulse, fs, withRecharge: true, out templateLength)) is not null) return problem;
                period = SampleClock.Period(train.Frequency, fs);
                what = "the pulse with its recharge";
                break;
            case BurstProgram burst:
            {
                var intra = SampleClock.Period(burst.IntraBurstFrequency, fs);
                var perPulse = burst.Recharge == BurstRecharge.PerPulse;
                if ((problem = PulseProblem(burst.Pulse, fs, perPulse, out var pulseSamples)) is not null) return problem;
                if (pulseSamples > intra.Numerator / intra.Denominator)
                    return $"each pulse takes {pulseSamples} samples but pulses inside the burst can be as little as {intra.Numerator / intra.Denominator} samples apart";
                templateLength = SampleClock.Onset(burst.PulsesPerBurst - 1, intra.Numerator, intra.Denominator) + pulseSamples;
                if (!perPulse)
                {
                    if ((problem = RechargeProblem(burst.Pulse, fs, out var recharge)) is not null) return problem;
                    templateLength += recharge;
                }
                period = SampleClock.Period(burst.BurstFrequency, fs);
                what = "the burst";
                break;
            }
            default:
                throw new ArgumentException($"{program.GetType().Name} has no periodic schedule.", nameof(program));
        }
        var closest = period.Numerator / period.Denominator;
        return templateLength > closest
            ? $"{what} takes {templateLength} samples but repetitions can be as little as {closest} samples apart"
            : null;
    }

    // The stimulating phase, and (with its recharge) the gap and the recharge: the samples from its onset to its end.
    private static string? PulseProblem(PulseShape pulse, long fs, bool withRecharge, out long samples)
    {
        samples = 0;
        if (WidthProblem(pulse.PulseWidth, fs, "pulse width", out var width) is { } problem) return problem;
        samples = width;
        if (!withRecharge) return null;
        problem = RechargeProblem(pulse, fs, out var recharge);
        samples += recharge;
        return problem;
    }

    // The interphase gap (when there is one) and the recharge phase (the passive window, or the active width).
    private static string? RechargeProblem(PulseShape pulse, long fs, out long samples)
    {
        samples = 0;
        var gap = 0L;
        if (pulse.InterphaseGap > Quantities.Duration.Zero && WidthProblem(pulse.InterphaseGap, fs, "interphase gap", out gap) is { } problem)
            return problem;
        var (duration, what) = pulse.Recharge is PassiveRecharge passive
            ? (passive.Window, "passive recharge window")
            : (pulse.Recharge.RechargeWidth(pulse.PulseWidth), "recharge width");
        if (WidthProblem(duration, fs, what, out var width) is { } rechargeProblem) return rechargeProblem;
        samples = gap + width;
        return null;
    }

    private static string? WidthProblem(Quantities.Duration duration, long fs, string what, out long samples)
    {
        samples = SampleClock.Samples(duration, fs);
        return samples < 1 ? $"the {what} of {duration} rounds to 0 samples" : null;
    }

    /// <summary>The shortest phase or gap the program has, in ns (at least 1).</summary>
    private static long ShortestPhaseNanoseconds(StimulationProgram program)
    {
        var pulse = program.Pulse;
        var shortest = Math.Min(pulse.PulseWidth.ToNanoseconds(), pulse.Recharge.RechargeWidth(pulse.PulseWidth).ToNanoseconds());
        if (pulse.InterphaseGap > Quantities.Duration.Zero) shortest = Math.Min(shortest, pulse.InterphaseGap.ToNanoseconds());
        return Math.Max(1, shortest);
    }

    /// <summary>
    /// The smallest rate at which every duration of the program is a whole number of samples and every period a whole
    /// number of samples, or null when it exceeds 1 GHz: the least common multiple of 1e9 / gcd(t[ns], 1e9) over the
    /// durations and of f[mHz] / gcd(f[mHz], 1000) over the frequencies.
    /// </summary>
    private static long? ExactRate(StimulationProgram program)
    {
        var pulse = program.Pulse;
        var durations = new List<Quantities.Duration> { pulse.PulseWidth, pulse.InterphaseGap, pulse.Recharge.RechargeWidth(pulse.PulseWidth) };
        var frequencies = new List<Quantities.Frequency>();
        switch (program is CyclingProgram cycling ? cycling.Program : program) // the on- and off-times may round
        {
            case PulseTrainProgram train: frequencies.Add(train.Frequency); break;
            case BurstProgram burst: frequencies.AddRange([burst.IntraBurstFrequency, burst.BurstFrequency]); break;
        }
        Int128 rate = 1;
        foreach (var d in durations)
            if ((rate = Lcm(rate, 1_000_000_000 / Gcd(d.ToNanoseconds(), 1_000_000_000))) > MaxSampleRateHz) return null;
        foreach (var f in frequencies)
            if ((rate = Lcm(rate, f.ToMillihertz() / Gcd(f.ToMillihertz(), 1000))) > MaxSampleRateHz) return null;
        return (long)rate;
    }

    private static Int128 Lcm(Int128 a, long b) => a / Gcd(a, b) * b;

    private static long Gcd(Int128 a, long b)
    {
        Int128 x = a, y = b;
        while (y != 0) (x, y) = (y, x % y);
        return (long)x;
    }
}
