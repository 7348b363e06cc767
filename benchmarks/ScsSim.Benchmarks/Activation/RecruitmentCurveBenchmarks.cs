using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>
/// Recruitment curve of a 10,000-fibre population at 100 amplitudes once the threshold surface exists
/// (target: under 20 ms). Includes the per-fibre surface interpolation, sorting and the 100 binary searches.
/// </summary>
[MemoryDiagnoser]
public class RecruitmentCurveBenchmarks
{
    private FibrePopulation _population = null!;
    private ThresholdSurface _surface = null!;
    private RecruitmentAnalysis _analysis = null!;
    private Current[] _amplitudes = null!;
    private double[] _fractions = null!;

    /// <summary>Population, surface (default grid, guarded tripole, midline T8, 300 µs) and amplitudes 0.1-10 mA.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _population = FibrePopulation.Generate(7);
        var pulse = MidlineTripole.Pulse();
        _surface = ThresholdSurface.Compute(MidlineTripole.Field(), pulse);
        _analysis = RecruitmentAnalysis.FromSurface(_population, _surface);
        _amplitudes = Enumerable.Range(1, 100).Select(k => Current.FromMilliamperes(0.1 * k)).ToArray();
        _fractions = new double[_amplitudes.Length];
    }

    /// <summary>Thresholds for 10,200 fibres from the surface, then the 100-point curve.</summary>
    /// <returns>The last fraction (keeps the work alive).</returns>
    [Benchmark(Baseline = true)]
    public double ThresholdsAndCurve()
    {
        var analysis = RecruitmentAnalysis.FromSurface(_population, _surface);
        analysis.DorsalColumnFractions(_amplitudes, _fractions);
        return _fractions[^1];
    }

    /// <summary>The 100-point curve from thresholds already interpolated (allocation-free kernel).</summary>
    /// <returns>The last fraction.</returns>
    [Benchmark]
    public double CurveOnly()
    {
        _analysis.DorsalColumnFractions(_amplitudes, _fractions);
        return _fractions[^1];
    }
}
