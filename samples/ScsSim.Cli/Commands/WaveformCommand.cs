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
        [CommandArgument(0, "<preset|settings.json>")]
        [Description("A preset (tonic, burst, hf10k, cycling) or a settings file.")]
        public string Source { get; init; } = "";

        [CommandOption("--duration <DURATION>")]
        [Description("How much signal, e.g. 50ms, 1 s (default 50 ms).")]
        public string Duration { get; init; } = "50 ms";

        [CommandOption("--start <DURATION>")]
        [Description("Where the window starts in the signal (default 0 s).")]
        public string Start { get; init; } = "0 s";

        [CommandOption("--rate <HZ>")]
        [Description("Sample rate in Hz (default 100000).")]
        public long Rate { get; init; } = 100_000;

        [CommandOption("--csv <FILE>")]
        [Description("Output file (default <source>-waveform.csv).")]
        public string? Csv { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SettingsSource.Load(settings.Source);
        var waveform = new MultiChannelWaveform(source.Program, source.Electrodes, settings.Rate);
        var count = waveform.Schedule.SamplesIn(Duration.Parse(settings.Duration));
        if (count is < 1 or > 50_000_000)
            throw new ArgumentOutOfRangeException(nameof(settings.Duration), settings.Duration, $"--duration must give 1 to 50,000,000 samples at {settings.Rate} Hz; it gives {count}.");
        var path = settings.Csv ?? $"{source.Name}-waveform.csv";
        using (var writer = new StreamWriter(path))
            WaveformCsv.Write(writer, waveform, waveform.Schedule.SamplesIn(Duration.Parse(settings.Start)), (int)count);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"wrote [green]{path}[/]: {count} samples × {waveform.Channels.Count} channels ({string.Join(", ", waveform.Channels)}) at {settings.Rate} Hz");
        return 0;
    }
}
