using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>Recruitment analyses driven by a program's pulse train (<see cref="StimulationSetup.WithProgram"/>).</summary>
public class TrainRecruitmentTests(ITestOutputHelper output)
{
    private static readonly HighFrequencyProgram TenKilohertz =
        StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10));

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
    public void Train_factors_refuse_bad_arguments()
    {
        var e = Assert.Throws<ArgumentException>(() => TrainFactors.Compute(MidlineSetup.Field, TenKilohertz, McNealFibreModel.Default, [Length.FromMicrometres(10)]));
        Assert.Equal("diameters", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => TrainFactors.Compute(MidlineSetup.Field, null!, McNealFibreModel.Default, [Length.FromMicrometres(10)]));
    }
}
