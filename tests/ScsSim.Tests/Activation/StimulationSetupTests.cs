using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class StimulationSetupTests
{
    // A coarse grid keeps these tests fast; the pulse width 210 µs is used by no other test, so the cache starts cold for it.
    private static readonly PulseShape Pulse210 = new(Current.FromMilliamperes(2), Duration.FromMicroseconds(210));
    private static StimulationSetup Coarse(PulseShape pulse) =>
        MidlineSetup.WithPulse(pulse).WithGrid(ThresholdSurfaceGrid.CoarseFor(pulse.PulseWidth));

    [Fact]
    public void The_same_setup_built_twice_computes_its_surface_and_analysis_once()
    {
        var a = Coarse(Pulse210);
        var b = Coarse(Pulse210);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Same(a.Surface(), b.Surface());
        Assert.Same(a.Recruitment(), b.Recruitment());
        Assert.True(a.IsSurfaceCached);
    }

    [Fact]
    public void Media_and_fibre_models_with_typed_units_keep_value_equality()
    {
        // They are part of the surface cache's key: equal values must be equal keys, and a changed unit value a new key.
        var sigma = Conductivity.FromMillisiemensPerMetre(300);
        Assert.Equal(ConductiveMedium.Isotropic(sigma), ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.3)));
        Assert.Equal(ConductiveMedium.WhiteMatter(), new AnisotropicMedium(TissueConductivity.WhiteMatterLongitudinal, TissueConductivity.WhiteMatterTransverse));
        Assert.Equal(ConductiveMedium.LayeredDefault, new LayeredDorsalCsfMedium());
        Assert.Equal(ConductiveMedium.LayeredDefault.GetHashCode(), new LayeredDorsalCsfMedium().GetHashCode());
        Assert.NotEqual(ConductiveMedium.LayeredDefault, new LayeredDorsalCsfMedium(csf: Conductivity.FromSiemensPerMetre(1.8)));
        Assert.Equal(MyelinatedFibreParameters.McNeal, new MyelinatedFibreParameters(nodeGap: Length.FromMicrometres(2.5)));
        Assert.NotEqual(MyelinatedFibreParameters.McNeal, new MyelinatedFibreParameters(nodeGap: Length.FromMicrometres(3)));
        Assert.Equal(McNealFibreModel.Default, new McNealFibreModel(temperature: Temperature.FromDegreesCelsius(20)));
        Assert.Equal(McNealFibreModel.Default.GetHashCode(), new McNealFibreModel(temperature: McNealFibreModel.RateReferenceTemperature).GetHashCode());
        Assert.NotEqual(McNealFibreModel.Default, new McNealFibreModel(temperature: Temperature.FromDegreesCelsius(37)));
        Assert.NotEqual(MidlineSetup, MidlineSetup.WithMedium(ConductiveMedium.Isotropic(sigma)));
    }

    [Fact]
    public void Another_amplitude_shares_the_surface_and_the_analysis()
    {
        var setup = Coarse(Pulse210.WithPulseWidth(Duration.FromMicroseconds(211)));
        var louder = setup.WithAmplitude(Current.FromMilliamperes(7));
        Assert.NotEqual(setup, louder);
        Assert.Same(setup.Surface(), louder.Surface());
        Assert.Same(setup.Recruitment(), louder.Recruitment());
        Assert.Equal(Current.FromMilliamperes(1), louder.Surface().Pulse.Amplitude);
    }

    [Fact]
    public void What_the_surface_depends_on_gives_a_new_surface()
    {
        var setup = Coarse(Pulse210.WithPulseWidth(Duration.FromMicroseconds(212)));
        var surface = setup.Surface();
        Assert.NotSame(surface, setup.WithPulse(setup.Pulse.WithPulseWidth(Duration.FromMicroseconds(213))).WithGrid(ThresholdSurfaceGrid.CoarseFor(Duration.FromMicroseconds(213))).Surface());
        Assert.NotSame(surface, setup.WithPlacements([LeadPlacement.MidlineT8.Moved(Length.FromMillimetres(2), Length.Zero)]).Surface());
        // The population and criteria do not change the surface, only the analysis.
        Assert.Same(surface, setup.WithPopulation(8).Surface());
        Assert.NotSame(setup.Recruitment(), setup.WithPopulation(8).Recruitment());
        var strict = new RecruitmentCriteria(perceptionDorsalColumnFraction: 0.002);
        Assert.Same(surface, setup.WithCriteria(strict).Surface());
        Assert.NotSame(setup.Recruitment(), setup.WithCriteria(strict).Recruitment());
    }

    [Fact]
    public void The_activation_results_equal_a_direct_computation_from_the_surface()
    {
        var setup = Coarse(Pulse210.WithPulseWidth(Duration.FromMicroseconds(215)));
        var direct = RecruitmentAnalysis.FromSurface(FibrePopulation.Generate(7),
            ThresholdSurface.Compute(setup.Field, setup.Pulse, setup.Grid), setup.Criteria);
        var cached = setup.Recruitment();
        Assert.Equal(direct.PerceptionThreshold, cached.PerceptionThreshold);
        Assert.Equal(direct.DiscomfortThreshold, cached.DiscomfortThreshold);
        for (var i = 0; i < 50; i++) Assert.Equal(direct.ThresholdOf(i), cached.ThresholdOf(i));
    }

    [Fact]
    public void A_lead_outside_the_modelled_range_fails_before_any_cable_work()
    {
        var setup = MidlineSetup.WithPlacements([new LeadPlacement(Vertebra.L1, Length.Zero, Length.FromMillimetres(3), Length.FromMillimetres(60))]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => setup.Recruitment());
        Assert.Equal("placement", e.ParamName);
        Assert.False(setup.IsSurfaceCached);
    }

    [Fact]
    public void Bad_parts_are_refused_naming_the_parameter()
    {
        Assert.Equal("electrodes", Assert.Throws<ArgumentNullException>(() => new StimulationSetup(null!, LeadPlacement.MidlineT8, Pulse300)).ParamName);
        Assert.Equal("placement", Assert.Throws<ArgumentNullException>(() => new StimulationSetup(Tripole3, (LeadPlacement)null!, Pulse300)).ParamName);
        Assert.Equal("pulse", Assert.Throws<ArgumentNullException>(() => new StimulationSetup(Tripole3, LeadPlacement.MidlineT8, null!)).ParamName);
        // Two placements for a one-lead configuration.
        Assert.Throws<ArgumentException>(() => new StimulationSetup(Tripole3, [LeadPlacement.MidlineT8, LeadPlacement.MidlineT8], Pulse300));
        Assert.Equal("medium", Assert.Throws<ArgumentNullException>(() => MidlineSetup.WithMedium(null!)).ParamName);
        Assert.Equal("criteria", Assert.Throws<ArgumentNullException>(() => MidlineSetup.WithCriteria(null!)).ParamName);
    }

    [Fact]
    public void A_setup_prints_what_it_is()
    {
        var text = MidlineSetup.ToString();
        Assert.Contains("T8", text);
        Assert.Contains("300 µs", text);
        Assert.Contains("seed 7", text);
    }
}

[Collection(ScsSim.Tests.DorsalHorn.CacheCounters.Name)]
public class SurfaceCountingTests
{
    private static readonly PulseShape Pulse210 = new(Current.FromMilliamperes(2), Duration.FromMicroseconds(210));
    private static StimulationSetup Coarse(PulseShape pulse) =>
        MidlineSetup.WithPulse(pulse).WithGrid(ThresholdSurfaceGrid.CoarseFor(pulse.PulseWidth));

    [Fact]
    public void Concurrent_callers_share_one_computation()
    {
        var setup = Coarse(Pulse210.WithPulseWidth(Duration.FromMicroseconds(214)));
        var before = StimulationSetup.SurfaceComputations;
        var surfaces = new ThresholdSurface[8];
        Parallel.For(0, surfaces.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => surfaces[i] = setup.WithAmplitude(Current.FromMilliamperes(i + 1)).Surface());
        Assert.All(surfaces, s => Assert.Same(surfaces[0], s));
        Assert.Equal(1, StimulationSetup.SurfaceComputations - before);
    }

    [Fact]
    public void A_second_simulation_at_another_amplitude_or_frequency_computes_no_surface()
    {
        var options = new ScsSim.Scenarios.ScenarioOptions { Measurement = ScsSim.Tests.DorsalHorn.DorsalHornFixtures.OneRun(0.317), CoarseActivationGrid = true };
        var tonic = ScsSim.Scenarios.ScenarioPresets.Tonic;
        tonic.Simulate(options);
        var surfaces = StimulationSetup.SurfaceComputations;
        var baselines = ScsSim.DorsalHorn.PainTransmission.BaselineComputations;
        var louder = tonic.WithProgram(StimulationProgram.Tonic(tonic.Program.Pulse.WithAmplitude(Current.FromMilliamperes(5.5)), Frequency.FromHertz(50)));
        var faster = tonic.WithProgram(StimulationProgram.Tonic(tonic.Program.Pulse, Frequency.FromHertz(80)));
        louder.Simulate(options);
        faster.Simulate(options);
        faster.FrequencySweep([Frequency.FromHertz(10), Frequency.FromHertz(100)], options);
        Assert.Equal(surfaces, StimulationSetup.SurfaceComputations);
        Assert.Equal(baselines, ScsSim.DorsalHorn.PainTransmission.BaselineComputations);
    }
}

public class ComputationCacheTests
{
    [Fact]
    public void It_keeps_at_most_its_capacity_dropping_the_least_recently_used()
    {
        var cache = new ComputationCache<int, string>(2);
        cache.GetOrCompute(1, _ => "one", default);
        cache.GetOrCompute(2, _ => "two", default);
        cache.GetOrCompute(1, _ => "again", default); // 1 is now the most recent
        cache.GetOrCompute(3, _ => "three", default);
        Assert.Equal(2, cache.Count);
        Assert.True(cache.Contains(1));
        Assert.False(cache.Contains(2));
        Assert.Equal("one", cache.GetOrCompute(1, _ => "never", default));
        Assert.Equal(3, cache.Computations);
    }

    [Fact]
    public async Task An_entry_still_being_computed_is_not_dropped_for_capacity()
    {
        // A long computation (seconds of train factors) while other callers fill the cache: it must still be there for the
        // next caller, not computed again (a test sharing a train-driven analysis failed when it was dropped mid-way).
        var cache = new ComputationCache<int, string>(2);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var slow = Task.Run(() => cache.GetOrCompute(1, _ => { started.Set(); release.Wait(); return "slow"; }, default));
        started.Wait();
        for (var k = 2; k <= 5; k++) cache.GetOrCompute(k, _ => "quick", default);
        Assert.True(cache.Contains(1));
        release.Set();
        Assert.Equal("slow", await slow);
        Assert.Equal("slow", cache.GetOrCompute(1, _ => "again", default));
        cache.GetOrCompute(6, _ => "quick", default);
        Assert.Equal(2, cache.Count); // back to its capacity once nothing is in flight
    }

    [Fact]
    public void Failures_and_cancellations_are_not_cached()
    {
        var cache = new ComputationCache<int, string>(4);
        Assert.Throws<InvalidOperationException>(() => cache.GetOrCompute(1, _ => throw new InvalidOperationException("no"), default));
        Assert.False(cache.Contains(1));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrCompute(2, ct => { ct.ThrowIfCancellationRequested(); return "x"; }, cts.Token));
        Assert.False(cache.Contains(2));
        Assert.Equal("ok", cache.GetOrCompute(1, _ => "ok", default));
    }

    [Fact]
    public async Task A_waiter_takes_over_when_the_computing_caller_is_cancelled()
    {
        var cache = new ComputationCache<int, string>(4);
        using var started = new ManualResetEventSlim();
        using var cts = new CancellationTokenSource();
        var first = Task.Run(() => cache.GetOrCompute(1, ct =>
        {
            started.Set();
            ct.WaitHandle.WaitOne();
            ct.ThrowIfCancellationRequested();
            return "first";
        }, cts.Token));
        started.Wait();
        var second = Task.Run(() => cache.GetOrCompute(1, _ => "second", default));
        Thread.Sleep(50); // let the second caller start waiting
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("second", await second);
    }

    [Fact]
    public async Task A_waiter_can_cancel_its_own_wait()
    {
        var cache = new ComputationCache<int, string>(4);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var computing = Task.Run(() => cache.GetOrCompute(1, _ => { started.Set(); release.Wait(); return "done"; }, default));
        started.Wait();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrCompute(1, _ => "never", cts.Token));
        release.Set();
        Assert.Equal("done", await computing);
    }
}
