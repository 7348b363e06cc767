using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Serialization;

namespace ScsSim.Tests.Serialization;

/// <summary>Issue #9: every bad settings document is refused with a <see cref="SettingsFormatException"/> naming the path.</summary>
public class SettingsJsonRejectionTests
{
    private const string Pulse = """{"amplitude_mA":5,"pulseWidth_us":300}""";
    private const string Lead = """{"name":"a","contactCount":8,"contactLength_mm":3,"diameter_mm":1.3,"spacing_mm":4}""";
    private const string Contacts = """[{"lead":0,"contact":1,"role":"cathode","fraction_percent":100},{"lead":0,"contact":2,"role":"anode","fraction_percent":100}]""";

    private static string Device(string replace = "", string with = "")
    {
        var json = SettingsJson.WriteDeviceProfile(DeviceProfile.Generic);
        if (replace.Length == 0) return json;
        Assert.Contains(replace, json);
        return json.Replace(replace, with, StringComparison.Ordinal);
    }

    private static SettingsFormatException Rejects(string json) => Assert.Throws<SettingsFormatException>(() => SettingsJson.Read(json));

    [Theory]
    [InlineData("""{"version":1,"program":{"pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program", "\"kind\"")]
    [InlineData("""{"version":1,"program":{"kind":"Tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.kind", "did you mean \"tonic\"")]
    [InlineData("""{"version":1,"program":{"kind":5,"pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.kind", "tonic, burst, highFrequency, cycling")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"recharge":{}},"frequency_Hz":50}}""", "$.program.pulse.recharge", "\"kind\"")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"recharge":{"kind":"Passive","timeConstant_us":1,"window_us":5}},"frequency_Hz":50}}""", "$.program.pulse.recharge.kind", "did you mean \"passive\"")]
    [InlineData("""{"version":1,"program":{"kind":"cycling","program":{"onTime_s":1},"onTime_s":1,"offTime_s":1}}""", "$.program.program", "\"kind\"")]
    public void A_missing_or_miscased_kind_is_a_format_error_not_NotSupported(string json, string path, string mentions)
    {
        var e = Rejects(json);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(mentions, e.Message);
    }

    [Theory]
    [InlineData("""{"version":1,"electrodes":{"leads":[null],"contacts":[]}}""", "$.electrodes.leads[0]")]
    [InlineData("""{"version":1,"electrodes":{"leads":[LEAD],"contacts":[null]}}""", "$.electrodes.contacts[0]")]
    [InlineData("""{"version":1,"electrodes":{"leads":null,"contacts":[]}}""", "$.electrodes.leads")]
    [InlineData("""{"version":1,"programSet":{"areas":[null]}}""", "$.programSet.areas[0]")]
    [InlineData("""{"version":1,"programSet":{"areas":null}}""", "$.programSet.areas")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":null,"frequency_Hz":50}}""", "$.program.pulse")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"recharge":null},"frequency_Hz":50}}""", "$.program.pulse.recharge")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":null}}""", "$.program.frequency_Hz")]
    [InlineData("""{"version":1,"program":{"kind":"cycling","program":null,"onTime_s":1,"offTime_s":1}}""", "$.program.program")]
    [InlineData("""{"version":1,"program":{"kind":null,"pulse":PULSE,"frequency_Hz":50}}""", "$.program.kind")]
    [InlineData("""{"version":1,"program":null}""", "$.program")]
    [InlineData("""{"version":null}""", "$.version")]
    [InlineData("""[1,2]""", "$")]
    public void Null_elements_and_null_objects_are_format_errors_not_NullReference(string json, string path)
    {
        var e = Rejects(json.Replace("LEAD", Lead).Replace("PULSE", Pulse));
        Assert.Equal(path, e.JsonPath);
    }

    [Theory]
    [InlineData("\"frequencyRanges\": [", "\"frequencyRanges\": [ null,", "$.device.frequencyRanges[0]")]
    [InlineData("\"battery\": {", "\"battery\": null, \"x\": {", "$.device.battery")]
    [InlineData("\"capacity_mAh\": 200", "\"capacity_mAh\": 1e400", "$.device.battery.capacity_mAh")]
    [InlineData("\"nominalVoltage_V\": 3.6", "\"nominalVoltage_V\": 1e400", "$.device.battery.nominalVoltage_V")]
    [InlineData("\"overheadCurrent_uA\": 20", "\"overheadCurrent_uA\": 1e400", "$.device.battery.overheadCurrent_uA")]
    [InlineData("\"maxAmplitude_mA\": 25.5", "\"maxAmplitude_mA\": -1e400", "$.device.maxAmplitude_mA")]
    public void Device_problems_are_reported_at_their_path(string find, string replace, string path)
    {
        var e = Rejects(Device(find, replace));
        // Unknown properties (here the renamed battery "x") are reported first, then the bad values.
        Assert.Equal(path, replace.Contains("\"x\"", StringComparison.Ordinal) ? e.Problems[1].JsonPath : e.JsonPath);
    }

    [Theory]
    [InlineData("""{"version":1,"impedance_ohm":1e400}""", "$.impedance_ohm")]
    [InlineData("""{"version":1,"impedance_ohm":-1e400}""", "$.impedance_ohm")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":1e400,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":1e400}}""", "$.program.frequency_Hz")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":1e400},"frequency_Hz":50}}""", "$.program.pulse.pulseWidth_us")]
    [InlineData("""{"version":1,"electrodes":{"leads":[LEAD],"contacts":CONTACTS,"caseAnode_percent":1e400}}""", "$.electrodes.caseAnode_percent")]
    [InlineData("""{"version":1e400}""", "$.version")]
    public void Numbers_too_large_for_a_double_are_rejected_at_their_path(string json, string path)
    {
        var e = Rejects(json.Replace("LEAD", Lead).Replace("PULSE", Pulse).Replace("CONTACTS", Contacts));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains("1e400", e.Message);
    }

    [Theory]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":-5,"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA")]
    [InlineData("""{"version":2,"version":1}""", "$.version")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","kind":"burst","pulse":PULSE,"frequency_Hz":50}}""", "$.program.kind")]
    [InlineData("""{"version":1,"electrodes":{"leads":[LEAD],"contacts":CONTACTS,"contacts":CONTACTS}}""", "$.electrodes.contacts")]
    [InlineData("""{"version":1,"electrodes":{"leads":[{"name":"a","name":"b","contactCount":8,"contactLength_mm":3,"diameter_mm":1.3,"spacing_mm":4}],"contacts":CONTACTS}}""", "$.electrodes.leads[0].name")]
    public void Duplicate_properties_are_rejected_with_their_path(string json, string path)
    {
        var e = Rejects(json.Replace("LEAD", Lead).Replace("PULSE", Pulse).Replace("CONTACTS", Contacts));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains("more than once", e.Message);
    }

    [Fact]
    public void A_duplicate_in_a_device_file_is_rejected()
    {
        var e = Rejects(Device("\"contactCount\": 16", "\"contactCount\": 16, \"contactCount\": 16"));
        Assert.Equal("$.device.contactCount", e.JsonPath);
    }

    [Theory]
    [InlineData("cathodicFirst", "CathodicFirst")]
    [InlineData("cathodicFirst", " cathodicFirst")]
    [InlineData("cathodicFirst", "0")]
    public void Names_must_be_exact(string good, string bad)
    {
        var json = $$$"""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"polarity":"{{{good}}}"},"frequency_Hz":50}}""";
        SettingsJson.Read(json);
        Assert.Equal("$.program.pulse.polarity", Rejects(json.Replace(good, bad)).JsonPath);
    }

    [Theory]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"colour":"red"},"frequency_Hz":50}}""")]
    [InlineData("""{"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}""")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":"5","pulseWidth_us":300},"frequency_Hz":50}}""")]
    [InlineData("""{"version":1,"program":{"kind":"burst","pulse":{"amplitude_mA":1,"pulseWidth_us":1000},"intraBurstFrequency_Hz":500,"pulsesPerBurst":5.5,"burstFrequency_Hz":40}}""")]
    [InlineData("""{"version":1,"program":{"kind":"sine","frequency_Hz":50}}""")]
    [InlineData("""{"version":1,"device":{"name":5}}""")]
    [InlineData("""{"version":"1"}""")]
    [InlineData("""{"version":1} x""")]
    public void Messages_speak_the_users_language(string json)
    {
        var message = Rejects(json).Message;
        foreach (var jargon in new[] { ".NET", "Dto", "ScsSim.", "isFinalBlock", "System.", "Int32", "Double", "String", "LineNumber", "BytePositionInLine", "JsonValueKind" })
            Assert.DoesNotContain(jargon, message);
    }

    [Theory]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_hz":50}}""", "$.program.frequency_hz", "did you mean \"frequency_Hz\"")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_ma":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_ma", "did you mean \"amplitude_mA\"")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"interphasegap":0},"frequency_Hz":50}}""", "$.program.pulse.interphasegap", "did you mean \"interphaseGap_us\"")]
    [InlineData("""{"versoin":1}""", "$.versoin", "did you mean \"version\"")]
    public void A_typo_in_a_property_name_suggests_the_nearest_allowed_one(string json, string path, string suggestion)
    {
        var e = Rejects(json);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(suggestion, e.Message);
    }

    [Fact]
    public void An_unrelated_unknown_property_lists_what_is_allowed_instead_of_guessing()
    {
        var e = Rejects("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"colour":"red"},"frequency_Hz":50}}""");
        Assert.DoesNotContain("did you mean", e.Message);
        Assert.Contains("amplitude_mA, pulseWidth_us, interphaseGap_us, polarity, recharge", e.Message);
    }

    [Fact]
    public void Syntax_errors_give_one_based_line_and_column()
    {
        var e = Rejects("{\n  \"version\": 1,\n  \"impedance_ohm\": NaN\n}");
        Assert.Equal("$.impedance_ohm", e.JsonPath);
        Assert.Contains("line 3, column 20", e.Message);
    }

    [Fact]
    public void A_truncated_document_says_where_it_ends()
    {
        var e = Rejects("{\n  \"version\": 1,\n  \"program\": {\"kind\": \"tonic\"");
        Assert.StartsWith("$", e.JsonPath);
        Assert.Contains("line 3", e.Message);
        Assert.DoesNotContain("isFinalBlock", e.Message);
    }

    [Theory]
    [InlineData("{\"version\":1} x", "$", "more text after the end of the document (line 1, column 15)")]
    [InlineData("{\"version\":1,}", "$", "a comma must not come right before")]
    [InlineData("{\"version\":1,\n\"impedance_ohm\":Infinity}", "$.impedance_ohm", "line 2, column 17")]
    [InlineData("{\"version\":1,\"program\":{\"kind\":\"tonic\",\"pulse\":{\"amplitude_mA\":5,\"pulseWidth_us\":300},\"frequency_Hz\":50,\"frequency_Hz\":60}}", "$.program.frequency_Hz", "more than once")]
    public void Syntax_problems_are_said_plainly(string json, string path, string mentions)
    {
        var e = Rejects(json);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(mentions, e.Message);
        Assert.DoesNotContain("reader options", e.Message);
        Assert.DoesNotContain("end of data", e.Message);
    }

    [Fact]
    public void A_device_with_several_bad_values_reports_all_of_them()
    {
        var json = Device("\"maxAmplitude_mA\": 25.5", "\"maxAmplitude_mA\": -1")
            .Replace("\"minPulseWidth_us\": 20", "\"minPulseWidth_us\": 0", StringComparison.Ordinal)
            .Replace("\"kind\": \"rechargeable\"", "\"kind\": \"solar\"", StringComparison.Ordinal)
            .Replace("\"conversionEfficiency\": 0.5", "\"conversionEfficiency\": 2", StringComparison.Ordinal);
        var e = Rejects(json);
        Assert.Equal(
            ["$.device.maxAmplitude_mA", "$.device.minPulseWidth_us", "$.device.battery.kind", "$.device.battery.conversionEfficiency"],
            e.Problems.Select(p => p.JsonPath));
        Assert.Equal("$.device.maxAmplitude_mA", e.JsonPath);
        foreach (var p in e.Problems) Assert.Contains(p.JsonPath + ": " + p.Description, e.Message);
    }

    [Fact]
    public void A_single_problem_is_one_entry_and_the_message_starts_with_its_path()
    {
        var e = Rejects("""{"version":1,"impedance_ohm":-3}""");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.impedance_ohm", p.JsonPath);
        Assert.Equal("$.impedance_ohm: " + p.Description, e.Message);
    }

    [Fact]
    public void Domain_complaints_do_not_name_internal_parameters()
    {
        var e = Rejects("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":1e17},"frequency_Hz":50}}""");
        Assert.Equal("$.program.pulse.pulseWidth_us", e.JsonPath);
        Assert.DoesNotContain("(Parameter", e.Message);
        Assert.DoesNotContain("microseconds must", e.Message);
    }

    [Theory]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":5e15},"frequency_Hz":0.001}}""", "$.program.pulse.pulseWidth_us")]
    [InlineData("""{"version":1,"program":{"kind":"cycling","program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":50},"onTime_s":9e9,"offTime_s":9e9}}""", "$.program.onTime_s")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":1e308,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA")]
    public void Values_that_would_overflow_later_are_format_errors_at_the_property(string json, string path)
    {
        // The factories refuse them (Programming's and Quantities' limits); the reader reports the refusal at the property,
        // in the property's name rather than the constructor's parameter name.
        var e = Rejects(json.Replace("PULSE", Pulse));
        Assert.Equal(path, e.JsonPath);
        var property = path[(path.LastIndexOf('.') + 1)..];
        Assert.StartsWith($"{path}: {property} must", e.Message);
    }

    [Fact]
    public void A_complaint_about_a_nested_program_is_reported_at_it()
    {
        var cycling = """{"kind":"cycling","program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":50},"onTime_s":1,"offTime_s":1}""".Replace("PULSE", Pulse);
        var e = Rejects($$$"""{"version":1,"program":{"kind":"cycling","program":{{{cycling}}},"onTime_s":1,"offTime_s":1}}""");
        Assert.Equal("$.program.program", e.JsonPath);
    }

    [Fact]
    public void Reading_a_file_uses_the_same_rules()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scs-dup-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{"version":2,"version":1}""");
            Assert.Equal("$.version", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadFile(path)).JsonPath);
            Assert.Equal("$.program.kind", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadProgram("""{"version":1,"program":{"kind":"TONIC"}}""")).JsonPath);
            Assert.Equal("$.electrodes.leads[0]", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadElectrodes("""{"version":1,"electrodes":{"leads":[null],"contacts":[]}}""")).JsonPath);
            Assert.Equal("$.device.frequencyRanges[0]", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadDeviceProfile(Device("\"frequencyRanges\": [", "\"frequencyRanges\": [ null,"))).JsonPath);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Negative_zero_and_tiny_numbers_are_accepted_or_refused_but_never_crash()
    {
        var ok = SettingsJson.Read("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":-0,"pulseWidth_us":300},"frequency_Hz":50}}""");
        Assert.Equal(Current.Zero, Assert.IsType<TonicProgram>(ok.Program).Pulse.Amplitude);
        Assert.Equal("$.program.pulse.pulseWidth_us",
            Rejects("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":1,"pulseWidth_us":1e-320},"frequency_Hz":50}}""").JsonPath);
    }
}
