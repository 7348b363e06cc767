using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

public class ScenarioPresetsTests
{
    public static TheoryData<string> Names => [.. ScenarioPresets.Names];

    [Fact]
    public void The_presets_are_the_scenarios_the_library_already_names()
    {
        Assert.Same(Scenario.Conventional50Hz, ScenarioPresets.Tonic);
        Assert.Same(Scenario.HighFrequency10kHz, ScenarioPresets.HighFrequency10kHz);
        // Tonic is documented as 1.25 x the patient's perception threshold: check it against the activation model.
        var perception = ScenarioPresets.Tonic.Recruitment().PerceptionThreshold!.Value;
        Assert.InRange(ScenarioPresets.Tonic.Program.Pulse.Amplitude / perception, 1.22, 1.28);
        Assert.Equal(ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 3), ScenarioPresets.Tonic.Electrodes);
    }

    [Fact]
    public void Each_name_gives_its_preset_and_the_program_family_it_names()
    {
        Assert.Equal(["tonic", "burst", "hf10k", "cycling"], ScenarioPresets.Names);
        Assert.Same(ScenarioPresets.Tonic, ScenarioPresets.ByName("tonic"));
        Assert.Same(ScenarioPresets.Burst, ScenarioPresets.ByName("burst"));
        Assert.Same(ScenarioPresets.HighFrequency10kHz, ScenarioPresets.ByName("hf10k"));
        Assert.Same(ScenarioPresets.Cycling, ScenarioPresets.ByName("cycling"));
        Assert.IsType<TonicProgram>(ScenarioPresets.Tonic.Program);
        Assert.IsType<BurstProgram>(ScenarioPresets.Burst.Program);
        Assert.IsType<HighFrequencyProgram>(ScenarioPresets.HighFrequency10kHz.Program);
        Assert.Equal(ScenarioPresets.Tonic.Program, Assert.IsType<CyclingProgram>(ScenarioPresets.Cycling.Program).Program);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_preset_differs_from_tonic_only_in_its_program_is_deliverable_and_round_trips(string name)
    {
        var preset = ScenarioPresets.ByName(name);

        Assert.Equal(ScenarioPresets.Tonic, preset.WithProgram(ScenarioPresets.Tonic.Program));
        Assert.True(preset.Device.Validate(preset.Program, preset.Electrodes, preset.Patient.ContactImpedance).IsValid);
        Assert.Equal(preset, ScenarioJson.Read(ScenarioJson.Write(preset)));
    }

    [Theory]
    [InlineData("Tonic")]
    [InlineData(" tonic")]
    [InlineData("hf10")]
    [InlineData("")]
    public void An_unknown_name_is_refused_listing_the_presets(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => ScenarioPresets.ByName(name));

        Assert.Equal("name", e.ParamName);
        Assert.StartsWith($"'{name}' is not a preset; the presets are: tonic, burst, hf10k, cycling.", e.Message);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ScenarioPresets.ByName(null!)).ParamName);
    }
}
