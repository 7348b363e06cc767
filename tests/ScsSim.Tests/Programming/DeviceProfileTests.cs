using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

public class DeviceProfileTests
{
    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
    private static readonly Resistance Ohms1000 = Resistance.FromOhms(1000);

    private static StimulationProgram Tonic(double mA, double us, double hz) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Frequency.FromHertz(hz));

    [Fact]
    public void A_typical_tonic_program_is_valid_on_the_generic_device()
    {
        var report = DeviceProfile.Generic.Validate(Tonic(5, 300, 50), Bipolar, Ohms1000);
        Assert.True(report.IsValid, report.ToString());
        Assert.Equal("valid", report.ToString());
    }

    [Fact]
    public void Ten_kilohertz_is_valid_but_five_kilohertz_is_not()
    {
        var pulse = new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30));
        Assert.True(DeviceProfile.Generic.Validate(StimulationProgram.HighFrequency(pulse, Frequency.FromKilohertz(10)), Bipolar, Ohms1000).IsValid);
        var report = DeviceProfile.Generic.Validate(StimulationProgram.HighFrequency(pulse, Frequency.FromKilohertz(5)), Bipolar, Ohms1000);
        var v = Assert.Single(report.Violations);
        Assert.Equal("frequency", v.Parameter);
        Assert.Equal("5 kHz", v.Value);
        Assert.Contains("2 Hz-1.2 kHz or 10 kHz", v.Limit);
    }

    [Fact]
    public void Every_violation_is_reported_not_only_the_first()
    {
        // 30.05 mA × 10 µs at 1500 Hz into 1 kΩ: above the maximum, off the 0.1 mA grid, width below 20 µs,
        // frequency outside both ranges, and 30 V needed against 12 V compliance.
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(30.05), Duration.FromMicroseconds(300)), Frequency.FromHertz(1500));
        var report = DeviceProfile.Generic.Validate(program.WithPulse(program.Pulse.WithPulseWidth(Duration.FromMicroseconds(10))), Bipolar, Ohms1000);
        var parameters = report.Violations.Select(v => v.Parameter).ToArray();
        Assert.Equal(["amplitude", "amplitude", "pulseWidth", "frequency", "amplitude"], parameters);
        Assert.Contains(report.Violations, v => v.Message.Contains("compliance", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Message.Contains("steps of 0.1 mA", StringComparison.Ordinal));
    }

    [Fact]
    public void Charge_per_phase_above_the_device_limit_is_a_violation()
    {
        var report = DeviceProfile.Generic.Validate(Tonic(25, 1000, 40), Bipolar, Resistance.FromOhms(400));
        var v = Assert.Single(report.Violations);
        Assert.Equal("chargePerPhase", v.Parameter);
        Assert.Equal("25 µC", v.Value);
    }

    [Fact]
    public void Compliance_depends_on_impedance()
    {
        // 10 mA × 1500 Ω = 15 V > 12 V; at 1000 Ω it is 10 V.
        Assert.True(DeviceProfile.Generic.Validate(Tonic(10, 200, 50), Bipolar, Ohms1000).IsValid);
        var v = Assert.Single(DeviceProfile.Generic.Validate(Tonic(10, 200, 50), Bipolar, Resistance.FromOhms(1500)).Violations);
        Assert.Contains("15 V", v.Message);
    }

    [Fact]
    public void Too_many_contacts_for_the_device()
    {
        var small = new DeviceProfile("8-contact", Current.FromMilliamperes(20), Current.FromMilliamperes(0.1),
            [new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(1200))], Duration.FromMicroseconds(20), Duration.FromMicroseconds(1000),
            Charge.FromMicrocoulombs(20), Voltage.FromVolts(12), 8, DeviceProfile.Generic.Battery);
        var twoLeads = new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8], [new ContactSetting(1, 3, ContactRole.Cathode, 100)], 100);
        var v = Assert.Single(small.Validate(Tonic(5, 300, 50), twoLeads, Ohms1000).Violations);
        Assert.Equal("electrodes", v.Parameter);
    }

    [Fact]
    public void Program_set_violations_name_their_area()
    {
        var set = new ProgramSet([
            new AreaProgram(Tonic(5, 300, 50), Bipolar),
            new AreaProgram(Tonic(26, 100, 50), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 5, 6), Duration.FromMilliseconds(10))]);
        var v = Assert.Single(DeviceProfile.Generic.Validate(set, Resistance.FromOhms(300)).Violations);
        Assert.Equal("areas[1].amplitude", v.Parameter);
    }

    [Fact]
    public void Bad_profile_limits_are_rejected()
    {
        Assert.Equal("amplitudeStep", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviceProfile("x", Current.FromMilliamperes(1),
            Current.FromMilliamperes(2), [new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(100))], Duration.FromMicroseconds(20),
            Duration.FromMicroseconds(100), Charge.FromMicrocoulombs(1), Voltage.FromVolts(10), 8, DeviceProfile.Generic.Battery)).ParamName);
        Assert.Equal("maxPulseWidth", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviceProfile("x", Current.FromMilliamperes(1),
            Current.FromMilliamperes(0.1), [new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(100))], Duration.FromMicroseconds(200),
            Duration.FromMicroseconds(100), Charge.FromMicrocoulombs(1), Voltage.FromVolts(10), 8, DeviceProfile.Generic.Battery)).ParamName);
        Assert.Equal("frequencyRanges", Assert.Throws<ArgumentOutOfRangeException>(() => new DeviceProfile("x", Current.FromMilliamperes(1),
            Current.FromMilliamperes(0.1), [new FrequencyRange(Frequency.FromHertz(200), Frequency.FromHertz(100))], Duration.FromMicroseconds(20),
            Duration.FromMicroseconds(100), Charge.FromMicrocoulombs(1), Voltage.FromVolts(10), 8, DeviceProfile.Generic.Battery)).ParamName);
    }

    [Property(MaxTest = 200)]
    public Property Validation_never_throws_and_reports_the_same_violations_twice_in_a_row() =>
        Prop.ForAll(
            (from program in Generators.Program
             from electrodes in Generators.Electrodes
             from device in Generators.Device
             from ohms in Gen.Choose(100, 3000)
             select (program, electrodes, device, ohms)).ToArbitrary(),
            c =>
            {
                var (program, electrodes, device, ohms) = c;
                var first = device.Validate(program, electrodes, Resistance.FromOhms(ohms));
                var second = device.Validate(program, electrodes, Resistance.FromOhms(ohms));
                return first.Equals(second) && first.Violations.All(v => v.Parameter.Length > 0 && v.Message.Length > 0);
            });
}
