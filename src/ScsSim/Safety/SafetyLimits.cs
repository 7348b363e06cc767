using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>The limits a <see cref="SafetyReport"/> checks a program against (Shannon k, charge density, net charge):
/// pass stricter ones to apply a more conservative policy.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SafetyLimits
{
    /// <summary>Creates a set of limits.</summary>
    /// <param name="shannonK">Largest acceptable Shannon k (1.85 where damage was observed; 1.5 is conservative); from -50 to 50.</param>
    /// <param name="maxChargeDensity">Largest acceptable charge density per phase (30 µC/cm² is a common clinician-programmer warning for Pt-Ir contacts); greater than 0.</param>
    /// <param name="maxNetChargeFraction">Largest acceptable net charge per period as a fraction of one phase's charge; 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public SafetyLimits(double shannonK, ChargeDensity maxChargeDensity, double maxNetChargeFraction)
    {
        ShannonK = Guard.InRange(shannonK, ShannonCriterion.MinK, ShannonCriterion.MaxK, nameof(shannonK));
        Guard.Positive(maxChargeDensity.ToMicrocoulombsPerSquareCentimetre(), nameof(maxChargeDensity), " µC/cm²");
        MaxChargeDensity = maxChargeDensity;
        MaxNetChargeFraction = Guard.InRange(maxNetChargeFraction, 0, 1, nameof(maxNetChargeFraction));
    }

    /// <summary>k 1.85, 30 µC/cm², 1 % net charge.</summary>
    public static SafetyLimits Default { get; } = new(ShannonCriterion.DamageK, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01);

    /// <summary>k 1.5, 30 µC/cm², 1 % net charge.</summary>
    public static SafetyLimits Conservative { get; } = new(ShannonCriterion.ConservativeK, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01);

    /// <summary>Largest acceptable Shannon k.</summary>
    public double ShannonK { get; }

    /// <summary>Largest acceptable charge density per phase.</summary>
    public ChargeDensity MaxChargeDensity { get; }

    /// <summary>Largest acceptable net charge per period, as a fraction of one phase's charge.</summary>
    public double MaxNetChargeFraction { get; }
}
