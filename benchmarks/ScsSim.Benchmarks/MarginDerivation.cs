namespace ScsSim.Benchmarks;

/// <summary>The gate's margin, its measurement and the known misses (kept apart so a re-measurement changes one file).</summary>
/// <remarks>
/// Measured with the CI benchmark settings (<c>--job short --iterationTime 100 --iterationCount 7 -i</c>, fastest
/// iteration), 3 consecutive runs of the waveform benchmarks on the 2-core CI machine (the first two partly overlapped another
/// benchmark run, so the spread is, if anything, overstated). For every gated ratio
/// that met its target in at least one run, the shortfall target − min over the runs is the noise-induced dip; the
/// margin is the deepest such dip, rounded up to 0.05, so that a ratio that meets its target does not fail CI by
/// noise alone. Known misses: every ratio that, in at least one
/// of those runs, was below its target minus the margin, or below its target in every run (a systematic
/// miss, not noise): they are reported as missed on every run and do not fail CI until the lead decides on them.
/// Re-derive: run the waveform benchmarks 3 times, recompute the dips and known misses, update this file.
/// </remarks>
internal static class MarginDerivation
{
    /// <summary>The deepest measured noise dip below a target (see remarks), rounded up to 0.05.</summary>
    public const double Margin = 0.35;

    public const string Text = "3 consecutive runs with the CI settings (two partly overlapping another benchmark run), 2026-12-02 06:30-06:41 UTC: the deepest noise dip below a target by a ratio that met it in another run was 0.31 (BurstPassiveBenchmarks<Single> StreamChunk/FillChunk, 0.49-0.92); the largest range of any gated ratio 0.98 (TonicBenchmarks<Double> StreamChunk/FillChunk)";

    public static readonly IReadOnlyDictionary<string, string> KnownMisses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HighFrequency10kBenchmarks<Single>.Render/Fill"] = "0.54-0.81 over 3 runs, target 0.85",
        ["InterleavedHighFrequency10kBenchmarks<Double>.RenderInterleaved/Fill"] = "0.30-0.42 over 3 runs, target 0.80",
        ["InterleavedHighFrequency10kBenchmarks<Single>.RenderInterleaved/Fill"] = "0.25-0.34 over 3 runs, target 0.80",
        ["InterleavedProgramSetBenchmarks<Double>.RenderInterleaved/Fill"] = "0.29-0.32 over 3 runs, target 0.80",
        ["InterleavedProgramSetBenchmarks<Single>.RenderInterleaved/Fill"] = "0.27-0.44 over 3 runs, target 0.80",
        ["InterleavedTonicBenchmarks<Double>.RenderInterleaved/Fill"] = "0.33-0.36 over 3 runs, target 0.80",
        ["InterleavedTonicBenchmarks<Single>.RenderInterleaved/Fill"] = "0.27-0.32 over 3 runs, target 0.80",
        ["ProgramSetBenchmarks<Double>.MathNet/Render"] = "Render/Fill 0.38-0.49 needed 0.85 over 3 runs",
        ["ProgramSetBenchmarks<Double>.Render/Fill"] = "0.38-0.49 over 3 runs, target 0.85",
        ["ProgramSetBenchmarks<Double>.StreamChunk/FillChunk"] = "0.23-0.27 over 3 runs, target 0.80",
        ["ProgramSetBenchmarks<Single>.MathNet/Render"] = "Render/Fill 0.30-0.38 needed 0.85 over 3 runs",
        ["ProgramSetBenchmarks<Single>.NWaves/Render"] = "Render/Fill 0.30-0.38 needed 0.65 over 3 runs",
        ["ProgramSetBenchmarks<Single>.Render/Fill"] = "0.30-0.38 over 3 runs, target 0.85",
        ["ProgramSetBenchmarks<Single>.StreamChunk/FillChunk"] = "0.13-0.25 over 3 runs, target 0.80",
    };
}
