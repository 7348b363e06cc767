using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class FibrePopulationTests
{
    [Property(MaxTest = 20)]
    public Property Same_seed_gives_the_same_population() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), seed =>
        {
            var options = new FibrePopulationOptions(dorsalColumnFibreCount: 300, dorsalRootFibresPerSide: 10);
            var a = FibrePopulation.Generate(seed, options);
            var b = FibrePopulation.Generate(seed, options);
            return Enumerable.Range(0, a.Count).All(i => a[i] == b[i]);
        });

    [Fact]
    public void Different_seeds_give_different_populations()
    {
        var a = FibrePopulation.Generate(1, new FibrePopulationOptions(dorsalColumnFibreCount: 100));
        var b = FibrePopulation.Generate(2, new FibrePopulationOptions(dorsalColumnFibreCount: 100));
        Assert.Contains(Enumerable.Range(0, 100), i => a[i] != b[i]);
    }

    [Fact]
    public void Diameters_are_dominated_by_small_fibres_with_about_half_a_percent_above_10_7_um_as_Feirabend_2002_found()
    {
        // Feirabend et al., Brain 125:1137 (2002): ~0.5 % of superficial dorsal-column fibres exceed 10.7 µm.
        var p = Population;
        var dc = Enumerable.Range(0, p.Count).Select(i => p[i]).Where(f => f.Tract == FibreTract.DorsalColumn).ToArray();
        Assert.Equal(10_000, dc.Length);
        var large = dc.Count(f => f.Diameter.ToMicrometres() > 10.7) / (double)dc.Length;
        Assert.InRange(large, 0.002, 0.009);
        var median = dc.Select(f => f.Diameter.ToMicrometres()).Order().ElementAt(dc.Length / 2);
        Assert.InRange(median, 3.2, 3.8);
        Assert.All(dc, f => Assert.InRange(f.Diameter.ToMicrometres(), 1.5, 16));
    }

    [Fact]
    public void Caudal_dermatomes_lie_medially_and_dorsal_roots_at_the_lateral_edge()
    {
        var p = Population;
        const double segment = 10.4; // T8 vertebra
        double MeanAbsLateral(Dermatome d) => Enumerable.Range(0, p.Count)
            .Where(i => p[i].Dermatome == d).Select(i => Math.Abs(p.LateralPosition(i, segment)!.Value.ToMillimetres())).Average();
        var order = new[] { Dermatome.S1, Dermatome.L5, Dermatome.L3, Dermatome.L1, Dermatome.T11 }.Select(MeanAbsLateral).ToArray();
        for (var k = 1; k < order.Length; k++) Assert.True(order[k] > order[k - 1], string.Join(", ", order));
        // Dermatomes entering rostral to the segment are not in the dorsal columns there.
        Assert.All(Enumerable.Range(0, p.Count).Where(i => p[i].Dermatome == Dermatome.T8), i => Assert.Null(p.LateralPosition(i, segment)));
        var roots = Enumerable.Range(0, p.Count).Where(i => p[i].Tract == FibreTract.DorsalRoot).ToArray();
        Assert.Equal(200, roots.Length);
        Assert.All(roots, i => Assert.Equal(3.5, Math.Abs(p.LateralPosition(i, segment)!.Value.ToMillimetres()), 12));
        Assert.All(roots, i => Assert.Equal(p[i].Side == BodySide.Left, p.LateralPosition(i, segment)!.Value.ToMillimetres() < 0));
    }

    [Fact]
    public void Spinal_anatomy_maps_vertebrae_to_segments()
    {
        Assert.Equal(10.5, SpinalAnatomy.SegmentAtVertebralPosition(8), 12);
        Assert.Equal(Dermatome.T11, SpinalAnatomy.DermatomeAtSegment(10.5));
        Assert.Equal([Dermatome.L5, Dermatome.S1], SpinalAnatomy.DorsalColumnDermatomesAt(17));
        Assert.Equal("vertebralPosition", Assert.Throws<ArgumentOutOfRangeException>(() => SpinalAnatomy.SegmentAtVertebralPosition(20)).ParamName);
        Assert.Equal("dorsalColumnFibreCount", Assert.Throws<ArgumentOutOfRangeException>(() => new FibrePopulationOptions(dorsalColumnFibreCount: 0)).ParamName);
    }
}
