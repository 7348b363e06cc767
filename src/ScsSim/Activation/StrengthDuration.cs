using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>Conversions between chronaxie and membrane time constant.</summary>
internal static class StrengthDuration
{
    /// <summary>τ = c / ln 2.</summary>
    /// <param name="chronaxie">Greater than 0.</param>
    /// <returns>The time constant, rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The chronaxie is not positive.</exception>
    public static Duration TimeConstantFromChronaxie(Duration chronaxie)
    {
        Guard.Positive(chronaxie.ToNanoseconds(), nameof(chronaxie), " ns");
        return Duration.FromMicroseconds(chronaxie.ToMicroseconds() / Math.Log(2));
    }

    /// <summary>c = τ · ln 2.</summary>
    /// <param name="timeConstant">Greater than 0.</param>
    /// <returns>The chronaxie, rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time constant is not positive.</exception>
    public static Duration ChronaxieFromTimeConstant(Duration timeConstant)
    {
        Guard.Positive(timeConstant.ToNanoseconds(), nameof(timeConstant), " ns");
        return Duration.FromMicroseconds(timeConstant.ToMicroseconds() * Math.Log(2));
    }
}
