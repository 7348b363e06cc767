using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class TwoLeadTests
{
    // Two percutaneous leads 2 mm either side of the midline over T8; contact 3 of each is a cathode, contacts 2 and 4 of
    // each are anodes (a guarded tripole on both leads), with the cathodic current split between the leads.
    private static readonly LeadPlacement[] Placements =
        [LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(-2)), LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(2))];

    private static ElectrodeConfiguration Split(double leftCathodePercent) => new([TestLead, TestLead],
    [
        new ContactSetting(0, 2, ContactRole.Anode, 25), new ContactSetting(0, 3, ContactRole.Cathode, leftCathodePercent), new ContactSetting(0, 4, ContactRole.Anode, 25),
        new ContactSetting(1, 2, ContactRole.Anode, 25), new ContactSetting(1, 3, ContactRole.Cathode, 100 - leftCathodePercent), new ContactSetting(1, 4, ContactRole.Anode, 25),
    ]);

    private static readonly ThresholdSurfaceGrid Grid = new(
        new[] { 1.5, 5, 8, 11.5, 17 }.Select(Length.FromMicrometres),
        new[] { 0, 0.3, 1 }.Select(Length.FromMillimetres),
        new[] { 0, 1, 2, 3, 4.5, 6 }.Select(Length.FromMillimetres),
        [Pulse300.PulseWidth]);

    [Fact]
    public void Two_lead_field_is_the_superposition_of_each_lead()
    {
        var medium = ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.3));
        var both = new ElectrodeField(Split(70), Placements, medium);
        var left = new ElectrodeField(ElectrodeConfiguration.GuardedTripolar(TestLead, 3), [Placements[0]], medium);
        var right = new ElectrodeField(ElectrodeConfiguration.GuardedTripolar(TestLead, 3), [Placements[1]], medium);
        var i = Current.FromMilliamperes(-4);
        var (x, y, z) = (Length.FromMillimetres(0.7), Length.FromMillimetres(0.3), both.ContactPosition(0, 3) + Length.FromMillimetres(1.5));
        double Phi(ElectrodeField f) => f.PotentialAt(i, x, y, z).ToMillivolts();
        // Split each single-lead tripole into its cathode (monopole) and its two 50 % anodes.
        var leftCathode = Phi(new ElectrodeField(ElectrodeConfiguration.Monopolar(TestLead, 3), [Placements[0]], medium));
        var rightCathode = Phi(new ElectrodeField(ElectrodeConfiguration.Monopolar(TestLead, 3), [Placements[1]], medium));
        var leftAnodes = Phi(left) - leftCathode;
        var rightAnodes = Phi(right) - rightCathode;
        // Cathodes carry 70 % and 30 %; each lead's anodes carry 25 % + 25 % (half of a single tripole's 50 % + 50 %).
        var expected = 0.7 * leftCathode + 0.3 * rightCathode + 0.5 * leftAnodes + 0.5 * rightAnodes;
        Tolerance.AssertClose(expected, both.PotentialAt(i, x, y, z).ToMillivolts(), 1e-12);
    }

    [Fact]
    public void Two_lead_surface_agrees_with_the_cable_model_on_both_sides()
    {
        var field = new ElectrodeField(Split(80), Placements);
        var surface = ThresholdSurface.Compute(field, Pulse300, Grid);
        foreach (var (x, d, depth) in new[] { (-2.6, 12.5, 0.15), (1.7, 12.5, 0.15), (-0.4, 9.5, 0.5), (3.3, 14.0, 0.05) })
        {
            var full = McNealFibreModel.Default.Threshold(field, Fibre(d, x, depth), Pulse300, surface.Maximum)!.Value;
            var interpolated = surface.Threshold(Length.FromMicrometres(d), Length.FromMillimetres(depth), Length.FromMillimetres(x), Pulse300.PulseWidth)!.Value;
            Assert.InRange(interpolated / full, 0.95, 1.05);
        }
        // The 80 % cathode on the left lead makes the left side more excitable than the mirror point on the right.
        Assert.True(surface.Threshold(Length.FromMicrometres(12), Length.FromMillimetres(0.1), Length.FromMillimetres(-2), Pulse300.PulseWidth)
                    < surface.Threshold(Length.FromMicrometres(12), Length.FromMillimetres(0.1), Length.FromMillimetres(2), Pulse300.PulseWidth));
    }

    [Fact]
    public void Current_steering_between_two_leads_moves_paresthesia_to_the_stronger_side()
    {
        double LeftShare(double leftCathodePercent, Current amplitude)
        {
            var coverage = SetupOf(Split(leftCathodePercent), Placements, Pulse300).WithGrid(Grid).Recruitment().CoverageAt(amplitude);
            double Recruited(BodySide side) => coverage.Regions.Where(r => r.Region.Side == side).Sum(r => r.RecruitedDorsalColumnFibres);
            return Recruited(BodySide.Left) / (Recruited(BodySide.Left) + Recruited(BodySide.Right));
        }
        var amplitude = Current.FromMilliamperes(6.5); // about 1.4 × perception for every split
        var (toLeft, even, toRight) = (LeftShare(80, amplitude), LeftShare(50, amplitude), LeftShare(20, amplitude));
        Assert.True(toLeft > even + 0.05 && even > toRight + 0.05, $"left share: 80/20 {toLeft:P0}, 50/50 {even:P0}, 20/80 {toRight:P0}");
    }

    [Fact]
    public void Placements_must_match_the_leads()
    {
        Assert.Equal("configuration", Assert.Throws<ArgumentException>(() => new ElectrodeField(Split(50), LeadPlacement.MidlineT8)).ParamName);
        Assert.Equal("placements", Assert.Throws<ArgumentException>(() =>
            new ElectrodeField(Split(50), [Placements[0], Placements[1].WithCsfThickness(Length.FromMillimetres(4))])).ParamName);
        Assert.Equal("placements", Assert.Throws<ArgumentException>(() =>
            new ElectrodeField(Tripole3, Placements)).ParamName);
    }

    [Fact]
    public void Moving_both_leads_to_the_right_shifts_paresthesia_to_the_right()
    {
        var targets = new[] { new BodyRegion(Dermatome.L5, BodySide.Left), new BodyRegion(Dermatome.L5, BodySide.Right) };
        var amplitude = Current.FromMilliamperes(6.5);
        var report = LeadMigration.Assess(SetupOf(Split(50), Placements, Pulse300.WithAmplitude(amplitude)).WithGrid(Grid),
            Length.Zero, Length.FromMillimetres(2), targets);
        double RightShare(RecruitmentAnalysis a)
        {
            var regions = a.CoverageAt(amplitude).Regions;
            double Recruited(BodySide side) => regions.Where(r => r.Region.Side == side).Sum(r => r.RecruitedDorsalColumnFibres);
            return Recruited(BodySide.Right) / (Recruited(BodySide.Left) + Recruited(BodySide.Right));
        }
        Assert.True(RightShare(report.After) > RightShare(report.Before) + 0.1, $"{RightShare(report.Before):P0} → {RightShare(report.After):P0}");
        Assert.All(report.After.Surface.Field.Placements, p => Assert.True(p.LateralOffset >= Length.Zero));
    }

    [Fact]
    public void After_both_leads_drift_right_steering_current_to_the_left_lead_restores_left_leg_coverage()
    {
        // Dual leads 1.5 mm either side of the midline, guarded tripoles on contact 2 of each, 50/50.
        LeadPlacement[] implanted = [LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(-1.5)), LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(1.5))];
        var program = Reprogramming.StandardCandidates(TestLead, TestLead)
            .Single(c => c.Cathodes.Count() == 2 && c.Cathodes.All(k => k.Contact == 2 && k.FractionPercent == 50));
        var targets = new[] { new BodyRegion(Dermatome.L3, BodySide.Left), new BodyRegion(Dermatome.L4, BodySide.Left) };
        var amplitude = LowestCoveringAmplitude(SetupOf(program, implanted, Pulse300).Recruitment(), targets);
        var report = LeadMigration.Assess(SetupOf(program, implanted, Pulse300.WithAmplitude(amplitude)), Length.Zero, Length.FromMillimetres(1), targets);
        Assert.Equal(1.0, report.CoverageBefore);
        Assert.True(report.CoverageAfter < 1.0);
        var result = Reprogramming.Search(SetupOf(program, implanted, Pulse300).Moved(Length.Zero, Length.FromMillimetres(1)), targets);
        Assert.True(result.Restored, result.Explanation);
        var leftShare = result.Configuration!.Cathodes.Where(c => c.Lead == 0).Sum(c => c.FractionPercent);
        Assert.True(leftShare > 50, $"expected the cathodic current steered to the left lead; got {result.Configuration}");
        Assert.Equal(30, Reprogramming.StandardCandidates(TestLead, TestLead).Count);
    }
}
