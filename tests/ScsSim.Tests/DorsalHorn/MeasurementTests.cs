using static ScsSim.Tests.Hertz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>The shared readout (warm-up, window, seeds, intervals), the afferent mapping and the drive's random rounding.</summary>
public class MeasurementTests
{
    [Fact]
    public void Interval_estimate_is_the_t_interval_of_the_finite_values()
    {
        var e = IntervalEstimate.Of([1, 2, 3, double.NaN]);
        Assert.Equal(3, e.Count);
        Assert.Equal(2, e.Mean, 12);
        // sd 1, n 3: t(0.975, 2) = 4.3027; half width 4.3027 / sqrt(3) = 2.4841.
        Assert.Equal(2.4841, e.HalfWidth, 3);
        Assert.True(double.IsNaN(IntervalEstimate.Of([5]).Lower));
        Assert.Equal(0, IntervalEstimate.Of([]).Count);
        Assert.Equal("2.00 (95 % CI -0.48 to 4.48, n = 3)", e.ToString());
    }

    [Fact]
    public void A_readout_after_the_warm_up_does_not_depend_on_the_window()
    {
        // The issue: without SCS the WDR rate read 6.0, 7.8 and 8.2 Hz after 5, 10 and 20 s of one seed. With the warm-up
        // discarded and 5 seeds, a 5 s and a 20 s window agree within their intervals.
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1);
        var five = PainTransmission.Estimate(PainState.Neuropathic, drive, 1, MeasurementPolicy.Default with { Window = Duration.FromSeconds(5) });
        var twenty = PainTransmission.Estimate(PainState.Neuropathic, drive, 1, MeasurementPolicy.Default with { Window = Duration.FromSeconds(20) });
        Assert.True(twenty.Index.Contains(five.Index.Mean) || five.Index.Contains(twenty.Index.Mean), $"5 s {five.Index}, 20 s {twenty.Index}");
        Assert.True(twenty.WdrRateWithoutScsHz.Contains(five.WdrRateWithoutScsHz.Mean), $"5 s {five.WdrRateWithoutScsHz}, 20 s {twenty.WdrRateWithoutScsHz}");
    }

    [Fact]
    public void Estimate_runs_each_seed_as_a_measurement_after_the_warm_up()
    {
        var policy = MeasurementPolicy.Default with { Warmup = Duration.FromSeconds(1), Window = Duration.FromSeconds(2), Seeds = 3 };
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1);
        var e = PainTransmission.Estimate(PainState.CFibreTest, drive, 4, policy);
        Assert.Equal(3, e.Runs.Count);
        // Run 0 uses the readout's own seed; the others use seeds mixed from it, all different.
        Assert.Equal([4UL, MeasurementPolicy.RunSeed(4, 1), MeasurementPolicy.RunSeed(4, 2)], new[] { 0, 1, 2 }.Select(i => MeasurementPolicy.RunSeed(4, i)));
        Assert.Equal(3, new[] { 0, 1, 2 }.Select(i => MeasurementPolicy.RunSeed(4, i)).Distinct().Count());
        // Each run's WDR rates count only the window: the network run of warm-up + window, spikes after the warm-up.
        var p = GateControlParameters.Default;
        var net = new GateControlNetwork(p, 4);
        var with = net.Simulate(InputSpikeTrains.Generate(p, PainState.CFibreTest, drive, Duration.FromSeconds(3), 4));
        var spikesInWindow = with.WdrSpikesBetween(Duration.FromSeconds(1), Duration.FromSeconds(3));
        Assert.Equal(spikesInWindow / 2.0, e.Runs[0].WdrRateWithScs.ToHertz(), 3);
        Assert.Equal(e.Runs.Average(r => r.Index), e.Index.Mean, 12);
    }

    [Fact]
    public void Bad_policies_are_refused_naming_the_value()
    {
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1);
        Assert.Equal("Seeds", Assert.Throws<ArgumentOutOfRangeException>(() =>
            PainTransmission.Estimate(PainState.Neuropathic, drive, 1, MeasurementPolicy.Default with { Seeds = 0 })).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PainTransmission.Estimate(PainState.Neuropathic, drive, 1, MeasurementPolicy.Default with { Warmup = Duration.FromSeconds(-1) }));
        Assert.Equal("Warmup", e.ParamName);
        Assert.Contains("-1 s", e.Message);
    }

    [Property]
    public Property Driven_share_is_monotone_between_zero_and_one(double a, double b)
    {
        double Clip(double x) => double.IsFinite(x) ? Math.Abs(x) % 1 : 0;
        var (low, high) = (Math.Min(Clip(a), Clip(b)), Math.Max(Clip(a), Clip(b)));
        var sLow = AfferentConvergence.DrivenShare(low, 15); var sHigh = AfferentConvergence.DrivenShare(high, 15);
        return (sLow <= sHigh && sLow >= 0 && sHigh <= 1).ToProperty();
    }

    [Fact]
    public void Driven_share_known_values_and_bad_input()
    {
        Assert.Equal(0, AfferentConvergence.DrivenShare(0, 15));
        Assert.Equal(1, AfferentConvergence.DrivenShare(1, 15));
        // 5,714.5 afferents over 15 inputs = 381 per input; at 0.3 % recruited: 1 - 0.997^381 = 0.682.
        Assert.Equal(0.682, AfferentConvergence.DrivenShare(0.003, 15), 3);
        Assert.Equal("recruitedFraction", Assert.Throws<ArgumentOutOfRangeException>(() => AfferentConvergence.DrivenShare(1.5, 15)).ParamName);
        Assert.Equal("afferents", Assert.Throws<ArgumentOutOfRangeException>(() => AfferentConvergence.DrivenShare(0.1, 15, 3)).ParamName);
        Assert.Equal("DorsalColumnAfferents", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Scenario.Conventional50Hz.Simulate(new ScenarioOptions { DorsalColumnAfferents = 2 })).ParamName);
    }

    [Property(MaxTest = 200)]
    public Property Random_rounding_keeps_whole_counts_is_monotone_and_unbiased(ulong seed, byte k)
    {
        // A whole count stays as it is; a fractional one rounds up or down, never falls as the share rises for one seed.
        var whole = k % 16;
        var exact = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), whole / 15.0).RecruitedCount(15, seed) == whole;
        var counts = Enumerable.Range(0, 31).Select(i => new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), i / 30.0).RecruitedCount(15, seed)).ToArray();
        var monotone = counts.Zip(counts.Skip(1)).All(p => p.Second >= p.First);
        return (exact && monotone).ToProperty();
    }

    [Fact]
    public void Random_rounding_is_unbiased_over_seeds()
    {
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 0.63);   // 9.45 of 15 inputs
        var mean = Enumerable.Range(0, 4000).Average(s => drive.RecruitedCount(15, (ulong)s));
        Assert.InRange(mean, 9.45 - 0.03, 9.45 + 0.03);
    }
}
