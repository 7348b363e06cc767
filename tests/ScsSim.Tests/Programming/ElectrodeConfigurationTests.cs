using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

public class LeadTests
{
    [Fact]
    public void Percutaneous8_has_the_reference_contact_area()
    {
        // REFERENCES.md: a 1.3 mm × 3 mm contact has 12.25 mm² of surface (π · 1.3 · 3).
        var lead = Lead.Percutaneous8;
        Assert.Equal(8, lead.ContactCount);
        Tolerance.AssertClose(Math.PI * 1.3 * 3, lead.ContactArea.ToSquareMillimetres());
        Assert.Equal(12.25, Math.Round(lead.ContactArea.ToSquareMillimetres(), 2));
        Tolerance.AssertClose(7, lead.Pitch.ToMillimetres());
        Tolerance.AssertClose(49, lead.ContactCentre(7).ToMillimetres());
    }

    [Fact]
    public void Bad_lead_dimensions_are_rejected()
    {
        Assert.Equal("contactCount", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Lead("x", 0, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4))).ParamName);
        Assert.Equal("diameter", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Lead("x", 8, Length.FromMillimetres(3), Length.FromMillimetres(0), Length.FromMillimetres(4))).ParamName);
        Assert.Throws<ArgumentException>(() => new Lead(" ", 8, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4)));
    }
}

public class ElectrodeConfigurationTests
{
    [Fact]
    public void Presets_build_valid_configurations()
    {
        var bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
        Assert.Single(bipolar.Cathodes);
        Assert.Single(bipolar.Anodes);
        var tripolar = ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 3);
        Assert.Equal(2, tripolar.Anodes.Count());
        Assert.All(tripolar.Anodes, a => Assert.Equal(50, a.FractionPercent));
        var monopolar = ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3);
        Assert.Equal(100, monopolar.CaseAnodePercent);
        Assert.Empty(monopolar.Anodes);
        Assert.Equal("L0E3− case+", monopolar.ToString());
    }

    [Fact]
    public void Cathode_fractions_must_sum_to_100_percent()
    {
        var e = Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([Lead.Percutaneous8],
        [
            new ContactSetting(0, 2, ContactRole.Cathode, 60),
            new ContactSetting(0, 3, ContactRole.Cathode, 30),
            new ContactSetting(0, 4, ContactRole.Anode, 100),
        ]));
        Assert.Contains("cathode fractions", e.Message);
        Assert.Contains("90", e.Message);
    }

    [Fact]
    public void Anode_fractions_including_the_case_must_sum_to_100_percent()
    {
        var ok = new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 100), new ContactSetting(0, 3, ContactRole.Anode, 40)], caseAnodePercent: 60);
        Assert.Equal(60, ok.CaseAnodePercent);
        Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 100), new ContactSetting(0, 3, ContactRole.Anode, 40)]));
    }

    [Fact]
    public void Bad_contacts_are_rejected_with_their_position()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 8));
        Assert.Throws<ArgumentException>(() => ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 3));
        var fraction = Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 150)]));
        Assert.Contains("150", fraction.Message);
        Assert.Contains("up to 100 %", fraction.Message);
        Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Off, 100)], 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8, Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 100)], 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 0));
    }

    [Fact]
    public void Largest_fraction_contact_is_found()
    {
        var split = new ElectrodeConfiguration([Lead.Percutaneous8],
        [
            new ContactSetting(0, 2, ContactRole.Cathode, 70),
            new ContactSetting(0, 3, ContactRole.Cathode, 30),
            new ContactSetting(0, 5, ContactRole.Anode, 100),
        ]);
        Assert.Equal(5, split.LargestFractionContact.Contact);
        Assert.Equal(split, new ElectrodeConfiguration(split.Leads, split.Contacts));
    }
}
