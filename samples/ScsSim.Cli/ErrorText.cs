using System.Text.RegularExpressions;
using ScsSim.Serialization;
using Spectre.Console.Cli;

namespace ScsSim.Cli;

/// <summary>One line for the user: the message, never a stack trace or a .NET type name.</summary>
internal static partial class ErrorText
{
    /// <summary>The line to print, and whether the error is ScsSim's fault rather than the input's.</summary>
    public static (string Text, bool InternalError) Of(Exception exception)
    {
        var e = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        if (e is CommandRuntimeException { InnerException: { } inner } && inner is not CommandRuntimeException) e = inner;
        if (e is CommandParseException && UnmatchedArgument().Match(e.Message) is { Success: true } unmatched)
            return ($"unexpected argument '{unmatched.Groups[1].Value}'; quote a value that has a space in it, e.g. --duration \"50 ms\".", false);
        if (e is CommandRuntimeException && MissingArgument().Match(e.Message) is { Success: true } missing)
            return ($"'{missing.Groups[1].Value}' needs {WhatArgumentTakes(missing.Groups[2].Value)}; see 'scssim {missing.Groups[1].Value} --help'.", false);
        return e switch
        {
            // Bad input: the library's and the parser's messages already say what is wrong and what is allowed.
            OptionException or SettingsFormatException or ArgumentException or FormatException or IOException
                or UnauthorizedAccessException or CommandParseException or CommandRuntimeException => (OneLine(e.Message), false),
            OperationCanceledException => ("cancelled.", false),
            // Anything else is a defect in ScsSim: say so plainly instead of passing on "Object reference not set".
            _ => ($"internal error ({e.GetType().Name}): {OneLine(e.Message)} This is a bug in ScsSim; please report it with the command line.", true),
        };
    }

    // ArgumentException appends " (Parameter 'x')" and ArgumentOutOfRangeException "Actual value was y.": the library's
    // own text already names the value and the range, and the parameter is the library's, not an option the user typed.
    private static string OneLine(string message) => DotNetSuffix().Replace(message.ReplaceLineEndings(" "), "").Trim();

    // The arguments as the help names them, in words.
    private static string WhatArgumentTakes(string argument) => argument switch
    {
        "SOURCE" => "a preset (tonic, burst, hf10k, cycling), a settings file or a scenario file",
        "KIND" => "what to sweep, frequency or amplitude, then a preset or a file",
        _ => $"its {argument} argument",
    };

    [GeneratedRegex("^Command '([a-z]+)' is missing required argument '([A-Z]+)'")]
    private static partial Regex MissingArgument();

    [GeneratedRegex("^Could not match '(.*)' with an argument")]
    private static partial Regex UnmatchedArgument();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)(\s*Actual value was [^ ]*\.)?")]
    private static partial Regex DotNetSuffix();
}
