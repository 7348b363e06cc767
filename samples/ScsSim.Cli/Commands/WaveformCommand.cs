using System.ComponentModel;
using System.Globalization;
using ScsSim.Quantities;
using ScsSim.Waveforms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class WaveformCommand : Command<WaveformCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("A preset (tonic, burst, hf10k, cycling), a settings file or a scenario file.")]
        public string Source { get; init; } = "";

        [CommandOption("--duration <DURATION>")]
        [Description("How much signal, e.g. 50ms, 1 s (default 50 ms).")]
        public string Duration { get; init; } = "50 ms";

        [CommandOption("--start <DURATION>")]
        [Description("Where the window starts in the signal (default 0 s).")]
        public string Start { get; init; } = "0 s";

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate in Hz (default 100000).")]
        public string Rate { get; init; } = "100000";

        [CommandOption("--csv <FILE>")]
        [Description("Output file (default <source>-waveform.csv).")]
        public string? Csv { get; init; }

        public long RateHz => OptionValues.WholeNumber("--rate", Rate, 1, MaxRateHz, "samples per second");

        public Duration Length => OptionValues.Duration("--duration", Duration, Quantities.Duration.FromNanoseconds(1), Quantities.Duration.FromSeconds(86_400));

        public Duration StartTime => OptionValues.Duration("--start", Start, Quantities.Duration.Zero, Quantities.Duration.FromSeconds(365 * 86_400));

        public override ValidationResult Validate() => OptionValues.Check(() => _ = RateHz, () => _ = Length, () => _ = StartTime);
    }

    private const long MaxRateHz = 1_000_000_000;
    private const long MaxSamples = 50_000_000;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SettingsSource.Load(settings.Source);
        var rate = settings.RateHz;
        MultiChannelWaveform waveform;
        try
        {
            waveform = new MultiChannelWaveform(source.Program, source.Electrodes, Frequency.FromHertz(rate));
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "sampleRate")
        {
            // The library names its own parameter; the user typed --rate.
            throw new OptionException($"--rate {settings.Rate}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
        var count = waveform.Schedule.SamplesIn(settings.Length);
        if (count is < 1 or > MaxSamples)
            throw new OptionException($"--duration {settings.Duration} gives {count:N0} samples at {rate} Hz; it must give 1 to {MaxSamples:N0}.");
        var path = settings.Csv ?? $"{source.Name}-waveform.csv";
        using (var writer = new StreamWriter(path))
            WaveformCsv.Write(writer, waveform, waveform.Schedule.SamplesIn(settings.StartTime), (int)count);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"wrote [green]{path}[/]: {count} samples × {waveform.Channels.Count} channels ({string.Join(", ", waveform.Channels)}) at {rate} Hz");
        return 0;
    }
}
