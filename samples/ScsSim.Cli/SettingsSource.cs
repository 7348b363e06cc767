using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Serialization;

namespace ScsSim.Cli;

/// <summary>
/// What a command works on: a library preset (<see cref="ScenarioPresets"/>), a scenario file, or a settings file with the
/// presets' lead, device and impedance for what it leaves out. A file is read once and recognised by its properties
/// (<see cref="ScenarioJson.ReadDocument"/>), never by searching its text.
/// </summary>
/// <param name="Scenario">The preset, or the scenario file's scenario; null for a settings file (which may use two leads).</param>
internal sealed record SettingsSource(string Name, StimulationProgram Program, ElectrodeConfiguration Electrodes, DeviceProfile Device, Resistance Impedance,
    Scenario? Scenario = null)
{
    /// <summary>What a settings file leaves out comes from here: the presets share their patient, lead and device.</summary>
    private static Scenario Defaults => ScenarioPresets.Tonic;

    /// <summary>Each of two leads from a settings file lies this far to one side of the presets' midline placement.</summary>
    public static Length SideBySideOffset { get; } = Length.FromMillimetres(1);

    /// <summary>The virtual patient: a scenario file's own (with its own seed), a preset, or the presets' patient with these settings.</summary>
    public static Scenario LoadScenario(string presetOrFile, ulong seed)
    {
        var source = Load(presetOrFile);
        if (source.Scenario is { } scenario) return ScenarioPresets.Names.Contains(presetOrFile) ? scenario.WithSeed(seed) : scenario;
        var patient = Defaults.Patient;
        var withSettings = new VirtualPatient(patient.Placement, source.Impedance, patient.PainfulRegions, patient.PainState);
        // A two-lead settings file gets the presets' placement split into two leads side by side, 2 mm apart (centre to centre; the leads are 1.3 mm thick).
        if (source.Electrodes.Leads.Count == 2)
            withSettings = withSettings.WithPlacements([patient.Placement.Moved(Length.Zero, -SideBySideOffset), patient.Placement.Moved(Length.Zero, SideBySideOffset)]);
        return new Scenario(withSettings, source.Device, source.Program, source.Electrodes, seed);
    }

    public static SettingsSource Load(string presetOrFile, string? deviceFile = null)
    {
        SettingsSource source;
        if (ScenarioPresets.Names.Contains(presetOrFile))
            source = Of(presetOrFile, ScenarioPresets.ByName(presetOrFile));
        else if (File.Exists(presetOrFile))
            source = FromFile(presetOrFile);
        else
            throw new FileNotFoundException($"'{presetOrFile}' is neither a preset ({string.Join(", ", ScenarioPresets.Names)}) nor a settings or scenario file.");
        if (deviceFile is null) return source;
        var device = SettingsJson.ReadDeviceProfile(File.ReadAllText(deviceFile));
        return source with { Device = device, Scenario = source.Scenario is { } s ? new Scenario(s.Patient, device, s.Program, s.Electrodes, s.Seed) : null };
    }

    private static SettingsSource Of(string name, Scenario scenario) =>
        new(name, scenario.Program, scenario.Electrodes, scenario.Device, scenario.Patient.ContactImpedance, scenario);

    private static SettingsSource FromFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var document = ScenarioJson.ReadDocument(File.ReadAllText(path));
        if (document.Scenario is { } scenario) return Of(name, scenario);
        var settings = document.Settings!;
        var program = settings.Program ?? throw new SettingsFormatException("$.program", $"{path} has no \"program\"; this command needs one.");
        return new(name, program, settings.Electrodes ?? Defaults.Electrodes, settings.Device ?? Defaults.Device,
            settings.Impedance ?? Defaults.Patient.ContactImpedance);
    }
}
