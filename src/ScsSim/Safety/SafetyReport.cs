using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>What <see cref="SafetyAnalysis.Evaluate"/> found, for a clinician or a test: what the charge of a program
/// means for the tissue at its most loaded contact.</summary>
/// <param name="ChargePerPhase">Total charge of the stimulating phase (all cathodes together).</param>
/// <param name="WorstContact">The contact with the largest share of the current, where density is highest.</param>
/// <param name="WorstContactCharge">Charge per phase at that contact.</param>
/// <param name="MaxChargeDensity">Charge density per phase at that contact.</param>
/// <param name="ShannonK">Shannon k at that contact; null ("not applicable") when the charge per phase is zero, see <see cref="ShannonCriterion.K(Charge, ChargeDensity)"/>.</param>
/// <param name="NetChargePerPeriod">Net charge one repetition period leaves in tissue.</param>
/// <param name="NetChargeFraction">|net charge| / charge per phase (0 when the charge is 0).</param>
/// <param name="Limits">The limits checked.</param>
/// <param name="Violations">Every limit exceeded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SafetyReport(
    Charge ChargePerPhase,
    ContactSetting WorstContact,
    Charge WorstContactCharge,
    ChargeDensity MaxChargeDensity,
    double? ShannonK,
    Charge NetChargePerPeriod,
    double NetChargeFraction,
    SafetyLimits Limits,
    IReadOnlyList<Violation> Violations)
{
    /// <summary>True when no limit is exceeded.</summary>
    public bool IsWithinLimits => Violations.Count == 0;

    /// <summary>Whether two reports are the same, the violations compared in order.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SafetyReport? other) =>
        other is not null && ChargePerPhase == other.ChargePerPhase && WorstContact == other.WorstContact && WorstContactCharge == other.WorstContactCharge
        && MaxChargeDensity == other.MaxChargeDensity && Nullable.Equals(ShannonK, other.ShannonK) && NetChargePerPeriod == other.NetChargePerPeriod
        && NetChargeFraction.Equals(other.NetChargeFraction) && Limits == other.Limits && RecordMembers.SequenceEqual(Violations, other.Violations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ChargePerPhase, WorstContact, MaxChargeDensity, ShannonK, NetChargePerPeriod, Limits,
        RecordMembers.HashSequence(Violations));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(ChargePerPhase), ChargePerPhase),
        (nameof(WorstContact), WorstContact), (nameof(WorstContactCharge), WorstContactCharge), (nameof(MaxChargeDensity), MaxChargeDensity),
        (nameof(ShannonK), ShannonK), (nameof(NetChargePerPeriod), NetChargePerPeriod), (nameof(NetChargeFraction), NetChargeFraction),
        (nameof(Limits), Limits), (nameof(IsWithinLimits), IsWithinLimits), (nameof(Violations), RecordMembers.Format(Violations)));

    /// <summary><see cref="ShannonK"/> as text: "1.26", or "not applicable" at zero charge.</summary>
    public string ShannonKText => ShannonCriterion.Format(ShannonK);
}
