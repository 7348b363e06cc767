using ScsSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class PresetsCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        // The library's presets: the same patient, lead and device, one program family each.
        var table = new Table().AddColumn("preset").AddColumn("program").AddColumn("electrodes");
        foreach (var name in ScenarioPresets.Names)
        {
            var preset = ScenarioPresets.ByName(name);
            table.AddRow(name, Markup.Escape(preset.Program.ToString()), Markup.Escape(preset.Electrodes.ToString()));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
