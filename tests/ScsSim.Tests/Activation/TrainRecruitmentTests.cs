using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>Recruitment analyses driven by a program's pulse train (<see cref="StimulationSetup.WithProgram"/>).</summary>
public class TrainRecruitmentTests(ITestOutputHelper output)
{
    [Fact]
    public void A_50_Hz_tonic_train_recruits_as_its_single_pulses_do_in_the_McNeal_model()
    {
        var program = StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(50));
        var train = MidlineSetup.WithProgram(program);
        Assert.Equal(program, train.Program);
        var single = MidlineSetup.Recruitment();
        var analysis = train.Recruitment();
        output.WriteLine($"{analysis.TrainFactors}; perception {analysis.PerceptionThreshold} (single pulse {single.PerceptionThreshold})");
        Assert.NotNull(analysis.TrainFactors);
        Assert.All(analysis.TrainFactors!.Factors, f => Assert.InRange(f, 0.985, 1.015));
        Assert.Equal(single.PerceptionThreshold!.Value.ToMilliamperes(), analysis.PerceptionThreshold!.Value.ToMilliamperes(), 0.015 * single.PerceptionThreshold!.Value.ToMilliamperes());
        Assert.Same(analysis, MidlineSetup.WithProgram(program.WithAmplitude(Current.FromMilliamperes(3))).Recruitment()); // shared: amplitude is not part of the key
        Assert.Null(MidlineSetup.Recruitment().TrainFactors);
    }

    [Fact]
    public void A_train_never_needs_more_current_than_one_of_its_pulses_and_the_factor_barely_depends_on_position()
    {
        var field = MidlineSetup.Field;
        var factors = TrainFactors.Compute(field, TenKilohertz, McNealFibreModel.Default, new[] { 6.0, 12 }.Select(Length.FromMicrometres));
        output.WriteLine(factors.ToString());
        Assert.All(factors.Factors, f => Assert.True(f <= 1 + FibreModel.ThresholdRelativeAccuracy, $"factor {f}"));
        // The same ratio for a 12 µm fibre elsewhere: deeper and off the midline.
        var elsewhere = new StraightFibre(Length.FromMicrometres(12), Length.FromMillimetres(1), Length.FromMillimetres(0.45));
        var ratio = McNealFibreModel.Default.TrainThreshold(field, elsewhere, TenKilohertz)!.Value / McNealFibreModel.Default.Threshold(field, elsewhere, TenKilohertz.Pulse)!.Value;
        output.WriteLine($"12 µm at 1 mm lateral, 0.45 mm deep: ratio {ratio:F3} against {factors.FactorAt(Length.FromMicrometres(12)):F3} at the reference");
        Assert.Equal(factors.FactorAt(Length.FromMicrometres(12)), ratio, 0.05);
    }

    [Fact]
    public void Tonic_trains_up_to_1200_Hz_are_not_simulated_bursts_kilohertz_and_faster_tonic_trains_are()
    {
        var tonic = StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(1200));
        Assert.Null(TrainFactors.TrainToSimulate(tonic));
        Assert.Null(TrainFactors.TrainToSimulate(StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(40))));
        var faster = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(60)), Frequency.FromHertz(1500));
        Assert.Same(faster, TrainFactors.TrainToSimulate(faster));
        Assert.Same(TenKilohertz, TrainFactors.TrainToSimulate(TenKilohertz));
        var burst = ScsSim.Scenarios.ScenarioPresets.Burst.Program;
        Assert.Same(burst, TrainFactors.TrainToSimulate(burst));
        var cycling = StimulationProgram.Cycling(burst, Duration.FromSeconds(30), Duration.FromSeconds(90));
        Assert.Same(burst, TrainFactors.TrainToSimulate(cycling)); // its on-phase
        Assert.Null(TrainFactors.TrainToSimulate(StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(90))));
        Assert.Throws<ArgumentNullException>(() => TrainFactors.TrainToSimulate(null!));
    }

    [Fact]
    public void The_rule_holds_where_it_skips_the_simulation_tonic_1200_Hz_factors_are_1()
    {
        var factors = TrainFactors.Compute(MidlineSetup.Field, StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(1200)), McNealFibreModel.Default,
            new[] { 6.0, 16 }.Select(Length.FromMicrometres));
        output.WriteLine(factors.ToString());
        Assert.All(factors.Factors, f => Assert.InRange(f, 0.99, 1.01));
    }

    [Fact]
    public void A_train_driven_analysis_reports_the_surface_then_the_train_factors_and_once_when_cached()
    {
        var program = TenKilohertz.WithPulse(TenKilohertz.Pulse.WithPulseWidth(Duration.FromMicroseconds(33))); // used by no other test
        var setup = MidlineSetup.WithProgram(program).WithGrid(ThresholdSurfaceGrid.CoarseFor(Duration.FromMicroseconds(33)));
        var reports = new List<ScsSim.SweepProgress>();
        var analysis = setup.Recruitment(new Recorder(reports));
        var total = setup.Grid.PointCount + setup.Grid.Diameters.Count;
        Assert.All(reports, r => Assert.Equal(total, r.Total));
        Assert.Equal(total, reports[^1].Completed);
        Assert.Contains(reports, r => r.Completed == setup.Grid.PointCount); // the surface's end, before the train factors
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Completed <= p.Second.Completed), "progress went backwards");
        Assert.NotNull(analysis.TrainFactors);
        reports.Clear();
        Assert.Same(analysis, setup.Recruitment(new Recorder(reports)));
        Assert.Equal([new ScsSim.SweepProgress(total, total)], reports);
    }

    private sealed class Recorder(List<ScsSim.SweepProgress> reports) : IProgress<ScsSim.SweepProgress>
    {
        public void Report(ScsSim.SweepProgress value) { lock (reports) reports.Add(value); }
    }

    [Fact]
    public void Train_factors_refuse_bad_arguments()
    {
        var e = Assert.Throws<ArgumentException>(() => TrainFactors.Compute(MidlineSetup.Field, TenKilohertz, McNealFibreModel.Default, [Length.FromMicrometres(10)]));
        Assert.Equal("diameters", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => TrainFactors.Compute(MidlineSetup.Field, null!, McNealFibreModel.Default, [Length.FromMicrometres(10)]));
    }
}
