using System.ComponentModel;
using System.Globalization;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;
using ScsSim.Waveforms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScsSim.Cli.Commands;

internal sealed class SimulateCommand : Command<SimulateCommand.Settings>
{
    public sealed class Settings : MeasuredSettings
    {
        [CommandArgument(0, "<SOURCE>")]
        [Description("A preset (tonic, burst, hf10k, cycling), a settings file, or a virtual-patient scenario file.")]
        public string Source { get; init; } = "";

        [CommandOption("--out <FOLDER>")]
        [Description("Where the PNG plots go (default scssim-out).")]
        public string Out { get; init; } = "scssim-out";

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the virtual patient (fibre population and natural activity; default 1).")]
        public string Seed { get; init; } = "1";

        [CommandOption("--posture <POSTURE>")]
        [Description("The patient's posture: supine (default), prone, sitting, standing, lyingOnSide; it changes the dorsal CSF layer.")]
        public string? Posture { get; init; }

        public ulong SeedValue => OptionValues.Seed("--seed", Seed);

        public Posture? PostureValue => Posture is null ? null : OptionValues.Posture("--posture", Posture);

        public override ValidationResult Validate() => OptionValues.Check(() => _ = SeedValue, () => _ = PostureValue, () => _ = Json, () => _ = Policy);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scenario = SettingsSource.LoadScenario(settings.Source, settings.SeedValue);
        if (settings.PostureValue is { } posture) scenario = scenario.WithPosture(posture);
        var name = Path.GetFileNameWithoutExtension(settings.Source);
        Directory.CreateDirectory(settings.Out);
        // The activation stage first, with a bar (threshold surface, and the train factors of a burst or kilohertz program):
        // Simulate then takes it from the cache.
        var json = settings.Json;
        Sweeps.WithProgress("activation (fibre thresholds)", progress => scenario.Recruitment(progress: progress, cancellationToken: cancellationToken), json);
        var options = new ScenarioOptions { Measurement = settings.Policy };
        var outcome = json ? scenario.Simulate(options, cancellationToken)
            : AnsiConsole.Status().Start("simulating the virtual patient...", _ => scenario.Simulate(options, cancellationToken));
        var recruitment = scenario.Recruitment(cancellationToken: cancellationToken); // from the cache: Simulate computed it
        if (!json) AnsiConsole.Write(Summary(scenario, outcome, recruitment));

        var frequencyResponse = Sweeps.WithProgress("frequency response", progress =>
            scenario.FrequencySweep(GateControlSweeps.LogSpacedFrequencies(Frequency.FromHertz(1), Frequency.FromKilohertz(10), 20), options,
                progress, cancellationToken), json);
        var schedule = WaveformSchedule.Compile(scenario.Program, Frequency.FromKilohertz(100));
        var plots = new[]
        {
            Plots.Waveform(schedule, WaveformWindow(scenario.Program), Path.Combine(settings.Out, $"{name}-waveform.png")),
            Plots.Spectrum(PowerSpectrum.Of(schedule, Duration.FromSeconds(1)), 5_000, Path.Combine(settings.Out, $"{name}-spectrum.png")),
            Plots.Recruitment(recruitment, Math.Max(10, 2 * (recruitment.DiscomfortThreshold ?? scenario.Program.Pulse.Amplitude).ToMilliamperes()),
                Path.Combine(settings.Out, $"{name}-recruitment.png")),
            Plots.FrequencyResponse(frequencyResponse, Path.Combine(settings.Out, $"{name}-frequency-response.png")),
        };
        if (json)
            JsonAnswer.Write(JsonAnswer.Simulate(settings.Source, scenario, outcome, recruitment.DorsalColumnDepthsAt(scenario.Program.Pulse.Amplitude), plots));
        else
            foreach (var plot in plots) AnsiConsole.MarkupLineInterpolated($"wrote [green]{plot}[/]");
        return 0;
    }

    private static Table Summary(Scenario scenario, ScenarioOutcome o, RecruitmentAnalysis recruitment)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("").AddColumn("").HideHeaders();
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        var placement = scenario.Patient.Placement;
        Row("program", scenario.Program.ToString());
        Row("electrodes", scenario.Electrodes.ToString());
        Row("device", scenario.Device.Name);
        Row("validation", o.Validation.IsValid ? "deliverable" : string.Join("; ", o.Validation.Violations.Select(v => v.ToString())));
        Row("charge per phase", o.Safety.ChargePerPhase.ToString("µC:0.###"));
        Row("max charge density", o.Safety.MaxChargeDensity.ToString("G4"));
        Row("Shannon k", string.Create(c, $"{o.Safety.ShannonKText} (limit {o.Safety.Limits.ShannonK:0.00}): {(o.Safety.IsWithinLimits ? "within limits" : "LIMIT EXCEEDED")}"));
        Row("TEED", o.Energy.TeedPerSecond.ToString("µW:G4"));
        Row("battery", $"{o.Energy.BatteryLifeText} (drain {o.Energy.BatteryDrain.ToString("mA:0.000")})");
        var leads = string.Join(" and ", scenario.Patient.Placements.Select(p => $"over {p.Vertebra}, {p.LateralOffset} lateral"));
        var csf = scenario.Patient.PlacementsInPosture[0].CsfThickness;
        Row("patient", $"{(scenario.Patient.Placements.Count == 1 ? "lead" : "leads")} {leads}, {csf} dorsal CSF ({OptionValues.Postures.First(p => p.Value == scenario.Patient.Posture).Name}), {scenario.Patient.ContactImpedance}; pain in {string.Join(", ", scenario.Patient.PainfulRegions)}");
        Row("perception threshold", o.PerceptionThreshold?.ToString("mA:0.00") ?? "not reached");
        Row("discomfort threshold", o.DiscomfortThreshold?.ToString("mA:0.00") ?? "not reached");
        Row("paresthesia coverage", string.Create(c, $"{o.ParesthesiaCoverage:P0} of the painful regions{(o.IsParesthesiaFree ? " (paresthesia-free)" : "")}"));
        Row("dorsal columns recruited", DepthText(recruitment.DorsalColumnDepthsAt(scenario.Program.Pulse.Amplitude)));
        Row("pain transmission", string.Create(c, $"WDR {o.PainTransmission.WdrRateWithoutScs.ToHertz():0.0} -> {o.PainTransmission.WdrRateWithScs.ToHertz():0.0} Hz; index {o.PainTransmission.Index} (1 = no relief; {o.PainTransmission.Policy.Warmup} warm-up, {o.PainTransmission.Policy.Window} measured per seed)"));
        foreach (var note in o.Notes) Row("note", note);
        return table;
    }

    // Where the recruited dorsal-column fibres lie: modelling puts dorsal-column recruitment in the outer ~0.25-0.3 mm.
    private static string DepthText(DepthDistribution d) => d.Recruited == 0
        ? "none at the programmed amplitude"
        : string.Create(CultureInfo.InvariantCulture,
            $"{d.Recruited} fibres at the programmed amplitude, median depth {d.Median!.Value.ToMillimetres():0.00} mm, deepest {d.Deepest!.Value.ToMillimetres():0.00} mm, {d.DeeperThan(Length.FromMillimetres(0.25))} deeper than 0.25 mm");

    // Two bursts, a few tonic periods, or a millisecond of kilohertz stimulation.
    private static Duration WaveformWindow(StimulationProgram program) => program switch
    {
        BurstProgram b => b.BurstFrequency.Period() * 2,
        CyclingProgram c => WaveformWindow(c.Program),
        HighFrequencyProgram => Duration.FromMilliseconds(1),
        TonicProgram t => t.Frequency.Period() * 3,
        _ => Duration.FromMilliseconds(50),
    };
}
