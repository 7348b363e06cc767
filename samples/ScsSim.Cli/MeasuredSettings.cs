using System.ComponentModel;
using ScsSim.DorsalHorn;
using Spectre.Console.Cli;

namespace ScsSim.Cli;

/// <summary>Settings of a command that measures pain transmission: the measured window and the number of network seeds, on
/// top of the library's shared warm-up (<see cref="MeasurementPolicy"/>), so every command gives the same number for the
/// same setting.</summary>
public abstract class MeasuredSettings : FormattedSettings
{
    [CommandOption("--window <DURATION>")]
    [Description("Network time measured per run after the 3 s warm-up (default 10 s; 0.1 s to 600 s).")]
    public string Window { get; init; } = "10 s";

    [CommandOption("--seeds <N>")]
    [Description("Network seeds averaged for each readout, with a 95 % interval (default 5; 1-100).")]
    public string Seeds { get; init; } = "5";

    /// <summary>The measurement policy of these options.</summary>
    public MeasurementPolicy Policy => MeasurementPolicy.Default with
    {
        Window = OptionValues.Duration("--window", Window, Quantities.Duration.FromMilliseconds(100), Quantities.Duration.FromSeconds(600)),
        Seeds = (int)OptionValues.WholeNumber("--seeds", Seeds, 1, 100, "the number of seeds"),
    };
}
