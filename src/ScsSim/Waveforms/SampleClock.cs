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

    /// <summary>The highest sample rate a schedule accepts: 1 GHz.</summary>
    public const long MaxSamplesPerSecond = 1_000_000_000;

    /// <summary>A public sample rate as whole samples per second, checked: a whole number of hertz from 1 Hz to 1 GHz.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    public static long SamplesPerSecond(Frequency sampleRate, string paramName)
    {
        var millihertz = sampleRate.ToMillihertz();
        if (millihertz % 1000 != 0 || millihertz < 1000 || millihertz > MaxSamplesPerSecond * 1000)
            throw new ArgumentOutOfRangeException(paramName, sampleRate,
                $"{paramName} must be a whole number of hertz from 1 Hz to 1 GHz (samples per second); got {sampleRate}.");
        return millihertz / 1000;
    }

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
    public static long Onset(long k, long numerator, long denominator) => new OnsetSequence(k, numerator, denominator).Current;

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
        return new ArgumentOutOfRangeException("sampleRate", Frequency.FromMillihertz(sampleRateHz * 1000), $"At {sampleRateHz} Hz, {problem}.{hint}");
    }
}

/// <summary>
/// The onsets of a train with period N / D from repetition <c>first</c> on: onset_k = round(k · N / D), halves up,
/// = ⌊(2kN + D) / 2D⌋. The one place onsets are computed: the first is one Int128 division, each next one adds
/// ⌊N / D⌋ and carries the remainder 2 · (N mod D) modulo 2D (Bresenham), exact for any k, with no division per pulse.
/// </summary>
/// <remarks>A mutable cursor: a local of one loop, never shared. <see cref="SampleClock.Period"/> keeps D ≤ long.MaxValue / 4,
/// so the remainder (below 4D before the carry) fits a long.</remarks>
internal struct OnsetSequence
{
    private readonly long _stepQuotient;
    private readonly long _stepRemainder;
    private readonly long _modulus;
    private long _remainder;

    public OnsetSequence(long first, long numerator, long denominator)
    {
        var modulus = 2 * (Int128)denominator;
        var top = 2 * first * (Int128)numerator + denominator;
        Current = (long)(top / modulus);
        _remainder = (long)(top % modulus);
        _stepQuotient = numerator / denominator;
        _stepRemainder = 2 * (numerator % denominator);
        _modulus = (long)modulus;
    }

    /// <summary>The onset of the current repetition.</summary>
    public long Current { get; private set; }

    /// <summary>Moves to the next repetition.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void MoveNext()
    {
        Current += _stepQuotient;
        _remainder += _stepRemainder;
        if (_remainder >= _modulus)
        {
            _remainder -= _modulus;
            Current++;
        }
    }
}
