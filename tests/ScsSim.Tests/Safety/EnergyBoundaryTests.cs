using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

/// <summary>
/// Guards, limits and texts of TEED and the energy budget, each checked exactly at its edge. (Found by mutation
/// testing: eng/mutation.sh Safety.)
/// </summary>
public class EnergyBoundaryTests
{
    private static readonly Resistance Ohms1000 = Resistance.FromOhms(1000);
    private static readonly Frequency Hz50 = Frequency.FromHertz(50);

    private static TonicProgram Tonic(double mA, double us = 300) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Hz50);

    private static DeviceProfile WithBattery(BatterySpecification battery)
    {
        var g = DeviceProfile.Generic;
        return new DeviceProfile("d", g.MaxAmplitude, g.AmplitudeStep, g.FrequencyRanges, g.MinPulseWidth, g.MaxPulseWidth, g.MaxChargePerPhase,
            g.ComplianceVoltage, g.ContactCount, battery);
    }

    [Fact]
    public void Teed_accepts_a_zero_width_and_refuses_a_negative_one_in_both_modes()
    {
        Assert.Equal(0, Teed.CurrentMode(Current.FromMilliamperes(5), Ohms1000, Hz50, Duration.Zero).ToWatts());
        Assert.Equal(0, Teed.VoltageMode(Voltage.FromVolts(5), Ohms1000, Hz50, Duration.Zero).ToWatts());
        var minusOne = Duration.FromNanoseconds(-1);
        var current = Assert.Throws<ArgumentOutOfRangeException>(() => Teed.CurrentMode(Current.FromMilliamperes(5), Ohms1000, Hz50, minusOne));
        Assert.Equal("pulseWidth", current.ParamName);
        Assert.Contains("at least 0 ns", current.Message);
        Assert.Contains("got -1 ns", current.Message);
        var voltage = Assert.Throws<ArgumentOutOfRangeException>(() => Teed.VoltageMode(Voltage.FromVolts(5), Ohms1000, Hz50, minusOne));
        Assert.Equal("pulseWidth", voltage.ParamName);
        Assert.Contains("at least 0 ns", voltage.Message);
    }

    [Fact]
    public void Voltage_mode_refuses_a_zero_impedance_with_its_unit()
    {
        // (A Resistance cannot be negative: zero is the only value Teed itself must refuse.)
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Teed.VoltageMode(Voltage.FromVolts(5), Resistance.Zero, Hz50, Duration.FromMicroseconds(300)));
        Assert.Equal("impedance", e.ParamName);
        Assert.Contains("greater than 0 Ω", e.Message);
        Assert.Contains("got 0 Ω", e.Message);
        // Any positive impedance is accepted: (1 V)² × 1 Hz × 1 µs / 1 Ω = 1 µW.
        Tolerance.AssertClose(1e-6, Teed.VoltageMode(Voltage.FromVolts(1), Resistance.FromOhms(1), Frequency.FromHertz(1), Duration.FromMicroseconds(1)).ToWatts());
    }

    [Fact]
    public void Teed_divides_by_the_impedance_in_voltage_mode_and_multiplies_in_current_mode()
    {
        // 2 V² × 10 Hz × 1 ms / 4 Ω = 4 × 10 × 1e-3 / 4 = 10 mW; (2 mA)² × 4 Ω × 10 Hz × 1 ms = 4e-6 × 4 × 10 × 1e-3 = 160 nW.
        var r = Resistance.FromOhms(4);
        Tolerance.AssertClose(10e-3, Teed.VoltageMode(Voltage.FromVolts(2), r, Frequency.FromHertz(10), Duration.FromMilliseconds(1)).ToWatts());
        Tolerance.AssertClose(160e-9, Teed.CurrentMode(Current.FromMilliamperes(2), r, Frequency.FromHertz(10), Duration.FromMilliseconds(1)).ToWatts());
    }

    [Fact]
    public void A_TEED_overflow_says_which_mode_overflowed()
    {
        var current = Assert.Throws<OverflowException>(() =>
            Teed.CurrentMode(Current.FromAmperes(1e90), Resistance.FromOhms(1e90), Frequency.FromHertz(1), Duration.FromSeconds(1)));
        Assert.Contains("TEED in current mode", current.Message);
        var voltage = Assert.Throws<OverflowException>(() =>
            Teed.VoltageMode(Voltage.FromVolts(1e90), Resistance.FromOhms(1e-90), Frequency.FromHertz(1), Duration.FromSeconds(1)));
        Assert.Contains("TEED in voltage mode", voltage.Message);
    }

    [Fact]
    public void Evaluate_names_null_arguments_and_refuses_impedances_outside_its_range()
    {
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => EnergyAnalysis.Evaluate(null!, Ohms1000, DeviceProfile.Generic)).ParamName);
        Assert.Equal("device", Assert.Throws<ArgumentNullException>(() => EnergyAnalysis.Evaluate(Tonic(5), Ohms1000, null!)).ParamName);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => EnergyAnalysis.Evaluate(Tonic(5), Resistance.Zero, DeviceProfile.Generic));
        Assert.Equal("impedance", zero.ParamName);
        Assert.Contains("greater than 0 Ω", zero.Message);

        // 1 TΩ exactly is accepted; the next double above it is not.
        var at = EnergyAnalysis.Evaluate(Tonic(5), Resistance.FromOhms(1e12), DeviceProfile.Generic);
        Tolerance.AssertClose(2 * 25e-6 * 1e12 * 300e-6, at.EnergyPerPulse.ToJoules());
        var over = Assert.Throws<ArgumentOutOfRangeException>(() =>
            EnergyAnalysis.Evaluate(Tonic(5), Resistance.FromOhms(Math.BitIncrement(1e12)), DeviceProfile.Generic));
        Assert.Equal("impedance", over.ParamName);
        Assert.Contains("between 0 Ω and 1E+12 Ω", over.Message);
    }

    [Fact]
    public void Battery_life_text_is_days_for_a_rechargeable_and_years_for_a_primary_cell()
    {
        // 200 mAh / (1.572 mW / 3.6 V) = 458.0 h = 19.08 days.
        Assert.Equal("19.1 days", EnergyAnalysis.Evaluate(Tonic(5), Ohms1000, DeviceProfile.Generic).BatteryLifeText);
        // Same load on a primary cell: 458.0 h = 0.05225 years.
        var primary = WithBattery(DeviceProfile.Generic.Battery with { Kind = BatteryKind.Primary, Capacity = BatteryCapacity.FromMilliampereHours(20_000) });
        var report = EnergyAnalysis.Evaluate(Tonic(5), Ohms1000, primary);
        // 20,000 mAh / 0.436667 mA = 45,801.5 h = 5.225 years.
        Tolerance.AssertClose(20_000 / (1.572 / 3.6) / (365.25 * 24), report.ServiceYears!.Value, 1e-9);
        Assert.Equal("5.2 years", report.BatteryLifeText);
        Tolerance.AssertClose(20_000 / (1.572 / 3.6) / 24, report.DaysBetweenCharges!.Value, 1e-9);
    }

    [Fact]
    public void A_life_of_exactly_two_to_the_63_nanoseconds_is_beyond_a_duration_and_one_step_less_is_not()
    {
        // 0 mA on a device drawing only 1 mA overhead from a 1 V cell: the drain is the overhead.
        var battery = new BatterySpecification(BatteryKind.Primary, BatteryCapacity.FromMilliampereHours(1), Voltage.FromVolts(1), 0.5,
            Current.FromMilliamperes(1));
        var drain = EnergyAnalysis.Evaluate(Tonic(0), Ohms1000, WithBattery(battery)).BatteryDrain.ToMilliamperes();
        Tolerance.AssertClose(1, drain);

        // The largest capacity whose life in nanoseconds (capacity / drain × 3.6e12 h→ns) stays below 2^63.
        static double Nanoseconds(double mAh, double mA) => mAh / mA * 3.6e12;
        var limit = Math.Pow(2, 63);
        var capacity = limit / 3.6e12 * drain;
        while (Nanoseconds(capacity, drain) >= limit) capacity = Math.BitDecrement(capacity);
        while (Nanoseconds(Math.BitIncrement(capacity), drain) < limit) capacity = Math.BitIncrement(capacity);
        var above = Math.BitIncrement(capacity);
        Assert.True(Nanoseconds(above, drain) >= limit);

        var last = EnergyAnalysis.Evaluate(Tonic(0), Ohms1000, WithBattery(battery with { Capacity = BatteryCapacity.FromMilliampereHours(capacity) }));
        Assert.NotNull(last.BatteryLife);
        Assert.True(last.BatteryLife!.Value.ToNanoseconds() > long.MaxValue - 1_000_000_000L * 3600);
        var beyond = EnergyAnalysis.Evaluate(Tonic(0), Ohms1000, WithBattery(battery with { Capacity = BatteryCapacity.FromMilliampereHours(above) }));
        Assert.Null(beyond.BatteryLife);
    }

    [Fact]
    public void Burst_recharge_energy_counts_only_driven_phases()
    {
        // 2 mA × 500 µs into 1 kΩ: one driven phase is 4e-6 × 1000 × 500e-6 = 2 µJ.
        var passive = new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(500),
            Recharge.Passive(Duration.FromMicroseconds(200), Duration.FromMicroseconds(1000)));
        var afterBurst = StimulationProgram.Burst(passive, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst);
        Tolerance.AssertClose(2e-6, EnergyAnalysis.Evaluate(afterBurst, Ohms1000, DeviceProfile.Generic).EnergyPerPulse.ToJoules());
        var perPulsePassive = StimulationProgram.Burst(passive.WithPulseWidth(Duration.FromMicroseconds(200)), Frequency.FromHertz(500), 5,
            Frequency.FromHertz(40));
        Tolerance.AssertClose(4e-6 * 1000 * 200e-6, EnergyAnalysis.Evaluate(perPulsePassive, Ohms1000, DeviceProfile.Generic).EnergyPerPulse.ToJoules());
        var active = StimulationProgram.Burst(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(500)), Frequency.FromHertz(500), 5,
            Frequency.FromHertz(40));
        var report = EnergyAnalysis.Evaluate(active, Ohms1000, DeviceProfile.Generic);
        Tolerance.AssertClose(4e-6, report.EnergyPerPulse.ToJoules());
        // 5 pulses × 40 bursts per second × 4 µJ = 800 µW.
        Tolerance.AssertClose(800e-6, report.TeedPerSecond.ToWatts());
    }

    [Fact]
    public void Asymmetric_recharge_energy_is_lower_by_the_width_ratio()
    {
        // Recharge at I/4 for 4·PW: (I/4)² · R · 4·PW = I² · R · PW / 4. 5 mA, 300 µs, 1 kΩ: 7.5 µJ + 1.875 µJ.
        var pulse = new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300), Recharge.ActiveAsymmetric(4));
        var report = EnergyAnalysis.Evaluate(StimulationProgram.Tonic(pulse, Hz50), Ohms1000, DeviceProfile.Generic);
        Tolerance.AssertClose(7.5e-6 + 1.875e-6, report.EnergyPerPulse.ToJoules());
    }

    [Fact]
    public void The_energy_duty_cycle_weights_a_ramp_at_one_third()
    {
        var tonic = Tonic(5);
        Assert.Equal(1.0, EnergyAnalysis.EnergyDutyCycle(tonic));
        // All ramp: (0 + 12 s / 3) / 16 s = 0.25. No ramp, no off-time: 1.
        Tolerance.AssertClose(0.25, EnergyAnalysis.EnergyDutyCycle(StimulationProgram.Cycling(tonic, Duration.FromSeconds(12), Duration.FromSeconds(4), Duration.FromSeconds(12))));
        Tolerance.AssertClose(1.0, EnergyAnalysis.EnergyDutyCycle(StimulationProgram.Cycling(tonic, Duration.FromSeconds(12), Duration.Zero)));
        // 10 s on with a 6 s ramp, 10 s off: (4 + 2) / 20 = 0.3.
        Tolerance.AssertClose(0.3, EnergyAnalysis.EnergyDutyCycle(StimulationProgram.Cycling(tonic, Duration.FromSeconds(10), Duration.FromSeconds(10), Duration.FromSeconds(6))));
    }
}
