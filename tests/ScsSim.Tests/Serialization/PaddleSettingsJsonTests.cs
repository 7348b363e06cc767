using ScsSim.Programming;
using ScsSim.Serialization;

namespace ScsSim.Tests.Serialization;

public class PaddleSettingsJsonTests
{
    private const string PaddleFile = """
        { "version": 1, "electrodes": {
            "leads": [ { "name": "paddle", "kind": "paddle", "rowsPerColumn": [5, 6, 5], "contactLength_mm": 3, "contactWidth_mm": 1.5,
                         "spacing_mm": 1.5, "columnSpacing_mm": 1.5 } ],
            "contacts": [ { "lead": 0, "contact": 6, "role": "anode", "fraction_percent": 50 },
                          { "lead": 0, "contact": 7, "role": "cathode", "fraction_percent": 100 },
                          { "lead": 0, "contact": 8, "role": "anode", "fraction_percent": 50 } ] } }
        """;

    [Fact]
    public void A_paddle_is_read_and_written_with_its_columns()
    {
        var electrodes = SettingsJson.ReadElectrodes(PaddleFile);
        var lead = Assert.Single(electrodes.Leads);
        Assert.Equal(Lead.Paddle("paddle", [5, 6, 5], Lead.Paddle16.ContactLength, Lead.Paddle16.ContactWidth, Lead.Paddle16.Spacing, Lead.Paddle16.ColumnSpacing), lead);
        Assert.Equal(LeadKind.Paddle, lead.Kind);
        Assert.Equal(16, lead.ContactCount);
        var json = SettingsJson.WriteElectrodes(electrodes);
        Assert.Contains("\"kind\": \"paddle\"", json);
        Assert.Contains("\"rowsPerColumn\"", json);
        Assert.DoesNotContain("diameter_mm", json);
        Assert.Equal(electrodes, SettingsJson.ReadElectrodes(json));
        // A percutaneous lead is still written without a kind, as before.
        Assert.DoesNotContain("kind", SettingsJson.WriteElectrodes(ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 2)));
    }

    [Theory]
    [InlineData("\"rowsPerColumn\": [5, 6, 5]", "\"rowsPerColumn\": [5, \"six\", 5]", "$.electrodes.leads[0].rowsPerColumn[1]", "whole number")]
    [InlineData("\"rowsPerColumn\": [5, 6, 5]", "\"rowsPerColumn\": [20, 20]", "$.electrodes.leads[0].rowsPerColumn", "at most 32 contacts")]
    [InlineData("\"contactWidth_mm\": 1.5", "\"diameter_mm\": 1.5", "$.electrodes.leads[0].diameter_mm", "unknown property")]
    [InlineData("\"kind\": \"paddle\"", "\"kind\": \"padle\"", "$.electrodes.leads[0].kind", "paddle")]
    public void Bad_paddles_are_refused_with_the_json_path(string from, string to, string path, string mentions)
    {
        var e = Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadElectrodes(PaddleFile.Replace(from, to, StringComparison.Ordinal)));
        Assert.Contains(e.Problems, p => p.JsonPath == path && p.Description.Contains(mentions, StringComparison.Ordinal));
    }
}
