using System.Reflection;
using ScsSim.Cli.Commands;
using Spectre.Console.Cli;

namespace ScsSim.Cli;

/// <summary>
/// The command-line tool: commands, strict option checking and one-line errors. <see cref="Run"/> is what
/// <c>Program.cs</c> calls and what the tests call in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>Exit code for bad input (an unknown option, a value out of range, a file that is not a settings file).</summary>
    public const int UsageError = 1;

    /// <summary>Exit code for an error that is ScsSim's fault, not the user's (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Each command's one-line description, as <c>--help</c> lists it.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["simulate"] = "Summary table and PNG plots for a preset (tonic, burst, hf10k, cycling) or a settings file.",
        ["waveform"] = "Render a program's per-contact currents to CSV.",
        ["sweep"] = "Frequency or amplitude sweep of the pain-transmission index, with a progress bar; CSV and PNG.",
        ["validate"] = "Check a settings file against a device profile (every violation, and the safety limits).",
        ["presets"] = "List the presets.",
        ["postures"] = "Perception, discomfort, usage range and coverage in each posture (the dorsal CSF layer changes).",
    };

    private static readonly Dictionary<string, Type> CommandSettings = new()
    {
        ["simulate"] = typeof(SimulateCommand.Settings),
        ["waveform"] = typeof(WaveformCommand.Settings),
        ["sweep"] = typeof(SweepCommand.Settings),
        ["validate"] = typeof(ValidateCommand.Settings),
        ["presets"] = typeof(EmptyCommandSettings),
        ["postures"] = typeof(PosturesCommand.Settings),
    };

    public static int Run(string[] args)
    {
        // Spectre's strict mode refuses unknown options too, but says neither which command nor what was meant.
        if (UnknownOption(args) is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}");
            return UsageError;
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("scssim");
            config.UseStrictParsing();
            config.AddCommand<SimulateCommand>("simulate")
                .WithDescription(Descriptions["simulate"])
                .WithExample("simulate", "tonic")
                .WithExample("simulate", "settings.json", "--out", "plots");
            config.AddCommand<WaveformCommand>("waveform")
                .WithDescription(Descriptions["waveform"])
                .WithExample("waveform", "burst", "--duration", "50ms", "--rate", "100000", "--csv", "burst.csv");
            config.AddCommand<SweepCommand>("sweep")
                .WithDescription(Descriptions["sweep"])
                .WithExample("sweep", "frequency", "tonic", "--points", "20")
                .WithExample("sweep", "amplitude", "tonic");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription(Descriptions["validate"])
                .WithExample("validate", "settings.json", "--device", "device.json");
            config.AddCommand<PresetsCommand>("presets").WithDescription(Descriptions["presets"]);
            config.AddCommand<PosturesCommand>("postures")
                .WithDescription(Descriptions["postures"])
                .WithExample("postures", "tonic");
            config.SetExceptionHandler((exception, _) =>
            {
                var (text, internalError) = ErrorText.Of(exception);
                Console.Error.WriteLine($"error: {text}");
                return internalError ? InternalError : UsageError;
            });
        });
        return app.Run(args);
    }

    /// <summary>
    /// The first problem with the words of the command line that the parser would report badly or not at all: an unknown
    /// command or option (with the nearest one that exists), or an option whose value is missing.
    /// </summary>
    internal static string? UnknownOption(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith('-')) return null; // help and version are the parser's
        if (!CommandSettings.TryGetValue(args[0], out var settings))
            return $"there is no command '{args[0]}'; {Suggest(args[0], CommandSettings.Keys, "commands")}";
        var known = KnownOptions(settings);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--") break; // everything after it is an argument
            if (!arg.StartsWith('-') || arg == "-" || IsNumber(arg)) continue;
            var parts = arg.Split('=', 2);
            var name = parts[0];
            if (name is "-h" or "--help" or "-?") continue;
            if (!known.TryGetValue(name, out var valueName))
                return $"'{args[0]}' has no option '{name}'; {Suggest(name, known.Keys.Where(k => k.StartsWith("--", StringComparison.Ordinal)), $"'{args[0]}' takes")}";
            if (valueName is null || parts.Length == 2) continue;
            if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && !IsNumber(args[i + 1])))
                return $"{name} needs a value ({valueName}).";
            i++; // the value
        }
        return null;
    }

    private static bool IsNumber(string arg) => arg.Length > 1 && arg[0] == '-' && (char.IsAsciiDigit(arg[1]) || arg[1] == '.');

    private static string Suggest(string given, IEnumerable<string> allowed, string listName)
    {
        var names = allowed.Order(StringComparer.Ordinal).ToList();
        var nearest = names.Select(n => (Name: n, Distance: EditDistance(given, n))).MinBy(p => p.Distance);
        return nearest.Name is not null && nearest.Distance <= Math.Max(2, given.Length / 3)
            ? $"did you mean '{nearest.Name}'?"
            : $"{listName}: {string.Join(", ", names)}.";
    }

    /// <summary>Each option of a command's settings, with the name of its value (null for a flag).</summary>
    private static Dictionary<string, string?> KnownOptions(Type settings)
    {
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in settings.GetProperties())
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option)
            {
                foreach (var n in option.LongNames) names["--" + n] = option.ValueName;
                foreach (var n in option.ShortNames) names["-" + n] = option.ValueName;
            }
        return names;
    }

    /// <summary>Levenshtein distance, for "did you mean".</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
