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
/// device, exactly as <see cref="SettingsJson"/> writes them). Strict like <see cref="SettingsJson"/>: unknown or missing
/// properties and out-of-range values throw a <see cref="SettingsFormatException"/> naming the JSON path.
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
                    ABetaRateHz = p.PainState.ABetaRateHz, ADeltaRateHz = p.PainState.ADeltaRateHz, CRateHz = p.PainState.CRateHz,
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
        ScenarioFileDto? dto;
        try { dto = JsonSerializer.Deserialize(json, ScenarioJsonContext.Default.ScenarioFileDto); }
        catch (JsonException e) { throw new SettingsFormatException(e.Path ?? "$", e.Message.Replace("ScsSim.Scenarios.", "", StringComparison.Ordinal), e); }
        if (dto is null) throw new SettingsFormatException("$", "The document is null; expected an object with a \"version\" property.");
        if (dto.Version != Version) throw new SettingsFormatException("$.version", $"version {dto.Version} is not supported; this library reads version {Version}.");

        StimulationSettings settings;
        try { settings = SettingsJson.Read(dto.Settings.GetRawText()); }
        catch (SettingsFormatException e) { throw new SettingsFormatException("$.settings" + e.JsonPath.TrimStart('$'), e.Message[(e.JsonPath.Length + 2)..], e); }
        if (settings.Program is null) throw new SettingsFormatException("$.settings.program", "Required property \"program\" is missing.");
        if (settings.Electrodes is null) throw new SettingsFormatException("$.settings.electrodes", "Required property \"electrodes\" is missing.");
        if (settings.Device is null) throw new SettingsFormatException("$.settings.device", "Required property \"device\" is missing.");
        if (settings.Impedance is not null) throw new SettingsFormatException("$.settings.impedance_ohm", "The impedance belongs to the patient (\"$.patient.contactImpedance_ohm\"); remove it here.");
        if (settings.ProgramSet is not null) throw new SettingsFormatException("$.settings.programSet", "A scenario takes a single program, not a program set.");

        var p = dto.Patient;
        var vertebra = At("$.patient.vertebra", () => Enum.TryParse<Vertebra>(p.Vertebra, ignoreCase: false, out var v) && Enum.IsDefined(v) && !int.TryParse(p.Vertebra, out _)
            ? v : throw new ArgumentException($"\"{p.Vertebra}\" is not a modelled vertebra; allowed: {string.Join(", ", Enum.GetNames<Vertebra>())}."));
        var placement = At("$.patient", () => new LeadPlacement(vertebra, Length.FromMillimetres(p.LateralOffsetMm), Length.FromMillimetres(p.CsfThicknessMm),
            Length.FromMillimetres(p.RostroCaudalOffsetMm ?? 0)));
        var regions = new List<BodyRegion>();
        for (var i = 0; i < p.PainfulRegions.Length; i++)
        {
            var r = p.PainfulRegions[i];
            var path = $"$.patient.painfulRegions[{i}]";
            var d = At(path + ".dermatome", () => Enum.TryParse<Dermatome>(r.Dermatome, ignoreCase: false, out var x) && Enum.IsDefined(x) && !int.TryParse(r.Dermatome, out _)
                ? x : throw new ArgumentException($"\"{r.Dermatome}\" is not a modelled dermatome; allowed: {string.Join(", ", Enum.GetNames<Dermatome>())}."));
            var side = At(path + ".side", () => r.Side switch
            {
                "left" => BodySide.Left,
                "right" => BodySide.Right,
                _ => throw new ArgumentException($"\"{r.Side}\" is not a side; allowed: left, right."),
            });
            regions.Add(new BodyRegion(d, side));
        }
        var ps = p.PainState;
        var volleys = ps.CFibreVolleys is { } vd ? At("$.patient.painState.cFibreVolleys", () => new CFibreVolleys(
            Ms(vd.IntervalMs, "interval_ms"), Ms(vd.FirstVolleyMs, "firstVolley_ms"), Ms(vd.LatencySpreadMs, "latencySpread_ms"), Ms(vd.ResponseWindowMs, "responseWindow_ms"))) : null;
        var pain = At("$.patient.painState", () => new PainState(ps.ABetaRateHz, ps.ADeltaRateHz, ps.CRateHz, volleys));
        var patient = At("$.patient", () => new VirtualPatient(placement, Resistance.FromOhms(p.ContactImpedanceOhm), regions, pain));
        return At("$.settings.electrodes", () => new Scenario(patient, settings.Device, settings.Program, settings.Electrodes, dto.Seed));
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

    private static Duration Ms(double ms, string name)
    {
        if (!double.IsFinite(ms) || ms < 0 || ms > 3.6e6)
            throw new ArgumentOutOfRangeException(name, ms, $"{name} must be between 0 and 3600000 ms; got {ms.ToString("G6", CultureInfo.InvariantCulture)}.");
        return Duration.FromNanoseconds((long)Math.Round(ms * 1e6, MidpointRounding.AwayFromZero));
    }

    private static T At<T>(string path, Func<T> make)
    {
        try { return make(); }
        catch (ArgumentException e) { throw new SettingsFormatException(path, e.Message, e); }
    }
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
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ScenarioFileDto))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
