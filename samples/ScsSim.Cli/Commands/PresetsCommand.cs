using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class PresetsCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumn("preset").AddColumn("program");
        foreach (var (name, program) in Presets.Programs) table.AddRow(name, Markup.Escape(program().ToString()));
        AnsiConsole.Write(table);
        return 0;
    }
}
