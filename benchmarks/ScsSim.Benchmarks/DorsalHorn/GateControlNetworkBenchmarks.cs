using BenchmarkDotNet.Attributes;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.DorsalHorn;

/// <summary>
/// 10 s of the gate-control network at dt = 0.025 ms (400,000 steps), neuropathic pain state, all A-beta inputs driven.
/// The dorsal-horn issue's target is 1,000 times real time on one thread (10 ms); measured 16.4-19.1 ms on 2026-12-04
/// (52-63 ms before the four-lane kernel). Inputs are generated in the setup; <see cref="GenerateInputs"/> measures that
/// part alone (whole trains in memory; the network's own runs stream them chunk by chunk).
/// </summary>
[MemoryDiagnoser]
public class GateControlNetworkBenchmarks
{
    private GateControlNetwork _network = null!;
    private InputSpikeTrains _inputs = null!;

    /// <summary>SCS frequency, Hz.</summary>
    [Params(50, 1000, 10_000)]
    public int FrequencyHz { get; set; }

    /// <summary>Builds the network and the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _network = new GateControlNetwork(GateControlParameters.Default, 1);
        _inputs = Generate();
    }

    private InputSpikeTrains Generate() => InputSpikeTrains.Generate(GateControlParameters.Default, PainState.Neuropathic,
        new ScsDrive(GateControlSweeps.ProgramFor(Frequency.FromHertz(FrequencyHz)), 1), Duration.FromSeconds(10), 1);

    /// <summary>Runs the network for 10 s of simulated time.</summary>
    /// <returns>The activity (as object: the network's types are internal, seen here through InternalsVisibleTo).</returns>
    [Benchmark]
    public object Simulate10Seconds() => _network.Simulate(_inputs);

    /// <summary>Generates 10 s of seeded inputs (Poisson, SCS pulses with refractoriness).</summary>
    /// <returns>The inputs (as object, like <see cref="Simulate10Seconds"/>).</returns>
    [Benchmark]
    public object GenerateInputs() => Generate();
}

/// <summary>
/// A 30-point log-spaced frequency sweep (1 Hz to 10 kHz) measured as every readout is (<see cref="MeasurementPolicy.Default"/>:
/// 3 s warm-up, 10 s window, 5 seeds; with and without SCS per seed, the 5 baselines shared), on one thread and on all cores:
/// the ratio shows how the sweep scales. The dorsal-horn issue's target is under 2 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class FrequencySweepBenchmarks
{
    private readonly Frequency[] _frequencies = GateControlSweeps.LogSpacedFrequencies(Frequency.FromHertz(1), Frequency.FromKilohertz(10), 30);

    /// <summary>Threads (1, or -1 for all cores).</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    /// <summary>The sweep.</summary>
    /// <returns>The rows.</returns>
    [Benchmark]
    public IReadOnlyList<SweepPoint> Sweep30Points() => GateControlSweeps.OverFrequency(PainState.CFibreTest, 1, _frequencies,
        1, maxDegreeOfParallelism: Threads == -1 ? null : Threads);
}
