using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

public class TwoLeadScenarioTests
{
    private static readonly LeadPlacement Left = LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(-1));
    private static readonly LeadPlacement Right = LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(1));
    private static readonly VirtualPatient TwoLeads = VirtualPatient.LowBackAndLegs.WithPlacements([Left, Right]);

    // Guarded tripoles on contact 3 of both leads; the cathodic current split between the leads (left share in %).
    private static ElectrodeConfiguration Steered(double leftPercent) => new([Lead.Percutaneous8, Lead.Percutaneous8],
    [
        new ContactSetting(0, 3, ContactRole.Cathode, leftPercent), new ContactSetting(1, 3, ContactRole.Cathode, 100 - leftPercent),
        new ContactSetting(0, 2, ContactRole.Anode, leftPercent / 2), new ContactSetting(0, 4, ContactRole.Anode, leftPercent / 2),
        new ContactSetting(1, 2, ContactRole.Anode, (100 - leftPercent) / 2), new ContactSetting(1, 4, ContactRole.Anode, (100 - leftPercent) / 2),
    ]);

    private static Scenario On(VirtualPatient patient, double leftPercent) =>
        new(patient, DeviceProfile.Generic, ScenarioPresets.Tonic.Program, Steered(leftPercent), 7);

    [Fact]
    public void A_patient_has_one_placement_per_lead_over_one_csf_layer()
    {
        Assert.Equal([LeadPlacement.MidlineT8], VirtualPatient.LowBackAndLegs.Placements);
        Assert.Equal([Left, Right], TwoLeads.Placements);
        Assert.Equal(Left, TwoLeads.Placement);
        Assert.Equal(TwoLeads, VirtualPatient.LowBackAndLegs.WithPlacements([Left, Right]));
        Assert.NotEqual(TwoLeads, VirtualPatient.LowBackAndLegs);
        Assert.Equal("placements", Assert.Throws<ArgumentOutOfRangeException>(() => TwoLeads.WithPlacements([])).ParamName);
        Assert.Contains("one or two", Assert.Throws<ArgumentOutOfRangeException>(() => TwoLeads.WithPlacements([Left, Right, Left])).Message);
        var e = Assert.Throws<ArgumentException>(() => TwoLeads.WithPlacements([Left, Right.WithCsfThickness(Length.FromMillimetres(4))]));
        Assert.Equal("placements", e.ParamName);
        Assert.Contains("same dorsal CSF thickness", e.Message);
    }

    [Fact]
    public void A_scenario_needs_one_placement_per_lead_and_says_how_to_give_them()
    {
        var e = Assert.Throws<ArgumentException>(() => On(VirtualPatient.LowBackAndLegs, 50));
        Assert.Equal("electrodes", e.ParamName);
        Assert.Contains("2 lead(s) but the patient has 1 lead placement(s)", e.Message);
        Assert.Contains("WithPlacements", e.Message);
        Assert.Throws<ArgumentException>(() => new Scenario(TwoLeads, DeviceProfile.Generic, ScenarioPresets.Tonic.Program, ScenarioPresets.Tonic.Electrodes, 1));
    }

    [Fact]
    public void Steering_current_between_two_leads_moves_paresthesia_to_that_side()
    {
        static (int Left, int Right) Sides(Scenario s)
        {
            var r = s.Recruitment();
            var covered = r.CoverageAt(r.DiscomfortThreshold!.Value * 0.99).Regions.Where(c => c.Paresthesia && c.RecruitedDorsalColumnFibres > 0).ToArray();
            return (covered.Count(c => c.Region.Side == BodySide.Left), covered.Count(c => c.Region.Side == BodySide.Right));
        }
        var toLeft = Sides(On(TwoLeads, 90));
        var toRight = Sides(On(TwoLeads, 10));
        Assert.True(toLeft.Left > toLeft.Right, $"90 % left: {toLeft}");
        Assert.True(toRight.Right > toRight.Left, $"10 % left: {toRight}");
    }

    [Fact]
    public void A_two_lead_scenario_round_trips_through_json_with_both_placements()
    {
        var scenario = On(TwoLeads.WithPlacements([Left, Right.Moved(Length.FromMillimetres(6), Length.Zero)]), 60);
        var json = ScenarioJson.Write(scenario);
        Assert.Contains("additionalLeads", json);
        var back = ScenarioJson.Read(json);
        Assert.Equal(scenario.Patient, back.Patient);
        Assert.Equal(scenario.Electrodes, back.Electrodes);
        Assert.DoesNotContain("additionalLeads", ScenarioJson.Write(ScenarioPresets.Tonic));
        var bad = Assert.Throws<ScsSim.Serialization.SettingsFormatException>(() => ScenarioJson.Read(json.Replace("\"lateralOffset_mm\": 1", "\"lateralOffset_mm\": 11", StringComparison.Ordinal)));
        Assert.StartsWith("$.patient.additionalLeads[0]", bad.JsonPath);
    }
}
