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

public class FibrePopulationTruncationTests
{
    [Fact]
    public void Options_whose_truncation_holds_almost_none_of_the_distribution_are_refused_naming_the_median_and_the_range()
    {
        // Median 1 µm with a log-sd of 0.01 puts essentially nothing above the 1.5 µm floor: rejection sampling used to loop forever.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FibrePopulationOptions(dorsalColumnMedianDiameterMicrometres: 1, dorsalColumnLogStandardDeviation: 0.01));
        Assert.Equal("dorsalColumnMedianDiameterMicrometres", e.ParamName);
        Assert.Contains("1.5", e.Message);
        Assert.Contains("16", e.Message);
        Assert.Contains("0.01", e.Message);
    }

    [Fact]
    public void Dorsal_root_options_are_checked_the_same_way()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FibrePopulationOptions(dorsalRootMedianDiameterMicrometres: 1, dorsalRootLogStandardDeviation: 0.05));
        Assert.Equal("dorsalRootMedianDiameterMicrometres", e.ParamName);
        Assert.Contains("4", e.Message);
    }

    [Fact]
    public void A_narrow_distribution_inside_the_truncation_is_accepted_and_generated()
    {
        var p = FibrePopulation.Generate(3, new FibrePopulationOptions(dorsalColumnFibreCount: 200, dorsalColumnMedianDiameterMicrometres: 5,
            dorsalColumnLogStandardDeviation: 0.01));
        Assert.All(Enumerable.Range(0, 200), i => Assert.InRange(p[i].Diameter.ToMicrometres(), 4.5, 5.5));
    }

    [Fact]
    public void A_median_just_below_the_floor_still_works_when_enough_of_the_distribution_lies_above_it()
    {
        var p = FibrePopulation.Generate(3, new FibrePopulationOptions(dorsalColumnFibreCount: 200, dorsalColumnMedianDiameterMicrometres: 1.4,
            dorsalColumnLogStandardDeviation: 0.1));
        Assert.All(Enumerable.Range(0, 200), i => Assert.InRange(p[i].Diameter.ToMicrometres(), 1.5, 16));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(-7)]
    public void The_default_population_is_the_one_the_original_rejection_sampler_made(int seed)
    {
        var options = new FibrePopulationOptions(dorsalColumnFibreCount: 2000, dorsalRootFibresPerSide: 50);
        var p = FibrePopulation.Generate(seed, options);
        var expected = ReferenceDiameters(seed, options);
        Assert.Equal(expected, Enumerable.Range(0, p.Count).Select(i => p.DiameterUm[i]).ToArray());
    }

    // The sampler as it was before the truncation check: kept here only as a reference for the draws.
    private static double[] ReferenceDiameters(int seed, FibrePopulationOptions o)
    {
        var random = new Random(seed);
        var r = new List<double>();
        for (var i = 0; i < o.DorsalColumnFibreCount; i++)
        {
            random.Next(2); random.Next(13); random.NextDouble(); random.NextDouble();
            r.Add(Reference(random, o.DorsalColumnMedianDiameterMicrometres, o.DorsalColumnLogStandardDeviation, 1.5, 16));
        }
        for (var j = 0; j < 2 * o.DorsalRootFibresPerSide; j++)
        {
            random.NextDouble();
            r.Add(Reference(random, o.DorsalRootMedianDiameterMicrometres, o.DorsalRootLogStandardDeviation, 4, 16));
        }
        return r.ToArray();

        static double Reference(Random random, double median, double logSd, double min, double max)
        {
            while (true)
            {
                var u1 = 1 - random.NextDouble(); var u2 = random.NextDouble();
                var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                var d = median * Math.Exp(logSd * z);
                if (d >= min && d <= max) return d;
            }
        }
    }
}
