using System.Text.Json;
using System.Text.Json.Serialization;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Cli;

/// <summary>
/// The JSON answers of <c>--format json</c>, one record per command, each with a <c>schema</c> tag naming its schema
/// file (<c>Schemas/&lt;command&gt;.schema.json</c>, version 1). Quantities carry their unit in the name, as the settings
/// files do (<c>perceptionThreshold_mA</c>); a value the model did not reach is null.
/// </summary>
internal static class JsonAnswer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // µ, ×, − as themselves: still valid JSON (the answer is never embedded in HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the answer to stdout as one JSON document.</summary>
    public static void Write(object answer) => Console.Out.WriteLine(JsonSerializer.Serialize(answer, answer.GetType(), Options));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    public static ViolationAnswer[] Violations(IEnumerable<Violation> violations) =>
        violations.Select(v => new ViolationAnswer(v.Parameter, v.Value, v.Limit, v.Message)).ToArray();

    public static SimulateAnswer Simulate(string source, Scenario scenario, ScenarioOutcome o, DepthDistribution depths, IEnumerable<string> plots) => new(
        "scssim-simulate/2", source, scenario.Program.ToString(), scenario.Electrodes.ToString(), scenario.Device.Name,
        new ValidationAnswer(o.Validation.IsValid, Violations(o.Validation.Violations)),
        new SafetyAnswer(o.Safety.ChargePerPhase.ToMicrocoulombs(), o.Safety.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre(), o.Safety.ShannonK,
            o.Safety.Limits.ShannonK, o.Safety.IsWithinLimits, Violations(o.Safety.Violations)),
        new EnergyAnswer(o.Energy.TeedPerSecond.ToMicrowatts(), o.Energy.BatteryDrain.ToMilliamperes(), o.Energy.BatteryKind.ToString().ToLowerInvariant(),
            o.Energy.DaysBetweenCharges),
        new PatientAnswer(OptionValues.Postures.First(p => p.Value == scenario.Patient.Posture).Name,
            scenario.Patient.Placements.Select(p => new LeadAnswer(p.Vertebra.ToString(), p.LateralOffset.ToMillimetres())).ToArray(),
            scenario.Patient.PlacementsInPosture[0].CsfThickness.ToMillimetres(), scenario.Patient.ContactImpedance.ToOhms(),
            scenario.Patient.PainfulRegions.Select(r => r.ToString()).ToArray()),
        o.PerceptionThreshold?.ToMilliamperes(), o.DiscomfortThreshold?.ToMilliamperes(), o.ParesthesiaCoverage, o.IsParesthesiaFree,
        new DepthAnswer(depths.Recruited, depths.Median?.ToMillimetres(), depths.Deepest?.ToMillimetres(), depths.DeeperThan(Length.FromMillimetres(0.25))),
        new PainAnswer(o.PainTransmission.WdrRateWithoutScs.ToHertz(), o.PainTransmission.WdrRateWithScs.ToHertz(), Finite(o.PainTransmissionIndex),
            Finite(o.PainTransmission.Index.Lower), Finite(o.PainTransmission.Index.Upper), o.PainTransmission.Policy.Seeds,
            o.PainTransmission.Policy.Warmup.ToSeconds(), o.PainTransmission.Policy.Window.ToSeconds()),
        o.Notes.ToArray(), plots.ToArray());

    public static SweepAnswer Sweep(string source, string kind, IEnumerable<SweepPoint> points, string csv, string png) => new(
        "scssim-sweep/2", source, kind,
        points.Select(p => new SweepPointAnswer(p.Frequency.ToHertz(), Finite(p.AmplitudeMultiple), p.RecruitedFraction, p.WdrRateWithoutScs.ToHertz(),
            p.WdrRateWithScs.ToHertz(), Finite(p.Index), Finite(p.IndexEstimate.Lower), Finite(p.IndexEstimate.Upper))).ToArray(), csv, png);

    public sealed record ViolationAnswer(string Parameter, string Value, string Limit, string Problem);

    public sealed record ValidationAnswer(bool Deliverable, ViolationAnswer[] Violations);

    public sealed record SafetyAnswer(
        [property: JsonPropertyName("chargePerPhase_uC")] double ChargePerPhase,
        [property: JsonPropertyName("maxChargeDensity_uC_per_cm2")] double MaxChargeDensity,
        double? ShannonK, double ShannonKLimit, bool WithinLimits, ViolationAnswer[] Violations);

    public sealed record EnergyAnswer(
        [property: JsonPropertyName("teed_uW")] double Teed,
        [property: JsonPropertyName("batteryDrain_mA")] double BatteryDrain,
        string BatteryKind,
        [property: JsonPropertyName("batteryLife_days")] double? BatteryLifeDays);

    public sealed record LeadAnswer(string Vertebra, [property: JsonPropertyName("lateralOffset_mm")] double LateralOffset);

    public sealed record PatientAnswer(string Posture, LeadAnswer[] Leads,
        [property: JsonPropertyName("dorsalCsf_mm")] double DorsalCsf,
        [property: JsonPropertyName("contactImpedance_ohm")] double ContactImpedance,
        string[] PainfulRegions);

    public sealed record DepthAnswer(int Recruited,
        [property: JsonPropertyName("medianDepth_mm")] double? MedianDepth,
        [property: JsonPropertyName("deepest_mm")] double? Deepest,
        int DeeperThan025mm);

    public sealed record PainAnswer(
        [property: JsonPropertyName("wdrWithoutScs_Hz")] double WdrWithoutScs,
        [property: JsonPropertyName("wdrWithScs_Hz")] double WdrWithScs,
        double? Index,
        [property: JsonPropertyName("indexLow95")] double? IndexLow,
        [property: JsonPropertyName("indexHigh95")] double? IndexHigh,
        int Seeds,
        [property: JsonPropertyName("warmup_s")] double Warmup,
        [property: JsonPropertyName("window_s")] double Window);

    public sealed record SimulateAnswer(string Schema, string Source, string Program, string Electrodes, string Device,
        ValidationAnswer Validation, SafetyAnswer Safety, EnergyAnswer Energy, PatientAnswer Patient,
        [property: JsonPropertyName("perceptionThreshold_mA")] double? PerceptionThreshold,
        [property: JsonPropertyName("discomfortThreshold_mA")] double? DiscomfortThreshold,
        double ParesthesiaCoverage, bool ParesthesiaFree, DepthAnswer DorsalColumns, PainAnswer PainTransmission, string[] Notes, string[] Plots);

    public sealed record ValidateAnswer(string Schema, string Source, string Program, string Device,
        [property: JsonPropertyName("impedance_ohm")] double Impedance,
        bool Deliverable, bool WithinSafetyLimits, ViolationAnswer[] Violations);

    public sealed record SweepPointAnswer(
        [property: JsonPropertyName("frequency_Hz")] double Frequency,
        double? AmplitudeMultiple, double RecruitedFraction,
        [property: JsonPropertyName("wdrWithoutScs_Hz")] double WdrWithoutScs,
        [property: JsonPropertyName("wdrWithScs_Hz")] double WdrWithScs,
        double? Index,
        [property: JsonPropertyName("indexLow95")] double? IndexLow,
        [property: JsonPropertyName("indexHigh95")] double? IndexHigh);

    public sealed record PostureAnswer(string Posture,
        [property: JsonPropertyName("dorsalCsf_mm")] double DorsalCsf,
        bool CsfChangeMeasured,
        [property: JsonPropertyName("perceptionThreshold_mA")] double? PerceptionThreshold,
        [property: JsonPropertyName("discomfortThreshold_mA")] double? DiscomfortThreshold,
        double? UsageRange, double Coverage);

    public sealed record PosturesAnswer(string Schema, string Source, string Program, string Vertebra,
        [property: JsonPropertyName("amplitude_mA")] double Amplitude, PostureAnswer[] Postures);

    public sealed record SweepAnswer(string Schema, string Source, string Kind, SweepPointAnswer[] Points, string Csv, string Png);
}
