namespace ScsSim.Benchmarks;

/// <summary>The gate's margin, its measurement and the known misses (kept apart so a re-measurement changes one file).</summary>
/// <remarks>
/// Measured with the CI benchmark settings (<c>--job short --iterationTime 100 --iterationCount 7 -i</c>, fastest
/// iteration), 3 consecutive runs of the waveform benchmarks on the 2-core CI machine (AMD EPYC, AVX-512) with nothing
/// else running (2026-12-04 02:45-02:54 UTC, main at the commit that streams cycling renders), every ratio taken against
/// the median Fill and FillChunk of its run and sample type (BenchmarkGate.Baselines: float FillChunk 159-185 µs, double
/// 287-301 µs, float Fill 746-803 µs, double 2,012-2,159 µs over the 3 runs). The margin is the widest range (max − min
/// over the runs) of any gated ratio, rounded up to 0.05: a ratio that meets its target in one run may read that much
/// lower in the next, so it does not fail CI by noise alone. (Until 2026-12-04 the margin was the deepest dip below a
/// target of a ratio that met it in another run; in these runs that dip was only 0.06 while ranges reached 0.23, so the
/// dip understated the noise.) Known misses: every ratio that, in at least one of those runs, was below its target
/// minus the margin, or below its target in every run (a systematic miss, not noise): they are reported as missed on
/// every run and do not fail CI until the lead decides on them.
/// Re-derive: run the waveform benchmarks 3 times into three folders, then
/// <c>dotnet run -c Release --project benchmarks/ScsSim.Benchmarks -- margins A/results B/results C/results</c>
/// (<see cref="Derive"/>) prints the ranges, the margin and the known misses to paste here.
/// </remarks>
internal static class MarginDerivation
{
    /// <summary>The widest measured run-to-run range of a gated ratio (see remarks), rounded up to 0.05; the larger of the
    /// two derivations of 2026-12-04 (0.19 and 0.23).</summary>
    public const double Margin = 0.25;

    public const string Text = "the widest range of a gated ratio over 3 consecutive quiet runs with the CI settings, ratios against the median fill of the run: 0.19 on 2026-12-04 02:45-02:54 UTC (ProgramSetBenchmarks<Double> MathNet/Render; streams 0.16, BurstActiveBenchmarks<Single>), 0.23 in the 3 runs at 01:42-01:51 UTC (TonicBenchmarks<Double> StreamChunk/FillChunk, 0.74-0.98); the larger, rounded up";

    public static readonly IReadOnlyDictionary<string, string> KnownMisses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BurstPassiveBenchmarks<Double>.StreamChunk/FillChunk"] = "0.62-0.67 over 3 runs, target 0.80 (recharge curve copied from memory)",
        ["BurstPassiveBenchmarks<Single>.StreamChunk/FillChunk"] = "0.56-0.70 over 3 runs, target 0.80 (recharge curve copied from memory)",
        ["HighFrequency10kBenchmarks<Double>.StreamChunk/FillChunk"] = "0.71-0.79 over 3 runs, target 0.80 (tile copy: a load per store)",
        ["ProgramSetBenchmarks<Single>.StreamChunk/FillChunk"] = "0.70-0.78 over 3 runs, target 0.80",
        ["Tonic130HzBenchmarks<Single>.StreamChunk/FillChunk"] = "0.61-0.73 over 3 runs, target 0.80",
    };

    /// <summary>
    /// The derivation above, from the JSON reports of several runs: each gated ratio's range, the deepest dip below a
    /// target by a ratio that met it in another run, the margin it implies and the known misses under that margin.
    /// </summary>
    /// <returns>0, or 2 when fewer than two folders hold a report.</returns>
    public static int Derive(IReadOnlyList<string> resultFolders, TextWriter output)
    {
        var runs = resultFolders
            .Select(folder => Directory.Exists(folder) ? Directory.GetFiles(folder, "*-report-full*.json") : [])
            .Where(files => files.Length > 0)
            .Select(files => (IReadOnlyList<BenchmarkGate.Measurement>)files.SelectMany(BenchmarkGate.Read).ToList())
            .ToList();
        return Derive(runs, output);
    }

    /// <summary><see cref="Derive(IReadOnlyList{string}, TextWriter)"/> on measured runs.</summary>
    internal static int Derive(IReadOnlyList<IReadOnlyList<BenchmarkGate.Measurement>> measuredRuns, TextWriter output)
    {
        var runs = measuredRuns.Select(measurements =>
        {
            var ratios = new List<BenchmarkGate.GatedRatio>();
            BenchmarkGate.Check(measurements, BenchmarkGate.ExpectedCases(), TextWriter.Null, ratios);
            return ratios;
        }).ToList();
        if (runs.Count < 2)
        {
            output.WriteLine($"margins: {runs.Count} folder(s) with a JSON report; the spread needs at least two runs.");
            return 2;
        }
        var byKey = runs.SelectMany(r => r).GroupBy(r => r.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Target: g.First().Target, Min: g.Min(r => r.Value), Max: g.Max(r => r.Value), Met: g.Any(r => r.Value >= r.Target),
                AllBelow: g.All(r => r.Value < r.Target), Runs: g.Count()))
            .ToList();
        // The margin is the widest run-to-run range of any gated ratio: a ratio that meets its target in one run may read
        // that much lower in the next (the deepest observed dip below a target is printed too; it understates the spread
        // when few ratios sit near their targets).
        var widest = byKey.Select(k => (k.Key, Range: k.Max - k.Min)).MaxBy(k => k.Range);
        var margin = Math.Ceiling(widest.Range / 0.05 - 1e-9) * 0.05;
        var dips = byKey.Where(k => k.Met && k.Min < k.Target).Select(k => (k.Key, Dip: k.Target - k.Min, k.Min, k.Max)).OrderByDescending(d => d.Dip).ToList();
        foreach (var k in byKey)
            output.WriteLine(FormattableString.Invariant($"{k.Key}: {k.Min:0.00}-{k.Max:0.00} over {k.Runs} runs, target {k.Target:0.00}"));
        output.WriteLine(dips.Count == 0
            ? "deepest dip: none (every ratio that met its target met it in every run)"
            : FormattableString.Invariant($"deepest dip: {dips[0].Dip:0.00} ({dips[0].Key}, {dips[0].Min:0.00}-{dips[0].Max:0.00})"));
        var stream = byKey.Where(k => k.Key.Contains("Stream", StringComparison.Ordinal)).Select(k => (k.Key, Range: k.Max - k.Min)).MaxBy(k => k.Range);
        var render = byKey.Where(k => k.Key.EndsWith("Render/Fill", StringComparison.Ordinal) || k.Key.EndsWith("RenderInterleaved/Fill", StringComparison.Ordinal))
            .Select(k => (k.Key, Range: k.Max - k.Min)).MaxBy(k => k.Range);
        output.WriteLine(FormattableString.Invariant($"widest stream range {stream.Range:0.00} ({stream.Key}); widest render range {render.Range:0.00} ({render.Key})"));
        output.WriteLine(FormattableString.Invariant($"margin {margin:0.00} (widest range {widest.Range:0.00}, {widest.Key})"));
        output.WriteLine("known misses:");
        foreach (var k in byKey.Where(k => k.Min < k.Target - margin || k.AllBelow))
            output.WriteLine(FormattableString.Invariant($"        [\"{k.Key}\"] = \"{k.Min:0.00}-{k.Max:0.00} over {k.Runs} runs, target {k.Target:0.00}\","));
        return 0;
    }
}
