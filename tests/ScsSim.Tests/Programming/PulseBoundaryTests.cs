using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

/// <summary>
/// Pulse shapes and recharge kinds exactly at their documented limits (the end accepted, one step beyond refused, the
/// exception naming the parameter and the range), the phase edges of <see cref="PulseShape.CurrentAt"/>, and the
/// descriptions. (Found by mutation testing: eng/mutation.sh Programming.)
/// </summary>
public class PulseBoundaryTests
{
    private static readonly Current Five = Current.FromMilliamperes(5);
    private static readonly Duration Us300 = Duration.FromMicroseconds(300);
    private static readonly Duration OneNs = Duration.FromNanoseconds(1);
    private static readonly Duration Phase = Duration.FromSeconds(1000);

    [Fact]
    public void Amplitude_from_0_to_1_kA_both_included()
    {
        Assert.Equal(Current.Zero, new PulseShape(Current.Zero, Us300).Amplitude);
        Assert.Equal(1e6, new PulseShape(Current.FromMilliamperes(1e6), Us300).Amplitude.ToMilliamperes());
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Current.FromMilliamperes(Math.BitIncrement(1e6)), Us300));
        Assert.Equal("amplitude", e.ParamName);
        Assert.Contains("from 0 mA to 1000 A", e.Message);
    }

    [Fact]
    public void Pulse_width_and_gap_limits_are_inclusive_to_the_nanosecond()
    {
        Assert.Equal(OneNs, new PulseShape(Five, OneNs).PulseWidth);
        Assert.Equal(Phase, new PulseShape(Five, Phase).PulseWidth);
        var over = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Five, Phase + OneNs));
        Assert.Equal("pulseWidth", over.ParamName);
        Assert.Contains("from 1 ns to 1000 s", over.Message);

        Assert.Equal(Phase, new PulseShape(Five, Us300, interphaseGap: Phase).InterphaseGap);
        var gap = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Five, Us300, interphaseGap: Phase + OneNs));
        Assert.Equal("interphaseGap", gap.ParamName);
        Assert.Contains("from 0 ns to 1000 s", gap.Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Five, Us300, interphaseGap: -OneNs));
        Assert.Contains("got -1 ns", negative.Message);
    }

    [Fact]
    public void An_undefined_polarity_is_refused_with_its_number()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PulseShape(Five, Us300, polarity: (Polarity)7));
        Assert.Equal("polarity", e.ParamName);
        Assert.Contains("CathodicFirst or AnodicFirst; got 7", e.Message);
        Assert.Equal(Polarity.AnodicFirst, new PulseShape(Five, Us300, polarity: Polarity.AnodicFirst).Polarity);
    }

    [Fact]
    public void CurrentAt_uses_half_open_phases_at_every_edge()
    {
        // 300 µs stimulation, 50 µs gap, 300 µs symmetric recharge: [0, 300) −5 mA, [300, 350) 0, [350, 650) +5 mA.
        var pulse = new PulseShape(Five, Us300, interphaseGap: Duration.FromMicroseconds(50));
        Assert.Equal(Duration.FromMicroseconds(350), pulse.RechargeStart);
        Assert.Equal(Current.Zero, pulse.CurrentAt(-OneNs));
        Assert.Equal(-Five, pulse.CurrentAt(Duration.Zero));
        Assert.Equal(-Five, pulse.CurrentAt(Us300 - OneNs));
        Assert.Equal(Current.Zero, pulse.CurrentAt(Us300));
        Assert.Equal(Current.Zero, pulse.CurrentAt(Duration.FromMicroseconds(350) - OneNs));
        Assert.Equal(Five, pulse.CurrentAt(Duration.FromMicroseconds(350)));
        Assert.Equal(Five, pulse.CurrentAt(Duration.FromMicroseconds(650) - OneNs));
        Assert.Equal(Current.Zero, pulse.CurrentAt(Duration.FromMicroseconds(650)));
        // Without a gap the recharge starts at the end of the stimulating phase.
        var noGap = new PulseShape(Five, Us300);
        Assert.Equal(Five, noGap.CurrentAt(Us300));
        Assert.Equal(Current.Zero, noGap.CurrentAt(Duration.FromMicroseconds(600)));
    }

    [Fact]
    public void Passive_net_charge_is_zero_and_its_recharge_charge_is_the_stimulating_charge()
    {
        // τ = 200 µs, window 300 µs: I0 = 1.5 µC / (200 µs · (1 − e^−1.5)) = 1.5 / (200 · 0.776870) A·1e3 = 9.65416 mA.
        var pulse = new PulseShape(Five, Us300, Recharge.Passive(Duration.FromMicroseconds(200), Duration.FromMicroseconds(300)));
        Tolerance.AssertClose(1.5 / (200e-6 * (1 - Math.Exp(-1.5))) * 1e-3, pulse.RechargePeakCurrent.ToMilliamperes(), 1e-12);
        Tolerance.AssertClose(1.5, pulse.RechargeCharge(pulse.ChargePerPhase).ToMicrocoulombs(), 1e-12);
        Tolerance.AssertClose(3.0, pulse.RechargeCharge(pulse.ChargePerPhase * 2).ToMicrocoulombs(), 1e-12);
        Assert.True(Math.Abs(pulse.NetCharge.ToMicrocoulombs()) < 1e-12);
        // The decay: exp(−t / τ), 1 at the start, e^−1 after one τ, and refused before the window opens.
        var passive = (PassiveRecharge)pulse.Recharge;
        Assert.Equal(1, passive.DecayAt(Duration.Zero));
        Tolerance.AssertClose(Math.Exp(-1), passive.DecayAt(Duration.FromMicroseconds(200)));
        Tolerance.AssertClose(Math.Exp(-2.5), passive.DecayAt(Duration.FromMicroseconds(500)));
        Assert.Equal("sinceStart", Assert.Throws<ArgumentOutOfRangeException>(() => passive.DecayAt(-OneNs)).ParamName);
        // In the window CurrentAt decays from the peak.
        Tolerance.AssertClose(pulse.RechargePeakCurrent.ToMilliamperes() * Math.Exp(-0.5), pulse.CurrentAt(Duration.FromMicroseconds(400)).ToMilliamperes());
    }

    [Fact]
    public void Active_recharge_charge_is_peak_current_times_recharge_width()
    {
        var asymmetric = new PulseShape(Five, Us300, Recharge.ActiveAsymmetric(3));
        // 1.5 µC over 900 µs = 1.6667 mA, returning 1.5 µC.
        Tolerance.AssertClose(5.0 / 3, asymmetric.RechargePeakCurrent.ToMilliamperes());
        Tolerance.AssertClose(1.5, asymmetric.RechargeCharge(asymmetric.ChargePerPhase).ToMicrocoulombs());
        Assert.Equal(Duration.FromMicroseconds(900), asymmetric.Recharge.RechargeWidth(Us300));
        Tolerance.AssertClose(1.5 / 900e-6 * 1e-3, asymmetric.Recharge.PeakCurrent(Charge.FromMicrocoulombs(1.5), Us300).ToMilliamperes());
        Assert.Equal(Five, Recharge.ActiveSymmetric.PeakCurrent(Charge.FromMicrocoulombs(1.5), Us300));
        Assert.Equal(Us300, Recharge.ActiveSymmetric.RechargeWidth(Us300));
    }

    [Fact]
    public void Recharge_ranges_include_their_ends()
    {
        Assert.Equal(1, Recharge.ActiveAsymmetric(1).WidthRatio);
        Assert.Equal(100, Recharge.ActiveAsymmetric(100).WidthRatio);
        foreach (var bad in new[] { Math.BitDecrement(1.0), Math.BitIncrement(100.0), double.NaN })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.ActiveAsymmetric(bad));
            Assert.Equal("widthRatio", e.ParamName);
            Assert.Contains("between 1 and 100", e.Message);
        }
        var shortest = Recharge.Passive(OneNs, OneNs);
        Assert.Equal(OneNs, shortest.TimeConstant);
        Assert.Equal(OneNs, shortest.Window);
        var longest = Recharge.Passive(Phase, Phase);
        Assert.Equal(Phase, longest.TimeConstant);
        Assert.Equal(Phase, longest.Window);
        Assert.Equal(Phase, longest.RechargeWidth(Us300));
        Assert.Equal("timeConstant", Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.Passive(Phase + OneNs, Phase)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.Passive(Phase, Phase + OneNs)).ParamName);
        var zeroWindow = Assert.Throws<ArgumentOutOfRangeException>(() => Recharge.Passive(Phase, Duration.Zero));
        Assert.Equal("window", zeroWindow.ParamName);
        Assert.Contains("from 1 ns to 1000 s", zeroWindow.Message);
    }

    [Fact]
    public void An_asymmetric_recharge_width_rounds_half_nanoseconds_away_from_zero()
    {
        // 1 ns × 2.5 = 2.5 ns → 3 ns (to-even rounding would give 2 ns); 3 ns × 1.5 = 4.5 → 5.
        Assert.Equal(Duration.FromNanoseconds(3), Recharge.ActiveAsymmetric(2.5).RechargeWidth(OneNs));
        Assert.Equal(Duration.FromNanoseconds(5), Recharge.ActiveAsymmetric(1.5).RechargeWidth(Duration.FromNanoseconds(3)));
        Assert.Equal(Duration.FromNanoseconds(3), new PulseShape(Five, OneNs, Recharge.ActiveAsymmetric(2.5)).RechargeWidth);
    }

    [Fact]
    public void An_asymmetric_recharge_width_beyond_a_duration_is_an_overflow_that_says_so()
    {
        // Not reachable from a PulseShape (at most 1000 s × 100), but the method is public.
        var e = Assert.Throws<OverflowException>(() => Recharge.ActiveAsymmetric(100).RechargeWidth(Duration.FromNanoseconds(long.MaxValue / 50)));
        Assert.Contains("beyond the range of a duration", e.Message);
        // Half of long.MaxValue times 2 rounds to exactly 2^63 in doubles: not below long.MaxValue, so refused.
        Assert.Throws<OverflowException>(() => Recharge.ActiveAsymmetric(2).RechargeWidth(Duration.FromNanoseconds(long.MaxValue / 2 + 1)));
        // Widths that fit are exact.
        Assert.Equal(Duration.FromNanoseconds(2_000_000_000_000), Recharge.ActiveAsymmetric(2).RechargeWidth(Duration.FromSeconds(1000)));
        Assert.Equal(Duration.FromNanoseconds(-4), Recharge.ActiveAsymmetric(2).RechargeWidth(Duration.FromNanoseconds(-2)));
    }

    [Fact]
    public void Descriptions_name_every_part_of_the_pulse()
    {
        Assert.Equal("5 mA × 300 µs, active symmetric recharge", new PulseShape(Five, Us300).ToString());
        Assert.Equal("5 mA × 300 µs, gap 20 µs, active asymmetric recharge (×2.5), anodic first",
            new PulseShape(Five, Us300, Recharge.ActiveAsymmetric(2.5), Duration.FromMicroseconds(20), Polarity.AnodicFirst).ToString());
        Assert.Equal("5 mA × 300 µs, passive recharge (τ 200 µs, window 1 ms)",
            new PulseShape(Five, Us300, Recharge.Passive(Duration.FromMicroseconds(200), Duration.FromMilliseconds(1))).ToString());
    }

    [Fact]
    public void With_methods_change_one_thing_and_refuse_null_recharge()
    {
        var pulse = new PulseShape(Five, Us300, Recharge.ActiveAsymmetric(2), Duration.FromMicroseconds(20), Polarity.AnodicFirst);
        var louder = pulse.WithAmplitude(Current.FromMilliamperes(7));
        Assert.Equal(new PulseShape(Current.FromMilliamperes(7), Us300, Recharge.ActiveAsymmetric(2), Duration.FromMicroseconds(20), Polarity.AnodicFirst), louder);
        var wider = pulse.WithPulseWidth(Duration.FromMicroseconds(400));
        Assert.Equal(Duration.FromMicroseconds(20), wider.InterphaseGap);
        Assert.Equal(Polarity.AnodicFirst, wider.Polarity);
        Assert.Equal(Five, wider.Amplitude);
        var passive = pulse.WithRecharge(Recharge.Passive(Duration.FromMicroseconds(100), Duration.FromMicroseconds(500)));
        Assert.IsType<PassiveRecharge>(passive.Recharge);
        Assert.Equal(Duration.FromMicroseconds(20), passive.InterphaseGap);
        Assert.Equal(Polarity.AnodicFirst, passive.Polarity);
        Assert.Equal(Five, passive.Amplitude);
        Assert.Equal(Us300, passive.PulseWidth);
        Assert.Equal("recharge", Assert.Throws<ArgumentNullException>(() => pulse.WithRecharge(null!)).ParamName);
    }
}
