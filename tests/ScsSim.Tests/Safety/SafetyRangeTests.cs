using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;

namespace ScsSim.Tests.Safety;

/// <summary>Issue #9: the analyses give finite reports, or exceptions naming the caller's parameters, for extreme but accepted input.</summary>
public class SafetyRangeTests
{
    private static readonly Resistance Ohms1000 = Resistance.FromOhms(1000);
    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);

    private static TonicProgram Tonic(double milliamperes) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(milliamperes), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));

    private static DeviceProfile WithBattery(BatterySpecification battery)
    {
        var g = DeviceProfile.Generic;
        return new DeviceProfile("d", g.MaxAmplitude, g.AmplitudeStep, g.FrequencyRanges, g.MinPulseWidth, g.MaxPulseWidth, g.MaxChargePerPhase,
            g.ComplianceVoltage, g.ContactCount, battery);
    }

    [Fact]
    public void A_battery_that_outlasts_a_duration_has_no_battery_life_instead_of_an_exception()
    {
        // Before the fix a 3,600,001 mAh battery threw ArgumentOutOfRangeException naming "seconds".
        var device = WithBattery(DeviceProfile.Generic.Battery with { Capacity = BatteryCapacity.FromMilliampereHours(3_600_001) });
        var report = EnergyAnalysis.Evaluate(Tonic(5), Ohms1000, device);
        Assert.Null(report.BatteryLife); // about 940 years at 0.44 mA: beyond the 292 years a Duration holds
        Assert.Null(report.DaysBetweenCharges);
        Assert.Equal("unlimited (beyond 292 years)", report.BatteryLifeText);

        var huge = WithBattery(DeviceProfile.Generic.Battery with { Capacity = BatteryCapacity.FromMilliampereHours(1e100) });
        Assert.Null(EnergyAnalysis.Evaluate(Tonic(25), Ohms1000, huge).BatteryLife);

        // Within range the life is exact as before.
        var normal = EnergyAnalysis.Evaluate(Tonic(5), Ohms1000, DeviceProfile.Generic);
        Assert.NotNull(normal.BatteryLife);
        Assert.EndsWith(" days", normal.BatteryLifeText);
    }

    [Fact]
    public void Zero_drain_means_the_battery_never_empties()
    {
        // Before the fix 0 mA with 0 µA overhead threw ArgumentOutOfRangeException naming "drain", not a caller's parameter.
        var device = WithBattery(DeviceProfile.Generic.Battery with { OverheadCurrent = Current.Zero });
        var report = EnergyAnalysis.Evaluate(Tonic(0), Ohms1000, device);
        Assert.Equal(Current.Zero, report.BatteryDrain);
        Assert.Null(report.BatteryLife);
        Assert.Null(report.ServiceYears);
    }

    [Fact]
    public void Energy_at_every_limit_at_once_is_finite_and_the_impedance_has_a_range()
    {
        var strongest = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
        var weakest = new BatterySpecification(BatteryKind.Primary, BatteryCapacity.FromMilliampereHours(double.Epsilon), Voltage.FromMillivolts(1),
            1e-6, Current.FromMilliamperes(1e6));
        var report = EnergyAnalysis.Evaluate(strongest, Resistance.FromOhms(1e12), WithBattery(weakest));
        Assert.True(double.IsFinite(report.BatteryPower.ToWatts()));
        Assert.True(double.IsFinite(report.BatteryDrain.ToMilliamperes()));
        Assert.Equal(Duration.Zero, report.BatteryLife);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EnergyAnalysis.Evaluate(strongest, Resistance.FromOhms(1e13), DeviceProfile.Generic));
        Assert.Equal("impedance", e.ParamName);
        Assert.Contains("1e+12", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Teed_beyond_the_range_of_a_power_is_an_overflow_not_an_internal_parameter()
    {
        var e = Assert.Throws<OverflowException>(() =>
            Teed.CurrentMode(Current.FromAmperes(1e90), Resistance.FromOhms(1e90), Frequency.FromHertz(1), Duration.FromSeconds(1)));
        Assert.Contains("power", e.Message);
    }

    [Fact]
    public void Shannon_k_at_zero_charge_is_not_applicable_and_never_a_violation()
    {
        // Before the fix the report's k was -infinity.
        var report = SafetyAnalysis.Evaluate(Tonic(0), Bipolar);
        Assert.Null(report.ShannonK);
        Assert.Equal("not applicable", report.ShannonKText);
        Assert.True(report.IsWithinLimits);
        Assert.Equal("1.26", SafetyAnalysis.Evaluate(Tonic(5), ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3)).ShannonKText);
    }

    [Fact]
    public void A_tiny_share_of_the_current_on_a_tiny_contact_gives_a_finite_report()
    {
        // One lead with a 1 nm contact carries 1e-300 % of the current: its density is the highest, and the amplitude
        // that would meet the k limit there (÷ 1e-302) is beyond a Current; the message still says a number.
        var tiny = new Lead("tiny", 8, Length.FromMillimetres(1e-6), Length.FromMillimetres(1e-6), Length.FromMillimetres(1));
        var electrodes = new ElectrodeConfiguration([Lead.Percutaneous8, tiny],
        [
            new ContactSetting(0, 3, ContactRole.Cathode, 100 - 1e-300),
            new ContactSetting(1, 3, ContactRole.Cathode, 1e-300),
        ], caseAnodePercent: 100);
        var strongest = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
        var report = SafetyAnalysis.Evaluate(strongest, electrodes);
        Assert.True(double.IsFinite(report.ShannonK!.Value));
        Assert.Contains(report.Violations, v => v.Parameter == "shannonK");
    }
}
