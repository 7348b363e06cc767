using System.Globalization;
using System.Text.Json;
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
/// document must not carry <c>impedance_ohm</c> or a <c>programSet</c>. The settings part is written by the settings
/// writer and read by the settings reader in the same pass as the rest, so a scenario with several mistakes, in its patient
/// and its settings, is reported in one go. <see cref="ReadDocument"/> reads a file that may be either document.
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
                Posture = p.Posture == Posture.Supine ? null : PostureNames.First(n => n.Value == p.Posture).Name,
                AdditionalLeads = p.Placements.Count == 1 ? null : p.Placements.Skip(1).Select(l => new LeadPlacementDto
                {
                    Vertebra = l.Vertebra.ToString(), LateralOffsetMm = l.LateralOffset.ToMillimetres(), RostroCaudalOffsetMm = l.RostroCaudalOffset.ToMillimetres(),
                }).ToArray(),
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
            Settings = SettingsWriter.ToDto(new StimulationSettings(scenario.Program, scenario.Electrodes, scenario.Device)),
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
        return ReadScenario(document.RootElement);
    }

    /// <summary>
    /// Reads a document that is either a scenario or a settings document (as <see cref="SettingsJson.Read"/> reads it), telling
    /// which by its top-level properties: <c>seed</c>, <c>patient</c> and <c>settings</c> make a scenario; <c>program</c>,
    /// <c>programSet</c>, <c>electrodes</c>, <c>device</c> and <c>impedance_ohm</c> a settings document (so does a document
    /// with <c>version</c> alone). A misspelt name counts for the document it nearly names, and is then reported with a
    /// suggestion. The text is parsed once and read by the same rules as <see cref="Read"/> and <see cref="SettingsJson.Read"/>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario or the settings, whichever the document is.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="SettingsFormatException">The text is not a valid version-1 scenario or settings document, mixes the
    /// properties of both, or is neither (the message lists what each holds).</exception>
    public static ScenarioOrSettings ReadDocument(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = StrictJson.Parse(json);
        var root = document.RootElement;
        return IsScenario(root) ? new ScenarioOrSettings(ReadScenario(root), null) : new ScenarioOrSettings(null, SettingsReader.Read(root));
    }

    // The top-level properties that only a scenario has; everything else a scenario holds is in its "settings".
    private static readonly string[] ScenarioOnly = ["seed", "patient", "settings"];

    private static readonly string[] SettingsOnly = SettingsReader.Properties.Where(p => p != "version").ToArray();

    /// <summary>Which document <paramref name="root"/> is, by its top-level names (exact ones first, else near misses);
    /// throws when it is not an object, mixes both kinds, or names neither.</summary>
    private static bool IsScenario(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new SettingsFormatException("$", $"expected a settings document or a scenario (a JSON object {{ \"version\": 1, ... }}), found {JsonObjectReader.Describe(root)}.");
        var names = root.EnumerateObject().Select(p => p.Name).Where(n => n != "version").ToArray();
        var scenario = names.Where(n => ScenarioOnly.Contains(n)).ToArray();
        var settings = names.Where(n => SettingsOnly.Contains(n)).ToArray();
        if (scenario.Length > 0 && settings.Length > 0)
            throw new SettingsFormatException("$", $"this document mixes a scenario's properties ({Quote(scenario)}) with a settings document's ({Quote(settings)}); "
                + "a scenario holds its program, electrodes and device in \"settings\".");
        if (scenario.Length > 0 || settings.Length > 0 || names.Length == 0) return scenario.Length > 0;
        var nearScenario = names.Any(n => NearestName.Find(n, ScenarioOnly) is not null);
        var nearSettings = names.Any(n => NearestName.Find(n, SettingsOnly) is not null);
        if (nearScenario != nearSettings) return nearScenario;
        throw new SettingsFormatException("$", $"neither a settings document nor a scenario: found {Quote(names)}; a settings document holds "
            + $"{Quote(SettingsOnly)} (any of them), a scenario {Quote(ScenarioOnly)}.");
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static Scenario ReadScenario(JsonElement root)
    {
        var problems = new ReadProblems();
        var scenario = Scenario(root, problems);
        problems.ThrowIfAny();
        return scenario!;
    }

    /// <summary>What a scenario asks of its embedded settings document: a program, electrodes and a device, and neither an
    /// impedance (the patient's) nor a program set.</summary>
    private static readonly SettingsRules ScenarioSettings = new()
    {
        RequireProgram = true,
        RequireElectrodes = true,
        RequireDevice = true,
        Refused = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["impedance_ohm"] = "the impedance belongs to the patient (\"$.patient.contactImpedance_ohm\"); remove it here.",
            ["programSet"] = "a scenario takes a single program, not a program set; use \"program\".",
        },
    };

    private static readonly (string Name, Vertebra Value)[] Vertebrae = Enum.GetValues<Vertebra>().Select(v => (v.ToString(), v)).ToArray();
    private static readonly (string Name, Dermatome Value)[] Dermatomes = Enum.GetValues<Dermatome>().Select(d => (d.ToString(), d)).ToArray();

    private static Scenario? Scenario(JsonElement root, ReadProblems problems)
    {
        if (!JsonObjectReader.TryOpen(root, "$", problems, "a scenario", out var o)) return null;
        string[] allowed = ["version", .. ScenarioOnly];
        if (!SettingsReader.ReadVersion(o, allowed)) return null;
        var mark = problems.Count;
        o.AllowOnly(allowed);
        var seed = o.UnsignedInteger("seed", true);
        var patient = o.TryObject("patient", true, "a patient", out var po) ? Patient(po) : null;
        var settings = o.TryGet("settings", true, out var se) ? SettingsReader.Settings(se, "$.settings", problems, ScenarioSettings) : null;
        if (problems.Count > mark) return null;
        return SettingsReader.Build("$.settings.electrodes", problems,
            () => new Scenario(patient!, settings!.Device!, settings.Program!, settings.Electrodes!, seed!.Value));
    }

    private static VirtualPatient? Patient(JsonObjectReader o)
    {
        var problems = o.Problems;
        var mark = problems.Count;
        o.AllowOnly("vertebra", "lateralOffset_mm", "csfThickness_mm", "rostroCaudalOffset_mm", "posture", "additionalLeads", "contactImpedance_ohm", "painfulRegions", "painState");
        o.TryChoice("vertebra", true, Vertebrae, out var vertebra);
        var lateral = SettingsReader.Quantity(o, "lateralOffset_mm", o.Number("lateralOffset_mm", true), Length.FromMillimetres);
        var csf = SettingsReader.Quantity(o, "csfThickness_mm", o.Number("csfThickness_mm", true), Length.FromMillimetres);
        var shift = SettingsReader.Quantity(o, "rostroCaudalOffset_mm", o.Number("rostroCaudalOffset_mm", false), Length.FromMillimetres) ?? Length.Zero;
        var impedance = SettingsReader.Quantity(o, "contactImpedance_ohm", o.Number("contactImpedance_ohm", true), Resistance.FromOhms);
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
        if (!o.TryChoice("posture", false, PostureNames, out var posture)) posture = Posture.Supine;
        var more = new List<(string Path, Vertebra Vertebra, Length Lateral, Length Shift)>();
        if (o.Has("additionalLeads") && o.TryArray("additionalLeads", false, out var leads))
        {
            var i = 0;
            foreach (var item in leads)
            {
                var path = JsonPaths.Item(o.Child("additionalLeads"), i++);
                if (!JsonObjectReader.TryOpen(item, path, problems, "a lead placement", out var l)) continue;
                l.AllowOnly("vertebra", "lateralOffset_mm", "rostroCaudalOffset_mm");
                l.TryChoice("vertebra", true, Vertebrae, out var v);
                var x = SettingsReader.Quantity(l, "lateralOffset_mm", l.Number("lateralOffset_mm", true), Length.FromMillimetres);
                var dz = SettingsReader.Quantity(l, "rostroCaudalOffset_mm", l.Number("rostroCaudalOffset_mm", false), Length.FromMillimetres) ?? Length.Zero;
                if (x is { } lx) more.Add((path, v, lx, dz));
            }
        }
        if (problems.Count > mark) return null;
        if (!problems.TryCreate(o.Path, () => new LeadPlacement(vertebra, lateral!.Value, csf!.Value, shift), out var placement, at: o)) return null;
        var placements = new List<LeadPlacement> { placement };
        foreach (var (path, v, x, dz) in more)
            if (problems.TryCreate(path, () => new LeadPlacement(v, x, csf!.Value, dz), out var second)) placements.Add(second);
        if (problems.Count > mark) return null;
        var patient = SettingsReader.Build(o, () => new VirtualPatient(placement, impedance!.Value, regions, pain));
        if (patient is not null && posture != Posture.Supine) patient = SettingsReader.Build(o.Child("posture"), problems, () => patient.WithPosture(posture));
        return patient is null || placements.Count == 1 ? patient
            : SettingsReader.Build(o.Child("additionalLeads"), problems, () => patient.WithPlacements(placements));
    }

    private static PainState? PainState(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("aBetaRate_Hz", "aDeltaRate_Hz", "cRate_Hz", "cFibreVolleys");
        var aBeta = SettingsReader.Quantity(o, "aBetaRate_Hz", o.Number("aBetaRate_Hz", true), Frequency.FromHertz);
        var aDelta = SettingsReader.Quantity(o, "aDeltaRate_Hz", o.Number("aDeltaRate_Hz", true), Frequency.FromHertz);
        var c = SettingsReader.Quantity(o, "cRate_Hz", o.Number("cRate_Hz", true), Frequency.FromHertz);
        CFibreVolleys? volleys = null;
        if (o.TryObject("cFibreVolleys", false, "a C-fibre volley pattern", out var v))
        {
            v.AllowOnly("interval_ms", "firstVolley_ms", "latencySpread_ms", "responseWindow_ms");
            var interval = Ms(v, "interval_ms");
            var first = Ms(v, "firstVolley_ms");
            var spread = Ms(v, "latencySpread_ms");
            var window = Ms(v, "responseWindow_ms");
            if (o.Problems.Count == mark)
                volleys = SettingsReader.Build(v, () => new CFibreVolleys(interval!.Value, first!.Value, spread!.Value, window!.Value));
        }
        if (o.Problems.Count > mark) return null;
        return SettingsReader.Build(o, () => new PainState(aBeta!.Value, aDelta!.Value, c!.Value, volleys));
    }

    private static Duration? Ms(JsonObjectReader o, string name)
    {
        var ms = o.Number(name, true);
        if (ms is not { } value) return null;
        if (value is >= 0 and <= 3.6e6) return Duration.FromNanoseconds((long)Math.Round(value * 1e6, MidpointRounding.AwayFromZero));
        o.Problems.Add(o.Child(name), $"{SettingsReader.Show(value)} ms is not allowed; the value must be between 0 and 3600000 ms (one hour).");
        return null;
    }

    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="SettingsFormatException">The file is not a valid scenario.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Scenario ReadFile(string path) => Read(File.ReadAllText(path));

    // The enum's names in the files' camelCase: supine, prone, sitting, standing, lyingOnSide.
    internal static readonly (string Name, Posture Value)[] PostureNames =
        [.. Enum.GetValues<Posture>().Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.ToString()), p))];

    /// <summary>Writes a scenario file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, Scenario scenario) => File.WriteAllText(path, Write(scenario));
}
