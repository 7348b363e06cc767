using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>
/// The mechanism "kilohertz interneuron drive" after Lee et al. 2020 (Neuroscience 428:132): low-intensity 10 kHz SCS, not
/// 1 kHz or 5 kHz, activates inhibitory dorsal-horn interneurons without dorsal-column fibres. No dorsal-column input is
/// driven in these tests (share 0), so every effect comes from the mechanism.
/// </summary>
public class KilohertzInterneuronDriveTests
{
    private static readonly MeasurementPolicy Policy = MeasurementPolicy.Default;

    private static PainTransmissionEstimate Estimate(double hz, double relativeAmplitude, GateControlParameters? p = null, PainState? pain = null) =>
        PainTransmission.Estimate(pain ?? PainState.Neuropathic,
            new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 0) { RelativeAmplitude = relativeAmplitude }, 1, Policy, p);

    [Theory]
    [InlineData(1000, 0)]
    [InlineData(5000, 0)]
    [InlineData(7500, 0.5)]
    [InlineData(10_000, 1)]
    [InlineData(20_000, 1)]
    public void FrequencyFactor_IsZeroUpTo5kHz_FullFrom10kHz(double pulsesPerSecond, double factor) =>
        Assert.Equal(factor, InterneuronTonicDrive.FrequencyFactor(pulsesPerSecond), 12);

    [Fact]
    public void TenKilohertz_BelowPerception_LowersTheIndex_OneAndFiveKilohertzDoNot()
    {
        var ten = Estimate(10_000, 1);
        Assert.True(ten.Index.Upper < 1, $"10 kHz: {ten.Index}");
        var c = Estimate(10_000, 1, pain: PainState.CFibreTest).CFibreResponseChange;
        Assert.True(c.Upper < 0, $"C-fibre response change at 10 kHz: {c}");
        Assert.Equal(1.0, Estimate(1000, 1).Index.Mean);
        Assert.Equal(1.0, Estimate(5000, 1).Index.Mean);
    }

    [Fact]
    public void SwitchedOff_TheIndexIsExactlyOne()
    {
        var off = Estimate(10_000, 1, GateControlParameters.Default with { KilohertzInhibitoryDrive = 0 });
        Assert.Equal(1.0, off.Index.Mean);
        Assert.Equal(0.0, off.Index.HalfWidth);
    }

    [Fact]
    public void GradedInAmplitude_UpToPerception_HeldAbove()
    {
        var means = new[] { 0.0, 0.3, 0.6, 1.0, 1.5 }.Select(a => Estimate(10_000, a).Index.Mean).ToArray();
        Assert.Equal(1.0, means[0]);
        Assert.True(means[1] > means[2] && means[2] > means[3], string.Join(", ", means));
        Assert.Equal(means[3], means[4]); // min(1, relative amplitude): the same drive, the same seeds
    }

    [Fact]
    public void Acts_OnlyWhileScsIsOn()
    {
        // On from 0.5 s: everything before it equals a run without the mechanism, spike for spike.
        var p = GateControlParameters.Default;
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(10_000)), 0, Duration.FromMilliseconds(500), Duration.FromSeconds(1));
        var plan = InputSpikeTrains.Plan(p, PainState.Neuropathic, drive, Duration.FromSeconds(2), 3, default);
        Assert.Equal((20_000, 40_000), (plan.Tonic!.FromStep, plan.Tonic.ToStep));
        var with = new GateControlNetwork(p, 3).Run(plan, null, default);
        var without = new GateControlNetwork(p with { KilohertzInhibitoryDrive = 0 }, 3)
            .Run(InputSpikeTrains.Plan(p with { KilohertzInhibitoryDrive = 0 }, PainState.Neuropathic, drive, Duration.FromSeconds(2), 3, default), null, default);
        Assert.Equal(without.WdrSpikesBefore(20_000), with.WdrSpikesBefore(20_000));
        Assert.Equal(without.WdrSpikeSteps.Take(without.WdrSpikesBefore(20_000)), with.WdrSpikeSteps.Take(with.WdrSpikesBefore(20_000)));
        Assert.True(with.MeanRateHz(CellKind.LocalInhibitory) > without.MeanRateHz(CellKind.LocalInhibitory));
    }

    [Fact]
    public void AmplitudeSweep_CarriesEachMultiple_ToTheDirectDrive()
    {
        var rows = GateControlSweeps.OverAmplitude(PainState.Neuropathic, GateControlSweeps.ProgramFor(Hz(10_000)), _ => 0, [0.3, 1.0], 1, Policy);
        Assert.True(rows[1].Index < rows[0].Index - 0.1, $"{rows[0].IndexEstimate} at 0.3x, {rows[1].IndexEstimate} at 1x");
    }

    [Fact]
    public void ScenarioTimeCourse_TheDirectDriveActsWhileOn_AndStopsWhenOff()
    {
        // 10 kHz at 12 mA, below its perception threshold: no dorsal-column input, only the direct drive.
        var s = ScsSim.Scenarios.Scenario.HighFrequency10kHz.WithProgram(ScsSim.Scenarios.Scenario.HighFrequency10kHz.Program.WithAmplitude(Current.FromMilliamperes(12)));
        IReadOnlyList<TimeCourseBin> Course(double drive) => s.TimeCourse(Duration.FromSeconds(2), Duration.FromSeconds(6), Duration.FromSeconds(10),
            Duration.FromSeconds(2), ScsSim.Scenarios.ScenarioOptions.Default with { Network = GateControlParameters.Default with { KilohertzInhibitoryDrive = drive } });
        static double OnRatio(IReadOnlyList<TimeCourseBin> bins) => bins.Where(b => b.ScsOn).Sum(b => b.WdrRateWithScs.ToHertz())
            / bins.Where(b => b.ScsOn).Sum(b => b.WdrRateWithoutScs.ToHertz());
        var with = Course(0.1);
        Assert.True(OnRatio(with) < 1, $"on: {OnRatio(with):0.00}");
        Assert.Equal(with[0].WdrRateWithoutScs, with[0].WdrRateWithScs); // before switch-on: the same spikes
        Assert.Equal(1.0, OnRatio(Course(0))); // switched off: nothing drives the network at all
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BadRelativeAmplitude_IsRefused_NamingIt(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ScsDrive(GateControlSweeps.ProgramFor(Hz(10_000)), 0) { RelativeAmplitude = value });
        Assert.Equal(nameof(ScsDrive.RelativeAmplitude), e.ParamName);
    }
}
