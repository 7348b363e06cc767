using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Benchmarks.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.FibreModels;

/// <summary>
/// The MRG axon's costs (issue 11, part 5), in a namespace of their own so that CI runs them in a separate process from
/// the waveform set (an MRG benchmark in the same in-process run once dragged a waveform streaming ratio from 0.70 to
/// 0.41-0.45): one threshold, the default threshold surface on every core against McNeal's, and recruitment of 10,000
/// fibres at 100 amplitudes from the MRG surface. Targets: surface at most 2 s on 2 cores, recruitment under 20 ms;
/// reported by <see cref="MrgGate"/>, which fails when the MRG surface costs more than <see cref="MrgGate.SurfaceOverMcNeal"/>
/// times McNeal's. The comparison with NEURON is eng/mrg-neuron/speed.sh (both timed in one run).
/// </summary>
[MemoryDiagnoser]
public class MrgBenchmarks
{
    private ElectrodeField _field = null!;
    private PulseShape _pulse = null!;
    private StraightFibre _fibre = null!;
    private FibrePopulation _population = null!;
    private ThresholdSurface _mrgSurface = null!;
    private Current[] _amplitudes = null!;
    private double[] _fractions = null!;

    /// <summary>Guarded tripole, midline T8, 3 mm CSF, 300 µs; a 10 µm fibre 0.1 mm deep; the MRG surface computed once
    /// for the recruitment case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _field = MidlineTripole.Field();
        _pulse = MidlineTripole.Pulse();
        _fibre = new StraightFibre(Length.FromMicrometres(10), Length.Zero, Length.FromMillimetres(0.1));
        _population = FibrePopulation.Generate(7);
        _mrgSurface = ThresholdSurface.Compute(_field, _pulse, model: MrgFibreModel.Default);
        _amplitudes = Enumerable.Range(1, 100).Select(k => Current.FromMilliamperes(0.05 * k)).ToArray();
        _fractions = new double[_amplitudes.Length];
    }

    /// <summary>One MRG threshold (lowest firing amplitude to 1 %).</summary>
    /// <returns>The threshold.</returns>
    [Benchmark]
    public Current? MrgThreshold() => MrgFibreModel.Default.Threshold(_field, _fibre, _pulse);

    /// <summary>The default one-width grid (280 points) with McNeal's model: the baseline of the surface ratio.</summary>
    /// <returns>The surface.</returns>
    [Benchmark(Baseline = true)]
    public ThresholdSurface McNealDefaultSurface() => ThresholdSurface.Compute(_field, _pulse);

    /// <summary>The default one-width grid (280 points) with the MRG model, lateral columns on every core.</summary>
    /// <returns>The surface.</returns>
    [Benchmark]
    public ThresholdSurface MrgDefaultSurface() => ThresholdSurface.Compute(_field, _pulse, model: MrgFibreModel.Default);

    /// <summary>Thresholds of 10,200 fibres interpolated from the MRG surface, then the recruitment curve at 100 amplitudes.</summary>
    /// <returns>The last fraction.</returns>
    [Benchmark]
    public double MrgRecruitment10kFibres100Amplitudes()
    {
        var analysis = RecruitmentAnalysis.FromSurface(_population, _mrgSurface);
        analysis.DorsalColumnFractions(_amplitudes, _fractions);
        return _fractions[^1];
    }
}
