using ScsSim.Cli;
using ScsSim.Cli.Commands;
using Spectre.Console.Cli;

// The README's main job: `dotnet run --project samples/ScsSim.Cli -- simulate tonic`.
// Bad input gets one clear line on stderr and a non-zero exit code, never a stack trace.
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("scssim");
    config.AddCommand<SimulateCommand>("simulate")
        .WithDescription("Summary table and PNG plots for a preset (tonic, burst, hf10k, cycling) or a settings file.")
        .WithExample("simulate", "tonic")
        .WithExample("simulate", "settings.json", "--out", "plots");
    config.AddCommand<WaveformCommand>("waveform")
        .WithDescription("Render a program's per-contact currents to CSV.")
        .WithExample("waveform", "burst", "--duration", "50ms", "--rate", "100000", "--csv", "burst.csv");
    config.AddCommand<SweepCommand>("sweep")
        .WithDescription("Frequency or amplitude sweep of the pain-transmission index, with a progress bar; CSV and PNG.")
        .WithExample("sweep", "frequency", "tonic", "--points", "20")
        .WithExample("sweep", "amplitude", "tonic");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Check a settings file against a device profile (every violation, and the safety limits).")
        .WithExample("validate", "settings.json", "--device", "device.json");
    config.AddCommand<PresetsCommand>("presets").WithDescription("List the presets.");
    config.SetExceptionHandler((exception, _) =>
    {
        Console.Error.WriteLine($"error: {ErrorText.Of(exception)}");
        return 1;
    });
});
return app.Run(args);
