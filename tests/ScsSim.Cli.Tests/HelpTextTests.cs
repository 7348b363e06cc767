using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Tests;

/// <summary>
/// <c>--help</c> as a user reads it in a pipe (80 columns, the width Spectre assumes when the output is redirected):
/// no description may be cut inside a word. Runs the tool as a separate process, so the output really is redirected.
/// </summary>
public sealed partial class HelpTextTests
{
    public static TheoryData<string> Commands => ["", "simulate", "waveform", "sweep", "validate", "presets", "postures"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_description_reads_whole_when_piped(string command)
    {
        var help = RunTool(command.Length == 0 ? ["--help"] : [command, "--help"]);
        var flowing = Whitespace().Replace(help, " ");
        var descriptions = DescriptionsShownBy(command);
        Assert.NotEmpty(descriptions);
        foreach (var description in descriptions)
            Assert.Contains(Whitespace().Replace(description.TrimEnd('.'), " "), flowing);
    }

    // What the help of a command shows: the command descriptions for the root, the arguments' and options' otherwise.
    private static List<string> DescriptionsShownBy(string command)
    {
        if (command.Length == 0) return CliApp.Descriptions.Values.ToList();
        var settings = typeof(CliApp).Assembly.GetTypes().Single(t => t.Name.Equals(command + "Command", StringComparison.OrdinalIgnoreCase)).GetNestedType("Settings");
        return settings is null ? [CliApp.Descriptions[command]]
            : settings.GetProperties().Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
                .Select(p => p.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()!.Description).ToList();
    }

    private static string RunTool(string[] args)
    {
        var (code, output, error) = ToolProcess.Run(args);
        Assert.True(code == 0, $"exit {code}: {error}");
        return output;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
