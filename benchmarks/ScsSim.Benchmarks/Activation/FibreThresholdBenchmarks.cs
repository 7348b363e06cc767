using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>One full cable-model threshold (lowest firing amplitude to 1 %) for a 10 µm fibre 0.1 mm deep under a guarded
/// tripole (the MRG model's cost against NEURON's: eng/mrg-neuron/speed.sh).</summary>
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
    [Benchmark]
    public Current? Threshold() => McNealFibreModel.Default.Threshold(_field, _fibre, _pulse);

    // The MRG threshold is FibreModels.MrgBenchmarks, which CI runs in a process of its own: beside this one in the same
    // in-process run it once dragged the waveform gate's 10 kHz StreamChunk/FillChunk ratio from 0.70 to 0.41-0.45.
}
