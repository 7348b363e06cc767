using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>One full cable-model threshold (lowest firing amplitude to 1 %) for a 10 µm fibre 0.1 mm deep under a guarded
/// tripole, McNeal against MRG (the MRG model's cost against NEURON's is measured by eng/mrg-neuron and MrgCableTests).</summary>
[MemoryDiagnoser]
public class FibreThresholdBenchmarks
{
    private ElectrodeField _field = null!;
    private PulseShape _pulse = null!;
    private StraightFibre _fibre = null!;

    /// <summary>The field and fibre.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _field = MidlineTripole.Field();
        _pulse = MidlineTripole.Pulse();
        _fibre = new StraightFibre(Length.FromMicrometres(10), Length.Zero, Length.FromMillimetres(0.1));
    }

    /// <summary>Threshold of the fibre.</summary>
    /// <returns>The threshold.</returns>
    [Benchmark(Baseline = true)]
    public Current? Threshold() => McNealFibreModel.Default.Threshold(_field, _fibre, _pulse);

    /// <summary>Threshold of the same fibre with the MRG double cable at 37 °C.</summary>
    /// <returns>The threshold.</returns>
    [Benchmark]
    public Current? MrgThreshold() => MrgFibreModel.Default.Threshold(_field, _fibre, _pulse);
}
