using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

public class PulseShapeTests
{
    private static readonly Current FiveMilliamperes = Current.FromMilliamperes(5);
    private static readonly Duration ThreeHundredMicroseconds = Duration.FromMicroseconds(300);

    [Fact]
    public void Defaults_are_cathodic_first_symmetric_active_recharge_without_gap()
    {
        var pulse = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds);
        Assert.Equal(Polarity.CathodicFirst, pulse.Polarity);
        Assert.IsType<ActiveSymmetricRecharge>(pulse.Recharge);
        Assert.Equal(Duration.Zero, pulse.InterphaseGap);
        Assert.Equal(Duration.FromMicroseconds(600), pulse.TotalDuration);
        Tolerance.AssertClose(1.5, pulse.ChargePerPhase.ToMicrocoulombs());
        Assert.Equal(FiveMilliamperes, pulse.RechargePeakCurrent);
    }

    [Fact]
    public void Asymmetric_recharge_is_lower_and_longer_with_equal_charge()
    {
        var pulse = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, Recharge.ActiveAsymmetric(4), Duration.FromMicroseconds(20));
        Assert.Equal(Duration.FromMicroseconds(1200), pulse.RechargeWidth);
        Tolerance.AssertClose(1.25, pulse.RechargePeakCurrent.ToMilliamperes());
        Assert.Equal(Duration.FromMicroseconds(1520), pulse.TotalDuration);
        Assert.True(Math.Abs(pulse.NetCharge.ToMicrocoulombs()) < 1e-12);
    }

    [Fact]
    public void Passive_recharge_starts_at_the_steady_state_current()
    {
        // I0 = q / (τ (1 − e^(−W/τ))): 1.5 µC, τ = 1 ms, W = 5 ms → 1.5 / (1000 µs · 0.993262) mA = 1.51018 mA.
        var pulse = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds,
            Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5)));
        Tolerance.AssertClose(1.5 / (1000 * (1 - Math.Exp(-5))) * 1000, pulse.RechargePeakCurrent.ToMilliamperes(), 1e-12);
        Assert.True(Math.Abs(pulse.NetCharge.ToMicrocoulombs()) < 1e-12);
    }

    [Fact]
    public void Bad_input_names_the_parameter_and_the_range()
    {
        var width = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(FiveMilliamperes, Duration.Zero));
        Assert.Equal("pulseWidth", width.ParamName);
        Assert.Contains("from 1 ns to 1000 s", width.Message);
        var amplitude = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Current.FromMilliamperes(-1), ThreeHundredMicroseconds));
        Assert.Equal("amplitude", amplitude.ParamName);
        Assert.Contains("-1", amplitude.Message);
        var gap = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, interphaseGap: Duration.FromMicroseconds(-1)));
        Assert.Equal("interphaseGap", gap.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.ActiveAsymmetric(0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.Passive(Duration.Zero, Duration.FromMilliseconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, polarity: (Polarity)7));
    }

    [Fact]
    public void With_methods_validate_and_keep_the_rest()
    {
        var pulse = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, Recharge.ActiveAsymmetric(2));
        var wider = pulse.WithPulseWidth(Duration.FromMicroseconds(450));
        Assert.Equal(pulse.Recharge, wider.Recharge);
        Assert.Equal(Duration.FromMicroseconds(450), wider.PulseWidth);
        Assert.Throws<ArgumentOutOfRangeException>(() => pulse.WithAmplitude(Current.FromMilliamperes(-2)));
        Assert.Equal("5 mA × 300 µs, active asymmetric recharge (×2)", pulse.ToString());
    }

    [Fact]
    public void CurrentAt_follows_the_phases()
    {
        var pulse = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, Recharge.Passive(Duration.FromMicroseconds(500), Duration.FromMicroseconds(2000)),
            Duration.FromMicroseconds(50));
        Assert.Equal(Current.Zero, pulse.CurrentAt(Duration.FromNanoseconds(-1)));
        Assert.Equal(-FiveMilliamperes, pulse.CurrentAt(Duration.Zero));
        Assert.Equal(-FiveMilliamperes, pulse.CurrentAt(Duration.FromNanoseconds(299_999)));
        Assert.Equal(Current.Zero, pulse.CurrentAt(Duration.FromMicroseconds(300)));
        Assert.Equal(pulse.RechargePeakCurrent, pulse.CurrentAt(Duration.FromMicroseconds(350)));
        Tolerance.AssertClose(pulse.RechargePeakCurrent.ToMilliamperes() * Math.Exp(-1), pulse.CurrentAt(Duration.FromMicroseconds(850)).ToMilliamperes());
        Assert.Equal(Current.Zero, pulse.CurrentAt(Duration.FromMicroseconds(2350)));
        var anodic = new PulseShape(FiveMilliamperes, ThreeHundredMicroseconds, polarity: Polarity.AnodicFirst);
        Assert.Equal(FiveMilliamperes, anodic.CurrentAt(Duration.FromMicroseconds(1)));
        Assert.Equal(-FiveMilliamperes, anodic.CurrentAt(Duration.FromMicroseconds(301)));
    }

    [Property(MaxTest = 300)]
    public Property Every_valid_pulse_shape_is_charge_balanced() =>
        Prop.ForAll(Generators.Pulse.ToArbitrary(), pulse =>
            Math.Abs(pulse.NetCharge.ToMicrocoulombs()) <= 1e-12 * Math.Max(1, pulse.ChargePerPhase.ToMicrocoulombs()));
}
