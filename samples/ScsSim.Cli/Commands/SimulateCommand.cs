using System.ComponentModel;
using System.Globalization;
using ScsSim.Activation;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Waveforms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class SimulateCommand : Command<SimulateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<preset|settings.json>")]
        [Description("A preset (tonic, burst, hf10k, cycling) or a settings file.")]
        public string Source { get; init; } = "";

        [CommandOption("--out <FOLDER>")]
        [Description("Where the PNG plots go (default scssim-out).")]
        public string Out { get; init; } = "scssim-out";

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the virtual patient's fibre population (default 1).")]
        public int Seed { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SettingsSource.Load(settings.Source);
        Directory.CreateDirectory(settings.Out);
        var validation = source.Device.Validate(source.Program, source.Electrodes, source.Impedance);
        var safety = SafetyAnalysis.Evaluate(source.Program, source.Electrodes);
        var energy = EnergyAnalysis.Evaluate(source.Program, source.Impedance, source.Device);
        var placement = LeadPlacement.MidlineT8;
        var analysis = RecruitmentAnalysis.Compute(FibrePopulation.Generate(settings.Seed), source.Electrodes, placement, source.Program.Pulse);
        var amplitude = source.Program.Pulse.Amplitude;
        var coverage = analysis.CoverageAt(amplitude);

        var table = new Table().AddColumn("").AddColumn("").HideHeaders();
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("program", source.Program.ToString());
        Row("electrodes", $"{source.Electrodes} on {source.Electrodes.Leads[0].Name}");
        Row("device", source.Device.Name);
        Row("validation", validation.IsValid ? "deliverable" : $"{validation.Violations.Count} violation(s): {string.Join("; ", validation.Violations.Select(v => v.Parameter))}");
        Row("charge per phase", safety.ChargePerPhase.ToString("µC:0.###"));
        Row("max charge density", safety.MaxChargeDensity.ToString("G4"));
        Row("Shannon k", string.Create(CultureInfo.InvariantCulture, $"{safety.ShannonK:0.00} (limit {safety.Limits.ShannonK:0.00}): {(safety.IsWithinLimits ? "within limits" : "LIMIT EXCEEDED")}"));
        Row("TEED", energy.TeedPerSecond.ToString("µW:G4"));
        Row("battery", energy.BatteryKind == Programming.BatteryKind.Rechargeable
            ? string.Create(CultureInfo.InvariantCulture, $"{energy.DaysBetweenCharges:0.0} days between charges ({energy.BatteryDrain.ToString("mA:0.000")})")
            : string.Create(CultureInfo.InvariantCulture, $"{energy.ServiceYears:0.0} years ({energy.BatteryDrain.ToString("mA:0.000")})"));
        Row("patient", $"lead over {placement.Vertebra}, {placement.LateralOffset} lateral, {placement.CsfThickness} dorsal CSF; seed {settings.Seed}");
        Row("perception threshold", analysis.PerceptionThreshold?.ToString("mA:0.00") ?? "not reached");
        Row("discomfort threshold", analysis.DiscomfortThreshold is { } d ? $"{d.ToString("mA:0.00")} ({analysis.DiscomfortCause})" : "not reached");
        Row("paresthesia at " + amplitude.ToString("mA:0.##"), coverage.Covered.Any() ? string.Join(", ", coverage.Covered) : "none (paresthesia-free)");
        AnsiConsole.Write(table);

        var schedule = WaveformSchedule.Compile(source.Program, 100_000);
        var window = WaveformWindow(source.Program);
        var plots = new[]
        {
            Plots.Waveform(schedule, window, Path.Combine(settings.Out, $"{source.Name}-waveform.png")),
            Plots.Spectrum(PowerSpectrum.Of(schedule, Duration.FromSeconds(1)), 5_000, Path.Combine(settings.Out, $"{source.Name}-spectrum.png")),
            Plots.Recruitment(analysis, Math.Max(10, 2 * (analysis.DiscomfortThreshold ?? amplitude).ToMilliamperes()), Path.Combine(settings.Out, $"{source.Name}-recruitment.png")),
        };
        foreach (var plot in plots) AnsiConsole.MarkupLineInterpolated($"wrote [green]{plot}[/]");
        return 0;
    }

    // Two bursts, a few tonic periods, or a millisecond of kilohertz stimulation.
    private static Duration WaveformWindow(Programming.StimulationProgram program) => program switch
    {
        Programming.BurstProgram b => b.BurstFrequency.Period() * 2,
        Programming.CyclingProgram c => WaveformWindow(c.Program),
        Programming.HighFrequencyProgram => Duration.FromMilliseconds(1),
        Programming.TonicProgram t => t.Frequency.Period() * 3,
        _ => Duration.FromMilliseconds(50),
    };
}
