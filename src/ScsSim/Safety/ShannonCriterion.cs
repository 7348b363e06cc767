using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>
/// The Shannon (1992) criterion for tissue damage by electrical stimulation: log10(D) = k − log10(Q), with D the
/// charge density per phase in µC/cm² and Q the charge per phase in µC.
/// </summary>
/// <remarks>
/// Source: Shannon RV, "A model of safe levels for electrical stimulation", IEEE Trans Biomed Eng 39:424 (1992),
/// fitted to McCreery et al.'s cat-cortex data (50 Hz, 400 µs, 7 h): damage was observed for k ≥ 1.85; k = 1.5 is
/// the usual conservative line. The criterion was derived for platinum electrodes on cortex; apply it to spinal cord
/// stimulation as a guide, not a guarantee. Stateless: every member is thread-safe.
/// </remarks>
public static class ShannonCriterion
{
    /// <summary>k at or above which McCreery et al. observed damage.</summary>
    public const double DamageK = 1.85;

    /// <summary>The usual conservative limit.</summary>
    public const double ConservativeK = 1.5;

    /// <summary>The lowest k accepted as a limit (far below any meaningful value; keeps 10^k and the derived charge finite).</summary>
    public const double MinK = -50;

    /// <summary>The highest k accepted as a limit (far above any meaningful value; keeps 10^k and the derived charge finite).</summary>
    public const double MaxK = 50;

    /// <summary>k = log10(D) + log10(Q) for a charge per phase and the charge density it produces.</summary>
    /// <param name="chargePerPhase">Charge per phase at the contact; 0 or more.</param>
    /// <param name="density">Charge density per phase at the contact; 0 or more.</param>
    /// <returns>
    /// k, a finite number; or null ("not applicable") when the charge or the density is zero: the criterion is a
    /// line in log(Q)-log(D) space and says nothing about a phase that carries no charge (which cannot damage tissue).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public static double? K(Charge chargePerPhase, ChargeDensity density)
    {
        Guard.NonNegative(chargePerPhase.ToMicrocoulombs(), nameof(chargePerPhase), " µC");
        Guard.NonNegative(density.ToMicrocoulombsPerSquareCentimetre(), nameof(density), " µC/cm²");
        if (chargePerPhase == Charge.Zero || density == ChargeDensity.Zero) return null;
        // Both are finite and positive (at most 1e100), so both logarithms are finite.
        return Math.Log10(density.ToMicrocoulombsPerSquareCentimetre()) + Math.Log10(chargePerPhase.ToMicrocoulombs());
    }

    /// <summary>k as text for reports: "1.26", or "not applicable" for zero charge.</summary>
    /// <param name="k">A value of k, or null.</param>
    /// <returns>k with two decimals (invariant culture), or "not applicable".</returns>
    public static string Format(double? k) =>
        k is { } value ? value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "not applicable";

    /// <summary>k for a charge per phase spread over a contact of the given area.</summary>
    /// <param name="chargePerPhase">Charge per phase at the contact; 0 or more.</param>
    /// <param name="area">Geometric contact area; greater than 0.</param>
    /// <returns>k = 2·log10(Q) − log10(A) with Q in µC and A in cm²; null ("not applicable") for zero charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The charge is negative or the area is not positive.</exception>
    public static double? K(Charge chargePerPhase, Area area)
    {
        Guard.Positive(area.ToSquareMillimetres(), nameof(area), " mm²");
        Guard.NonNegative(chargePerPhase.ToMicrocoulombs(), nameof(chargePerPhase), " µC");
        if (chargePerPhase == Charge.Zero) return null;
        // In logarithms, so that a huge charge on a tiny area (a density beyond ChargeDensity's range) still has a k.
        // The area in mm² (never zero once positive: cm² could underflow for a subnormal area); 1 cm² = 100 mm².
        return 2 * Math.Log10(chargePerPhase.ToMicrocoulombs()) - (Math.Log10(area.ToSquareMillimetres()) - 2);
    }

    /// <summary>The largest charge per phase on a contact of the given area that stays at or below <paramref name="k"/>:
    /// Q = √(A · 10^k), from k = log10(Q / A) + log10(Q).</summary>
    /// <param name="k">The limit, typically 1.5 to 1.85; from -50 to 50.</param>
    /// <param name="area">Geometric contact area; greater than 0.</param>
    /// <returns>The charge per phase.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k is NaN or outside -50 to 50, or the area is not positive.</exception>
    public static Charge MaxChargePerPhase(double k, Area area)
    {
        Guard.InRange(k, MinK, MaxK, nameof(k));
        Guard.Positive(area.ToSquareMillimetres(), nameof(area), " mm²");
        // At most √(1e98 cm² · 1e50) = 1e74 µC: within the range of a charge.
        return Charge.FromMicrocoulombs(Math.Sqrt(area.ToSquareCentimetres() * Math.Pow(10, k)));
    }

    /// <summary>The largest amplitude at a pulse width that stays at or below <paramref name="k"/> on a contact of the given area.</summary>
    /// <param name="k">The limit, typically 1.5 to 1.85; from -50 to 50.</param>
    /// <param name="pulseWidth">Pulse width; greater than 0.</param>
    /// <param name="area">Geometric contact area; greater than 0.</param>
    /// <returns>The amplitude.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k is NaN or outside -50 to 50, or the width or area is not positive.</exception>
    public static Current MaxAmplitude(double k, Duration pulseWidth, Area area)
    {
        Guard.Positive(pulseWidth.ToNanoseconds(), nameof(pulseWidth), " ns");
        // At most 1e74 µC over 1 ns = 1e80 mA: within the range of a current.
        return MaxChargePerPhase(k, area) / pulseWidth;
    }
}
