using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Serialization;

namespace ScsSim.Cli;

/// <summary>What a command works on: a preset, or a settings file with defaults for what it leaves out.</summary>
internal sealed record SettingsSource(string Name, StimulationProgram Program, ElectrodeConfiguration Electrodes, DeviceProfile Device, Resistance Impedance)
{
    /// <summary>The virtual patient: a scenario file's own, or the default patient (low back and legs) with these settings.</summary>
    public static Scenario LoadScenario(string presetOrFile, ulong seed)
    {
        if (File.Exists(presetOrFile) && File.ReadAllText(presetOrFile).Contains("\"patient\"", StringComparison.Ordinal))
            return ScenarioJson.ReadFile(presetOrFile);
        var source = Load(presetOrFile);
        var patient = VirtualPatient.LowBackAndLegs;
        return new Scenario(new VirtualPatient(patient.Placement, source.Impedance, patient.PainfulRegions, patient.PainState),
            source.Device, source.Program, source.Electrodes, seed);
    }

    public static SettingsSource Load(string presetOrFile, string? deviceFile = null)
    {
        SettingsSource source;
        if (Presets.Programs.TryGetValue(presetOrFile, out var preset))
        {
            source = new(presetOrFile, preset(), Presets.Electrodes, DeviceProfile.Generic, Presets.Impedance);
        }
        else if (File.Exists(presetOrFile))
        {
            var settings = SettingsJson.ReadFile(presetOrFile);
            var program = settings.Program ?? throw new SettingsFormatException("$.program", $"{presetOrFile} has no \"program\"; this command needs one.");
            source = new(Path.GetFileNameWithoutExtension(presetOrFile), program, settings.Electrodes ?? Presets.Electrodes,
                settings.Device ?? DeviceProfile.Generic, settings.Impedance ?? Presets.Impedance);
        }
        else
        {
            throw new FileNotFoundException($"'{presetOrFile}' is neither a preset ({string.Join(", ", Presets.Programs.Keys)}) nor a settings file.");
        }
        return deviceFile is null ? source : source with { Device = SettingsJson.ReadDeviceProfile(File.ReadAllText(deviceFile)) };
    }
}
