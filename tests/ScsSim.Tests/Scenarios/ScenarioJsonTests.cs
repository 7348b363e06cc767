using System.Text.Json;
using System.Text.Json.Nodes;
using static ScsSim.Tests.Hertz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Serialization;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Scenarios;

public class ScenarioJsonTests
{
    private static Gen<VirtualPatient> Patient =>
        from vertebra in Gen.Elements(Vertebra.T7, Vertebra.T8, Vertebra.T9, Vertebra.T10)
        from lateral in Gen.Choose(-30, 30)
        from csf in Gen.Choose(2, 80)
        from shift in Gen.Choose(-200, 200)
        from ohms in Gen.Choose(200, 2000)
        from regions in Gen.SubListOf(Enum.GetValues<Dermatome>().SelectMany(d => new[] { new BodyRegion(d, BodySide.Left), new BodyRegion(d, BodySide.Right) }).ToArray())
        where regions.Count > 0
        from c in Gen.Choose(0, 200)
        from volleys in Gen.Elements(false, true)
        select new VirtualPatient(new LeadPlacement(vertebra, Length.FromMillimetres(lateral / 10.0), Length.FromMillimetres(csf / 10.0),
                Length.FromMillimetres(shift / 10.0)), Resistance.FromOhms(ohms), regions,
            new PainState(Hz(2), Hz(0.5), Hz(c / 10.0), volleys ? CFibreVolleys.Default : null));

    private static Gen<Scenario> Scenarios =>
        from patient in Patient
        from program in Gen.OneOf(Generators.Tonic, Generators.HighFrequency, Generators.Burst)
        from cathode in Gen.Choose(1, 6)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Scenario(patient, DeviceProfile.Generic, program, ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, cathode), (ulong)seed * 3);

    [Property(MaxTest = 100)]
    public Property WriteThenRead_GivesAnEqualScenario() =>
        Prop.ForAll(Scenarios.ToArbitrary(), s => ScenarioJson.Read(ScenarioJson.Write(s)) == s);

    [Fact]
    public void Example_RoundTrips_AndHasTheDocumentedShape()
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        Assert.Contains("\"version\": 1", json);
        Assert.Contains("\"csfThickness_mm\": 3", json);
        Assert.Contains("\"settings\": {", json);
        Assert.Equal(Scenario.Conventional50Hz, ScenarioJson.Read(json));
    }

    [Theory]
    [InlineData("\"seed\": 1,", "\"seed\": 1, \"extra\": 2,", "$.extra")]
    [InlineData("\"dermatome\": \"L4\"", "\"dermatome\": \"L9\"", "$.patient.painfulRegions[0].dermatome")]
    [InlineData("\"side\": \"left\"", "\"side\": \"up\"", "$.patient.painfulRegions[0].side")]
    [InlineData("\"csfThickness_mm\": 3", "\"csfThickness_mm\": 30", "$.patient")]
    [InlineData("\"cRate_Hz\": 3", "\"cRate_Hz\": -3", "$.patient.painState")]
    [InlineData("\"amplitude_mA\": 5", "\"amplitude_mA\": -1", "$.settings.program.pulse.amplitude_mA")]
    [InlineData("\"version\": 1,\n  \"seed\"", "\"version\": 2,\n  \"seed\"", "$.version")]
    public void BadDocuments_ThrowNamingTheJsonPath(string find, string replace, string path)
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        Assert.Contains(find, json);
        var bad = ReplaceFirst(json, find, replace);
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(bad));
        Assert.StartsWith(path, e.JsonPath);
    }

    [Fact]
    public void MissingSettingsParts_AndImpedanceInSettings_AreRejected()
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        var withImpedance = ReplaceFirst(json, "\"settings\": {\n    \"version\": 1,", "\"settings\": {\n    \"version\": 1, \"impedance_ohm\": 500,");
        Assert.Equal("$.settings.impedance_ohm", Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(withImpedance)).JsonPath);
        Assert.Equal("$", Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read("null")).JsonPath);
    }

    [Theory]
    [InlineData("\"vertebra\": \"T8\"", "\"vertebra\": \"T6, T7\"", "$.patient.vertebra")]
    [InlineData("\"vertebra\": \"T8\"", "\"vertebra\": \" T8 \"", "$.patient.vertebra")]
    [InlineData("\"vertebra\": \"T8\"", "\"vertebra\": \"8\"", "$.patient.vertebra")]
    [InlineData("\"vertebra\": \"T8\"", "\"vertebra\": \"t8\"", "$.patient.vertebra")]
    [InlineData("\"dermatome\": \"L4\"", "\"dermatome\": \"T6,T8\"", "$.patient.painfulRegions[0].dermatome")]
    [InlineData("\"dermatome\": \"L4\"", "\"dermatome\": \" L4\"", "$.patient.painfulRegions[0].dermatome")]
    [InlineData("\"dermatome\": \"L4\"", "\"dermatome\": \"7\"", "$.patient.painfulRegions[0].dermatome")]
    [InlineData("\"side\": \"left\"", "\"side\": \"Left\"", "$.patient.painfulRegions[0].side")]
    public void Names_are_accepted_only_exactly_as_documented(string find, string replace, string path)
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(ReplaceFirst(json, find, replace)));
        Assert.Equal(path, e.JsonPath);
    }

    [Theory]
    [InlineData("\"painfulRegions\": [", "\"painfulRegions\": [ null,", "$.patient.painfulRegions[0]")]
    [InlineData("\"seed\": 1,", "\"seed\": null,", "$.seed")]
    [InlineData("\"seed\": 1,", "\"seed\": -1,", "$.seed")]
    [InlineData("\"seed\": 1,", "\"seed\": 1e400,", "$.seed")]
    [InlineData("\"csfThickness_mm\": 3", "\"csfThickness_mm\": 1e400", "$.patient.csfThickness_mm")]
    [InlineData("\"cRate_Hz\": 3", "\"cRate_Hz\": null", "$.patient.painState.cRate_Hz")]
    [InlineData("\"cRate_Hz\": 3", "\"cRate_Hz\": 3, \"cFibreVolleys\": { \"interval_ms\": 1e400, \"firstVolley_ms\": 500, \"latencySpread_ms\": 100, \"responseWindow_ms\": 210 }", "$.patient.painState.cFibreVolleys.interval_ms")]
    [InlineData("\"cRate_Hz\": 3", "\"cRate_Hz\": 3, \"cFibreVolleys\": { \"interval_ms\": 1e300, \"firstVolley_ms\": 500, \"latencySpread_ms\": 100, \"responseWindow_ms\": 210 }", "$.patient.painState.cFibreVolleys.interval_ms")]
    [InlineData("\"settings\": {", "\"settings\": null, \"x\": {", "$.settings")]
    [InlineData("\"patient\": {", "\"patient\": 5, \"x\": {", "$.patient")]
    [InlineData("\"seed\": 1,", "\"seed\": 1, \"seed\": 2,", "$.seed")]
    [InlineData("\"cRate_Hz\": 3", "\"cRate_Hz\": 3, \"cRate_Hz\": 3", "$.patient.painState.cRate_Hz")]
    [InlineData("\"amplitude_mA\": 5", "\"amplitude_mA\": -5, \"amplitude_mA\": 5", "$.settings.program.pulse.amplitude_mA")]
    [InlineData("\"settings\": {\n    \"version\": 1,", "\"settings\": {\n    \"version\": 2, \"version\": 1,", "$.settings.version")]
    [InlineData("\"kind\": \"tonic\"", "\"kind\": \"Tonic\"", "$.settings.program.kind")]
    [InlineData("\"frequency_Hz\": 50", "\"frequency_hz\": 50", "$.settings.program.frequency_hz")]
    public void Bad_values_nulls_and_duplicates_are_format_errors_at_their_path(string find, string replace, string path)
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        Assert.Contains(find, json);
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(ReplaceFirst(json, find, replace)));
        // Unknown properties (here the renamed object "x") are reported first, then the bad values.
        Assert.Equal(path, replace.Contains("\"x\"", StringComparison.Ordinal) ? e.Problems[1].JsonPath : e.JsonPath);
        Assert.DoesNotContain("Dto", e.Message);
        Assert.DoesNotContain("(Parameter", e.Message);
    }

    [Fact]
    public void A_truncated_scenario_is_a_format_error()
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(json[..(json.Length / 2)]));
        Assert.StartsWith("$", e.JsonPath);
        Assert.DoesNotContain("isFinalBlock", e.Message);
    }

    [Fact]
    public void The_settings_part_is_the_document_SettingsJson_writes()
    {
        var s = Scenario.Conventional50Hz;
        using var scenario = JsonDocument.Parse(ScenarioJson.Write(s));
        var settings = JsonNode.Parse(scenario.RootElement.GetProperty("settings").GetRawText());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SettingsJson.Write(new StimulationSettings(s.Program, s.Electrodes, s.Device))), settings));
    }

    [Fact]
    public void One_read_reports_a_bad_settings_value_and_a_missing_settings_part_together()
    {
        // Before, a missing part was only noticed once the rest of the settings had been read without a problem.
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        var root = JsonNode.Parse(json)!;
        root["settings"]!.AsObject().Remove("device");
        root["settings"]!["program"]!["pulse"]!["amplitude_mA"] = -1;

        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(root.ToJsonString()));

        Assert.Equal(
        [
            new SettingsProblem("$.settings", "required property \"device\" is missing."),
            new SettingsProblem("$.settings.program.pulse.amplitude_mA", "-1 mA is not allowed; the value must be 0 mA or more."),
        ], e.Problems.OrderBy(p => p.JsonPath, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\"impedance_ohm\": 500", "the impedance belongs to the patient")]
    [InlineData("\"impedance_ohm\": -5", "the impedance belongs to the patient")]
    [InlineData("\"programSet\": { \"areas\": [] }", "a scenario takes a single program, not a program set")]
    public void A_settings_property_that_a_scenario_refuses_is_refused_at_its_path_whatever_its_value(string property, string says)
    {
        var json = ReplaceFirst(ScenarioJson.Write(Scenario.Conventional50Hz), "\"settings\": {\n    \"version\": 1,", $"\"settings\": {{\n    \"version\": 1, {property},");

        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(json));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.settings." + property.Split('"')[1], problem.JsonPath);
        Assert.StartsWith(says, problem.Description);
    }

    [Fact]
    public void ReadDocument_tells_a_scenario_from_a_settings_document()
    {
        var scenario = ScenarioPresets.Burst;
        var settings = new StimulationSettings(scenario.Program, scenario.Electrodes, Impedance: Resistance.FromOhms(800));

        var asScenario = ScenarioJson.ReadDocument(ScenarioJson.Write(scenario));
        var asSettings = ScenarioJson.ReadDocument(SettingsJson.Write(settings));

        Assert.Equal(scenario, asScenario.Scenario);
        Assert.Null(asScenario.Settings);
        Assert.Equal(settings, asSettings.Settings);
        Assert.Null(asSettings.Scenario);
        Assert.Equal(new StimulationSettings(), ScenarioJson.ReadDocument("{ \"version\": 1 }").Settings);
    }

    [Theory]
    // A near miss counts for the document it nearly names, and the reader of that document then suggests the name.
    [InlineData("{ \"version\": 1, \"patinet\": {} }", "$.patinet", "did you mean \"patient\"?")]
    [InlineData("{ \"version\": 1, \"progam\": {} }", "$.progam", "did you mean \"program\"?")]
    [InlineData("{ \"version\": 1, \"seed\": 1, \"program\": {} }", "$", "mixes a scenario's properties (\"seed\") with a settings document's (\"program\")")]
    [InlineData("{ \"version\": 1, \"colour\": \"red\" }", "$", "neither a settings document nor a scenario: found \"colour\"")]
    [InlineData("[1, 2]", "$", "expected a settings document or a scenario (a JSON object")]
    [InlineData("{ \"version\": 1, \"seed\": 1, \"seed\": 2 }", "$.seed", "appears more than once")]
    public void ReadDocument_refuses_what_is_neither_or_both_and_reads_the_rest_strictly(string json, string path, string says)
    {
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.ReadDocument(json));

        Assert.Equal(path, e.JsonPath);
        Assert.Contains(says, e.Problems[0].Description);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }
}
