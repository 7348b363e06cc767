using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

/// <summary>
/// Leads and electrode configurations at their limits: counts and dimensions accepted at both ends and refused one
/// step beyond, the parameter and position named, the geometry against hand values, the descriptions.
/// (Found by mutation testing: eng/mutation.sh Programming.)
/// </summary>
public class ElectrodeBoundaryTests
{
    private static Length Mm(double mm) => Length.FromMillimetres(mm);

    private static Lead MakeLead(int contacts = 8, double length = 3, double diameter = 1.3, double spacing = 4) =>
        new("lead", contacts, Mm(length), Mm(diameter), Mm(spacing));

    [Fact]
    public void Lead_counts_and_dimensions_include_both_ends()
    {
        Assert.Equal(1, MakeLead(contacts: 1).ContactCount);
        Assert.Equal(32, MakeLead(contacts: 32).ContactCount);
        foreach (var bad in new[] { 0, 33 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(contacts: bad));
            Assert.Equal("contactCount", e.ParamName);
            Assert.Contains("between 1 and 32", e.Message);
        }
        Assert.Equal(Mm(1e-6), MakeLead(length: 1e-6).ContactLength);
        Assert.Equal(Mm(1e6), MakeLead(length: 1e6).ContactLength);
        Assert.Equal(Mm(1e-6), MakeLead(diameter: 1e-6).Diameter);
        Assert.Equal(Mm(1e6), MakeLead(diameter: 1e6).Diameter);
        Assert.Equal(Length.Zero, MakeLead(spacing: 0).Spacing);
        Assert.Equal(Mm(1e6), MakeLead(spacing: 1e6).Spacing);
        Assert.Equal("contactLength", Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(length: Math.BitDecrement(1e-6))).ParamName);
        Assert.Equal("contactLength", Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(length: Math.BitIncrement(1e6))).ParamName);
        Assert.Equal("diameter", Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(diameter: Math.BitDecrement(1e-6))).ParamName);
        var wide = Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(diameter: Math.BitIncrement(1e6)));
        Assert.Equal("diameter", wide.ParamName);
        Assert.Contains("from 0.001 µm to 1000 m", wide.Message);
        Assert.Equal("spacing", Assert.Throws<ArgumentOutOfRangeException>(() => MakeLead(spacing: Math.BitIncrement(1e6))).ParamName);
        foreach (var name in new[] { "", "  " })
        {
            var e = Assert.Throws<ArgumentException>(() => new Lead(name, 8, Mm(3), Mm(1.3), Mm(4)));
            Assert.Equal("name", e.ParamName);
            Assert.Contains("must not be empty", e.Message);
        }
        Assert.Equal("8-contact percutaneous", Lead.Percutaneous8.Name);
    }

    [Fact]
    public void Lead_geometry_matches_hand_values()
    {
        // 2 mm contacts, 1 mm diameter, 3 mm gaps: pitch 5 mm, area π · 1 · 2 = 6.2832 mm², contact 4 at 20 mm.
        var lead = MakeLead(contacts: 5, length: 2, diameter: 1, spacing: 3);
        Assert.Equal(Mm(5), lead.Pitch);
        Tolerance.AssertClose(2 * Math.PI, lead.ContactArea.ToSquareMillimetres());
        Assert.Equal(Length.Zero, lead.ContactCentre(0));
        Tolerance.AssertClose(20, lead.ContactCentre(4).ToMillimetres());
        foreach (var bad in new[] { -1, 5 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => lead.ContactCentre(bad));
            Assert.Equal("contact", e.ParamName);
            Assert.Contains("between 0 and 4", e.Message);
        }
    }

    [Fact]
    public void Leads_and_contacts_lists_are_checked_element_by_element()
    {
        var lead = Lead.Percutaneous8;
        ContactSetting Cathode(int lead, int contact, double percent = 100) => new(lead, contact, ContactRole.Cathode, percent);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => new ElectrodeConfiguration(null!, [Cathode(0, 1)], 100)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => new ElectrodeConfiguration([null!], [Cathode(0, 1)], 100)).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentNullException>(() => new ElectrodeConfiguration([lead], null!, 100)).ParamName);
        Assert.Equal("contacts", Assert.Throws<ArgumentNullException>(() => new ElectrodeConfiguration([lead], [null!], 100)).ParamName);
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([], [Cathode(0, 1)], 100));
        Assert.Equal("leads.Count", none.ParamName);
        Assert.Contains("between 1 and 2", none.Message);
        Assert.Equal("leads.Count", Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead, lead, lead], [Cathode(0, 1)], 100)).ParamName);
        // Two leads are allowed: the second lead's last contact is addressable, one more lead or contact is not.
        var two = new ElectrodeConfiguration([lead, lead], [Cathode(1, 7)], 100);
        Assert.Equal(16, two.TotalContactCount);
        var leadIndex = Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead, lead], [Cathode(2, 0)], 100));
        Assert.Equal("contacts.Lead", leadIndex.ParamName);
        Assert.Contains("between 0 and 1", leadIndex.Message);
        Assert.Equal("contacts.Lead", Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead], [Cathode(-1, 0)], 100)).ParamName);
        var contactIndex = Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead], [Cathode(0, 8)], 100));
        Assert.Equal("contacts.Contact", contactIndex.ParamName);
        Assert.Contains("between 0 and 7", contactIndex.Message);
        Assert.Equal("contacts.Contact", Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead], [Cathode(0, -1)], 100)).ParamName);
    }

    [Fact]
    public void Case_share_and_contact_fractions_include_their_upper_end()
    {
        var lead = Lead.Percutaneous8;
        Assert.Equal(100, new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100)], 100).CaseAnodePercent);
        Assert.Equal(0, new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100), new(0, 2, ContactRole.Anode, 100)], 0).CaseAnodePercent);
        var over = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100)], Math.BitIncrement(100.0)));
        Assert.Equal("caseAnodePercent", over.ParamName);
        Assert.Contains("between 0 % and 100 %", over.Message);
        Assert.Equal("caseAnodePercent", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100)], -1e-300)).ParamName);
        foreach (var bad in new[] { 0.0, -5.0, Math.BitIncrement(100.0), double.NaN, double.PositiveInfinity })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, bad)], 100));
            Assert.Equal("contacts", e.ParamName);
            Assert.Contains("lead 0 contact 1 has fraction", e.Message);
            Assert.Contains("greater than 0 up to 100 %", e.Message);
        }
    }

    [Fact]
    public void Roles_duplicates_and_sums_are_refused_with_the_contact_named()
    {
        var lead = Lead.Percutaneous8;
        var off = Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Off, 100)], 100));
        Assert.Equal("contacts", off.ParamName);
        Assert.Contains("lead 0 contact 1 has role Off", off.Message);
        var twice = Assert.Throws<ArgumentException>(() =>
            new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 50), new(0, 1, ContactRole.Cathode, 50)], 100));
        Assert.Equal("contacts", twice.ParamName);
        Assert.Contains("lead 0 contact 1 is listed twice", twice.Message);
        // The same contact number on two leads is two contacts.
        Assert.Equal(2, new ElectrodeConfiguration([lead, lead], [new(0, 1, ContactRole.Cathode, 50), new(1, 1, ContactRole.Cathode, 50)], 100).Contacts.Count);

        var cathodes = Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 90)], 100));
        Assert.Equal("contacts", cathodes.ParamName);
        Assert.Contains("The cathode fractions must sum to 100 %; they sum to 90 %", cathodes.Message);
        var anodes = Assert.Throws<ArgumentException>(() =>
            new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100), new(0, 2, ContactRole.Anode, 60)], 30));
        Assert.Contains("The anode fractions (case included) must sum to 100 %; they sum to 90 %", anodes.Message);
        // Within the 1e-6 % tolerance either way the sum holds.
        Assert.NotNull(new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100 - 0.9e-6)], 100));
        Assert.NotNull(new ElectrodeConfiguration([lead],
            [new(0, 1, ContactRole.Cathode, 100), new(0, 2, ContactRole.Anode, 99.9999995)], 0));
        Assert.Throws<ArgumentException>(() => new ElectrodeConfiguration([lead], [new(0, 1, ContactRole.Cathode, 100 - 1.1e-6)], 100));
        Assert.Throws<ArgumentException>(() =>
            new ElectrodeConfiguration([lead, lead], [new(0, 1, ContactRole.Cathode, 50), new(1, 1, ContactRole.Cathode, 50 + 1.1e-6)], 100));
    }

    [Fact]
    public void Presets_and_views_list_the_right_contacts()
    {
        var lead = Lead.Percutaneous8;
        var tripolar = ElectrodeConfiguration.GuardedTripolar(lead, 1);
        Assert.Equal([0, 2], tripolar.Anodes.Select(c => c.Contact));
        Assert.All(tripolar.Anodes, a => Assert.Equal(50, a.FractionPercent));
        Assert.Equal(1, Assert.Single(tripolar.Cathodes).Contact);
        Assert.Equal(1, tripolar.LargestFractionContact.Contact);
        Assert.Equal(6, ElectrodeConfiguration.GuardedTripolar(lead, 6).LargestFractionContact.Contact);
        foreach (var bad in new[] { 0, 7 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ElectrodeConfiguration.GuardedTripolar(lead, bad));
            Assert.Equal("cathode", e.ParamName);
            Assert.Contains("between 1 and 6", e.Message);
        }
        Assert.Equal("lead", Assert.Throws<ArgumentNullException>(() => ElectrodeConfiguration.GuardedTripolar(null!, 1)).ParamName);

        var bipolar = ElectrodeConfiguration.Bipolar(lead, 3, 4);
        Assert.Equal(0, bipolar.CaseAnodePercent);
        Assert.Equal(4, Assert.Single(bipolar.Anodes).Contact);
        Assert.Equal(3, Assert.Single(bipolar.Cathodes).Contact);
        var monopolar = ElectrodeConfiguration.Monopolar(lead, 2);
        Assert.Equal(100, monopolar.CaseAnodePercent);
        Assert.Empty(monopolar.Anodes);
        Assert.Equal(8, monopolar.TotalContactCount);
    }

    [Fact]
    public void Equality_compares_leads_contacts_and_the_case_share()
    {
        var lead = Lead.Percutaneous8;
        Assert.Equal(ElectrodeConfiguration.Bipolar(lead, 3, 4), ElectrodeConfiguration.Bipolar(lead, 3, 4));
        Assert.Equal(ElectrodeConfiguration.Bipolar(lead, 3, 4).GetHashCode(), ElectrodeConfiguration.Bipolar(lead, 3, 4).GetHashCode());
        Assert.NotEqual(ElectrodeConfiguration.Bipolar(lead, 3, 4), ElectrodeConfiguration.Bipolar(lead, 3, 5));
        Assert.NotEqual(ElectrodeConfiguration.Bipolar(lead, 3, 4), ElectrodeConfiguration.Bipolar(MakeLead(), 3, 4));
        var half = new ElectrodeConfiguration([lead], [new(0, 3, ContactRole.Cathode, 100), new(0, 4, ContactRole.Anode, 50)], 50);
        var quarter = new ElectrodeConfiguration([lead], [new(0, 3, ContactRole.Cathode, 100), new(0, 4, ContactRole.Anode, 50)], 50);
        Assert.Equal(half, quarter);
        Assert.NotEqual(half, new ElectrodeConfiguration([lead], [new(0, 3, ContactRole.Cathode, 100), new(0, 4, ContactRole.Anode, 75)], 25));
        Assert.False(half.Equals(null));
    }

    [Fact]
    public void Descriptions_mark_cathodes_anodes_shares_and_the_case()
    {
        var lead = Lead.Percutaneous8;
        Assert.Equal("L0E3− L0E4+", ElectrodeConfiguration.Bipolar(lead, 3, 4).ToString());
        Assert.Equal("L0E2− case+", ElectrodeConfiguration.Monopolar(lead, 2).ToString());
        var split = new ElectrodeConfiguration([lead],
            [new(0, 2, ContactRole.Cathode, 70), new(0, 3, ContactRole.Cathode, 30), new(0, 5, ContactRole.Anode, 62.5)], 37.5);
        Assert.Equal("L0E2−70% L0E3−30% L0E5+62.5% case+37.5%", split.ToString());
    }
}
