using System.Globalization;
using ScsSim.Quantities;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli;

/// <summary>
/// Reads option values in the user's words: every complaint names the option, the text given and what is allowed.
/// Options are declared as strings and read here, because the parser's own conversion errors ("Failed to convert
/// 'abc' to Int64") name a .NET type instead of the option.
/// </summary>
internal static class OptionValues
{
    public static long WholeNumber(string option, string text, long min, long max, string what)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new OptionException(option, text, $"{what}, a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}");
        return value;
    }

    /// <summary>--format: table (the default, for people) or json (one document on stdout, for scripts).</summary>
    public static bool IsJson(string option, string text) => text switch
    {
        "table" => false,
        "json" => true,
        _ => throw new OptionException(option, text, "table or json"),
    };

    public static ulong Seed(string option, string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new OptionException(option, text, $"a seed, a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}");

    public static Duration Duration(string option, string text, Duration min, Duration max) =>
        Quantities.Duration.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new OptionException(option, text, $"a duration from {min} to {max}, a number and a unit (ns, us, ms, s), e.g. 50ms or 1 s");

    /// <summary>The posture names the command line takes: the enum's names in camelCase, as in scenario files.</summary>
    public static readonly (string Name, Activation.Posture Value)[] Postures =
        [.. Enum.GetValues<Activation.Posture>().Select(p => (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.ToString()), p))];

    public static Activation.Posture Posture(string option, string text) =>
        Postures.FirstOrDefault(p => p.Name == text) is { Name: not null } found
            ? found.Value
            : throw new OptionException(option, text, $"a posture: {string.Join(", ", Postures.Select(p => p.Name))}");

    /// <summary>The same checks as a validation result, for <see cref="CommandSettings.Validate"/>.</summary>
    public static ValidationResult Check(params Action[] reads)
    {
        foreach (var read in reads)
        {
            try { read(); }
            catch (OptionException e) { return ValidationResult.Error(e.Message); }
        }
        return ValidationResult.Success();
    }
}

/// <summary>An option's value is not allowed; the message names the option, the value and what is allowed.</summary>
internal sealed class OptionException(string message) : Exception(message)
{
    public OptionException(string option, string text, string allowed)
        : this($"{option} '{text}' is not allowed; it takes {allowed}.")
    {
    }
}
