using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using ScsSim.Serialization;

namespace ScsSim.Scenarios;

/// <summary>
/// Reads and writes scenarios as JSON (version 1): a seed, a patient and an embedded settings document (program, electrodes and
/// device, exactly as <see cref="SettingsJson"/> writes them). Strict like <see cref="SettingsJson"/> and by the same rules
/// (duplicate, unknown or missing properties, nulls, non-finite numbers, inexact names such as <c>"T6, T7"</c> or <c>" L4"</c>, and
/// out-of-range values throw a <see cref="SettingsFormatException"/> naming the JSON path of every problem). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <code>
/// { "version": 1, "seed": 1,
///   "patient": { "vertebra": "T8", "lateralOffset_mm": 0, "csfThickness_mm": 3, "rostroCaudalOffset_mm": 0,
///                "contactImpedance_ohm": 1000, "painfulRegions": [ { "dermatome": "L4", "side": "left" } ],
///                "painState": { "aBetaRate_Hz": 2, "aDeltaRate_Hz": 1, "cRate_Hz": 3,
///                               "cFibreVolleys": { "interval_ms": 1000, "firstVolley_ms": 500, "latencySpread_ms": 100, "responseWindow_ms": 210 } } },
///   "settings": { "version": 1, "program": { ... }, "electrodes": { ... }, "device": { ... } } }
/// </code>
/// <c>cFibreVolleys</c> and <c>rostroCaudalOffset_mm</c> are optional. The impedance lives in the patient; the settings
/// document must not carry <c>impedance_ohm</c> or a <c>programSet</c>.
/// </remarks>
public static class ScenarioJson
{
    /// <summary>The format version written and read.</summary>
    public const int Version = 1;

    /// <summary>Writes a scenario as indented JSON.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">The scenario is null.</exception>
    public static string Write(Scenario scenario)
    {
        Guard.NotNull(scenario, nameof(scenario));
        var p = scenario.Patient;
        var settings = SettingsJson.Write(new StimulationSettings(scenario.Program, scenario.Electrodes, scenario.Device));
        using var doc = JsonDocument.Parse(settings);
        var dto = new ScenarioFileDto
        {
            Version = Version,
            Seed = scenario.Seed,
            Patient = new PatientDto
            {
                Vertebra = p.Placement.Vertebra.ToString(),
                LateralOffsetMm = p.Placement.LateralOffset.ToMillimetres(),
                CsfThicknessMm = p.Placement.CsfThickness.ToMillimetres(),
                RostroCaudalOffsetMm = p.Placement.RostroCaudalOffset.ToMillimetres(),
                ContactImpedanceOhm = p.ContactImpedance.ToOhms(),
                PainfulRegions = p.PainfulRegions.Select(r => new RegionDto { Dermatome = r.Dermatome.ToString(), Side = r.Side == BodySide.Left ? "left" : "right" }).ToArray(),
                PainState = new PainStateDto
                {
                    ABetaRateHz = p.PainState.ABetaRate.ToHertz(), ADeltaRateHz = p.PainState.ADeltaRate.ToHertz(), CRateHz = p.PainState.CRate.ToHertz(),
                    CFibreVolleys = p.PainState.CFibreVolleys is { } v ? new VolleysDto
                    {
                        IntervalMs = v.Interval.ToNanoseconds() / 1e6, FirstVolleyMs = v.FirstVolley.ToNanoseconds() / 1e6,
                        LatencySpreadMs = v.LatencySpread.ToNanoseconds() / 1e6, ResponseWindowMs = v.ResponseWindow.ToNanoseconds() / 1e6,
                    } : null,
                },
            },
            Settings = doc.RootElement.Clone(),
        };
        return JsonSerializer.Serialize(dto, ScenarioJsonContext.Default.ScenarioFileDto);
    }

    /// <summary>Reads a scenario.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="SettingsFormatException">The text is not a valid version-1 scenario; the exception names the JSON path.</exception>
    public static Scenario Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = StrictJson.Parse(json);
        var problems = new ReadProblems();
        var scenario = Scenario(document.RootElement, problems);
        problems.ThrowIfAny();
        return scenario!;
    }

    private static readonly (string Name, Vertebra Value)[] Vertebrae = Enum.GetValues<Vertebra>().Select(v => (v.ToString(), v)).ToArray();
    private static readonly (string Name, Dermatome Value)[] Dermatomes = Enum.GetValues<Dermatome>().Select(d => (d.ToString(), d)).ToArray();

    private static Scenario? Scenario(JsonElement root, ReadProblems problems)
    {
        if (!JsonObjectReader.TryOpen(root, "$", problems, "a scenario", out var o)) return null;
        string[] allowed = ["version", "seed", "patient", "settings"];
        if (!SettingsMapper.ReadVersion(o, allowed)) return null;
        var mark = problems.Count;
        o.AllowOnly(allowed);
        var seed = o.UnsignedInteger("seed", true);
        var patient = o.TryObject("patient", true, "a patient", out var po) ? Patient(po) : null;
        StimulationSettings? settings = null;
        if (o.TryGet("settings", true, out var se))
        {
            var settingsMark = problems.Count;
            settings = SettingsMapper.Settings(se, "$.settings", problems);
            if (settings is not null)
            {
                if (settings.Program is null) problems.Add("$.settings", "required property \"program\" is missing.");
                if (settings.Electrodes is null) problems.Add("$.settings", "required property \"electrodes\" is missing.");
                if (settings.Device is null) problems.Add("$.settings", "required property \"device\" is missing.");
                if (settings.Impedance is not null) problems.Add("$.settings.impedance_ohm", "The impedance belongs to the patient (\"$.patient.contactImpedance_ohm\"); remove it here.");
                if (settings.ProgramSet is not null) problems.Add("$.settings.programSet", "A scenario takes a single program, not a program set.");
            }
            if (problems.Count > settingsMark) settings = null;
        }
        if (problems.Count > mark) return null;
        return SettingsMapper.Build("$.settings.electrodes", problems,
            () => new Scenario(patient!, settings!.Device!, settings.Program!, settings.Electrodes!, seed!.Value));
    }

    private static VirtualPatient? Patient(JsonObjectReader o)
    {
        var problems = o.Problems;
        var mark = problems.Count;
        o.AllowOnly("vertebra", "lateralOffset_mm", "csfThickness_mm", "rostroCaudalOffset_mm", "contactImpedance_ohm", "painfulRegions", "painState");
        o.TryChoice("vertebra", true, Vertebrae, out var vertebra);
        var lateral = SettingsMapper.Quantity(o, "lateralOffset_mm", o.Number("lateralOffset_mm", true), Length.FromMillimetres);
        var csf = SettingsMapper.Quantity(o, "csfThickness_mm", o.Number("csfThickness_mm", true), Length.FromMillimetres);
        var shift = SettingsMapper.Quantity(o, "rostroCaudalOffset_mm", o.Number("rostroCaudalOffset_mm", false), Length.FromMillimetres) ?? Length.Zero;
        var impedance = SettingsMapper.Quantity(o, "contactImpedance_ohm", o.Number("contactImpedance_ohm", true), Resistance.FromOhms);
        var regions = new List<BodyRegion>();
        if (o.TryArray("painfulRegions", true, out var items))
        {
            var i = 0;
            foreach (var item in items)
            {
                var path = JsonPaths.Item(o.Child("painfulRegions"), i++);
                if (!JsonObjectReader.TryOpen(item, path, problems, "a painful region", out var r)) continue;
                r.AllowOnly("dermatome", "side");
                if (r.TryChoice("dermatome", true, Dermatomes, out var dermatome)
                    & r.TryChoice("side", true, [("left", BodySide.Left), ("right", BodySide.Right)], out var side))
                    regions.Add(new BodyRegion(dermatome, side));
            }
        }
        var pain = o.TryObject("painState", true, "a pain state", out var ps) ? PainState(ps) : null;
        if (problems.Count > mark) return null;
        if (!problems.TryCreate(o.Path, () => new LeadPlacement(vertebra, lateral!.Value, csf!.Value, shift), out var placement, at: o)) return null;
        return SettingsMapper.Build(o, () => new VirtualPatient(placement, impedance!.Value, regions, pain));
    }

    private static PainState? PainState(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("aBetaRate_Hz", "aDeltaRate_Hz", "cRate_Hz", "cFibreVolleys");
        var aBeta = SettingsMapper.Quantity(o, "aBetaRate_Hz", o.Number("aBetaRate_Hz", true), Frequency.FromHertz);
        var aDelta = SettingsMapper.Quantity(o, "aDeltaRate_Hz", o.Number("aDeltaRate_Hz", true), Frequency.FromHertz);
        var c = SettingsMapper.Quantity(o, "cRate_Hz", o.Number("cRate_Hz", true), Frequency.FromHertz);
        CFibreVolleys? volleys = null;
        if (o.TryObject("cFibreVolleys", false, "a C-fibre volley pattern", out var v))
        {
            v.AllowOnly("interval_ms", "firstVolley_ms", "latencySpread_ms", "responseWindow_ms");
            var interval = Ms(v, "interval_ms");
            var first = Ms(v, "firstVolley_ms");
            var spread = Ms(v, "latencySpread_ms");
            var window = Ms(v, "responseWindow_ms");
            if (o.Problems.Count == mark)
                volleys = SettingsMapper.Build(v, () => new CFibreVolleys(interval!.Value, first!.Value, spread!.Value, window!.Value));
        }
        if (o.Problems.Count > mark) return null;
        return SettingsMapper.Build(o, () => new PainState(aBeta!.Value, aDelta!.Value, c!.Value, volleys));
    }

    private static Duration? Ms(JsonObjectReader o, string name)
    {
        var ms = o.Number(name, true);
        if (ms is not { } value) return null;
        if (value is >= 0 and <= 3.6e6) return Duration.FromNanoseconds((long)Math.Round(value * 1e6, MidpointRounding.AwayFromZero));
        o.Problems.Add(o.Child(name), $"{SettingsMapper.Show(value)} ms is not allowed; the value must be between 0 and 3600000 ms (one hour).");
        return null;
    }

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="SettingsFormatException">The file is not a valid scenario.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Scenario ReadFile(string path) => Read(File.ReadAllText(path));

    /// <summary>Writes a scenario file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, Scenario scenario) => File.WriteAllText(path, Write(scenario));
}

internal sealed class ScenarioFileDto
{
    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("patient")] public required PatientDto Patient { get; init; }
    [JsonPropertyName("settings")] public required JsonElement Settings { get; init; }
}

internal sealed class PatientDto
{
    [JsonPropertyName("vertebra")] public required string Vertebra { get; init; }
    [JsonPropertyName("lateralOffset_mm")] public required double LateralOffsetMm { get; init; }
    [JsonPropertyName("csfThickness_mm")] public required double CsfThicknessMm { get; init; }
    [JsonPropertyName("rostroCaudalOffset_mm")] public double? RostroCaudalOffsetMm { get; init; }
    [JsonPropertyName("contactImpedance_ohm")] public required double ContactImpedanceOhm { get; init; }
    [JsonPropertyName("painfulRegions")] public required RegionDto[] PainfulRegions { get; init; }
    [JsonPropertyName("painState")] public required PainStateDto PainState { get; init; }
}

internal sealed class RegionDto
{
    [JsonPropertyName("dermatome")] public required string Dermatome { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
}

internal sealed class PainStateDto
{
    [JsonPropertyName("aBetaRate_Hz")] public required double ABetaRateHz { get; init; }
    [JsonPropertyName("aDeltaRate_Hz")] public required double ADeltaRateHz { get; init; }
    [JsonPropertyName("cRate_Hz")] public required double CRateHz { get; init; }
    [JsonPropertyName("cFibreVolleys")] public VolleysDto? CFibreVolleys { get; init; }
}

internal sealed class VolleysDto
{
    [JsonPropertyName("interval_ms")] public required double IntervalMs { get; init; }
    [JsonPropertyName("firstVolley_ms")] public required double FirstVolleyMs { get; init; }
    [JsonPropertyName("latencySpread_ms")] public required double LatencySpreadMs { get; init; }
    [JsonPropertyName("responseWindow_ms")] public required double ResponseWindowMs { get; init; }
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ScenarioFileDto))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
