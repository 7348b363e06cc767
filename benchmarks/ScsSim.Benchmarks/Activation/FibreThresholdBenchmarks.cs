using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>One full cable-model threshold (lowest firing amplitude to 1 %) for a 10 µm fibre 0.1 mm deep under a guarded
/// tripole (the MRG model's cost against NEURON's is measured by eng/mrg-neuron and MrgCableTests).</summary>
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

    // An MRG threshold benchmark beside this one (measured once: 82.6 ms against 8.6 ms) dragged the waveform gate's
    // in-process 10 kHz StreamChunk/FillChunk ratio from 0.70 (alone) to 0.41-0.45 in three full runs; it is left out of
    // the CI set until that interaction is understood (issue 11 notes). MrgCableTests reports MRG against NEURON.
}
