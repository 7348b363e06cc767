using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>The run without SCS is computed once per (parameters, pain state, duration, seed) and shared (issue 10).</summary>
[Collection(CacheCounters.Name)]
public class BaselineCacheTests
{
    private static StimulationProgram Tonic(double hertz) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(4), Duration.FromMicroseconds(300)), Frequency.FromHertz(hertz));

    [Fact]
    public void Two_programs_share_one_baseline_and_it_equals_a_run_without_SCS()
    {
        // A duration no other test uses, so the cache starts cold for it.
        var duration = Duration.FromMilliseconds(311);
        var before = PainTransmission.BaselineComputations;
        var a = PainTransmission.Measure(PainState.Neuropathic, new ScsDrive(Tonic(50), 1), duration, 5);
        var b = PainTransmission.Measure(PainState.Neuropathic, new ScsDrive(Tonic(80), 1), duration, 5);
        Assert.Equal(a.WdrRateWithoutScs, b.WdrRateWithoutScs);
        Assert.NotEqual(a.WdrRateWithScs, b.WdrRateWithScs);
        // Other tests may add their own baselines meanwhile; this key adds one, not two.
        Assert.True(PainTransmission.IsBaselineCached(GateControlParameters.Default, PainState.Neuropathic, duration, 5));
        Assert.Equal(1, PainTransmission.BaselineComputations - before); // the collection runs alone, so the count is exact
        // The shared baseline is the network run with no drive: the same as a zero-recruitment "with" run.
        var silent = PainTransmission.Measure(PainState.Neuropathic, new ScsDrive(Tonic(50), 0), duration, 5);
        Assert.Equal(silent.WdrRateWithoutScs, silent.WdrRateWithScs);
        Assert.Equal(a.WdrRateWithoutScs, silent.WdrRateWithScs);
    }

    [Fact]
    public void Every_point_of_a_sweep_shares_the_baseline()
    {
        // Two seeds with a warm-up: one baseline per seed, whatever the number of points.
        var policy = MeasurementPolicy.Default with { Warmup = Duration.FromMilliseconds(100), Window = Duration.FromMilliseconds(313), Seeds = 2 };
        var before = PainTransmission.BaselineComputations;
        var points = GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, [Frequency.FromHertz(20), Frequency.FromHertz(50), Frequency.FromHertz(120)],
            6, policy);
        Assert.Single(points.Select(p => p.WdrRateWithoutScs).Distinct());
        var total = policy.Warmup + policy.Window;
        Assert.True(PainTransmission.IsBaselineCached(GateControlParameters.Default, PainState.Neuropathic, total, 6, policy.Warmup));
        Assert.True(PainTransmission.IsBaselineCached(GateControlParameters.Default, PainState.Neuropathic, total, MeasurementPolicy.RunSeed(6, 1), policy.Warmup));
        Assert.Equal(2, PainTransmission.BaselineComputations - before);
    }
}

/// <summary>Tests that count computations of the shared caches: they run alone (after the parallel tests), so no other test
/// adds to the counters while they count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CacheCounters
{
    public const string Name = "Cache counters";
}
