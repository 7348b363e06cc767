using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

/// <summary>TEED reference values computed by hand from Koss et al., Ann Neurol 58:168 (2005): TEED = I²·R·f·PW per second.</summary>
public class EnergyAnalysisTests
{
    private static readonly Resistance Ohms1000 = Resistance.FromOhms(1000);

    [Fact]
    public void Koss_2005_TEED_current_mode_for_one_phase()
    {
        // (5 mA)² × 1000 Ω × 50 Hz × 300 µs = 25e-6 × 1000 × 50 × 300e-6 = 375 µW.
        var teed = Teed.CurrentMode(Current.FromMilliamperes(5), Ohms1000, Frequency.FromHertz(50), Duration.FromMicroseconds(300));
        Tolerance.AssertClose(375e-6, teed.ToWatts());
    }

    [Fact]
    public void Koss_2005_TEED_voltage_mode_agrees_when_V_equals_IR()
    {
        // (5 V)² × 50 Hz × 300 µs / 1000 Ω = 375 µW.
        var teed = Teed.VoltageMode(Voltage.FromVolts(5), Ohms1000, Frequency.FromHertz(50), Duration.FromMicroseconds(300));
        Tolerance.AssertClose(375e-6, teed.ToWatts());
        Assert.Equal("impedance", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Teed.VoltageMode(Voltage.FromVolts(5), Resistance.Zero, Frequency.FromHertz(50), Duration.FromMicroseconds(300))).ParamName);
    }

    [Fact]
    public void Symmetric_biphasic_tonic_program_counts_both_driven_phases()
    {
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var report = EnergyAnalysis.Evaluate(program, Ohms1000, DeviceProfile.Generic);
        Tolerance.AssertClose(2 * 7.5e-6, report.EnergyPerPulse.ToJoules());
        Tolerance.AssertClose(750e-6, report.TeedPerSecond.ToWatts());
        // Battery: 750 µW / 0.5 + 3.6 V × 20 µA = 1.572 mW → 0.43667 mA → 200 mAh / 0.43667 mA = 458.0 h = 19.08 days.
        Tolerance.AssertClose(1.572e-3, report.BatteryPower.ToWatts(), 1e-12);
        Tolerance.AssertClose(1.572 / 3.6, report.BatteryDrain.ToMilliamperes(), 1e-12);
        Tolerance.AssertClose(200 / (1.572 / 3.6) / 24, report.DaysBetweenCharges!.Value, 1e-9);
    }

    [Fact]
    public void Passive_recharge_is_not_driven_and_costs_no_battery_energy()
    {
        var passive = new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300),
            Recharge.Passive(Duration.FromMicroseconds(500), Duration.FromMicroseconds(3000)));
        var report = EnergyAnalysis.Evaluate(StimulationProgram.Tonic(passive, Frequency.FromHertz(50)), Ohms1000, DeviceProfile.Generic);
        Tolerance.AssertClose(375e-6, report.TeedPerSecond.ToWatts());
    }

    [Fact]
    public void Cycling_with_a_ramp_scales_energy_by_the_energy_duty_cycle()
    {
        var tonic = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var cycling = StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(3));
        var report = EnergyAnalysis.Evaluate(cycling, Ohms1000, DeviceProfile.Generic);
        // (27 s + 3 s / 3) / 120 s = 28 / 120 of the continuous 750 µW.
        Tolerance.AssertClose(750e-6 * 28 / 120, report.TeedPerSecond.ToWatts());
    }

    [Fact]
    public void Ten_kilohertz_drains_the_battery_much_faster_than_tonic()
    {
        var hf = StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10));
        var tonic = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var hfReport = EnergyAnalysis.Evaluate(hf, Ohms1000, DeviceProfile.Generic);
        var tonicReport = EnergyAnalysis.Evaluate(tonic, Ohms1000, DeviceProfile.Generic);
        // 2 × (3 mA)² × 1 kΩ × 30 µs × 10 kHz = 5.4 mW.
        Tolerance.AssertClose(5.4e-3, hfReport.TeedPerSecond.ToWatts());
        Assert.True(hfReport.DaysBetweenCharges < tonicReport.DaysBetweenCharges / 5);
    }

    [Fact]
    public void Primary_cell_life_is_reported_in_years()
    {
        var primary = new BatterySpecification(BatteryKind.Primary, BatteryCapacity.FromMilliampereHours(2500), Voltage.FromVolts(3.2), 0.5,
            Current.FromMicroamperes(10));
        var device = new DeviceProfile("primary", Current.FromMilliamperes(25.5), Current.FromMilliamperes(0.1),
            [new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(1200))], Duration.FromMicroseconds(20), Duration.FromMicroseconds(1000),
            Charge.FromMicrocoulombs(20), Voltage.FromVolts(12), 16, primary);
        var tonic = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(200)), Frequency.FromHertz(40));
        var report = EnergyAnalysis.Evaluate(tonic, Ohms1000, device);
        Assert.Equal(BatteryKind.Primary, report.BatteryKind);
        // TEED 2 × 9e-6 × 1000 × 200e-6 × 40 = 144 µW; battery 288 µW + 32 µW = 320 µW → 0.1 mA → 25000 h = 2.852 years.
        Tolerance.AssertClose(25_000 / (365.25 * 24), report.ServiceYears!.Value, 1e-9);
    }
}
