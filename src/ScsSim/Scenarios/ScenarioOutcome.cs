using System.Globalization;
using System.Text;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;

namespace ScsSim.Scenarios;

/// <summary>Everything <see cref="Scenario.Simulate"/> answers for one scenario, in one record for a report, a table or
/// a plot: validation, safety, energy, thresholds, coverage and pain transmission.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario simulated.</param>
/// <param name="Validation">Device-limit violations (an empty report when the program is programmable on the device).</param>
/// <param name="Safety">Charge, charge density and Shannon criterion.</param>
/// <param name="Energy">TEED, battery drain and life.</param>
/// <param name="PerceptionThreshold">Amplitude at which stimulation is first felt, or null when not within the modelled range.</param>
/// <param name="DiscomfortThreshold">Amplitude at which it becomes uncomfortable, or null.</param>
/// <param name="AmplitudeMultiple">Programmed amplitude / perception threshold (infinity when there is none).</param>
/// <param name="DorsalColumnFraction">Share of all dorsal-column fibres recruited at the programmed amplitude.</param>
/// <param name="ParesthesiaCoverage">Share of the painful regions that receive paresthesia, 0-1.</param>
/// <param name="IsParesthesiaFree">True when the programmed amplitude is below the perception threshold.</param>
/// <param name="RecruitedABetaFraction">Share of the network's A-beta inputs driven by SCS.</param>
/// <param name="PainTransmission">WDR output with and without SCS over the measurement policy's seeds, with intervals.</param>
/// <param name="Notes">Plain-language caveats that apply to this outcome.</param>
public sealed record ScenarioOutcome(
    Scenario Scenario,
    ValidationReport Validation,
    SafetyReport Safety,
    EnergyReport Energy,
    Current? PerceptionThreshold,
    Current? DiscomfortThreshold,
    double AmplitudeMultiple,
    double DorsalColumnFraction,
    double ParesthesiaCoverage,
    bool IsParesthesiaFree,
    double RecruitedABetaFraction,
    PainTransmissionEstimate PainTransmission,
    IReadOnlyList<string> Notes)
{
    /// <summary>Pain-transmission index (WDR rate with SCS / without; 1 = no relief): the mean over the seeds
    /// (<see cref="PainTransmissionEstimate.Index"/> has its interval).</summary>
    public double PainTransmissionIndex => PainTransmission.Index.Mean;

    /// <summary>Whether two outcomes are the same, the notes compared item by item.</summary>
    /// <param name="other">The other outcome.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ScenarioOutcome? other) =>
        other is not null && Scenario == other.Scenario && Validation == other.Validation && Safety == other.Safety && Energy == other.Energy
        && PerceptionThreshold == other.PerceptionThreshold && DiscomfortThreshold == other.DiscomfortThreshold
        && AmplitudeMultiple.Equals(other.AmplitudeMultiple) && DorsalColumnFraction.Equals(other.DorsalColumnFraction)
        && ParesthesiaCoverage.Equals(other.ParesthesiaCoverage) && IsParesthesiaFree == other.IsParesthesiaFree
        && RecruitedABetaFraction.Equals(other.RecruitedABetaFraction) && PainTransmission == other.PainTransmission
        && RecordMembers.SequenceEqual(Notes, other.Notes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Scenario); hash.Add(Validation); hash.Add(Safety); hash.Add(Energy); hash.Add(PerceptionThreshold); hash.Add(DiscomfortThreshold);
        hash.Add(AmplitudeMultiple); hash.Add(DorsalColumnFraction); hash.Add(ParesthesiaCoverage); hash.Add(IsParesthesiaFree);
        hash.Add(RecruitedABetaFraction); hash.Add(PainTransmission);
        RecordMembers.AddSequence(ref hash, Notes);
        return hash.ToHashCode();
    }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder,
        (nameof(Scenario), Scenario), (nameof(Validation), Validation), (nameof(Safety), Safety), (nameof(Energy), Energy),
        (nameof(PerceptionThreshold), PerceptionThreshold), (nameof(DiscomfortThreshold), DiscomfortThreshold),
        (nameof(AmplitudeMultiple), AmplitudeMultiple), (nameof(DorsalColumnFraction), DorsalColumnFraction),
        (nameof(ParesthesiaCoverage), ParesthesiaCoverage), (nameof(IsParesthesiaFree), IsParesthesiaFree),
        (nameof(RecruitedABetaFraction), RecruitedABetaFraction), (nameof(PainTransmission), PainTransmission),
        (nameof(PainTransmissionIndex), PainTransmissionIndex), (nameof(Notes), RecordMembers.Format(Notes)));

    /// <summary>A short multi-line summary for a console.</summary>
    /// <returns>The text.</returns>
    public string Summary()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"program: {Scenario.Program}");
        sb.AppendLine(c, $"device: {(Validation.Violations.Count == 0 ? "programmable" : $"{Validation.Violations.Count} violation(s)")}");
        foreach (var v in Validation.Violations) sb.AppendLine(c, $"  {v}");
        sb.AppendLine(c, $"safety: Shannon k = {Safety.ShannonKText}, {(Safety.IsWithinLimits ? "within limits" : "outside limits")}");
        sb.AppendLine(c, $"energy: TEED {Energy.TeedPerSecond.ToString("µW:G4", c)}, battery {Energy.BatteryLifeText}");
        sb.AppendLine(c, $"perception {PerceptionThreshold?.ToString("mA:0.00", c) ?? "none"}, discomfort {DiscomfortThreshold?.ToString("mA:0.00", c) ?? "none"}, amplitude {AmplitudeMultiple:0.00} x perception");
        sb.AppendLine(c, $"paresthesia coverage of painful regions: {ParesthesiaCoverage:P0}{(IsParesthesiaFree ? " (paresthesia-free)" : "")}");
        sb.AppendLine(c, $"A-beta inputs driven: {RecruitedABetaFraction:P0}; WDR {PainTransmission.WdrRateWithoutScs.ToHertz():0.0} -> {PainTransmission.WdrRateWithScs.ToHertz():0.0} Hz; pain-transmission index {PainTransmission.Index}");
        foreach (var n in Notes) sb.AppendLine(c, $"note: {n}");
        return sb.ToString();
    }
}
