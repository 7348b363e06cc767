using System.Globalization;
using System.Text.Json;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Serialization;

/// <summary>Reads a settings document (or the settings part of a scenario) into domain types; every check reports the JSON path.</summary>
internal static class SettingsReader
{
    // Every field of an object is read (and every problem recorded) before the object is built; an object with a bad part
    // is not built, and its parent notices through the problem count. Domain constructors run inside ReadProblems.TryCreate,
    // which reports their ArgumentException at the path.

    private static readonly string[] ProgramKinds = ["tonic", "burst", "highFrequency", "cycling"];
    private static readonly string[] RechargeKinds = ["activeSymmetric", "activeAsymmetric", "passive"];

    /// <summary>The top-level properties of a settings document.</summary>
    public static readonly string[] Properties = ["version", "program", "programSet", "electrodes", "device", "impedance_ohm"];

    /// <summary>Reads a settings document; throws a <see cref="SettingsFormatException"/> listing every problem.</summary>
    public static StimulationSettings Read(string json)
    {
        using var document = StrictJson.Parse(json);
        return Read(document.RootElement);
    }

    /// <summary>Reads an already parsed settings document; throws a <see cref="SettingsFormatException"/> listing every problem.</summary>
    public static StimulationSettings Read(JsonElement root)
    {
        var problems = new ReadProblems();
        var settings = Settings(root, "$", problems, SettingsRules.Standalone);
        problems.ThrowIfAny();
        return settings!;
    }

    /// <summary>Reads a settings document found at <paramref name="path"/> (the whole file, or a scenario's "settings"), with
    /// the parts <paramref name="rules"/> require or refuse.</summary>
    public static StimulationSettings? Settings(JsonElement element, string path, ReadProblems problems, SettingsRules rules)
    {
        if (!JsonObjectReader.TryOpen(element, path, problems, "a settings document", out var o)) return null;
        if (!ReadVersion(o, Properties)) return null;
        var mark = problems.Count;
        o.AllowOnly(Properties);
        var program = !Refused(o, rules, "program") && o.TryObject("program", rules.RequireProgram, "a program", out var p) ? Program(p) : null;
        var programSet = !Refused(o, rules, "programSet") && o.TryObject("programSet", false, "a program set", out var ps) ? ProgramSet(ps) : null;
        var electrodes = !Refused(o, rules, "electrodes") && o.TryObject("electrodes", rules.RequireElectrodes, "an electrode configuration", out var e)
            ? Electrodes(e) : null;
        var device = !Refused(o, rules, "device") && o.TryObject("device", rules.RequireDevice, "a device profile", out var d) ? Device(d) : null;
        var impedance = Refused(o, rules, "impedance_ohm") ? null
            : Quantity(o, "impedance_ohm", Positive(o, "impedance_ohm", "Ω", required: false), Resistance.FromOhms);
        return problems.Count > mark ? null : new StimulationSettings(program, electrodes, device, impedance, programSet);
    }

    /// <summary>True when <paramref name="rules"/> refuse the property; if it is present, says why at its path.</summary>
    private static bool Refused(JsonObjectReader o, SettingsRules rules, string name)
    {
        if (!rules.Refused.TryGetValue(name, out var why)) return false;
        if (o.Has(name)) o.Problems.Add(o.Child(name), why);
        return true;
    }

    /// <summary>Checks "version" first: a document of another version is not read further (its properties may differ).</summary>
    public static bool ReadVersion(JsonObjectReader o, string[] allowed)
    {
        if (!o.Has("version"))
        {
            o.AllowOnly(allowed);
            if (!o.Problems.WasSuggested(o.Child("version")))
                o.Problems.Add(o.Path, $"required property \"version\" is missing; this library reads version {SettingsJson.Version} ({{ \"version\": {SettingsJson.Version}, ... }}).");
            return false;
        }
        var version = o.Integer("version", true, long.MinValue, long.MaxValue);
        if (version is null) return false;
        if (version == SettingsJson.Version) return true;
        o.Problems.Add(o.Child("version"), $"version {version} is not supported; this library reads version {SettingsJson.Version}.");
        return false;
    }

    private static StimulationProgram? Program(JsonObjectReader o)
    {
        if (!Kind(o, ProgramKinds, out var kind)) return null;
        var problems = o.Problems;
        var mark = problems.Count;
        switch (kind)
        {
            case "tonic" or "highFrequency":
            {
                o.AllowOnly("kind", "pulse", "frequency_Hz");
                var pulse = o.TryObject("pulse", true, "a pulse", out var po) ? Pulse(po) : null;
                var frequency = Hertz(o, "frequency_Hz");
                if (problems.Count > mark) return null;
                return Build<StimulationProgram>(o, kind == "tonic"
                    ? () => StimulationProgram.Tonic(pulse!, frequency!.Value)
                    : () => StimulationProgram.HighFrequency(pulse!, frequency!.Value));
            }
            case "burst":
            {
                o.AllowOnly("kind", "pulse", "intraBurstFrequency_Hz", "pulsesPerBurst", "burstFrequency_Hz", "burstRecharge");
                var pulse = o.TryObject("pulse", true, "a pulse", out var po) ? Pulse(po) : null;
                var intra = Hertz(o, "intraBurstFrequency_Hz");
                var count = o.Integer("pulsesPerBurst", true, int.MinValue, int.MaxValue);
                var burst = Hertz(o, "burstFrequency_Hz");
                var recharge = BurstRecharge.PerPulse;
                if (o.Has("burstRecharge"))
                    o.TryChoice("burstRecharge", false, [("perPulse", BurstRecharge.PerPulse), ("afterBurst", BurstRecharge.AfterBurst)], out recharge);
                if (problems.Count > mark) return null;
                return Build<StimulationProgram>(o,
                    () => StimulationProgram.Burst(pulse!, intra!.Value, (int)count!.Value, burst!.Value, recharge));
            }
            default:
            {
                o.AllowOnly("kind", "program", "onTime_s", "offTime_s", "ramp_s");
                var inner = o.TryObject("program", true, "a program", out var io) ? Program(io) : null;
                var on = Seconds(o, "onTime_s", required: true);
                var off = Seconds(o, "offTime_s", required: true);
                var ramp = Seconds(o, "ramp_s", required: false) ?? Duration.Zero;
                if (problems.Count > mark) return null;
                return Build<StimulationProgram>(o, () => StimulationProgram.Cycling(inner!, on!.Value, off!.Value, ramp));
            }
        }
    }

    /// <summary>The "kind" of a polymorphic object, matched exactly; reports a missing, mistyped or unknown one.</summary>
    private static bool Kind(JsonObjectReader o, string[] kinds, out string kind)
    {
        kind = "";
        if (!o.Has("kind"))
        {
            // "kind" is read before the other properties are checked, so a misspelt one is answered here.
            if (o.NearMissOf("kind") is { } typo)
                o.Problems.Add(o.Child(typo), $"unknown property \"{typo}\"; did you mean \"kind\"?");
            else
                o.Problems.Add(o.Path, $"required property \"kind\" is missing; use one of: {string.Join(", ", kinds)}.");
            return false;
        }
        return o.TryChoice("kind", true, kinds.Select(k => (k, k)).ToArray(), out kind!);
    }

    private static PulseShape? Pulse(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("amplitude_mA", "pulseWidth_us", "interphaseGap_us", "polarity", "recharge");
        var amplitude = Quantity(o, "amplitude_mA", NonNegative(o, "amplitude_mA", "mA"), Current.FromMilliamperes);
        var width = Microseconds(o, "pulseWidth_us", required: true, positive: true);
        var gap = Microseconds(o, "interphaseGap_us", required: false, positive: false) ?? Duration.Zero;
        var polarity = Polarity.CathodicFirst;
        if (o.Has("polarity"))
            o.TryChoice("polarity", false, [("cathodicFirst", Polarity.CathodicFirst), ("anodicFirst", Polarity.AnodicFirst)], out polarity);
        var recharge = o.TryObject("recharge", false, "a recharge", out var ro) ? Recharge(ro) : null;
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new PulseShape(amplitude!.Value, width!.Value, recharge, gap, polarity));
    }

    private static Recharge? Recharge(JsonObjectReader o)
    {
        if (!Kind(o, RechargeKinds, out var kind)) return null;
        var mark = o.Problems.Count;
        switch (kind)
        {
            case "activeSymmetric":
                o.AllowOnly("kind");
                return o.Problems.Count > mark ? null : Programming.Recharge.ActiveSymmetric;
            case "activeAsymmetric":
            {
                o.AllowOnly("kind", "widthRatio");
                var ratio = o.Number("widthRatio", true);
                if (o.Problems.Count > mark) return null;
                return Build<Recharge>(o.Child("widthRatio"), o.Problems, () => Programming.Recharge.ActiveAsymmetric(ratio!.Value), "widthRatio");
            }
            default:
            {
                o.AllowOnly("kind", "timeConstant_us", "window_us");
                var tau = Microseconds(o, "timeConstant_us", required: true, positive: true);
                var window = Microseconds(o, "window_us", required: true, positive: true);
                if (o.Problems.Count > mark) return null;
                return Build<Recharge>(o, () => Programming.Recharge.Passive(tau!.Value, window!.Value));
            }
        }
    }

    private static ElectrodeConfiguration? Electrodes(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("leads", "contacts", "caseAnode_percent");
        var leads = Items(o, "leads", "a lead", Lead);
        var contacts = Items(o, "contacts", "a contact setting", Contact);
        var caseAnode = o.Number("caseAnode_percent", false) ?? 0;
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new ElectrodeConfiguration(leads!, contacts!, caseAnode));
    }

    private static Lead? Lead(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.TryChoice("kind", false, [("percutaneous", LeadKind.Percutaneous), ("paddle", LeadKind.Paddle)], out var kind);
        if (o.Problems.Count > mark) return null;
        if (kind == LeadKind.Paddle) return Paddle(o);
        o.AllowOnly("name", "kind", "contactCount", "contactLength_mm", "diameter_mm", "spacing_mm");
        var name = o.Text("name", true);
        var count = o.Integer("contactCount", true, int.MinValue, int.MaxValue);
        var length = Quantity(o, "contactLength_mm", Positive(o, "contactLength_mm", "mm"), Length.FromMillimetres);
        var diameter = Quantity(o, "diameter_mm", Positive(o, "diameter_mm", "mm"), Length.FromMillimetres);
        var spacing = Quantity(o, "spacing_mm", NonNegative(o, "spacing_mm", "mm"), Length.FromMillimetres);
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new Lead(name!, (int)count!.Value, length!.Value, diameter!.Value, spacing!.Value));
    }

    private static Lead? Paddle(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("name", "kind", "rowsPerColumn", "contactLength_mm", "contactWidth_mm", "spacing_mm", "columnSpacing_mm");
        var name = o.Text("name", true);
        var rows = new List<int>();
        if (o.TryArray("rowsPerColumn", true, out var items))
        {
            var i = 0;
            foreach (var item in items)
            {
                var path = JsonPaths.Item(o.Child("rowsPerColumn"), i++);
                if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var r)) rows.Add(r);
                else o.Problems.Add(path, $"expected a whole number of contacts in the column, found {JsonObjectReader.Describe(item)}.");
            }
        }
        var length = Quantity(o, "contactLength_mm", Positive(o, "contactLength_mm", "mm"), Length.FromMillimetres);
        var width = Quantity(o, "contactWidth_mm", Positive(o, "contactWidth_mm", "mm"), Length.FromMillimetres);
        var spacing = Quantity(o, "spacing_mm", NonNegative(o, "spacing_mm", "mm"), Length.FromMillimetres);
        var columnSpacing = Quantity(o, "columnSpacing_mm", NonNegative(o, "columnSpacing_mm", "mm"), Length.FromMillimetres);
        if (o.Problems.Count > mark) return null;
        return Build(o, () => Programming.Lead.Paddle(name!, rows, length!.Value, width!.Value, spacing!.Value, columnSpacing!.Value));
    }

    private static ContactSetting? Contact(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("lead", "contact", "role", "fraction_percent");
        var lead = o.Integer("lead", true, int.MinValue, int.MaxValue);
        var contact = o.Integer("contact", true, int.MinValue, int.MaxValue);
        o.TryChoice("role", true, [("cathode", ContactRole.Cathode), ("anode", ContactRole.Anode)], out var role);
        var fraction = o.Number("fraction_percent", true);
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new ContactSetting((int)lead!.Value, (int)contact!.Value, role, fraction!.Value));
    }

    private static ProgramSet? ProgramSet(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("areas");
        var areas = Items(o, "areas", "an area program", a =>
        {
            var areaMark = a.Problems.Count;
            a.AllowOnly("program", "electrodes", "offset_us");
            var program = a.TryObject("program", true, "a program", out var p) ? Program(p) : null;
            var electrodes = a.TryObject("electrodes", true, "an electrode configuration", out var e) ? Electrodes(e) : null;
            var offset = Microseconds(a, "offset_us", required: false, positive: false) ?? Duration.Zero;
            if (a.Problems.Count > areaMark) return null;
            return Build(a, () => new AreaProgram(program!, electrodes!, offset));
        });
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new ProgramSet(areas!));
    }

    private static DeviceProfile? Device(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("name", "maxAmplitude_mA", "amplitudeStep_mA", "frequencyRanges", "minPulseWidth_us", "maxPulseWidth_us",
            "maxChargePerPhase_uC", "complianceVoltage_V", "contactCount", "battery");
        var name = o.Text("name", true);
        var maxAmplitude = Quantity(o, "maxAmplitude_mA", Positive(o, "maxAmplitude_mA", "mA"), Current.FromMilliamperes);
        var step = Quantity(o, "amplitudeStep_mA", Positive(o, "amplitudeStep_mA", "mA"), Current.FromMilliamperes);
        var ranges = Items(o, "frequencyRanges", "a frequency range", r =>
        {
            var rangeMark = r.Problems.Count;
            r.AllowOnly("min_Hz", "max_Hz");
            var min = Hertz(r, "min_Hz");
            var max = Hertz(r, "max_Hz");
            if (r.Problems.Count > rangeMark) return null;
            return Build(r, () => new FrequencyRange(min!.Value, max!.Value));
        });
        var minWidth = Microseconds(o, "minPulseWidth_us", required: true, positive: true);
        var maxWidth = Microseconds(o, "maxPulseWidth_us", required: true, positive: true);
        var charge = Quantity(o, "maxChargePerPhase_uC", Positive(o, "maxChargePerPhase_uC", "µC"), Charge.FromMicrocoulombs);
        var compliance = Quantity(o, "complianceVoltage_V", Positive(o, "complianceVoltage_V", "V"), Voltage.FromVolts);
        var contacts = o.Integer("contactCount", true, int.MinValue, int.MaxValue);
        var battery = o.TryObject("battery", true, "a battery specification", out var b) ? Battery(b) : null;
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new DeviceProfile(name!, maxAmplitude!.Value, step!.Value, ranges!, minWidth!.Value, maxWidth!.Value,
            charge!.Value, compliance!.Value, (int)contacts!.Value, battery!));
    }

    private static BatterySpecification? Battery(JsonObjectReader o)
    {
        var mark = o.Problems.Count;
        o.AllowOnly("kind", "capacity_mAh", "nominalVoltage_V", "conversionEfficiency", "overheadCurrent_uA");
        o.TryChoice("kind", true, [("rechargeable", BatteryKind.Rechargeable), ("primary", BatteryKind.Primary)], out var kind);
        var capacity = Quantity(o, "capacity_mAh", Positive(o, "capacity_mAh", "mAh"), BatteryCapacity.FromMilliampereHours);
        var voltage = Quantity(o, "nominalVoltage_V", Positive(o, "nominalVoltage_V", "V"), Voltage.FromVolts);
        var efficiency = o.Number("conversionEfficiency", true);
        if (efficiency is { } eta && !(eta > 0 && eta <= 1))
            o.Problems.Add(o.Child("conversionEfficiency"), $"{Show(eta)} is not allowed; the value must be greater than 0 and at most 1.");
        var overhead = Quantity(o, "overheadCurrent_uA", NonNegative(o, "overheadCurrent_uA", "µA"), Current.FromMicroamperes);
        if (o.Problems.Count > mark) return null;
        return Build(o, () => new BatterySpecification(kind, capacity!.Value, voltage!.Value, efficiency!.Value, overhead!.Value));
    }

    /// <summary>Reads every item of an array of objects; returns null if the array or any item is bad (all are reported).</summary>
    private static T[]? Items<T>(JsonObjectReader o, string name, string what, Func<JsonObjectReader, T?> read) where T : class
    {
        if (!o.TryArray(name, true, out var items)) return null;
        var mark = o.Problems.Count;
        var result = new List<T>();
        var i = 0;
        foreach (var item in items)
        {
            if (JsonObjectReader.TryOpen(item, JsonPaths.Item(o.Child(name), i), o.Problems, what, out var io) && read(io) is { } value)
                result.Add(value);
            i++;
        }
        return o.Problems.Count > mark ? null : [.. result];
    }

    internal static T? Build<T>(string path, ReadProblems problems, Func<T> create, string? property = null) where T : class =>
        problems.TryCreate(path, create, out var value, property) ? value : null;

    /// <summary>Builds the object <paramref name="o"/> describes; a complaint about one of its properties is reported there.</summary>
    internal static T? Build<T>(JsonObjectReader o, Func<T> create) where T : class =>
        o.Problems.TryCreate(o.Path, create, out var value, at: o) ? value : null;

    internal static T? Quantity<T>(JsonObjectReader o, string name, double? value, Func<double, T> convert) where T : struct =>
        value is { } v && o.Problems.TryCreate(o.Child(name), () => convert(v), out var q, name) ? q : null;

    internal static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    internal static double? Positive(JsonObjectReader o, string name, string unit, bool required = true)
    {
        var value = o.Number(name, required);
        if (value is not { } v || v > 0) return value;
        o.Problems.Add(o.Child(name), $"{Show(v)} {unit} is not allowed; the value must be greater than 0 {unit}.");
        return null;
    }

    internal static double? NonNegative(JsonObjectReader o, string name, string unit, bool required = true)
    {
        var value = o.Number(name, required);
        if (value is not { } v || v >= 0) return value;
        o.Problems.Add(o.Child(name), $"{Show(v)} {unit} is not allowed; the value must be 0 {unit} or more.");
        return null;
    }

    /// <summary>A duration in microseconds, kept to the nearest nanosecond; a positive one must not round to zero.</summary>
    private static Duration? Microseconds(JsonObjectReader o, string name, bool required, bool positive)
    {
        var value = positive ? Positive(o, name, "µs", required) : NonNegative(o, name, "µs", required);
        var duration = Quantity(o, name, value, Duration.FromMicroseconds);
        if (positive && duration == Duration.Zero)
        {
            o.Problems.Add(o.Child(name), $"{Show(value!.Value)} µs rounds to 0 ns; durations are kept to the nearest nanosecond, so the value must be at least 0.0005 µs.");
            return null;
        }
        return duration;
    }

    private static Duration? Seconds(JsonObjectReader o, string name, bool required) =>
        Quantity(o, name, NonNegative(o, name, "s", required), Duration.FromSeconds);

    private static Frequency? Hertz(JsonObjectReader o, string name) =>
        Quantity(o, name, Positive(o, name, "Hz"), Frequency.FromHertz);
}
