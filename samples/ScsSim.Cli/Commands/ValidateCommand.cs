using System.ComponentModel;
using ScsSim.Safety;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : FormattedSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("A settings or scenario file (or a preset).")]
        public string Source { get; init; } = "";

        [CommandOption("--device <FILE>")]
        [Description("A device-profile file (default: the file's own device, else the generic profile).")]
        public string? Device { get; init; }

        public override ValidationResult Validate() => OptionValues.Check(() => _ = Json);
    }

    /// <returns>0 when the device can deliver the settings within the safety limits, 3 when it cannot.</returns>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SettingsSource.Load(settings.Source, settings.Device);
        var report = source.Device.Validate(source.Program, source.Electrodes, source.Impedance);
        var safety = SafetyAnalysis.Evaluate(source.Program, source.Electrodes);
        if (settings.Json)
        {
            JsonAnswer.Write(new JsonAnswer.ValidateAnswer("scssim-validate/1", settings.Source, source.Program.ToString(), source.Device.Name,
                source.Impedance.ToOhms(), report.IsValid, safety.IsWithinLimits, JsonAnswer.Violations(report.Violations.Concat(safety.Violations))));
            return report.IsValid && safety.IsWithinLimits ? 0 : 3;
        }
        AnsiConsole.MarkupLineInterpolated($"[bold]{source.Program}[/] on [bold]{source.Device.Name}[/] into {source.Impedance}");
        var table = new Table().AddColumn("parameter").AddColumn("value").AddColumn("limit").AddColumn("problem");
        foreach (var v in report.Violations.Concat(safety.Violations))
            table.AddRow(Markup.Escape(v.Parameter), Markup.Escape(v.Value), Markup.Escape(v.Limit), Markup.Escape(v.Message));
        if (table.Rows.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]valid[/]: the device can deliver it, within the safety limits.");
            return 0;
        }
        AnsiConsole.Write(table);
        return 3;
    }
}
