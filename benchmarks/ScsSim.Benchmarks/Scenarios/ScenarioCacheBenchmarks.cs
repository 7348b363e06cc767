using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Benchmarks.Scenarios;

/// <summary>
/// The cached path of <see cref="Scenario.Simulate"/> (issue 10): once a scenario's activation stage is computed, simulating
/// it again at another amplitude or frequency costs only the network runs. Gated by <see cref="BenchmarkGate"/>:
/// SimulateNewAmplitude within 1.5 × NetworkOnly, SimulateNewFrequency within 1.5 × NetworkOnlyNewFrequency (the same
/// network runs at the same frequencies: a run's cost grows with the pulse rate), and SimulateCold (threshold surface
/// recomputed) at least 2 × SimulateNewAmplitude, so the cache is shown to do the work it claims.
/// </summary>
[MemoryDiagnoser]
public class ScenarioCacheBenchmarks
{
    // One seed, no warm-up, 1 s: the network part small, so the cached activation stage shows.
    private static readonly ScenarioOptions Options = new()
    {
        Measurement = MeasurementPolicy.Default with { Warmup = Duration.Zero, Window = Duration.FromSeconds(1), Seeds = 1 },
    };
    private Scenario _scenario = null!;
    private Frequency _frequency;
    private double _share;
    private int _amplitudeStep, _frequencyStep, _networkFrequencyStep;

    /// <summary>Computes the activation stage of the tonic preset once (the warm cache every cached case relies on).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioPresets.Tonic;
        _frequency = ((TonicProgram)_scenario.Program).Frequency;
        _share = _scenario.RecruitedABetaFraction(_scenario.Program.Pulse.Amplitude, Options);
        _scenario.Simulate(Options);
    }

    /// <summary>The network runs alone (with and without SCS), as <see cref="Scenario.Simulate"/> runs them.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public PainTransmissionEstimate NetworkOnly() =>
        PainTransmission.Estimate(_scenario.Patient.PainState, new ScsDrive(_scenario.Program, _share), _scenario.Seed, Options.Measurement, Options.Network);

    /// <summary>A new amplitude every call (0.01 mA steps around 5 mA): the surface and analysis come from the cache.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public ScenarioOutcome SimulateNewAmplitude()
    {
        var amplitude = Current.FromMilliamperes(4.5 + 0.01 * (_amplitudeStep++ % 100));
        var pulse = _scenario.Program.Pulse.WithAmplitude(amplitude);
        return _scenario.WithProgram(StimulationProgram.Tonic(pulse, _frequency)).Simulate(Options);
    }

    /// <summary>A new frequency every call (1 Hz steps from 40 Hz): the surface and analysis come from the cache.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public ScenarioOutcome SimulateNewFrequency() =>
        _scenario.WithProgram(StimulationProgram.Tonic(_scenario.Program.Pulse, NextFrequency(ref _frequencyStep))).Simulate(Options);

    /// <summary>The network runs alone at the frequencies <see cref="SimulateNewFrequency"/> steps through, in the same order:
    /// its baseline.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public PainTransmissionEstimate NetworkOnlyNewFrequency() =>
        PainTransmission.Estimate(_scenario.Patient.PainState,
            new ScsDrive(StimulationProgram.Tonic(_scenario.Program.Pulse, NextFrequency(ref _networkFrequencyStep)), _share),
            _scenario.Seed, Options.Measurement, Options.Network);

    private static Frequency NextFrequency(ref int step) => Frequency.FromHertz(40 + step++ % 30);

    /// <summary>The cache emptied first: the threshold surface (default grid) and analysis are computed again.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public ScenarioOutcome SimulateCold()
    {
        StimulationSetup.ClearCache();
        return _scenario.Simulate(Options);
    }
}
