using System.Text.Json.Nodes;
using Json.Schema;
using ScsSim.Scenarios;

namespace ScsSim.Cli.Tests;

/// <summary>
/// <c>--format json</c>: the answer is one JSON document on stdout, valid against the command's schema (shipped beside the
/// tool in <c>Schemas/</c>), and it carries the library's own numbers.
/// </summary>
[Collection(nameof(ConsoleCollection))] // one test runs the tool in-process (stderr)
public sealed class JsonAnswerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scssim-json-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_answers_with_every_violation_and_exit_code_3()
    {
        var device = Path.Combine(RepositoryRoot(), "samples", "settings", "example-device.json");
        var (code, answer) = RunJson("validate", ["validate", "hf10k", "--device", device, "--format", "json"]);
        Assert.Equal(3, code);
        Assert.False(answer["deliverable"]!.GetValue<bool>());
        var violation = Assert.Single(answer["violations"]!.AsArray());
        Assert.Equal("frequency", violation!["parameter"]!.GetValue<string>());
        var (valid, ok) = RunJson("validate", ["validate", "tonic", "--format", "json"]);
        Assert.Equal(0, valid);
        Assert.True(ok["deliverable"]!.GetValue<bool>() && ok["withinSafetyLimits"]!.GetValue<bool>());
    }

    [Fact]
    public void Simulate_answers_with_the_scenarios_own_numbers()
    {
        var (code, answer) = RunJson("simulate", ["simulate", "tonic", "--format", "json", "--out", _folder]);
        Assert.Equal(0, code);
        var outcome = ScenarioPresets.Tonic.Simulate();
        Assert.Equal(outcome.PerceptionThreshold!.Value.ToMilliamperes(), answer["perceptionThreshold_mA"]!.GetValue<double>(), 12);
        Assert.Equal(outcome.PainTransmissionIndex, answer["painTransmission"]!["index"]!.GetValue<double>(), 12);
        // The command measures with the library's shared policy: the same interval, seeds, warm-up and window.
        Assert.Equal(outcome.PainTransmission.Index.Lower, answer["painTransmission"]!["indexLow95"]!.GetValue<double>(), 12);
        Assert.Equal(outcome.PainTransmission.Index.Upper, answer["painTransmission"]!["indexHigh95"]!.GetValue<double>(), 12);
        Assert.Equal(5, answer["painTransmission"]!["seeds"]!.GetValue<int>());
        Assert.Equal(3, answer["painTransmission"]!["warmup_s"]!.GetValue<double>());
        Assert.Equal(outcome.Energy.DaysBetweenCharges!.Value, answer["energy"]!["batteryLife_days"]!.GetValue<double>(), 12);
        Assert.All(answer["plots"]!.AsArray(), p => Assert.True(File.Exists(p!.GetValue<string>())));
    }

    [Fact]
    public void Sweep_answers_with_one_row_per_point()
    {
        var (code, answer) = RunJson("sweep", ["sweep", "frequency", "tonic", "--points", "3", "--window", "200ms", "--seeds", "2", "--format", "json", "--out", _folder]);
        Assert.Equal(0, code);
        var points = answer["points"]!.AsArray();
        Assert.Equal(3, points.Count);
        Assert.All(points, p => Assert.Null(p!["amplitudeMultiple"]));
        Assert.Equal(4, File.ReadAllLines(answer["csv"]!.GetValue<string>()).Length);
    }

    [Fact]
    public void Postures_answer_with_one_row_per_posture_and_the_scenarios_own_thresholds()
    {
        var (code, answer) = RunJson("postures", ["postures", "tonic", "--format", "json"]);
        Assert.Equal(0, code);
        var rows = answer["postures"]!.AsArray();
        Assert.Equal(5, rows.Count);
        var supine = rows.Single(r => r!["posture"]!.GetValue<string>() == "supine")!;
        Assert.Equal(ScenarioPresets.Tonic.Recruitment().PerceptionThreshold!.Value.ToMilliamperes(), supine["perceptionThreshold_mA"]!.GetValue<double>(), 12);
    }

    [Fact]
    public void A_format_other_than_table_or_json_is_refused_in_words()
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try { Assert.Equal(CliApp.UsageError, CliApp.Run(["validate", "tonic", "--format", "xml"])); }
        finally { Console.SetError(original); }
        Assert.Equal("error: --format 'xml' is not allowed; it takes table or json.", error.ToString().Trim());
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    // Runs the tool as a process; the whole of stdout must be one document valid against the command's schema.
    private static (int Code, JsonNode Answer) RunJson(string command, string[] args)
    {
        var (code, text, error) = ToolProcess.Run(args);
        Assert.True(error.Length == 0, $"stderr: {error}");
        var node = JsonNode.Parse(text)!;
        JsonSchema schema;
        lock (Schemas)
            if (!Schemas.TryGetValue(command, out schema!))
                Schemas[command] = schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", $"{command}.schema.json"));
        using var document = System.Text.Json.JsonDocument.Parse(text);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, $"{command} answer does not match its schema: {string.Join("; ", errors)}\n{text}");
        return (code, node);
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "ScsSim.sln"))) return d.FullName;
        throw new InvalidOperationException("ScsSim.sln not found above the test folder.");
    }
}
