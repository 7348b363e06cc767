using System.Globalization;
using ScsSim.Benchmarks.Scenarios;

namespace ScsSim.Benchmarks;

/// <summary>
/// The gate of <see cref="ScenarioCacheBenchmarks"/> (issue 10): a second simulation of a scenario at another amplitude or
/// frequency costs only its network run (compared with the same network runs alone), and the cold path (threshold surface recomputed) is what the cache saves.
/// </summary>
/// <remarks>Keyed by the benchmark type and its method names (nameof), so a rename fails the build or the gate instead of
/// leaving the gate silently. Ratios are of fastest iterations in one run, like the waveform gate.</remarks>
internal static class ScenarioCacheGate
{
    /// <summary>Most a cached simulation may cost, as a multiple of the network run alone: 1.5. The rest of Simulate
    /// (device validation, safety, energy, the coverage lookup) measured 0.14 ms against 18 ms of network (2026-12-02,
    /// best of 15 stopwatch runs on a loaded machine: network 17.97 ms, new amplitude 17.93 ms, new frequency 17.83 ms),
    /// so the true ratio is about 1.0; the allowance is for the noise of a shared machine (one BenchmarkDotNet short run
    /// under two parallel builds gave 1.39 and 3.12).</summary>
    internal const double CachedOverNetwork = 1.5;

    /// <summary>Least the cold path must cost, as a multiple of the cached one: 2 (measured about 60: a 280-point surface
    /// is about half a second, the network run of 1 s about 7 ms).</summary>
    internal const double ColdOverCached = 2;

    internal static readonly string TypeName = nameof(ScenarioCacheBenchmarks);

    internal static readonly string[] Methods =
    [
        nameof(ScenarioCacheBenchmarks.NetworkOnly), nameof(ScenarioCacheBenchmarks.NetworkOnlyNewFrequency), nameof(ScenarioCacheBenchmarks.SimulateNewAmplitude),
        nameof(ScenarioCacheBenchmarks.SimulateNewFrequency), nameof(ScenarioCacheBenchmarks.SimulateCold),
    ];

    /// <summary>Checks the case; writes one line per ratio; returns the number of failures.</summary>
    internal static int Check(IReadOnlyList<BenchmarkGate.Measurement> measurements, TextWriter output)
    {
        if (BenchmarkGate.FastestByMethod(measurements, TypeName, Methods, output) is not { } byMethod) return 1;
        var network = byMethod[nameof(ScenarioCacheBenchmarks.NetworkOnly)];
        var amplitude = byMethod[nameof(ScenarioCacheBenchmarks.SimulateNewAmplitude)];
        var frequency = byMethod[nameof(ScenarioCacheBenchmarks.SimulateNewFrequency)];
        var networkFrequency = byMethod[nameof(ScenarioCacheBenchmarks.NetworkOnlyNewFrequency)];
        var cold = byMethod[nameof(ScenarioCacheBenchmarks.SimulateCold)];
        var failures = 0;
        void Ratio(string name, double value, double limit, bool atMost)
        {
            var ok = atMost ? value <= limit : value >= limit;
            if (!ok) failures++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{TypeName}.{name} = {value:0.00} (target {(atMost ? "≤" : "≥")} {limit:0.00}){(ok ? "" : " FAILED")}"));
        }
        Ratio("SimulateNewAmplitude/NetworkOnly", amplitude / network, CachedOverNetwork, atMost: true);
        Ratio("SimulateNewFrequency/NetworkOnlyNewFrequency", frequency / networkFrequency, CachedOverNetwork, atMost: true);
        Ratio("SimulateCold/SimulateNewAmplitude", cold / amplitude, ColdOverCached, atMost: false);
        return failures;
    }
}
