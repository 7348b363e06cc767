using System.ComponentModel;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class SweepCommand : Command<SweepCommand.Settings>
{
    public sealed class Settings : MeasuredSettings
    {
        [CommandArgument(0, "<KIND>")]
        [Description("Sweep frequency (1 Hz-10 kHz, log-spaced) or amplitude (multiples of the perception threshold).")]
        public string Kind { get; init; } = "";

        [CommandArgument(1, "<SOURCE>")]
        [Description("A preset, a settings file or a scenario file.")]
        public string Source { get; init; } = "";

        [CommandOption("--points <N>")]
        [Description("Number of points (default 30 for frequency, 16 for amplitude: 0 to 1.5 × perception).")]
        public string? Points { get; init; }

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the virtual patient (default 1).")]
        public string Seed { get; init; } = "1";

        [CommandOption("--out <FOLDER>")]
        [Description("Where the CSV table and PNG plot go (default scssim-out).")]
        public string Out { get; init; } = "scssim-out";

        public int? PointCount => Points is null ? null : (int)OptionValues.WholeNumber("--points", Points, 2, 1000, "the number of points");

        public ulong SeedValue => OptionValues.Seed("--seed", Seed);

        public override ValidationResult Validate() =>
            Kind is "frequency" or "amplitude"
                ? OptionValues.Check(() => _ = PointCount, () => _ = SeedValue, () => _ = Policy, () => _ = Json)
                : ValidationResult.Error($"the sweep kind must be 'frequency' or 'amplitude'; got '{Kind}'.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = SettingsSource.LoadScenario(settings.Source, settings.SeedValue);
        var options = new ScenarioOptions { Measurement = settings.Policy };
        Directory.CreateDirectory(settings.Out);
        var name = $"{Path.GetFileNameWithoutExtension(settings.Source)}-{settings.Kind}-sweep";
        IReadOnlyList<SweepPoint> points;
        string png;
        if (settings.Kind == "frequency")
        {
            var frequencies = GateControlSweeps.LogSpacedFrequencies(Frequency.FromHertz(1), Frequency.FromKilohertz(10), settings.PointCount ?? 30);
            points = Sweeps.WithProgress("frequency sweep", p => scenario.FrequencySweep(frequencies, options, p, cancellationToken), settings.Json);
            png = Plots.FrequencyResponse(points, Path.Combine(settings.Out, name + ".png"));
        }
        else
        {
            var n = settings.PointCount ?? 16;
            var multiples = Enumerable.Range(0, n).Select(i => 1.5 * i / (n - 1)).ToArray();
            points = Sweeps.WithProgress("amplitude sweep", p => scenario.AmplitudeSweep(multiples, options, p, cancellationToken), settings.Json);
            png = Plots.AmplitudeResponse(points, Path.Combine(settings.Out, name + ".png"));
        }
        var csv = Path.Combine(settings.Out, name + ".csv");
        File.WriteAllText(csv, GateControlSweeps.ToCsv(points));
        if (settings.Json)
        {
            JsonAnswer.Write(JsonAnswer.Sweep(settings.Source, settings.Kind, points, csv, png));
            return 0;
        }
        var table = new Table().AddColumn("frequency (Hz)").AddColumn("amplitude (× PT)").AddColumn("A-beta driven").AddColumn("WDR without (Hz)")
            .AddColumn("WDR with (Hz)").AddColumn("index").AddColumn("index 95 % interval");
        foreach (var p in points)
            table.AddRow($"{p.Frequency.ToHertz():0.##}", double.IsNaN(p.AmplitudeMultiple) ? "-" : $"{p.AmplitudeMultiple:0.00}", $"{p.RecruitedFraction:P0}",
                $"{p.WdrRateWithoutScs.ToHertz():0.0}", $"{p.WdrRateWithScs.ToHertz():0.0}", $"{p.Index:0.00}",
                p.IndexEstimate.Count < 2 ? "-" : $"{p.IndexEstimate.Lower:0.00} to {p.IndexEstimate.Upper:0.00}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"wrote [green]{csv}[/] and [green]{png}[/]");
        return 0;
    }
}
