using System.Globalization;
using System.Text.Json;

namespace ScsSim.Benchmarks;

/// <summary>
/// Reads BenchmarkDotNet's full JSON reports and fails the CI run when a benchmark did not produce a measurement.
/// The waveform benchmarks add ratio floors here (issue 3).
/// </summary>
public static class BenchmarkGate
{
    /// <summary>Checks every "*-report-full.json" in <paramref name="resultsFolder"/>; prints one line per benchmark.</summary>
    /// <returns>0 when every benchmark has a finite mean, 1 otherwise, 2 when there is no report.</returns>
    public static int Run(string resultsFolder)
    {
        var files = Directory.Exists(resultsFolder) ? Directory.GetFiles(resultsFolder, "*-report-full*.json") : [];
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"gate: no JSON report in {resultsFolder}; run the benchmarks with '-e json' first.");
            return 2;
        }
        var failures = 0;
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                var name = $"{benchmark.GetProperty("Type").GetString()}.{benchmark.GetProperty("Method").GetString()}";
                var mean = benchmark.TryGetProperty("Statistics", out var stats) && stats.ValueKind == JsonValueKind.Object
                    ? stats.GetProperty("Mean").GetDouble()
                    : double.NaN;
                var ok = double.IsFinite(mean) && mean > 0;
                if (!ok) failures++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} mean={mean:G4} ns {(ok ? "ok" : "FAILED: no measurement")}"));
            }
        }
        Console.WriteLine(failures == 0 ? "gate: all benchmarks measured" : $"gate: {failures} benchmark(s) failed");
        return failures == 0 ? 0 : 1;
    }
}
