using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class MigrationTests
{
    // Low-back/groin pain: L1 on both sides. The lead lies 45 mm caudal of mid-T8, where the tripole on contact 3 sits over
    // the L1 segment, and is programmed as a clinician would: the lowest amplitude in its usage range that covers both targets.
    private static readonly BodyRegion[] Targets = [new(Dermatome.L1, BodySide.Left), new(Dermatome.L1, BodySide.Right)];
    private static readonly LeadPlacement Implanted = LeadPlacement.MidlineT8.Moved(Length.FromMillimetres(45), Length.Zero);

    private static readonly Lazy<Current> Programmed = new(() =>
    {
        var analysis = SetupOf(Tripole3, Implanted, Pulse300).Recruitment();
        return LowestCoveringAmplitude(analysis, Targets);
    });

    private static readonly Lazy<MigrationReport> Caudal = new(() =>
        LeadMigration.Assess(SetupOf(Tripole3, Implanted, Pulse300.WithAmplitude(Programmed.Value)), Length.FromMillimetres(15), Length.Zero, Targets));

    [Fact]
    public void Caudal_migration_below_the_target_segment_loses_its_coverage()
    {
        var report = Caudal.Value;
        Assert.Equal(1.0, report.CoverageBefore);
        Assert.True(report.CoverageAfter < report.CoverageBefore, $"{report.CoverageBefore} → {report.CoverageAfter}");
        Assert.True(report.CoverageChange < 0);
        Assert.NotEmpty(report.Lost);
        Assert.True(report.After.CordSegment > report.Before.CordSegment);
    }

    [Fact]
    public void Reprogramming_search_restores_coverage_with_a_more_rostral_cathode()
    {
        var moved = Implanted.Moved(Length.FromMillimetres(15), Length.Zero);
        var result = Reprogramming.Search(SetupOf(Tripole3, moved, Pulse300), Targets);
        Assert.True(result.Restored, result.Explanation);
        Assert.Equal(1.0, result.Coverage);
        var cathode = result.Configuration!.Cathodes.OrderByDescending(c => c.FractionPercent).First().Contact;
        Assert.True(cathode < 3, $"expected a cathode rostral of contact 3; got {result.Configuration}");
        Assert.True(result.UsageRange!.Contains(result.Amplitude!.Value));
        // The chosen setting really does cover the targets (checked independently on the default grid).
        var check = SetupOf(result.Configuration, moved, Pulse300).Recruitment();
        Assert.Equal(1.0, check.CoverageAt(result.Amplitude.Value).CoverageOf(Targets));
    }

    [Fact]
    public void After_a_migration_that_keeps_coverage_the_search_never_asks_for_a_revision()
    {
        // The field issue's case: a 5 mm migration after which the present setting still covered every target, and the
        // search said "consider lead revision".
        var moved = Implanted.Moved(Length.FromMillimetres(5), Length.Zero);
        var report = LeadMigration.Assess(SetupOf(Tripole3, Implanted, Pulse300.WithAmplitude(Programmed.Value)), Length.FromMillimetres(5), Length.Zero, Targets);
        Assert.Equal(1.0, report.CoverageAfter);
        var result = Reprogramming.Search(SetupOf(Tripole3, moved, Pulse300.WithAmplitude(Programmed.Value)), Targets);
        Assert.True(result.Restored, result.Explanation);
        Assert.Equal(1.0, result.Coverage);
        Assert.DoesNotContain("revision", result.Explanation);
        // The winner needs no more current than the present setting at its programmed amplitude (least energy).
        Assert.True(result.Amplitude <= Programmed.Value, $"{result.Amplitude} vs programmed {Programmed.Value}");
    }

    [Fact]
    public void The_steering_space_superposes_the_guarded_tripoles_of_the_nearest_contacts()
    {
        var field = new ElectrodeField(Tripole3, Implanted);
        var space = new SteeringSpace(field);
        Assert.Equal(1, space.Columns);
        Assert.Equal(field.ContactCentreZMm(1), space.MinimumZMm, 9);
        Assert.Equal(field.ContactCentreZMm(6), space.MaximumZMm, 9);
        // At a contact: its guarded tripole.
        Assert.Equal(Tripole3, space.At(field.ContactCentreZMm(3), 0));
        // Halfway between contacts 3 and 4: the split cathode 50/50 with anodes on 2 and 5 at 50/50.
        var half = space.At((field.ContactCentreZMm(3) + field.ContactCentreZMm(4)) / 2, 0);
        Assert.Equal([(3, 50.0), (4, 50.0)], half.Cathodes.Select(c => (c.Contact, c.FractionPercent)).Order());
        Assert.Equal([(2, 50.0), (5, 50.0)], half.Anodes.Select(c => (c.Contact, c.FractionPercent)).Order());
        // Two leads: half a column across puts half the cathodic current on each lead.
        var two = new ElectrodeConfiguration([TestLead, TestLead], [new ContactSetting(0, 3, ContactRole.Cathode, 100), new ContactSetting(1, 2, ContactRole.Anode, 100)]);
        var across = new SteeringSpace(new ElectrodeField(two, [Implanted.Moved(Length.Zero, Length.FromMillimetres(-1)), Implanted.Moved(Length.Zero, Length.FromMillimetres(1))]))
            .At(field.ContactCentreZMm(3), 0.5);
        Assert.Equal([(0, 3, 50.0), (1, 3, 50.0)], across.Cathodes.Select(c => (c.Lead, c.Contact, c.FractionPercent)).Order());
    }

    [Fact]
    public void A_paddle_is_searched_across_its_columns()
    {
        var paddle = ElectrodeConfiguration.GuardedTripolar(Lead.Paddle16, 7);
        var setup = SetupOf(paddle, Implanted, Pulse300);
        var result = Reprogramming.Search(setup, Targets);
        Assert.True(result.Restored, result.Explanation);
        Assert.NotNull(result.Configuration);
        Assert.True(result.CandidatesEvaluated > 20, $"{result.CandidatesEvaluated} analysed");
        // Least current among the settings that cover: no more than the present middle-column tripole needs.
        var present = LowestCoveringAmplitude(setup.Recruitment(), Targets);
        Assert.True(result.Amplitude <= present, $"{result.Amplitude} vs the present setting's {present}");
        var check = SetupOf(result.Configuration, Implanted, Pulse300).Recruitment();
        Assert.Equal(result.Coverage, check.CoverageAt(result.Amplitude!.Value).CoverageOf(Targets));
    }

    [Fact]
    public void Lateral_migration_onto_the_dorsal_root_cannot_be_reprogrammed()
    {
        var report = LeadMigration.Assess(SetupOf(Tripole3, Implanted, Pulse300.WithAmplitude(Programmed.Value)).WithGrid(ThresholdSurfaceGrid.CoarseFor(Pulse300.PulseWidth)),
            Length.Zero, Length.FromMillimetres(3), Targets);
        Assert.True(report.UncomfortableAfter);
        var result = Reprogramming.Search(SetupOf(Tripole3, Implanted.Moved(Length.Zero, Length.FromMillimetres(3)), Pulse300), Targets);
        Assert.False(result.Restored);
        Assert.Contains("revision", result.Explanation);
    }

    [Fact]
    public void Standard_candidates_cover_bipoles_tripoles_and_split_cathodes()
    {
        var candidates = Reprogramming.StandardCandidates(TestLead);
        Assert.Equal(14 + 6 + 15, candidates.Count);
        Assert.Contains(candidates, c => c.Cathodes.Count() == 2 && c.Cathodes.All(k => k.FractionPercent == 50));
        Assert.Throws<ArgumentException>(() => Reprogramming.Search(SetupOf(Tripole3, Implanted, Pulse300), []));
        Assert.Equal("requiredCoverage", Assert.Throws<ArgumentOutOfRangeException>(() => new ReprogrammingOptions(requiredCoverage: 1.5)).ParamName);
    }

    [Fact]
    public void Search_reports_bad_input_directly_and_says_when_nothing_lies_in_the_modelled_range()
    {
        // The lead 5 mm off the midline puts the far dorsal root 8.5 mm away, outside the coarse grid: a plain ArgumentException.
        Assert.Throws<ArgumentException>(() =>
            Reprogramming.Search(SetupOf(Tripole3, LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(5)), Pulse300), Targets));
        var belowConus = new LeadPlacement(Vertebra.L1, Length.Zero, Length.FromMillimetres(3), Length.FromMillimetres(60));
        var result = Reprogramming.Search(SetupOf(Tripole3, belowConus, Pulse300), Targets);
        Assert.False(result.Restored);
        Assert.Equal(0, result.CandidatesEvaluated);
    }
}
