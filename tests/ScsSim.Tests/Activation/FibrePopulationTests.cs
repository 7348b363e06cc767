using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class FibrePopulationTests
{
    [Property(MaxTest = 20)]
    public Property Same_seed_gives_the_same_population() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<ulong>().ToArbitrary(), seed =>
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
            new FibrePopulationOptions(dorsalColumnMedianDiameter: Length.FromMicrometres(1), dorsalColumnLogStandardDeviation: 0.01));
        Assert.Equal("dorsalColumnMedianDiameter", e.ParamName);
        Assert.Contains("1.5", e.Message);
        Assert.Contains("16", e.Message);
        Assert.Contains("0.01", e.Message);
    }

    [Fact]
    public void Dorsal_root_options_are_checked_the_same_way()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FibrePopulationOptions(dorsalRootMedianDiameter: Length.FromMicrometres(1), dorsalRootLogStandardDeviation: 0.05));
        Assert.Equal("dorsalRootMedianDiameter", e.ParamName);
        Assert.Contains("4", e.Message);
    }

    [Fact]
    public void A_narrow_distribution_inside_the_truncation_is_accepted_and_generated()
    {
        var p = FibrePopulation.Generate(3, new FibrePopulationOptions(dorsalColumnFibreCount: 200, dorsalColumnMedianDiameter: Length.FromMicrometres(5),
            dorsalColumnLogStandardDeviation: 0.01));
        Assert.All(Enumerable.Range(0, 200), i => Assert.InRange(p[i].Diameter.ToMicrometres(), 4.5, 5.5));
    }

    [Fact]
    public void A_median_just_below_the_floor_still_works_when_enough_of_the_distribution_lies_above_it()
    {
        var p = FibrePopulation.Generate(3, new FibrePopulationOptions(dorsalColumnFibreCount: 200, dorsalColumnMedianDiameter: Length.FromMicrometres(1.4),
            dorsalColumnLogStandardDeviation: 0.1));
        Assert.All(Enumerable.Range(0, 200), i => Assert.InRange(p[i].Diameter.ToMicrometres(), 1.5, 16));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(ulong.MaxValue)]
    public void The_population_is_the_one_a_plain_rejection_sampler_makes_from_the_same_draws(ulong seed)
    {
        var options = new FibrePopulationOptions(dorsalColumnFibreCount: 2000, dorsalRootFibresPerSide: 50);
        var p = FibrePopulation.Generate(seed, options);
        var expected = ReferenceDiameters(seed, options);
        Assert.Equal(expected, Enumerable.Range(0, p.Count).Select(i => p.DiameterUm[i]).ToArray());
    }

    // A plain rejection sampler over the same SplitMix64 draws (side, dermatome, band, depth, then the diameter): a reference
    // for the order of draws and for the truncation being a rejection, not a clamp.
    private static double[] ReferenceDiameters(ulong seed, FibrePopulationOptions o)
    {
        var random = new SplitMix64(seed);
        var r = new List<double>();
        for (var i = 0; i < o.DorsalColumnFibreCount; i++)
        {
            random.NextInt(2); random.NextInt(13); random.NextDouble(); random.NextDouble();
            r.Add(Reference(ref random, o.DorsalColumnMedianDiameter.ToMicrometres(), o.DorsalColumnLogStandardDeviation, 1.5, 16));
        }
        for (var j = 0; j < 2 * o.DorsalRootFibresPerSide; j++)
        {
            random.NextDouble();
            r.Add(Reference(ref random, o.DorsalRootMedianDiameter.ToMicrometres(), o.DorsalRootLogStandardDeviation, 4, 16));
        }
        return r.ToArray();

        static double Reference(ref SplitMix64 random, double median, double logSd, double min, double max)
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

public class StableRandomTests
{
    [Fact]
    public void SplitMix64_gives_the_reference_sequence_of_Steele_Lea_and_Flood_2014()
    {
        // First outputs for seed 1234567 of the reference C implementation (Vigna, prng.di.unimi.it/splitmix64.c).
        var g = new SplitMix64(1234567);
        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => g.NextUInt64()).ToArray());
    }

    [Fact]
    public void NextInt_is_uniform_without_modulo_bias()
    {
        var g = new SplitMix64(3);
        var counts = new int[13];
        for (var i = 0; i < 130_000; i++) counts[g.NextInt(13)]++;
        // Each count is binomial(130000, 1/13): mean 10,000, sd about 96; 5 sd either side.
        Assert.All(counts, c => Assert.InRange(c, 9_520, 10_480));
    }

    [Fact]
    public void A_seed_means_the_same_population_on_every_runtime()
    {
        // Pinned: the population comes from the library's own generator, so these values may change only with the model.
        var p = FibrePopulation.Generate(1);
        Assert.Equal(10_200, p.Count);
        Assert.Equal(Pinned, Enumerable.Range(0, 3).Select(i => Math.Round(p.DiameterUm[i], 9)).ToArray());
    }

    private static readonly double[] Pinned = [3.635819453, 2.470738035, 4.491563858];
}
