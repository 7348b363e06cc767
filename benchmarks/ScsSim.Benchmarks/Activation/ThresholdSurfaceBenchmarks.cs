using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>
/// Precomputing a threshold surface with the full McNeal/Frankenhaeuser-Huxley cable model on one core
/// (target: under 2 s for a ~600-point grid).
/// </summary>
[MemoryDiagnoser]
public class ThresholdSurfaceBenchmarks
{
    private ElectrodeField _field = null!;
    private PulseShape _pulse = null!;
    private ThresholdSurfaceGrid _grid600 = null!;

    /// <summary>Guarded tripole, midline T8, 3 mm CSF; a 5 × 6 × 5 × 4 grid (600 points).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _field = MidlineTripole.Field();
        _pulse = MidlineTripole.Pulse();
        _grid600 = new ThresholdSurfaceGrid(
            new[] { 2, 5, 8, 12, 17 }.Select(d => Length.FromMicrometres(d)),
            new[] { 0, 0.15, 0.3, 0.5, 0.75, 1 }.Select(Length.FromMillimetres),
            new[] { 0, 1.5, 3, 5, 8 }.Select(Length.FromMillimetres),
            new[] { 60, 150, 300, 600 }.Select(us => Duration.FromMicroseconds(us)));
    }

    /// <summary>The 600-point, four-width grid.</summary>
    /// <returns>The surface.</returns>
    [Benchmark(Baseline = true)]
    public ThresholdSurface Grid600FourWidths() => ThresholdSurface.Compute(_field, _pulse, _grid600);

    /// <summary>The default one-width grid (8 × 5 × 7 = 280 points) used by <c>StimulationSetup.Recruitment</c> by default.</summary>
    /// <returns>The surface.</returns>
    [Benchmark]
    public ThresholdSurface DefaultGridOneWidth() => ThresholdSurface.Compute(_field, _pulse);

    /// <summary>The coarse one-width grid (48 points) used to rank reprogramming candidates.</summary>
    /// <returns>The surface.</returns>
    [Benchmark]
    public ThresholdSurface CoarseGridOneWidth() => ThresholdSurface.Compute(_field, _pulse, ThresholdSurfaceGrid.CoarseFor(_pulse.PulseWidth));
}
