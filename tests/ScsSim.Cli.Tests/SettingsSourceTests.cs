using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Serialization;

namespace ScsSim.Cli.Tests;

/// <summary>What the commands work on: the library's presets, and files recognised by their properties, not their text.</summary>
public sealed class SettingsSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scssim-cli-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("tonic")]
    [InlineData("burst")]
    [InlineData("hf10k")]
    [InlineData("cycling")]
    public void A_preset_is_the_librarys_preset(string name)
    {
        var preset = ScenarioPresets.ByName(name);

        var source = SettingsSource.Load(name);

        Assert.Equal((preset.Program, preset.Electrodes, preset.Device, preset.Patient.ContactImpedance),
            (source.Program, source.Electrodes, source.Device, source.Impedance));
        Assert.Equal(preset.WithSeed(7), SettingsSource.LoadScenario(name, 7));
    }

    [Fact]
    public void A_scenario_file_is_read_as_a_scenario_and_keeps_its_own_seed()
    {
        var scenario = ScenarioPresets.Burst.WithSeed(5);
        var file = Write("patient.json", ScenarioJson.Write(scenario));

        Assert.Equal(scenario, SettingsSource.LoadScenario(file, 1));
        Assert.Equal(scenario.Program, SettingsSource.Load(file).Program);
    }

    [Fact]
    public void A_settings_file_that_mentions_a_patient_is_still_a_settings_file()
    {
        // The old test searched the text for "patient"; a lead may be called that.
        var lead = new Lead("patient", 8, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4));
        var electrodes = ElectrodeConfiguration.GuardedTripolar(lead, 3);
        var file = Write("settings.json", SettingsJson.Write(new StimulationSettings(ScenarioPresets.Tonic.Program, electrodes)));

        var source = SettingsSource.Load(file);

        Assert.Null(source.Scenario);
        Assert.Equal(electrodes, source.Electrodes);
        Assert.Equal(ScenarioPresets.Tonic.Device, source.Device);
        Assert.Equal(ScenarioPresets.Tonic.Patient.ContactImpedance, source.Impedance);
        Assert.Equal(ScenarioPresets.Tonic.Patient.Placement, SettingsSource.LoadScenario(file, 3).Patient.Placement);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
