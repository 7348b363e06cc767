using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Scenarios;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Serialization;
using ScsSim.Waveforms;

namespace ScsSim.Tests;

/// <summary>The README's API tour, verbatim, so the README cannot drift from the API.</summary>
public class ReadmeTourTests
{
    [Fact]
    public void The_readme_quick_start_runs()
    {
        var program = StimulationProgram.Tonic(
            new PulseShape(Current.FromMilliamperes(4.5), Duration.FromMicroseconds(300)),
            Frequency.FromHertz(50));
        var scenario = new Scenario(VirtualPatient.LowBackAndLegs, DeviceProfile.Generic, program,
            ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, cathode: 4), seed: 1);
        ScenarioOutcome outcome = scenario.Simulate();

        Assert.Contains("pain-transmission index", outcome.Summary());
        Assert.True(outcome.Validation.IsValid);
        Assert.InRange(outcome.PainTransmissionIndex, 0, 1.5);
    }

    [Fact]
    public void The_readme_tour_runs_and_says_what_the_readme_says()
    {
        var pulse = new PulseShape(
            amplitude: Current.FromMilliamperes(5),
            pulseWidth: Duration.Parse("300 us"),
            recharge: Recharge.ActiveAsymmetric(widthRatio: 4),
            interphaseGap: Duration.FromMicroseconds(20));

        var program = StimulationProgram.Tonic(pulse, Frequency.FromHertz(50));
        var electrodes = ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, cathode: 4);
        var impedance = Resistance.FromOhms(1000);

        ValidationReport report = DeviceProfile.Generic.Validate(program, electrodes, impedance);
        SafetyReport safety = SafetyAnalysis.Evaluate(program, electrodes, SafetyLimits.Conservative);
        EnergyReport energy = EnergyAnalysis.Evaluate(program, impedance, DeviceProfile.Generic);
        Current limit = ShannonCriterion.MaxAmplitude(k: 1.5, Duration.FromMicroseconds(300), Lead.Percutaneous8.ContactArea);
        string json = SettingsJson.Write(new StimulationSettings(program, electrodes, DeviceProfile.Generic, impedance));
        StimulationSettings back = SettingsJson.Read(json);

        Assert.True(report.IsValid);
        Assert.Equal("12.24 µC/cm²", $"{safety.MaxChargeDensity:G4}");
        Assert.Equal("468.8 µW", $"{energy.TeedPerSecond:µW:G4}"); // 375 µW first phase + (1.25 mA)² · 1 kΩ · 1.2 ms · 50 Hz = 93.75 µW recharge
        Assert.True(limit > pulse.Amplitude);
        Assert.Equal(new StimulationSettings(program, electrodes, DeviceProfile.Generic, impedance), back);

        var schedule = WaveformSchedule.Compile(program, sampleRate: Frequency.FromHertz(1_000_000));
        long onset = schedule.PulseOnset(1_000_000_000);
        long count = schedule.CountPulseOnsets(0, schedule.SamplesIn(Duration.FromSeconds(86_400)));
        Span<float> buffer = new float[65_536];
        schedule.Render(startSample: 123_456_789, buffer);
        var reader = schedule.CreateReader<double>();
        reader.Read(new double[4096]);
        var perContact = new MultiChannelWaveform(program, electrodes, Frequency.FromHertz(1_000_000));
        var csv = new StringWriter();
        WaveformCsv.Write(csv, perContact, startSample: 0, count: 1000);
        var spectrum = PowerSpectrum.Of(schedule, Duration.FromSeconds(1));

        Assert.Equal(20_000_000_000_000, onset);
        Assert.Equal(4_320_000, count);
        Assert.Equal(1001, csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(spectrum.PowerAt(Frequency.FromHertz(50)) > 0);

        var placement = LeadPlacement.MidlineT8;
        var setup = new StimulationSetup(electrodes, placement, pulse)
            .WithPopulation(seed: 7);
        var analysis = setup.Recruitment();
        UsageRange? range = analysis.UsageRange;
        DermatomalCoverage coverage = analysis.CoverageAt(Current.FromMilliamperes(4.5));
        double ecap = analysis.EcapProxyAt(Current.FromMilliamperes(4.5));
        var field = new ElectrodeField(electrodes, placement);
        var fibre = new StraightFibre(Length.FromMicrometres(10), Length.Zero, Length.FromMillimetres(0.1));
        Current? threshold = McNealFibreModel.Default.Threshold(field, fibre, pulse);
        BodyRegion[] painful = [new(Dermatome.L4, BodySide.Left), new(Dermatome.L5, BodySide.Left)];
        var drift = (rostroCaudal: Length.FromMillimetres(5), lateral: Length.FromMillimetres(1));
        MigrationReport moved = LeadMigration.Assess(setup, drift.rostroCaudal, drift.lateral, painful);
        ReprogrammingResult fix = Reprogramming.Search(setup.Moved(drift.rostroCaudal, drift.lateral), painful);

        Assert.NotNull(range);
        Assert.True(range!.Ratio > 1);
        Assert.True(ecap > 0 == coverage.Covered.Any());
        Assert.NotNull(threshold);
        Assert.Equal(painful, moved.Targets);
        Assert.All(moved.Lost, region => Assert.Contains(region, painful));
        Assert.InRange(moved.CoverageBefore, 0, 1);
        Assert.True(fix.CandidatesEvaluated > 0);
        Assert.False(string.IsNullOrWhiteSpace(fix.Explanation));
        // The best setting found lies within its own usage range; "restored" means it covers every target.
        Assert.True(fix.UsageRange!.Contains(fix.Amplitude!.Value));
        Assert.Equal(fix.Restored, fix.Coverage >= 1);
    }

    [Fact]
    public void The_readme_virtual_patient_lines_run()
    {
        ScenarioOutcome outcome = Scenario.Conventional50Hz.Simulate(new ScenarioOptions { Measurement = ScsSim.Tests.DorsalHorn.DorsalHornFixtures.OneRun(1) });
        var tonic = Scenario.Conventional50Hz;
        var stronger = tonic.WithProgram(tonic.Program.WithPulse(tonic.Program.Pulse.WithAmplitude(Current.FromMilliamperes(5.5))));
        ScenarioOutcome again = stronger.Simulate(new ScenarioOptions { Measurement = ScsSim.Tests.DorsalHorn.DorsalHornFixtures.OneRun(1) });
        Assert.Contains("pain-transmission index", outcome.Summary());
        Assert.True(again.AmplitudeMultiple > outcome.AmplitudeMultiple);
        Assert.Same(tonic.Recruitment(), stronger.Recruitment());
    }
}
