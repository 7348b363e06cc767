using System.ComponentModel;
using System.Globalization;
using ScsSim.Activation;
using ScsSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

/// <summary>Thresholds, usage range and coverage of one scenario in every posture: the dorsal CSF layer changes with the
/// posture (<see cref="DorsalCsfThickness"/>), and with it what the same program does.</summary>
internal sealed class PosturesCommand : Command<PosturesCommand.Settings>
{
    public sealed class Settings : FormattedSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("A preset (tonic, burst, hf10k, cycling), a settings file, or a virtual-patient scenario file.")]
        public string Source { get; init; } = "";

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the virtual patient (default 1).")]
        public string Seed { get; init; } = "1";

        public ulong SeedValue => OptionValues.Seed("--seed", Seed);

        public override ValidationResult Validate() => OptionValues.Check(() => _ = SeedValue, () => _ = Json);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = SettingsSource.LoadScenario(settings.Source, settings.SeedValue);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("posture").AddColumn("dorsal CSF").AddColumn("perception").AddColumn("discomfort")
            .AddColumn("usage range").AddColumn($"coverage at {scenario.Program.Pulse.Amplitude.ToString("mA:0.0", c)}");
        var vertebra = scenario.Patient.Placement.Vertebra;
        var rows = new List<JsonAnswer.PostureAnswer>();
        foreach (var (name, posture) in OptionValues.Postures)
        {
            var inPosture = scenario.WithPosture(posture);
            var analysis = Sweeps.WithProgress($"{name}: activation", progress => inPosture.Recruitment(progress: progress, cancellationToken: cancellationToken), settings.Json);
            var coverage = analysis.CoverageAt(scenario.Program.Pulse.Amplitude).CoverageOf(scenario.Patient.PainfulRegions);
            var csf = inPosture.Patient.PlacementsInPosture[0].CsfThickness;
            rows.Add(new JsonAnswer.PostureAnswer(name, csf.ToMillimetres(), DorsalCsfThickness.IsChangeMeasured(vertebra, posture),
                analysis.PerceptionThreshold?.ToMilliamperes(), analysis.DiscomfortThreshold?.ToMilliamperes(),
                analysis.UsageRange is { } u ? u.Discomfort / u.Perception : null, coverage));
            table.AddRow(name,
                Markup.Escape($"{csf.ToString("mm:0.0", c)}{(DorsalCsfThickness.IsChangeMeasured(vertebra, posture) ? "" : "*")}"),
                analysis.PerceptionThreshold?.ToString("mA:0.00", c) ?? "not reached",
                analysis.DiscomfortThreshold?.ToString("mA:0.00", c) ?? "not reached",
                analysis.UsageRange is { } r ? (r.Discomfort / r.Perception).ToString("0.00", c) : "none",
                coverage.ToString("P0", c));
        }
        if (settings.Json)
        {
            JsonAnswer.Write(new JsonAnswer.PosturesAnswer("scssim-postures/1", settings.Source, scenario.Program.ToString(), vertebra.ToString(),
                scenario.Program.Pulse.Amplitude.ToMilliamperes(), rows.ToArray()));
            return 0;
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape("* the change from supine at this level is the library's assumption, not a measurement (MODEL.md)."));
        AnsiConsole.MarkupLine(Markup.Escape("Dorsal CSF by posture: Holsheimer et al. 1994 (AJNR 15:951) measured supine and prone at T11-T12; the placement's thickness is the supine one."));
        return 0;
    }
}
