using System.Text.Json;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Serialization;

namespace ScsSim.Tests.Serialization;

// Over 400 lines on purpose: one table of every message the reader can give, so a reviewer reads the file format's voice
// in one place; split by property it would hide a message that drifts from its siblings.

/// <summary>
/// The exact words and paths of each kind of problem the strict reader reports, the boundaries of what it accepts, and the
/// plumbing of <see cref="SettingsFormatException"/> (written so that a wrong message, path, bound or default fails a test).
/// </summary>
public class SettingsJsonMessageTests
{
    private const string Pulse = """{"amplitude_mA":5,"pulseWidth_us":300}""";
    private const string Lead = """{"name":"a","contactCount":8,"contactLength_mm":3,"diameter_mm":1.3,"spacing_mm":4}""";
    private const string Contacts = """[{"lead":0,"contact":1,"role":"cathode","fraction_percent":100},{"lead":0,"contact":2,"role":"anode","fraction_percent":100}]""";

    private static SettingsFormatException Rejects(string json) => Assert.Throws<SettingsFormatException>(() => SettingsJson.Read(json));

    /// <summary>A tonic program document whose pulse object is <paramref name="pulse"/> and frequency <paramref name="frequency"/>.</summary>
    private static string Tonic(string pulse = Pulse, string frequency = "50") =>
        """{"version":1,"program":{"kind":"tonic","pulse":""" + pulse + ""","frequency_Hz":""" + frequency + "}}";

    private static string Electrodes(string leads = "[" + Lead + "]", string contacts = Contacts, string extra = "") =>
        """{"version":1,"electrodes":{"leads":""" + leads + ""","contacts":""" + contacts + extra + "}}";

    private static string Areas(string items) => """{"version":1,"programSet":{"areas":[""" + items + "]}}";

    private static string Device(string find, string replace)
    {
        var json = SettingsJson.WriteDeviceProfile(DeviceProfile.Generic);
        Assert.Contains(find, json);
        return json.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>Asserts the document has exactly one problem, at <paramref name="path"/>, described as <paramref name="description"/>.</summary>
    private static SettingsFormatException Single(string json, string path, string description)
    {
        var e = Rejects(json);
        var p = Assert.Single(e.Problems);
        Assert.Equal(path, p.JsonPath);
        Assert.Equal(description, p.Description);
        Assert.Equal(path, e.JsonPath);
        Assert.Equal($"{path}: {description}", e.Message);
        return e;
    }

    // ---- the object reader: missing, null, wrong type ----

    [Fact]
    public void A_missing_required_property_is_reported_at_its_object()
    {
        Single(Tonic("""{"amplitude_mA":5}"""), "$.program.pulse", "required property \"pulseWidth_us\" is missing.");
        Single("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300}}}""", "$.program",
            "required property \"frequency_Hz\" is missing.");
    }

    [Fact]
    public void Null_says_whether_the_property_is_required_or_may_be_left_out()
    {
        Single("""{"version":1,"program":{"kind":"tonic","pulse":null,"frequency_Hz":50}}""", "$.program.pulse",
            "null is not allowed; \"pulse\" needs a value.");
        Single(Tonic("""{"amplitude_mA":5,"pulseWidth_us":300,"interphaseGap_us":null}"""), "$.program.pulse.interphaseGap_us",
            "null is not allowed; leave \"interphaseGap_us\" out to use its default.");
        Single("""{"version":1,"program":null}""", "$.program", "null is not allowed; leave \"program\" out to use its default.");
    }

    [Theory]
    [InlineData("\"5\"", "the string \"5\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    public void A_value_of_the_wrong_type_is_described_in_json_terms(string value, string described)
    {
        Single(Tonic($$"""{"amplitude_mA":{{value}},"pulseWidth_us":300}"""), "$.program.pulse.amplitude_mA", $"expected a number, found {described}.");
    }

    [Fact]
    public void Long_values_are_shortened_in_messages_but_values_of_forty_characters_are_not()
    {
        var forty = "\"" + new string('x', 38) + "\"";
        Single(Tonic($$"""{"amplitude_mA":{{forty}},"pulseWidth_us":300}"""), "$.program.pulse.amplitude_mA", $"expected a number, found the string {forty}.");
        var fortyOne = "\"" + new string('y', 39) + "\"";
        Single(Tonic($$"""{"amplitude_mA":{{fortyOne}},"pulseWidth_us":300}"""), "$.program.pulse.amplitude_mA",
            $"expected a number, found the string \"{new string('y', 36)}....");
    }

    [Fact]
    public void Wrong_types_for_objects_arrays_strings_and_names()
    {
        Single(Tonic("5"), "$.program.pulse", "expected a pulse (a JSON object { ... }), found the number 5.");
        Single(Electrodes(leads: "{}"), "$.electrodes.leads", "expected an array [ ... ], found an object.");
        Single(Electrodes(leads: "[" + Lead.Replace("\"a\"", "7", StringComparison.Ordinal) + "]"), "$.electrodes.leads[0].name",
            "expected a string, found the number 7.");
        Single("""{"version":1,"program":{"kind":5,"pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.kind",
            "expected one of the names tonic, burst, highFrequency, cycling (a string), found the number 5.");
        Single(Electrodes(leads: "[5]"), "$.electrodes.leads[0]", "expected a lead (a JSON object { ... }), found the number 5.");
        Single(Electrodes(leads: "[" + Lead + "]", contacts: "[" + Contacts[1..^1] + ",null]"), "$.electrodes.contacts[2]",
            "expected a contact setting (a JSON object { ... }), found null.");
        Single("[]", "$", "expected a settings document (a JSON object { ... }), found an array.");
    }

    [Fact]
    public void Items_are_numbered_from_zero_and_every_bad_item_is_reported()
    {
        var bad = Lead.Replace("\"contactCount\":8", "\"contactCount\":\"8\"", StringComparison.Ordinal);
        var e = Rejects(Electrodes(leads: $"[{Lead},{bad},{bad}]"));
        Assert.Equal(["$.electrodes.leads[1].contactCount", "$.electrodes.leads[2].contactCount"], e.Problems.Select(p => p.JsonPath));
    }

    // ---- numbers ----

    [Fact]
    public void A_number_beyond_a_double_is_refused_with_the_range()
    {
        Single("""{"version":1,"impedance_ohm":-2e308}""", "$.impedance_ohm",
            "-2e308 is too large; numbers must be finite, between -1.7976931348623157e308 and 1.7976931348623157e308.");
    }

    [Fact]
    public void Positive_values_refuse_zero_and_accept_the_smallest_positive_number()
    {
        Single("""{"version":1,"impedance_ohm":0}""", "$.impedance_ohm", "0 Ω is not allowed; the value must be greater than 0 Ω.");
        Single("""{"version":1,"impedance_ohm":-1.5}""", "$.impedance_ohm", "-1.5 Ω is not allowed; the value must be greater than 0 Ω.");
        Assert.Equal(5e-324, SettingsJson.Read("""{"version":1,"impedance_ohm":5e-324}""").Impedance!.Value.ToOhms());
        Single(Tonic(frequency: "0"), "$.program.frequency_Hz", "0 Hz is not allowed; the value must be greater than 0 Hz.");
    }

    [Fact]
    public void Non_negative_values_accept_zero_and_refuse_anything_below()
    {
        var zero = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic("""{"amplitude_mA":0,"pulseWidth_us":300}""")).Program);
        Assert.Equal(Current.Zero, zero.Pulse.Amplitude);
        Single(Tonic("""{"amplitude_mA":-0.001,"pulseWidth_us":300}"""), "$.program.pulse.amplitude_mA",
            "-0.001 mA is not allowed; the value must be 0 mA or more.");
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":300,"interphaseGap_us":-1}"""), "$.program.pulse.interphaseGap_us",
            "-1 µs is not allowed; the value must be 0 µs or more.");
    }

    [Fact]
    public void A_positive_duration_must_not_round_to_zero_nanoseconds()
    {
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":0.0004}"""), "$.program.pulse.pulseWidth_us",
            "0.0004 µs rounds to 0 ns; durations are kept to the nearest nanosecond, so the value must be at least 0.0005 µs.");
        var p = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic("""{"amplitude_mA":1,"pulseWidth_us":0.0005}""", "1")).Program);
        Assert.Equal(Duration.FromNanoseconds(1), p.Pulse.PulseWidth);
        // A gap may be zero, and one that rounds to zero is simply zero.
        var g = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic("""{"amplitude_mA":1,"pulseWidth_us":300,"interphaseGap_us":0.0004}""")).Program);
        Assert.Equal(Duration.Zero, g.Pulse.InterphaseGap);
    }

    [Theory]
    [InlineData("2147483648", "2147483648 is out of range; expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("-2147483649", "-2147483649 is out of range; expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("99999999999999999999", "99999999999999999999 is out of range; expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("-99999999999999999999", "-99999999999999999999 is out of range; expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("8.0", "8.0 is not allowed; expected a whole number, written without a fraction or exponent.")]
    [InlineData("8e0", "8e0 is not allowed; expected a whole number, written without a fraction or exponent.")]
    [InlineData("\"8\"", "expected a whole number, found the string \"8\".")]
    public void Whole_numbers_are_exact_and_within_their_range(string value, string description)
    {
        var lead = Lead.Replace("\"contactCount\":8", $"\"contactCount\":{value}", StringComparison.Ordinal);
        Single(Electrodes(leads: $"[{lead}]"), "$.electrodes.leads[0].contactCount", description);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Whole_numbers_at_the_ends_of_their_range_reach_the_domain_check(int count)
    {
        // The reader passes them on; the lead's own rule (not the reader's range) refuses them, at the property.
        var lead = Lead.Replace("\"contactCount\":8", $"\"contactCount\":{count}", StringComparison.Ordinal);
        var e = Rejects(Electrodes(leads: $"[{lead}]"));
        Assert.Equal("$.electrodes.leads[0].contactCount", e.JsonPath);
        Assert.DoesNotContain("out of range; expected a whole number", e.Message);
    }

    [Theory]
    [InlineData("\"version\":2", "$.version", "version 2 is not supported; this library reads version 1.")]
    [InlineData("\"version\":-9223372036854775808", "$.version", "version -9223372036854775808 is not supported; this library reads version 1.")]
    [InlineData("\"version\":9223372036854775808", "$.version", "9223372036854775808 is out of range; expected a whole number from -9223372036854775808 to 9223372036854775807.")]
    [InlineData("\"version\":1.0", "$.version", "1.0 is not allowed; expected a whole number, written without a fraction or exponent.")]
    [InlineData("\"version\":\"1\"", "$.version", "expected a whole number, found the string \"1\".")]
    [InlineData("\"versoin\":1", "$.versoin", "unknown property \"versoin\"; did you mean \"version\"?")]
    [InlineData("\"program\":5", "$", "required property \"version\" is missing; this library reads version 1 ({ \"version\": 1, ... }).")]
    public void The_version_is_checked_first_and_alone(string content, string path, string description)
    {
        // A document of another version is not read further, so "bogus" is not reported.
        Single("{" + content + (content.StartsWith("\"version\"", StringComparison.Ordinal) ? ",\"bogus\":1}" : "}"), path, description);
    }

    [Fact]
    public void A_document_without_a_version_also_reports_its_unknown_properties()
    {
        var e = Rejects("""{"colour":1}""");
        Assert.Equal(["$.colour", "$"], e.Problems.Select(p => p.JsonPath));
    }

    // ---- names and suggestions ----

    [Fact]
    public void A_missing_kind_lists_the_kinds_and_a_misspelt_one_is_reported_once()
    {
        Single("""{"version":1,"program":{"pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program",
            "required property \"kind\" is missing; use one of: tonic, burst, highFrequency, cycling.");
        Single(Tonic("""{"amplitude_mA":5,"pulseWidth_us":300,"recharge":{"widthRatio":2}}"""), "$.program.pulse.recharge",
            "required property \"kind\" is missing; use one of: activeSymmetric, activeAsymmetric, passive.");
        // "kind" is read first, so its typo is answered before the other properties are looked at.
        Single("""{"version":1,"program":{"kinds":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.kinds",
            "unknown property \"kinds\"; did you mean \"kind\"?");
        Single(Tonic("""{"amplitude_mA":5,"pulseWidth_us":300,"recharge":{"Kind":"passive"}}"""), "$.program.pulse.recharge.Kind",
            "unknown property \"Kind\"; did you mean \"kind\"?");
    }

    [Fact]
    public void A_misspelt_required_property_is_not_also_reported_as_missing()
    {
        var e = Single(Tonic("""{"amplitude_mA":5,"pulseWidth_us":300}""", "50").Replace("frequency_Hz", "frequency_hz", StringComparison.Ordinal),
            "$.program.frequency_hz", "unknown property \"frequency_hz\"; did you mean \"frequency_Hz\"?");
        Assert.IsNotType<ArgumentException>(e.InnerException);
        // An unrelated unknown property does not hide the missing one.
        var f = Rejects(Tonic("""{"amplitude_mA":5,"colour":300}"""));
        Assert.Equal(["$.program.pulse.colour", "$.program.pulse"], f.Problems.Select(p => p.JsonPath));
        Assert.Equal("required property \"pulseWidth_us\" is missing.", f.Problems[1].Description);
    }

    [Theory]
    [InlineData("Tonic", "\"Tonic\" is not allowed; did you mean \"tonic\"? use one of: tonic, burst, highFrequency, cycling.")]
    [InlineData("tonik", "\"tonik\" is not allowed; did you mean \"tonic\"? use one of: tonic, burst, highFrequency, cycling.")]
    [InlineData("sine", "\"sine\" is not allowed; use one of: tonic, burst, highFrequency, cycling.")]
    [InlineData(" tonic", "\" tonic\" is not allowed; did you mean \"tonic\"? use one of: tonic, burst, highFrequency, cycling.")]
    [InlineData("", "\"\" is not allowed; use one of: tonic, burst, highFrequency, cycling.")]
    public void A_name_must_be_exact_and_a_near_miss_is_suggested(string kind, string description)
    {
        Single("""{"version":1,"program":{"kind":""" + JsonSerializer.Serialize(kind) + ""","pulse":""" + Pulse + ""","frequency_Hz":50}}""", "$.program.kind", description);
    }

    [Theory]
    // Tolerance: a third of the shorter name's length (at least one edit), letters compared ignoring case.
    [InlineData("AMPLITUDE_MA", "amplitude_mA")] // case only: distance 0
    [InlineData("amplitude", "amplitude_mA")] // 3 deletions, tolerance min(9, 12) / 3 = 3
    [InlineData("amplitude_mAxyz", "amplitude_mA")] // 3 insertions, tolerance 12 / 3 = 4
    [InlineData("pulseWidht_us", "pulseWidth_us")] // a swap is two substitutions
    [InlineData("pulseWidth_uz", "pulseWidth_us")] // one substitution
    [InlineData("polarty", "polarity")] // one deletion, tolerance 7 / 3 = 2
    [InlineData("p", null)] // one letter: tolerance 1, nearest is 7 edits away
    [InlineData("amplitud", null)] // 4 edits, tolerance min(8, 12) / 3 = 2
    [InlineData("ampli", null)] // 7 edits
    [InlineData("rechargexx", "recharge")] // 2 insertions, tolerance 8 / 3 = 2
    [InlineData("rechargexxx", null)] // 3 insertions, tolerance 2
    public void Suggestions_are_made_only_for_likely_typos(string given, string? suggested)
    {
        var e = Rejects(Tonic($$"""{"amplitude_mA":5,"pulseWidth_us":300,"{{given}}":1}"""));
        var first = e.Problems[0];
        Assert.Equal($"$.program.pulse.{given}", first.JsonPath);
        Assert.Equal(suggested is null
            ? $"unknown property \"{given}\"; allowed here: amplitude_mA, pulseWidth_us, interphaseGap_us, polarity, recharge."
            : $"unknown property \"{given}\"; did you mean \"{suggested}\"?", first.Description);
    }

    [Fact]
    public void A_very_long_unknown_name_is_not_compared_but_answered_with_the_list()
    {
        var name = "amplitude_mA" + new string('x', 53); // 65 characters
        var e = Rejects(Tonic($$"""{"amplitude_mA":5,"pulseWidth_us":300,"{{name}}":1}"""));
        Assert.EndsWith("allowed here: amplitude_mA, pulseWidth_us, interphaseGap_us, polarity, recharge.", e.Problems[0].Description);
    }

    [Theory]
    [InlineData("my name", "$.program.pulse['my name']")]
    [InlineData("it's", "$.program.pulse['it\\'s']")]
    [InlineData("a\\\\b", "$.program.pulse['a\\\\b']")]
    [InlineData("", "$.program.pulse['']")]
    [InlineData("x-y", "$.program.pulse['x-y']")]
    [InlineData("Ünit", "$.program.pulse['Ünit']")]
    [InlineData("under_score9", "$.program.pulse.under_score9")]
    public void Odd_property_names_are_quoted_in_paths(string jsonName, string path)
    {
        var e = Rejects(Tonic($$"""{"amplitude_mA":5,"pulseWidth_us":300,"{{jsonName}}":1}"""));
        Assert.Equal(path, e.JsonPath);
    }

    // ---- syntax ----

    [Theory]
    [InlineData("", "$", "the text is empty; expected a JSON object such as { \"version\": 1, ... }.")]
    [InlineData(" \n ", "$", "the text is empty; expected a JSON object such as { \"version\": 1, ... }.")]
    [InlineData("{\"version\":1,}", "$", "not valid JSON (line 1, column 14): a comma must not come right before '}' or ']'.")]
    [InlineData("{\"version\":1}\n x", "$", "there is more text after the end of the document (line 2, column 2); a file holds one JSON object.")]
    [InlineData("{\"version\":1,\n\"program\":{", "$.program", "the text ends before the document is complete (line 2, column 12): an object, array or string is not closed.")]
    public void Syntax_errors_are_described_plainly_with_one_based_positions(string json, string path, string description)
    {
        Single(json, path, description);
    }

    [Theory]
    [InlineData("{\"version\":1,")]
    [InlineData("{\"version\":1,\"a")]
    [InlineData("{\"version\":1,\"a\":")]
    [InlineData("{\"version\":1,\"a\":\"x")]
    [InlineData("{\"version\":1,\"a\":[1,")]
    [InlineData("{\"version\":1,\"a\":-")]
    [InlineData("{")]
    [InlineData("[")]
    public void Every_way_of_ending_early_is_said_the_same_way(string json)
    {
        var e = Rejects(json);
        var p = Assert.Single(e.Problems);
        Assert.StartsWith("the text ends before the document is complete (line 1, column ", p.Description);
        Assert.EndsWith("): an object, array or string is not closed.", p.Description);
    }

    [Fact]
    public void Among_equally_near_names_the_first_allowed_one_is_suggested()
    {
        // "mix_Hz" is one edit from both "min_Hz" and "max_Hz"; the schema's order decides.
        var e = Rejects(SettingsJson.WriteDeviceProfile(DeviceProfile.Generic).Replace("\"min_Hz\": 2,", "\"mix_Hz\": 2,", StringComparison.Ordinal));
        Assert.Equal("$.device.frequencyRanges[0].mix_Hz", e.JsonPath);
        Assert.Equal("unknown property \"mix_Hz\"; did you mean \"min_Hz\"?", e.Problems[0].Description);
        Assert.Single(e.Problems);
    }

    [Fact]
    public void Other_syntax_errors_keep_the_readers_description_without_its_positions()
    {
        var e = Rejects("{\"version\":1 // note\n}");
        Assert.Equal("$", e.JsonPath);
        Assert.StartsWith("not valid JSON (line 1, column 14): '/' is ", e.Problems[0].Description);
        Assert.DoesNotContain("LineNumber", e.Message);
        Assert.DoesNotContain("NaN and Infinity", e.Message);
    }

    [Theory]
    [InlineData("NaN", "not valid JSON (line 1, column 30): 'N' is an invalid start of a value. NaN and Infinity are not JSON numbers; write a finite number.")]
    [InlineData("Infinity", "not valid JSON (line 1, column 30): 'I' is an invalid start of a value. NaN and Infinity are not JSON numbers; write a finite number.")]
    [InlineData("-Infinity", "not valid JSON (line 1, column 31): 'I' is invalid within a number, immediately after a sign character ('+' or '-'). Expected a digit ('0'-'9'). NaN and Infinity are not JSON numbers; write a finite number.")]
    public void Not_a_number_literals_get_a_hint(string literal, string description)
    {
        Single("{\"version\":1,\"impedance_ohm\":" + literal + "}", "$.impedance_ohm", description);
    }

    [Fact]
    public void Nesting_is_limited_to_sixty_four_levels()
    {
        string Nested(int depth) => "{\"version\":1,\"x\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";
        // 64 levels parse (and the unknown property is then reported); 65 do not.
        Assert.Equal("unknown property \"x\"; allowed here: version, program, programSet, electrodes, device, impedance_ohm.",
            Assert.Single(Rejects(Nested(64)).Problems).Description);
        var e = Rejects(Nested(65));
        Assert.StartsWith("$.x[0][0]", e.JsonPath);
        Assert.StartsWith("objects and arrays are nested more than 64 levels deep (line 1, column ", Assert.Single(e.Problems).Description);
    }

    [Theory]
    [InlineData("{\"version\":1,\"impedance_ohm\":}", "$.impedance_ohm")] // the value is missing: at the property
    [InlineData("{\"version\":1 \"impedance_ohm\":1}", "$")] // after a complete value: at the object
    [InlineData("{\"version\":1,\"a\":[[1,{\"b\":x}]]}", "$.a[0][1].b")] // nested arrays count their items from zero
    [InlineData("{\"version\":1,\"a\":[{},[],x]}", "$.a")] // the broken item is not counted yet
    [InlineData("{\"version\":1,\"a\":{\"b\":[1]x}}", "$.a")] // the array is complete, so the error is after "b"'s value
    [InlineData("{\"version\":1,\"a\":{\"b\":{}x}}", "$.a")]
    [InlineData("{x}", "$")]
    public void A_syntax_error_is_reported_where_it_is(string json, string path)
    {
        var e = Rejects(json);
        Assert.Equal(path, Assert.Single(e.Problems).JsonPath);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public void A_duplicate_names_its_line_and_is_found_in_any_array_item()
    {
        Single("{\n\"version\": 1,\n\n\"version\": 1}", "$.version",
            "\"version\" appears more than once in this object (line 4); each property may be given only once.");
        var area = """{"program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":50},"electrodes":{"leads":[LEAD],"contacts":CONTACTS}}""";
        var twice = area.Replace("\"frequency_Hz\":50", "\"frequency_Hz\":50,\"frequency_Hz\":50", StringComparison.Ordinal);
        var json = ("""{"version":1,"programSet":{"areas":[""" + area + ",[[1],[2]]," + twice + "]}}").Replace("PULSE", Pulse).Replace("LEAD", Lead).Replace("CONTACTS", Contacts);
        Single(json, "$.programSet.areas[2].program.frequency_Hz",
            "\"frequency_Hz\" appears more than once in this object (line 1); each property may be given only once.");
        // The same name in two different objects is no duplicate.
        SettingsJson.Read(Electrodes(leads: $"[{Lead},{Lead.Replace("\"a\"", "\"b\"", StringComparison.Ordinal)}]",
            contacts: Contacts.Replace("\"contact\":2", "\"contact\":3", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_duplicate_is_reported_and_values_are_not_checked_after_a_duplicate()
    {
        var e = Rejects("""{"version":1,"version":1,"impedance_ohm":-1,"impedance_ohm":-1}""");
        Assert.Equal(["$.version", "$.impedance_ohm"], e.Problems.Select(p => p.JsonPath));
        Assert.All(e.Problems, p => Assert.Contains("appears more than once", p.Description));
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var settings = SettingsJson.Read("\uFEFF" + """{"version":1,"impedance_ohm":500}""");
        Assert.Equal(Resistance.FromOhms(500), settings.Impedance);
    }

    // ---- domain complaints ----

    [Fact]
    public void A_domain_complaint_speaks_of_the_property_and_keeps_the_cause()
    {
        var e = Single(Tonic("""{"amplitude_mA":5,"pulseWidth_us":1e17}"""), "$.program.pulse.pulseWidth_us",
            "pulseWidth_us must be a finite number from -9.223E+15 to 9.223E+15 (the range of a duration, about ±292 years); got 1E+17.");
        var cause = Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        Assert.Equal("microseconds", cause.ParamName);
    }

    [Fact]
    public void A_complaint_about_an_object_is_reported_at_the_property_the_constructor_names()
    {
        var e = Rejects("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":600},"frequency_Hz":1000}}""");
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.program.frequency_Hz", p.JsonPath);
        Assert.StartsWith("The pulse with its recharge lasts 1.2 ms", p.Description);
        Assert.DoesNotContain("(Parameter", p.Description);
        Assert.DoesNotContain("Actual value was", p.Description);
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
    }

    [Fact]
    public void A_complaint_that_names_no_property_of_the_object_stays_at_the_object()
    {
        // Fractions of cathodes not summing to 100 %: the configuration's complaint is about "contacts", a property it has.
        var e = Rejects(Electrodes(contacts: """[{"lead":0,"contact":1,"role":"cathode","fraction_percent":80},{"lead":0,"contact":2,"role":"anode","fraction_percent":100}]"""));
        Assert.Equal("$.electrodes.contacts", Assert.Single(e.Problems).JsonPath);
        Assert.StartsWith("The cathode fractions must sum to 100 %", e.Problems[0].Description);
        Assert.DoesNotContain("(Parameter", e.Message);
        // A lead index that does not exist is the contact's complaint about its "lead".
        var f = Rejects(Electrodes(contacts: Contacts.Replace("\"lead\":0,\"contact\":2", "\"lead\":3,\"contact\":2", StringComparison.Ordinal)));
        Assert.StartsWith("$.electrodes", f.JsonPath);
        Assert.DoesNotContain("(Parameter", f.Message);
    }

    [Fact]
    public void A_width_ratio_out_of_range_is_reported_at_widthRatio_in_its_name()
    {
        var e = Rejects(Tonic("""{"amplitude_mA":5,"pulseWidth_us":300,"recharge":{"kind":"activeAsymmetric","widthRatio":0.5}}"""));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.program.pulse.recharge.widthRatio", p.JsonPath);
        Assert.StartsWith("widthRatio ", p.Description);
        Assert.Equal("widthRatio", Assert.IsAssignableFrom<ArgumentException>(e.InnerException).ParamName);
    }

    [Fact]
    public void The_first_cause_is_kept_when_several_values_are_bad()
    {
        var e = Rejects("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":1e308,"pulseWidth_us":1e17},"frequency_Hz":50}}""");
        Assert.Equal(["$.program.pulse.amplitude_mA", "$.program.pulse.pulseWidth_us"], e.Problems.Select(p => p.JsonPath));
        var cause = Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
        Assert.Equal("milliamperes", cause.ParamName);
        Assert.Null(Rejects("""{"version":1,"impedance_ohm":0}""").InnerException);
    }

    // ---- device and battery ----

    [Theory]
    [InlineData("1", true)]
    [InlineData("0.000001", true)]
    [InlineData("0", false)]
    [InlineData("1.0000001", false)]
    [InlineData("-0.5", false)]
    public void Conversion_efficiency_is_greater_than_zero_and_at_most_one(string value, bool accepted)
    {
        var json = Device("\"conversionEfficiency\": 0.5", $"\"conversionEfficiency\": {value}");
        if (accepted)
        {
            Assert.Equal(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), SettingsJson.ReadDeviceProfile(json).Battery.ConversionEfficiency);
            return;
        }
        Single(json, "$.device.battery.conversionEfficiency", $"{value} is not allowed; the value must be greater than 0 and at most 1.");
    }

    [Theory]
    [InlineData("\"maxAmplitude_mA\": 25.5", "\"maxAmplitude_mA\": 0", "$.device.maxAmplitude_mA", "0 mA is not allowed; the value must be greater than 0 mA.")]
    [InlineData("\"amplitudeStep_mA\": 0.1", "\"amplitudeStep_mA\": 0", "$.device.amplitudeStep_mA", "0 mA is not allowed; the value must be greater than 0 mA.")]
    [InlineData("\"maxChargePerPhase_uC\": 20", "\"maxChargePerPhase_uC\": 0", "$.device.maxChargePerPhase_uC", "0 µC is not allowed; the value must be greater than 0 µC.")]
    [InlineData("\"complianceVoltage_V\": 12", "\"complianceVoltage_V\": 0", "$.device.complianceVoltage_V", "0 V is not allowed; the value must be greater than 0 V.")]
    [InlineData("\"capacity_mAh\": 200", "\"capacity_mAh\": 0", "$.device.battery.capacity_mAh", "0 mAh is not allowed; the value must be greater than 0 mAh.")]
    [InlineData("\"nominalVoltage_V\": 3.6", "\"nominalVoltage_V\": 0", "$.device.battery.nominalVoltage_V", "0 V is not allowed; the value must be greater than 0 V.")]
    [InlineData("\"overheadCurrent_uA\": 20", "\"overheadCurrent_uA\": -1", "$.device.battery.overheadCurrent_uA", "-1 µA is not allowed; the value must be 0 µA or more.")]
    [InlineData("\"minPulseWidth_us\": 20", "\"minPulseWidth_us\": 0", "$.device.minPulseWidth_us", "0 µs is not allowed; the value must be greater than 0 µs.")]
    [InlineData("\"maxPulseWidth_us\": 1000", "\"maxPulseWidth_us\": 0", "$.device.maxPulseWidth_us", "0 µs is not allowed; the value must be greater than 0 µs.")]
    [InlineData("\"kind\": \"rechargeable\"", "\"kind\": \"Primary\"", "$.device.battery.kind", "\"Primary\" is not allowed; did you mean \"primary\"? use one of: rechargeable, primary.")]
    [InlineData("\"name\": \"Generic rechargeable IPG (typical values, not a specific product)\"", "\"name\": 1", "$.device.name", "expected a string, found the number 1.")]
    [InlineData("\"contactCount\": 16", "\"contactCount\": 1.5", "$.device.contactCount", "1.5 is not allowed; expected a whole number, written without a fraction or exponent.")]
    [InlineData("\"battery\": {", "\"battery\": 1, \"b\": {", "$.device.b", "unknown property \"b\"; allowed here: name, maxAmplitude_mA, amplitudeStep_mA, frequencyRanges, minPulseWidth_us, maxPulseWidth_us, maxChargePerPhase_uC, complianceVoltage_V, contactCount, battery.")]
    public void Each_device_field_is_checked_at_its_path(string find, string replace, string path, string description)
    {
        var e = Rejects(Device(find, replace));
        Assert.Equal(path, e.JsonPath);
        Assert.Equal(description, e.Problems[0].Description);
    }

    [Fact]
    public void Frequency_ranges_are_checked_item_by_item()
    {
        var e = Rejects(Device("\"frequencyRanges\": [", "\"frequencyRanges\": [ { \"min_Hz\": 0, \"max_Hz\": 10, \"step_Hz\": 1 },"));
        Assert.Equal(["$.device.frequencyRanges[0].step_Hz", "$.device.frequencyRanges[0].min_Hz"], e.Problems.Select(p => p.JsonPath));
        var f = Rejects(Device("\"frequencyRanges\": [", "\"frequencyRanges\": [ { \"min_Hz\": 20, \"max_Hz\": 10 },"));
        Assert.Equal("$.device.frequencyRanges", Assert.Single(f.Problems).JsonPath);
    }

    [Fact]
    public void A_device_reads_every_field_of_its_file()
    {
        var device = new DeviceProfile("Bench", Current.FromMilliamperes(12), Current.FromMilliamperes(0.05),
            [new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(1200)), new FrequencyRange(Frequency.FromHertz(3000), Frequency.FromHertz(10000))],
            Duration.FromMicroseconds(10), Duration.FromMicroseconds(1500), Charge.FromMicrocoulombs(9), Voltage.FromVolts(15), 32,
            new BatterySpecification(BatteryKind.Primary, BatteryCapacity.FromMilliampereHours(3000), Voltage.FromVolts(3.2), 0.8,
                Current.FromMicroamperes(7)));
        var json = SettingsJson.WriteDeviceProfile(device);
        foreach (var text in new[] { "\"name\": \"Bench\"", "\"maxAmplitude_mA\": 12", "\"amplitudeStep_mA\": 0.05", "\"min_Hz\": 3000",
                     "\"max_Hz\": 1200", "\"minPulseWidth_us\": 10", "\"maxPulseWidth_us\": 1500", "\"maxChargePerPhase_uC\": 9",
                     "\"complianceVoltage_V\": 15", "\"contactCount\": 32", "\"kind\": \"primary\"", "\"capacity_mAh\": 3000",
                     "\"nominalVoltage_V\": 3.2", "\"conversionEfficiency\": 0.8", "\"overheadCurrent_uA\": 7" })
            Assert.Contains(text, json);
        Assert.Equal(device, SettingsJson.ReadDeviceProfile(json));
        var rechargeable = SettingsJson.ReadDeviceProfile(json.Replace("\"primary\"", "\"rechargeable\"", StringComparison.Ordinal));
        Assert.Equal(BatteryKind.Rechargeable, rechargeable.Battery.Kind);
    }

    // ---- programs: every optional field, both ways ----

    [Fact]
    public void Optional_pulse_fields_have_their_documented_defaults_and_are_read_when_given()
    {
        var plain = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic()).Program).Pulse;
        Assert.Equal(Duration.Zero, plain.InterphaseGap);
        Assert.Equal(Polarity.CathodicFirst, plain.Polarity);
        Assert.Equal(Recharge.ActiveSymmetric, plain.Recharge);

        var full = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic(
            """{"amplitude_mA":2.5,"pulseWidth_us":120,"interphaseGap_us":30,"polarity":"anodicFirst","recharge":{"kind":"passive","timeConstant_us":700,"window_us":4000}}""")).Program).Pulse;
        Assert.Equal(Current.FromMilliamperes(2.5), full.Amplitude);
        Assert.Equal(Duration.FromMicroseconds(120), full.PulseWidth);
        Assert.Equal(Duration.FromMicroseconds(30), full.InterphaseGap);
        Assert.Equal(Polarity.AnodicFirst, full.Polarity);
        Assert.Equal(Recharge.Passive(Duration.FromMicroseconds(700), Duration.FromMicroseconds(4000)), full.Recharge);

        var cathodic = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"polarity":"cathodicFirst","recharge":{"kind":"activeSymmetric"}}""")).Program).Pulse;
        Assert.Equal(Polarity.CathodicFirst, cathodic.Polarity);
        Assert.Equal(Recharge.ActiveSymmetric, cathodic.Recharge);
        var asymmetric = Assert.IsType<TonicProgram>(SettingsJson.Read(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"activeAsymmetric","widthRatio":4}}""")).Program).Pulse;
        Assert.Equal(Recharge.ActiveAsymmetric(4), asymmetric.Recharge);
    }

    [Fact]
    public void Every_recharge_kind_allows_only_its_own_properties()
    {
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"activeSymmetric","widthRatio":2}}"""), "$.program.pulse.recharge.widthRatio",
            "unknown property \"widthRatio\"; allowed here: kind.");
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"activeAsymmetric"}}"""), "$.program.pulse.recharge",
            "required property \"widthRatio\" is missing.");
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"passive","timeConstant_us":0,"window_us":5}}"""), "$.program.pulse.recharge.timeConstant_us",
            "0 µs is not allowed; the value must be greater than 0 µs.");
        Single(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"passive","timeConstant_us":1,"window_us":0}}"""), "$.program.pulse.recharge.window_us",
            "0 µs is not allowed; the value must be greater than 0 µs.");
        var e = Rejects(Tonic("""{"amplitude_mA":1,"pulseWidth_us":100,"recharge":{"kind":"passive","timeConstant_us":2e9,"window_us":5}}"""));
        Assert.Equal("$.program.pulse.recharge.timeConstant_us", e.JsonPath);
        Assert.StartsWith("timeConstant_us ", e.Problems[0].Description);
    }

    [Fact]
    public void High_frequency_and_tonic_programs_are_told_apart()
    {
        var hf = SettingsJson.Read("""{"version":1,"program":{"kind":"highFrequency","pulse":{"amplitude_mA":2,"pulseWidth_us":30},"frequency_Hz":10000}}""").Program;
        var h = Assert.IsType<HighFrequencyProgram>(hf);
        Assert.Equal(Frequency.FromHertz(10000), h.Frequency);
        Assert.Contains("\"kind\": \"highFrequency\"", SettingsJson.WriteProgram(h));
        Assert.Contains("\"kind\": \"tonic\"", SettingsJson.WriteProgram(SettingsJson.ReadProgram(Tonic())));
        Single("""{"version":1,"program":{"kind":"highFrequency","pulse":{"amplitude_mA":2,"pulseWidth_us":30},"frequency_Hz":10000,"pulsesPerBurst":5}}""",
            "$.program.pulsesPerBurst", "unknown property \"pulsesPerBurst\"; allowed here: kind, pulse, frequency_Hz.");
    }

    [Fact]
    public void Burst_recharge_defaults_to_per_pulse_and_both_modes_are_read_and_written()
    {
        const string burst = """{"version":1,"program":{"kind":"burst","pulse":{"amplitude_mA":0.6,"pulseWidth_us":1000,"recharge":{"kind":"passive","timeConstant_us":300,"window_us":900}},"intraBurstFrequency_Hz":500,"pulsesPerBurst":5,"burstFrequency_Hz":40REST}}""";
        var plain = Assert.IsType<BurstProgram>(SettingsJson.Read(burst.Replace("REST", "", StringComparison.Ordinal)).Program);
        Assert.Equal(BurstRecharge.PerPulse, plain.Recharge);
        Assert.Equal(5, plain.PulsesPerBurst);
        Assert.Equal(Frequency.FromHertz(500), plain.IntraBurstFrequency);
        Assert.Equal(Frequency.FromHertz(40), plain.BurstFrequency);
        Assert.Contains("\"burstRecharge\": \"perPulse\"", SettingsJson.WriteProgram(plain));
        var after = Assert.IsType<BurstProgram>(SettingsJson.Read(burst.Replace("REST", ",\"burstRecharge\":\"afterBurst\"", StringComparison.Ordinal)).Program);
        Assert.Equal(BurstRecharge.AfterBurst, after.Recharge);
        Assert.Contains("\"burstRecharge\": \"afterBurst\"", SettingsJson.WriteProgram(after));
        Assert.Equal(BurstRecharge.PerPulse,
            Assert.IsType<BurstProgram>(SettingsJson.Read(burst.Replace("REST", ",\"burstRecharge\":\"perPulse\"", StringComparison.Ordinal)).Program).Recharge);
        Single(burst.Replace("REST", ",\"burstRecharge\":\"AfterBurst\"", StringComparison.Ordinal), "$.program.burstRecharge",
            "\"AfterBurst\" is not allowed; did you mean \"afterBurst\"? use one of: perPulse, afterBurst.");
        Single(burst.Replace("REST", ",\"burstRecharge\":null", StringComparison.Ordinal), "$.program.burstRecharge",
            "null is not allowed; leave \"burstRecharge\" out to use its default.");
        Single(burst.Replace(",\"pulsesPerBurst\":5", "", StringComparison.Ordinal).Replace("REST", "", StringComparison.Ordinal), "$.program",
            "required property \"pulsesPerBurst\" is missing.");
    }

    [Fact]
    public void Cycling_ramp_defaults_to_zero_and_is_read_when_given()
    {
        const string cycling = """{"version":1,"program":{"kind":"cycling","program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50},"onTime_s":30,"offTime_s":90REST}}""";
        var plain = Assert.IsType<CyclingProgram>(SettingsJson.Read(cycling.Replace("REST", "", StringComparison.Ordinal)).Program);
        Assert.Equal(Duration.Zero, plain.Ramp);
        Assert.Equal(Duration.FromSeconds(30), plain.OnTime);
        Assert.Equal(Duration.FromSeconds(90), plain.OffTime);
        Assert.IsType<TonicProgram>(plain.Program);
        var ramped = Assert.IsType<CyclingProgram>(SettingsJson.Read(cycling.Replace("REST", ",\"ramp_s\":2.5", StringComparison.Ordinal)).Program);
        Assert.Equal(Duration.FromSeconds(2.5), ramped.Ramp);
        Assert.Contains("\"ramp_s\": 2.5", SettingsJson.WriteProgram(ramped));
        Single(cycling.Replace("REST", ",\"ramp_s\":-1", StringComparison.Ordinal), "$.program.ramp_s", "-1 s is not allowed; the value must be 0 s or more.");
        Single(cycling.Replace(",\"offTime_s\":90", "", StringComparison.Ordinal).Replace("REST", "", StringComparison.Ordinal), "$.program",
            "required property \"offTime_s\" is missing.");
        // Zero on and off times are allowed by the reader (non-negative); the program's own rule decides.
        var zero = Rejects(cycling.Replace("\"onTime_s\":30", "\"onTime_s\":0", StringComparison.Ordinal).Replace("REST", "", StringComparison.Ordinal));
        Assert.DoesNotContain("0 s or more", zero.Message);
    }

    [Fact]
    public void Electrodes_read_every_field_and_the_case_anode_defaults_to_zero()
    {
        var plain = SettingsJson.ReadElectrodes(Electrodes());
        Assert.Equal(0, plain.CaseAnodePercent);
        var l = Assert.Single(plain.Leads);
        Assert.Equal(("a", 8), (l.Name, l.ContactCount));
        Assert.Equal(Length.FromMillimetres(3), l.ContactLength);
        Assert.Equal(Length.FromMillimetres(1.3), l.Diameter);
        Assert.Equal(Length.FromMillimetres(4), l.Spacing);
        Assert.Equal([(0, 1, ContactRole.Cathode, 100.0), (0, 2, ContactRole.Anode, 100.0)],
            plain.Contacts.Select(c => (c.Lead, c.Contact, c.Role, c.FractionPercent)));

        var withCase = SettingsJson.ReadElectrodes(Electrodes(contacts: """[{"lead":0,"contact":1,"role":"cathode","fraction_percent":100},{"lead":0,"contact":2,"role":"anode","fraction_percent":60}]""",
            extra: ",\"caseAnode_percent\":40"));
        Assert.Equal(40, withCase.CaseAnodePercent);
        Assert.Contains("\"caseAnode_percent\": 40", SettingsJson.WriteElectrodes(withCase));
        Assert.Equal(withCase, SettingsJson.ReadElectrodes(SettingsJson.WriteElectrodes(withCase)));
        Assert.Contains("\"role\": \"anode\"", SettingsJson.WriteElectrodes(withCase));
        Assert.Contains("\"role\": \"cathode\"", SettingsJson.WriteElectrodes(withCase));

        Single(Electrodes(leads: "[" + Lead.Replace("\"spacing_mm\":4", "\"spacing_mm\":-1", StringComparison.Ordinal) + "]"), "$.electrodes.leads[0].spacing_mm",
            "-1 mm is not allowed; the value must be 0 mm or more.");
        Single(Electrodes(leads: "[" + Lead.Replace("\"diameter_mm\":1.3", "\"diameter_mm\":0", StringComparison.Ordinal) + "]"), "$.electrodes.leads[0].diameter_mm",
            "0 mm is not allowed; the value must be greater than 0 mm.");
        Single(Electrodes(contacts: Contacts.Replace("\"cathode\"", "\"Cathode\"", StringComparison.Ordinal)), "$.electrodes.contacts[0].role",
            "\"Cathode\" is not allowed; did you mean \"cathode\"? use one of: cathode, anode.");
        Single(Electrodes(contacts: "[]"), "$.electrodes.contacts", Rejects(Electrodes(contacts: "[]")).Problems[0].Description);
    }

    [Fact]
    public void Program_sets_read_offsets_and_default_them_to_zero()
    {
        var area = """{"program":{"kind":"tonic","pulse":PULSE,"frequency_Hz":50},"electrodes":{"leads":[LEAD],"contacts":CONTACTS}REST}""".Replace("PULSE", Pulse).Replace("LEAD", Lead).Replace("CONTACTS", Contacts);
        var set = SettingsJson.Read(Areas(area.Replace("REST", "", StringComparison.Ordinal) + "," + area.Replace("REST", ",\"offset_us\":8000", StringComparison.Ordinal))).ProgramSet!;
        Assert.Equal([Duration.Zero, Duration.FromMicroseconds(8000)], set.Areas.Select(a => a.Offset));
        Assert.Contains("\"offset_us\": 8000", SettingsJson.Write(new StimulationSettings(ProgramSet: set)));
        Single(Areas(area.Replace("REST", ",\"offset_us\":-1", StringComparison.Ordinal)), "$.programSet.areas[0].offset_us",
            "-1 µs is not allowed; the value must be 0 µs or more.");
        Single(Areas(area.Replace("REST", ",\"gain\":1", StringComparison.Ordinal)), "$.programSet.areas[0].gain",
            "unknown property \"gain\"; allowed here: program, electrodes, offset_us.");
        Single("""{"version":1,"programSet":{"areas":[],"extra":1}}""", "$.programSet.extra", "unknown property \"extra\"; allowed here: areas.");
    }

    [Fact]
    public void Settings_without_optional_sections_read_as_null_and_write_without_them()
    {
        var empty = SettingsJson.Read("""{"version":1}""");
        Assert.Equal(new StimulationSettings(), empty);
        var json = SettingsJson.Write(empty);
        Assert.DoesNotContain("impedance_ohm", json);
        Assert.Equal(empty, SettingsJson.Read(json));
        var withImpedance = SettingsJson.Read("""{"version":1,"impedance_ohm":750}""");
        Assert.Contains("\"impedance_ohm\": 750", SettingsJson.Write(withImpedance));
    }

    // ---- public entry points ----

    [Fact]
    public void Null_arguments_name_the_callers_parameter()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SettingsJson.Read(null!)).ParamName);
        Assert.Equal("settings", Assert.Throws<ArgumentNullException>(() => SettingsJson.Write(null!)).ParamName);
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => SettingsJson.WriteProgram(null!)).ParamName);
        Assert.Equal("electrodes", Assert.Throws<ArgumentNullException>(() => SettingsJson.WriteElectrodes(null!)).ParamName);
        Assert.Equal("device", Assert.Throws<ArgumentNullException>(() => SettingsJson.WriteDeviceProfile(null!)).ParamName);
    }

    [Fact]
    public void Reading_one_section_says_which_is_missing()
    {
        var e = Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadProgram("""{"version":1}"""));
        Assert.Equal("$.program", e.JsonPath);
        Assert.Equal("$.program: Required property \"program\" is missing.", e.Message);
        Assert.Equal("$.electrodes: Required property \"electrodes\" is missing.",
            Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadElectrodes("""{"version":1}""")).Message);
        Assert.Equal("$.device: Required property \"device\" is missing.",
            Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadDeviceProfile("""{"version":1}""")).Message);
    }

    [Fact]
    public void Files_are_written_and_read_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scs-settings-{Guid.NewGuid():N}.json");
        try
        {
            var settings = new StimulationSettings(Impedance: Resistance.FromOhms(640));
            SettingsJson.WriteFile(path, settings);
            Assert.Equal(SettingsJson.Write(settings), File.ReadAllText(path));
            Assert.Equal(settings, SettingsJson.ReadFile(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_exception_lists_its_problems_one_a_line()
    {
        var one = new SettingsFormatException("$.a", "bad.");
        Assert.Equal("$.a: bad.", one.Message);
        Assert.Equal(new SettingsProblem("$.a", "bad."), Assert.Single(one.Problems));
        Assert.Null(one.InnerException);

        var cause = new InvalidOperationException("x");
        var many = new SettingsFormatException([new SettingsProblem("$.b", "first."), new SettingsProblem("$.c", "second.")], cause);
        Assert.Equal("$.b: first.\n$.c: second.", many.Message);
        Assert.Equal("$.b", many.JsonPath);
        Assert.Same(cause, many.InnerException);
        Assert.IsAssignableFrom<FormatException>(many);

        // The list is copied: changing the caller's list later does not change the exception.
        var list = new List<SettingsProblem> { new("$.d", "d.") };
        var copied = new SettingsFormatException(list, null);
        list.Add(new SettingsProblem("$.e", "e."));
        Assert.Single(copied.Problems);
    }

    [Fact]
    public void The_exception_refuses_an_empty_or_null_list()
    {
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new SettingsFormatException((IReadOnlyList<SettingsProblem>)null!, null)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new SettingsFormatException([], null));
        Assert.Equal("problems", empty.ParamName);
        Assert.StartsWith("problems must hold at least one problem.", empty.Message);
        var withNull = Assert.Throws<ArgumentException>(() => new SettingsFormatException([new SettingsProblem("$", "x"), null!], null));
        Assert.Equal("problems", withNull.ParamName);
        Assert.StartsWith("problems must not hold null.", withNull.Message);
    }

    // ---- the shared reader, as scenarios use it ----

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    public void A_scenario_seed_may_use_the_whole_unsigned_range(string seed, ulong expected)
    {
        var json = WithSeed(seed);
        Assert.Equal(expected, ScenarioJson.Read(json).Seed);
    }

    [Theory]
    [InlineData("-1", "-1 is not allowed; expected a whole number from 0 to 18446744073709551615, written without a fraction or exponent.")]
    [InlineData("18446744073709551616", "18446744073709551616 is not allowed; expected a whole number from 0 to 18446744073709551615, written without a fraction or exponent.")]
    [InlineData("1.5", "1.5 is not allowed; expected a whole number from 0 to 18446744073709551615, written without a fraction or exponent.")]
    [InlineData("\"1\"", "expected a whole number, found the string \"1\".")]
    public void A_bad_scenario_seed_is_refused_with_the_range(string seed, string description)
    {
        var e = Assert.Throws<SettingsFormatException>(() => ScenarioJson.Read(WithSeed(seed)));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.seed", p.JsonPath);
        Assert.Equal(description, p.Description);
    }

    private static string WithSeed(string seed)
    {
        var json = ScenarioJson.Write(Scenario.Conventional50Hz);
        var start = json.IndexOf("\"seed\": ", StringComparison.Ordinal) + "\"seed\": ".Length;
        var end = json.IndexOfAny([',', '\n', '\r'], start);
        return json[..start] + seed + json[end..];
    }
}
