using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>Kilohertz trains in recruitment: a fibre counts only inside its sustained-firing windows, so block above
/// them removes it again (issue 11, part 4).</summary>
public class KilohertzBlockRecruitmentTests(ITestOutputHelper output)
{
    private static readonly StimulationSetup Coarse = MidlineSetup.WithPulse(TenKilohertz.Pulse).WithGrid(ThresholdSurfaceGrid.CoarseFor(TenKilohertz.Pulse.PulseWidth));

    [Fact]
    public void A_kilohertz_analysis_counts_each_fibre_inside_its_reference_diameters_windows_scaled_by_its_own_threshold()
    {
        var single = Coarse.Recruitment();
        var train = Coarse.WithProgram(TenKilohertz).Recruitment();
        var factors = train.TrainFactors!;
        Assert.NotNull(factors.SustainedFiring);
        Assert.Equal(factors.Diameters.Count, factors.SustainedFiring!.Count);
        var model = Coarse.FibreModel;
        var field = Coarse.Field;
        // The windows of each computed diameter as multiples of its reference fibre's single-pulse threshold, recomputed.
        var windowFactors = factors.Diameters.Select((d, k) =>
        {
            var reference = new StraightFibre(d, Length.Zero, TrainFactors.ReferenceDepth);
            var referenceSingle = model.Threshold(field, reference, TenKilohertz.Pulse)!.Value.ToMilliamperes();
            return factors.SustainedFiring[k].Intervals.Select(i => (From: i.From.ToMilliamperes() / referenceSingle,
                To: i.To is { } to ? to.ToMilliamperes() / referenceSingle : double.PositiveInfinity)).ToArray();
        }).ToArray();
        output.WriteLine(string.Join("\n", factors.Diameters.Select((d, k) => $"{d}: {string.Join("; ", windowFactors[k].Select(w => $"{w.From:F3}-{w.To:F3}"))}")));
        var lnD = factors.Diameters.Select(d => Math.Log(d.ToMicrometres())).ToArray();
        var population = Coarse.Population;
        // Fibres present at the segment whose single pulse excites them below the surface's maximum (the rest never fire).
        var excitableAnywhere = Enumerable.Range(0, population.Count).Where(i => single.ThresholdOf(i) is not null).ToArray();
        var excitable = excitableAnywhere.Where(i => population.Tract[i] == FibreTract.DorsalColumn).ToArray();
        var present = train.DorsalColumnFibreCount;
        var perception = train.PerceptionThreshold!.Value.ToMilliamperes();
        foreach (var a in new[] { 0.8, 1, 1.5, 2, 3, 4, 6 }.Select(x => x * perception))
        {
            bool Fires(int i)
            {
                var k = Enumerable.Range(0, lnD.Length).MinBy(j => Math.Abs(lnD[j] - Math.Log(population.DiameterUm[i])));
                var t = single.ThresholdOf(i)!.Value.ToMilliamperes();
                return windowFactors[k].Any(w => w.From * t <= a && a < w.To * t);
            }
            var firing = excitable.Count(Fires);
            output.WriteLine($"{a:F2} mA: {firing} of {present} dorsal-column fibres fire; analysis {train.DorsalColumnFractionAt(Current.FromMilliamperes(a)) * present:F1}");
            Assert.Equal(firing / (double)present, train.DorsalColumnFractionAt(Current.FromMilliamperes(a)), 1e-12);
            // The ECAP proxy sums the diameters of every firing fibre, roots included.
            var diameters = excitableAnywhere.Where(Fires).Sum(i => population.DiameterUm[i]);
            Assert.Equal(diameters, train.EcapProxyAt(Current.FromMilliamperes(a)), 1e-9 * Math.Max(1, diameters));
        }
    }

    [Fact]
    public void A_large_MRG_fibre_is_blocked_by_10_kHz_less_than_twice_above_its_train_threshold()
    {
        // MRG at 37 °C: a 16 µm reference fibre follows 10 kHz from its train threshold and is blocked about 1.4 times above it
        // (MODEL.md); the windows carry that block into the analyses (previous test).
        var setup = Coarse.WithFibreModel(MrgFibreModel.Default);
        var factors = TrainFactors.Compute(setup.Field, TenKilohertz, MrgFibreModel.Default, new[] { 12.0, 16 }.Select(Length.FromMicrometres));
        var windows = factors.SustainedFiring![1];
        output.WriteLine($"16 µm: {string.Join("; ", windows.Intervals)}, scanned to {windows.Maximum}");
        var reference = new StraightFibre(Length.FromMicrometres(16), Length.Zero, TrainFactors.ReferenceDepth);
        var train = MrgFibreModel.Default.TrainThreshold(setup.Field, reference, TenKilohertz)!.Value.ToMilliamperes();
        var block = windows.BlockThreshold!.Value.ToMilliamperes();
        Assert.InRange(block / train, 1.1, 2.0);
        Assert.True(windows.Fires(Current.FromMilliamperes(0.5 * (train + block))));
        Assert.False(windows.Fires(Current.FromMilliamperes(block * 1.05)));
    }

    [Fact]
    public void Programs_other_than_kilohertz_trains_carry_no_windows()
    {
        var burst = StimulationProgram.Burst(new PulseShape(Current.FromMilliamperes(1), Duration.FromMilliseconds(1)), Frequency.FromHertz(500), 5, Frequency.FromHertz(40));
        var factors = TrainFactors.Compute(Coarse.Field, burst, McNealFibreModel.Default, new[] { 10.0, 16 }.Select(Length.FromMicrometres));
        Assert.Null(factors.SustainedFiring);
    }

    [Fact]
    public void Train_factors_are_computed_once_per_field_and_program_and_shared_across_population_seeds()
    {
        var seven = Coarse.WithProgram(TenKilohertz).Recruitment();
        var eight = Coarse.WithPopulation(8).WithProgram(TenKilohertz).Recruitment();
        Assert.NotSame(seven, eight);
        Assert.Same(seven.TrainFactors, eight.TrainFactors);
    }
}
