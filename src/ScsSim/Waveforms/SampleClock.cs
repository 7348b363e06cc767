using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>
/// Exact conversions between the settings' time base (nanoseconds, millihertz) and a sample grid of
/// <c>fs</c> samples per second. Everything is integer arithmetic (Int128 where products may be large).
/// </summary>
internal static class SampleClock
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>
    /// The number of samples a duration spans, rounded to the nearest sample with halves rounded up:
    /// round(t · fs) = ⌊(t[ns] · fs + 5e8) / 1e9⌋. Rounding, not truncation: 30 µs at 1 MHz is 30 samples.
    /// </summary>
    public static long Samples(Duration duration, long sampleRateHz) =>
        (long)(((Int128)duration.ToNanoseconds() * sampleRateHz + NanosecondsPerSecond / 2) / NanosecondsPerSecond);

    /// <summary>The exact period of <paramref name="frequency"/> in samples as a reduced fraction N / D.</summary>
    public static (long Numerator, long Denominator) Period(Frequency frequency, long sampleRateHz)
    {
        // fs / f = fs · 1000 / f[mHz]
        Int128 numerator = (Int128)sampleRateHz * 1000, denominator = frequency.ToMillihertz();
        var gcd = Gcd(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
        if (numerator > long.MaxValue || denominator > long.MaxValue / 4)
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"The period of {frequency} at {sampleRateHz} Hz is too fine to represent exactly.");
        return ((long)numerator, (long)denominator);
    }

    /// <summary>Start of repetition <paramref name="k"/> of a train with period N / D: round(k · N / D), halves up.</summary>
    public static long Onset(long k, long numerator, long denominator) =>
        (long)(((Int128)2 * k * numerator + denominator) / ((Int128)2 * denominator));

    /// <summary>The smallest k ≥ 0 whose onset is at or after <paramref name="sample"/>.</summary>
    public static long FirstAtOrAfter(long sample, long numerator, long denominator)
    {
        // round(kN/D) ≥ x  ⇔  2kN + D ≥ 2Dx  ⇔  k ≥ (2Dx − D) / 2N
        Int128 top = (Int128)2 * denominator * sample - denominator, bottom = (Int128)2 * numerator;
        if (top <= 0) return 0;
        return (long)((top + bottom - 1) / bottom);
    }

    public static Duration ToDuration(long samples, long sampleRateHz) =>
        Duration.FromNanoseconds((long)(((Int128)samples * NanosecondsPerSecond + sampleRateHz / 2) / sampleRateHz));

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    /// <summary>The error a user sees when a program does not survive rounding to the sample grid, with a rate that works.</summary>
    public static Exception DoesNotFit(StimulationProgram program, long sampleRateHz, string problem)
    {
        var hint = GridFit.SuggestSampleRate(program, sampleRateHz) is long rate
            ? $" A sample rate of {rate} Hz would work."
            : " No sample rate up to 1 GHz was found that makes it fit: change the program.";
        return new ArgumentOutOfRangeException("sampleRateHz", sampleRateHz, $"At {sampleRateHz} Hz, {problem}.{hint}");
    }
}
