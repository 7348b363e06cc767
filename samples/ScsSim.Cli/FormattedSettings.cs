using System.ComponentModel;
using Spectre.Console.Cli;

namespace ScsSim.Cli;

/// <summary>Settings of a command that can answer in JSON (<c>--format json</c>, schemas in <c>Schemas/</c>).</summary>
public abstract class FormattedSettings : CommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json: one JSON document on stdout and nothing else (schema: Schemas/<command>.schema.json).")]
    public string Format { get; init; } = "table";

    /// <summary>Whether the answer is JSON.</summary>
    public bool Json => OptionValues.IsJson("--format", Format);
}
