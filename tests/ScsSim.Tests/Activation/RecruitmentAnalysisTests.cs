using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class RecruitmentAnalysisTests
{
    private static Gen<(double Low, double High)> AmplitudePairs =>
        from a in Gen.Choose(0, 20000) from b in Gen.Choose(0, 20000) select (Math.Min(a, b) / 1000.0, Math.Max(a, b) / 1000.0);

    [Property(MaxTest = 200)]
    public Property Recruitment_is_monotonic_in_amplitude() =>
        Prop.ForAll(AmplitudePairs.ToArbitrary(), p =>
        {
            var a = Midline;
            var (lo, hi) = (Current.FromMilliamperes(p.Low), Current.FromMilliamperes(p.High));
            return a.DorsalColumnFractionAt(lo) <= a.DorsalColumnFractionAt(hi) && a.DorsalRootFractionAt(lo) <= a.DorsalRootFractionAt(hi)
                   && a.EcapProxyAt(lo) <= a.EcapProxyAt(hi);
        });

    [Property(MaxTest = 50)]
    public Property Coverage_only_grows_with_amplitude() =>
        Prop.ForAll(AmplitudePairs.ToArbitrary(), p =>
        {
            var low = Midline.CoverageAt(Current.FromMilliamperes(p.Low)).Covered.ToHashSet();
            return low.IsSubsetOf(Midline.CoverageAt(Current.FromMilliamperes(p.High)).Covered);
        });

    [Fact]
    public void Recruitment_curve_runs_from_none_to_some_and_its_kernel_agrees()
    {
        var a = Midline;
        var amplitudes = Enumerable.Range(0, 100).Select(k => Current.FromMilliamperes(k * 0.2)).ToArray();
        var curve = a.Curve(amplitudes);
        Assert.Equal(0, curve.DorsalColumnFraction[0]);
        Assert.True(curve.DorsalColumnFraction[^1] > 0.05);
        var kernel = new double[amplitudes.Length];
        a.DorsalColumnFractions(amplitudes, kernel);
        Assert.Equal(curve.DorsalColumnFraction, kernel);
        Assert.Throws<ArgumentException>(() => a.DorsalColumnFractions(amplitudes, new double[3]));
        Assert.Equal("amplitude", Assert.Throws<ArgumentOutOfRangeException>(() => a.DorsalColumnFractionAt(Current.FromMilliamperes(-1))).ParamName);
    }

    [Fact]
    public void Midline_lead_over_3_mm_csf_has_a_clinical_usage_range_limited_by_dorsal_roots()
    {
        // Holsheimer (Neuromodulation 5:25, 2002): perception from dorsal columns, discomfort from dorsal roots, ratio ~1.4-1.8.
        var range = Midline.UsageRange!;
        Assert.InRange(range.Perception.ToMilliamperes(), 2, 8);
        Assert.InRange(range.Ratio, 1.2, 2.0);
        Assert.Equal(DiscomfortCause.DorsalRoot, range.Cause);
        Assert.InRange(Midline.DorsalColumnFractionAt(range.Perception), 0.001, 0.002);
        Assert.Equal(Dermatome.T10, Midline.DorsalRootDermatome); // the T8 vertebra lies over the T10-T11 segments
    }

    [Fact]
    public void Thicker_csf_raises_perception_and_narrows_the_usage_range()
    {
        var thick = SetupOf(Tripole3, LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(4.5)), Pulse300)
            .WithGrid(ThresholdSurfaceGrid.CoarseFor(Pulse300.PulseWidth)).Recruitment();
        Assert.True(thick.PerceptionThreshold > 1.5 * Midline.PerceptionThreshold!.Value, $"{thick.PerceptionThreshold} vs {Midline.PerceptionThreshold}");
        var thickRatio = thick.UsageRange?.Ratio ?? 0;
        Assert.True(thickRatio < Midline.UsageRange!.Ratio, $"{thickRatio} vs {Midline.UsageRange.Ratio}");
    }

    [Fact]
    public void Midline_paresthesia_starts_in_the_medial_caudal_dermatomes()
    {
        var range = Midline.UsageRange!;
        var low = Midline.CoverageAt(range.Perception + (range.Discomfort - range.Perception) * 0.3);
        var lowCovered = low.Covered.ToArray();
        Assert.NotEmpty(lowCovered);
        // Near perception the dorsal columns cover only leg (lumbosacral) dermatomes, whose fibres lie medially; what else
        // is covered comes from the lateral dorsal roots of the lead's own segment (T10 at T8), no dorsal-column fibre of it.
        var byColumns = low.Regions.Where(r => r.Paresthesia && r.RecruitedDorsalColumnFibres > 0).Select(r => r.Region).ToArray();
        Assert.NotEmpty(byColumns);
        Assert.All(byColumns, r => Assert.True(r.Dermatome >= Dermatome.L1, r.ToString()));
        Assert.All(lowCovered.Except(byColumns), r => Assert.Equal(Midline.DorsalRootDermatome, r.Dermatome));
        var high = Midline.CoverageAt(range.Discomfort * 0.999);
        Assert.True(high.Covered.Count() > lowCovered.Length);
        Assert.Equal(26, high.Regions.Count);
        Assert.Equal(1.0, high.CoverageOf(lowCovered));
    }

    [Fact]
    public void Ecap_proxy_grows_roughly_linearly_above_threshold()
    {
        var range = Midline.UsageRange!;
        var x = Enumerable.Range(0, 21).Select(k => range.Perception.ToMilliamperes() * (1 + k * 0.05)).ToArray(); // 1x-2x perception
        var y = x.Select(a => Midline.EcapProxyAt(Current.FromMilliamperes(a))).ToArray();
        Assert.Equal(0, Midline.EcapProxyAt(range.Perception * 0.5));
        Assert.True(y[^1] > 5 * y[0]);
        var r = MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
        Assert.True(r * r > 0.95, $"R² of a straight line {r * r:F3}");
    }

    [Fact]
    public void Lateral_lead_reaches_the_dorsal_roots_first()
    {
        var lateral = SetupOf(Tripole3, LeadPlacement.MidlineT8.Moved(Length.Zero, Length.FromMillimetres(3)), Pulse300)
            .WithGrid(ThresholdSurfaceGrid.CoarseFor(Pulse300.PulseWidth)).Recruitment();
        Assert.Null(lateral.UsageRange);
        Assert.True(lateral.DiscomfortThreshold < lateral.PerceptionThreshold);
        Assert.Equal(DiscomfortCause.DorsalRoot, lateral.DiscomfortCause);
    }

    [Fact]
    public void Population_outside_the_surface_grid_is_rejected()
    {
        var surface = ThresholdSurface.Compute(new ElectrodeField(Tripole3, LeadPlacement.MidlineT8), Pulse300,
            new ThresholdSurfaceGrid([Length.FromMicrometres(8), Length.FromMicrometres(16)], [Length.Zero, Length.FromMillimetres(0.5)],
                [Length.Zero, Length.FromMillimetres(4)], [Pulse300.PulseWidth]));
        Assert.Equal("surface", Assert.Throws<ArgumentException>(() => RecruitmentAnalysis.FromSurface(Population, surface)).ParamName);
        Assert.Equal("coverageFraction", Assert.Throws<ArgumentOutOfRangeException>(() => new RecruitmentCriteria(coverageFraction: 0)).ParamName);
    }
}

public class PerceptionStrengthDurationTests
{
    [Fact]
    public void Perception_strength_duration_is_of_the_order_Yearwood_et_al_2010_measured_in_SCS_patients()
    {
        // Yearwood TL, Hershey B, Bradley K, Lee D, Pain Physician 13:321 (2010): perception rheobase ~2.5 mA (1.3-3.3),
        // chronaxie ~295 µs (242-326). The model (FH kinetics at 20 °C, no patient fitting) gives a rheobase within the
        // measured range and a chronaxie within a factor of two of the mean.
        var surface = ThresholdSurface.Compute(new ElectrodeField(ActivationFixtures.Tripole3, LeadPlacement.MidlineT8), ActivationFixtures.Pulse300,
            new ThresholdSurfaceGrid(
                new[] { 1.5, 5, 7, 9, 11.5, 14, 17 }.Select(Length.FromMicrometres),
                new[] { 0, 0.2, 0.45, 1 }.Select(Length.FromMillimetres),
                new[] { 0, 1, 2, 3, 4.5 }.Select(Length.FromMillimetres),
                new[] { 60, 150, 400, 1000 }.Select(us => Duration.FromMicroseconds(us))));
        var points = new[] { 60, 100, 150, 250, 400, 650, 1000 }.Select(us => Duration.FromMicroseconds(us))
            .Select(w => (w, RecruitmentAnalysis.FromSurface(ActivationFixtures.Population, surface, pulseWidth: w).PerceptionThreshold!.Value)).ToArray();
        var weiss = WeissLaw.Fit(points);
        Assert.InRange(weiss.Rheobase.ToMilliamperes(), 1.3, 3.3);
        Assert.InRange(weiss.Chronaxie.ToMicroseconds(), 295 / 2.0, 295 * 2.0);
        Assert.Equal("pulseWidth", Assert.Throws<ArgumentOutOfRangeException>(() =>
            RecruitmentAnalysis.FromSurface(ActivationFixtures.Population, surface, pulseWidth: Duration.FromMicroseconds(30))).ParamName);
    }
}
