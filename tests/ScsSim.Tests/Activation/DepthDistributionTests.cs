using ScsSim.Activation;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class DepthDistributionTests
{
    [Fact]
    public void The_bands_hold_every_dorsal_column_fibre_and_the_recruited_ones_in_order_of_recruitment()
    {
        var discomfort = Midline.DiscomfortThreshold!.Value;
        var d = Midline.DorsalColumnDepthsAt(discomfort);
        Assert.Equal(10, d.Bins.Count); // 1 mm in 0.1 mm bands
        Assert.Equal(Midline.DorsalColumnFibreCount, d.Bins.Sum(b => b.Present));
        Assert.Equal(d.Recruited, d.Bins.Sum(b => b.Recruited));
        Assert.Equal(Midline.DorsalColumnFractionAt(discomfort) * Midline.DorsalColumnFibreCount, d.Recruited, 1e-9);
        Assert.All(d.Bins, b => Assert.InRange(b.Recruited, 0, b.Present));
        foreach (var (depth, bin) in d.RecruitedDepths.Select(y => (y, d.Bins.Single(b => y >= b.From && (y < b.To || b == d.Bins[^1])))))
            Assert.True(bin.Recruited > 0, $"{depth} falls in an empty band");
        Assert.Equal(d.RecruitedDepths.Count(y => y > Length.FromMillimetres(0.25)), d.DeeperThan(Length.FromMillimetres(0.25)));
        Assert.True(d.Deepest >= d.Median);
        // The first fibres recruited at discomfort are those recruited at perception, in the same order.
        var atPerception = Midline.DorsalColumnDepthsAt(Midline.PerceptionThreshold!.Value).RecruitedDepths;
        Assert.Equal(atPerception, d.RecruitedDepths.Take(atPerception.Count));
    }

    [Fact]
    public void Nothing_is_recruited_at_zero_and_bad_bands_are_refused()
    {
        var none = Midline.DorsalColumnDepthsAt(Current.Zero);
        Assert.Equal(0, none.Recruited);
        Assert.Null(none.Median);
        Assert.Null(none.Deepest);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Midline.DorsalColumnDepthsAt(Current.FromMilliamperes(4), Length.FromMillimetres(0.001)));
        Assert.Equal("bandWidth", e.ParamName);
        Assert.Contains("0.01", e.Message);
        Assert.Equal("amplitude", Assert.Throws<ArgumentOutOfRangeException>(() => Midline.DorsalColumnDepthsAt(Current.FromMilliamperes(-1))).ParamName);
    }

    // Holsheimer (2002) and Feirabend et al. (2002) put dorsal-column recruitment in the outer ~0.25-0.3 mm of the cord; the
    // isotropic stand-in for white matter let the field reach too deep (the field issue).
    [Fact]
    public void The_anisotropic_cord_recruits_shallower_than_its_isotropic_stand_in()
    {
        var isotropic = MidlineSetup.WithMedium(LayeredDorsalCsfMedium.WithIsotropicCord()).Recruitment();
        foreach (var analysis in new[] { Midline, isotropic })
            Assert.NotNull(analysis.DiscomfortThreshold);
        var a = Midline.DorsalColumnDepthsAt(Midline.DiscomfortThreshold!.Value);
        var i = isotropic.DorsalColumnDepthsAt(isotropic.DiscomfortThreshold!.Value);
        var deep = Length.FromMillimetres(0.25);
        Assert.True(a.DeeperThan(deep) / (double)a.Recruited < 0.6 * i.DeeperThan(deep) / i.Recruited,
            $"anisotropic {a.DeeperThan(deep)}/{a.Recruited}, isotropic {i.DeeperThan(deep)}/{i.Recruited} deeper than 0.25 mm");
        Assert.True(a.Median < i.Median);
        Assert.True(a.Deepest < i.Deepest);
    }
}
