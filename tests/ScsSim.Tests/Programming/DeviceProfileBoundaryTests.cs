using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.Programming;

/// <summary>
/// Device profiles and batteries at their limits: a setting exactly at a device limit is deliverable, one step beyond
/// is a violation; every constructor limit is accepted at its end and refused beyond it, naming the parameter.
/// (Found by mutation testing: eng/mutation.sh Programming.)
/// </summary>
public class DeviceProfileBoundaryTests
{
    private static readonly DeviceProfile G = DeviceProfile.Generic;
    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
    private static readonly Frequency Hz40 = Frequency.FromHertz(40);

    private static TonicProgram Tonic(double mA, double us, Frequency? frequency = null) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), frequency ?? Hz40);

    private static DeviceProfile Device(string name = "d", Current? maxAmplitude = null, Current? step = null, IEnumerable<FrequencyRange>? ranges = null,
        Duration? minWidth = null, Duration? maxWidth = null, Charge? maxCharge = null, Voltage? compliance = null, int? contacts = null,
        BatterySpecification? battery = null) =>
        new(name, maxAmplitude ?? G.MaxAmplitude, step ?? G.AmplitudeStep, ranges ?? G.FrequencyRanges, minWidth ?? G.MinPulseWidth,
            maxWidth ?? G.MaxPulseWidth, maxCharge ?? G.MaxChargePerPhase, compliance ?? G.ComplianceVoltage, contacts ?? G.ContactCount,
            battery ?? G.Battery);

    [Fact]
    public void A_program_exactly_at_every_device_limit_is_deliverable()
    {
        // 20 mA × 1000 µs = 20 µC (the charge limit), 1000 µs (the width limit), 20 mA × 600 Ω = 12 V (the compliance).
        var report = G.Validate(Tonic(20, 1000), Bipolar, Resistance.FromOhms(600));
        Assert.True(report.IsValid, report.ToString());
        // 25.5 mA (the amplitude limit) × 20 µs (the shortest width) at 1200 Hz (the top of the range) into 400 Ω.
        Assert.True(G.Validate(Tonic(25.5, 20, Frequency.FromHertz(1200)), Bipolar, Resistance.FromOhms(400)).IsValid);
        Assert.True(G.Validate(Tonic(5, 300, Frequency.FromHertz(2)), Bipolar, Resistance.FromOhms(400)).IsValid);
    }

    [Fact]
    public void One_step_beyond_each_device_limit_is_a_violation_with_value_and_limit()
    {
        var amplitude = Assert.Single(G.Validate(Tonic(25.6, 20), Bipolar, Resistance.FromOhms(400)).Violations);
        Assert.Equal("amplitude", amplitude.Parameter);
        Assert.Equal("25.6 mA", amplitude.Value);
        Assert.Equal("≤ 25.5 mA", amplitude.Limit);
        Assert.Contains("maximum of 25.5 mA", amplitude.Message);

        var width = Assert.Single(G.Validate(Tonic(1, 1000.001), Bipolar, Resistance.FromOhms(400)).Violations);
        Assert.Equal("pulseWidth", width.Parameter);
        Assert.Equal("20 µs-1 ms", width.Limit);
        Assert.Contains("outside this device's range of 20 µs to 1 ms", width.Message);
        Assert.Equal("pulseWidth", Assert.Single(G.Validate(Tonic(1, 19.999), Bipolar, Resistance.FromOhms(400)).Violations).Parameter);

        var charge = Assert.Single(G.Validate(Tonic(20.1, 1000), Bipolar, Resistance.FromOhms(400)).Violations);
        Assert.Equal("chargePerPhase", charge.Parameter);
        Assert.Equal("≤ 20 µC", charge.Limit);
        Assert.Contains("above this device's limit of 20 µC", charge.Message);

        var justOver = Assert.Single(G.Validate(Tonic(20, 1000), Bipolar, Resistance.FromOhms(600.001)).Violations);
        Assert.Equal("amplitude", justOver.Parameter);
        Assert.Contains("above the 12 V compliance voltage", justOver.Message);
        // 20 mA × 750 Ω = 15 V; at 12 V the device delivers 12 V / 750 Ω = 16 mA.
        var compliance = Assert.Single(G.Validate(Tonic(20, 1000), Bipolar, Resistance.FromOhms(750)).Violations);
        Assert.Equal("amplitude", compliance.Parameter);
        Assert.Equal("20 mA", compliance.Value);
        Assert.Equal("≤ 16 mA at 750 Ω", compliance.Limit);
        Assert.Contains("Driving 20 mA through 750 Ω needs 15 V, above the 12 V compliance voltage", compliance.Message);

        var frequency = Assert.Single(G.Validate(Tonic(5, 300, Frequency.FromMillihertz(1_200_001)), Bipolar, Resistance.FromOhms(400)).Violations);
        Assert.Equal("frequency", frequency.Parameter);
        Assert.Contains("cannot deliver 1.200001 kHz", frequency.Message);
        Assert.Equal("frequency", Assert.Single(G.Validate(Tonic(5, 300, Frequency.FromMillihertz(1999)), Bipolar, Resistance.FromOhms(400)).Violations).Parameter);
    }

    [Fact]
    public void The_amplitude_grid_allows_rounding_of_a_millionth_of_a_step()
    {
        // 0.1 mA steps: 5.00000005 mA is 50.0000005 steps (within 1e-6 of a whole step); 5.0000002 mA is 2e-6 off.
        Assert.True(G.Validate(Tonic(5.00000005, 300), Bipolar, Resistance.FromOhms(400)).IsValid);
        var off = Assert.Single(G.Validate(Tonic(5.0000002, 300), Bipolar, Resistance.FromOhms(400)).Violations);
        Assert.Equal("amplitude", off.Parameter);
        Assert.Equal("a multiple of 0.1 mA", off.Limit);
        Assert.Equal("amplitude", Assert.Single(G.Validate(Tonic(4.9999998, 300), Bipolar, Resistance.FromOhms(400)).Violations).Parameter);
    }

    [Fact]
    public void The_contact_count_limit_is_inclusive()
    {
        var eight = Lead.Percutaneous8;
        var sixteen = new ElectrodeConfiguration([eight, eight], [new(0, 3, ContactRole.Cathode, 100)], 100);
        Assert.True(G.Validate(Tonic(5, 300), sixteen, Resistance.FromOhms(400)).IsValid);
        var nine = new Lead("nine", 9, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4));
        var seventeen = new ElectrodeConfiguration([eight, nine], [new(0, 3, ContactRole.Cathode, 100)], 100);
        var v = Assert.Single(G.Validate(Tonic(5, 300), seventeen, Resistance.FromOhms(400)).Violations);
        Assert.Equal("electrodes", v.Parameter);
        Assert.Equal("17 contacts", v.Value);
        Assert.Equal("≤ 16 contacts", v.Limit);
        Assert.Contains("carry 17 contacts but this device drives only 16", v.Message);
    }

    [Fact]
    public void Validate_names_null_arguments()
    {
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => G.Validate(null!, Bipolar, Resistance.FromOhms(400))).ParamName);
        Assert.Equal("electrodes", Assert.Throws<ArgumentNullException>(() => G.Validate(Tonic(5, 300), null!, Resistance.FromOhms(400))).ParamName);
        Assert.Equal("programSet", Assert.Throws<ArgumentNullException>(() => G.Validate(null!, Resistance.FromOhms(400))).ParamName);
    }

    [Fact]
    public void Frequency_ranges_include_both_ends_and_describe_themselves()
    {
        var range = new FrequencyRange(Frequency.FromHertz(2), Frequency.FromHertz(1200));
        Assert.True(range.Contains(Frequency.FromHertz(2)));
        Assert.True(range.Contains(Frequency.FromHertz(1200)));
        Assert.False(range.Contains(Frequency.FromMillihertz(1999)));
        Assert.False(range.Contains(Frequency.FromMillihertz(1_200_001)));
        Assert.Equal("2 Hz-1.2 kHz", range.ToString());
        Assert.Equal("10 kHz", new FrequencyRange(Frequency.FromKilohertz(10), Frequency.FromKilohertz(10)).ToString());
    }

    [Fact]
    public void Profile_limits_are_accepted_at_their_ends_and_refused_beyond()
    {
        // The step may equal the maximum and be as fine as 1 nA; one contact and 64 contacts; one range and 64.
        Assert.Equal(G.MaxAmplitude, Device(step: G.MaxAmplitude).AmplitudeStep);
        Assert.Equal(1e-6, Device(step: Current.FromMilliamperes(1e-6)).AmplitudeStep.ToMilliamperes());
        Assert.Equal(1, Device(contacts: 1).ContactCount);
        Assert.Equal(64, Device(contacts: 64).ContactCount);
        var one = new FrequencyRange(Frequency.FromHertz(50), Frequency.FromHertz(50));
        Assert.Single(Device(ranges: [one]).FrequencyRanges);
        Assert.Equal(64, Device(ranges: Enumerable.Repeat(one, 64)).FrequencyRanges.Count);
        Assert.Equal(G.MinPulseWidth, Device(maxWidth: G.MinPulseWidth).MaxPulseWidth);

        void Refused(string paramName, string text, Func<DeviceProfile> create)
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => create());
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains(text, e.Message);
        }
        Refused("name", "must not be empty", () => Device(name: " "));
        Refused("maxAmplitude", "greater than 0 mA", () => Device(maxAmplitude: Current.Zero));
        Refused("amplitudeStep", "from 0.001 µA to 25.5 mA", () => Device(step: Current.FromMilliamperes(Math.BitIncrement(25.5))));
        Refused("amplitudeStep", "from 0.001 µA to 25.5 mA", () => Device(step: Current.FromMilliamperes(Math.BitDecrement(1e-6))));
        Refused("frequencyRanges", "null", () => Device(ranges: [one, null!]));
        Refused("frequencyRanges.Count", "between 1 and 64", () => Device(ranges: []));
        Refused("frequencyRanges.Count", "between 1 and 64", () => Device(ranges: Enumerable.Repeat(one, 65)));
        Refused("frequencyRanges", "each range needs 0 Hz < Min ≤ Max; got ", () => Device(ranges: [new(Frequency.Zero, Frequency.FromHertz(50))]));
        Refused("frequencyRanges", "got 50 Hz to 49.999 Hz", () => Device(ranges: [new(Frequency.FromHertz(50), Frequency.FromMillihertz(49_999))]));
        Refused("minPulseWidth", "greater than 0 ns", () => Device(minWidth: Duration.Zero));
        Refused("maxPulseWidth", "between 20000 ns", () => Device(maxWidth: G.MinPulseWidth - Duration.FromNanoseconds(1)));
        Refused("maxChargePerPhase", "greater than 0 µC", () => Device(maxCharge: Charge.Zero));
        Refused("complianceVoltage", "greater than 0 V", () => Device(compliance: Voltage.Zero));
        Refused("contactCount", "between 1 and 64", () => Device(contacts: 0));
        Refused("contactCount", "between 1 and 64", () => Device(contacts: 65));
        Assert.Equal("frequencyRanges", Assert.Throws<ArgumentNullException>(() =>
            new DeviceProfile("d", G.MaxAmplitude, G.AmplitudeStep, null!, G.MinPulseWidth, G.MaxPulseWidth, G.MaxChargePerPhase,
                G.ComplianceVoltage, 16, G.Battery)).ParamName);
        Assert.Equal("battery", Assert.Throws<ArgumentNullException>(() =>
            new DeviceProfile("d", G.MaxAmplitude, G.AmplitudeStep, G.FrequencyRanges, G.MinPulseWidth, G.MaxPulseWidth, G.MaxChargePerPhase,
                G.ComplianceVoltage, 16, null!)).ParamName);
    }

    [Fact]
    public void Battery_values_are_accepted_at_their_ends_and_refused_beyond()
    {
        var b = G.Battery;
        Assert.Equal(1e-3, (b with { NominalVoltage = Voltage.FromMillivolts(1) }).NominalVoltage.ToVolts());
        Assert.Equal(1e3, (b with { NominalVoltage = Voltage.FromVolts(1000) }).NominalVoltage.ToVolts());
        Assert.Equal(1e-6, (b with { ConversionEfficiency = 1e-6 }).ConversionEfficiency);
        Assert.Equal(1, (b with { ConversionEfficiency = 1 }).ConversionEfficiency);
        Assert.Equal(Current.Zero, (b with { OverheadCurrent = Current.Zero }).OverheadCurrent);
        Assert.Equal(1e6, (b with { OverheadCurrent = Current.FromMilliamperes(1e6) }).OverheadCurrent.ToMilliamperes());
        Assert.Equal(BatteryKind.Primary, (b with { Kind = BatteryKind.Primary }).Kind);
        var least = BatteryCapacity.FromMilliampereHours(double.Epsilon);
        Assert.Equal(least, (b with { Capacity = least }).Capacity);

        void Refused(string paramName, string text, Func<BatterySpecification> create)
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => create());
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains(text, e.Message);
        }
        Refused("Kind", "Rechargeable or Primary; got 5", () => b with { Kind = (BatteryKind)5 });
        Refused("Kind", "got 5", () => new BatterySpecification((BatteryKind)5, b.Capacity, b.NominalVoltage, 0.5, Current.Zero));
        Refused("Capacity", "greater than 0 mAh", () => b with { Capacity = BatteryCapacity.Zero });
        Refused("NominalVoltage", "from 1 mV to 1 kV", () => b with { NominalVoltage = Voltage.FromVolts(Math.BitDecrement(1e-3)) });
        Refused("NominalVoltage", "from 1 mV to 1 kV", () => b with { NominalVoltage = Voltage.FromVolts(Math.BitIncrement(1e3)) });
        Refused("NominalVoltage", "from 1 mV to 1 kV", () => new BatterySpecification(b.Kind, b.Capacity, Voltage.Zero, 0.5, Current.Zero));
        Refused("ConversionEfficiency", "between 1E-06 and 1", () => b with { ConversionEfficiency = Math.BitIncrement(1.0) });
        Refused("ConversionEfficiency", "between 1E-06 and 1", () => b with { ConversionEfficiency = Math.BitDecrement(1e-6) });
        Refused("OverheadCurrent", "from 0 mA to 1000 A", () => b with { OverheadCurrent = Current.FromMilliamperes(Math.BitIncrement(1e6)) });
        Refused("OverheadCurrent", "got -1 mA", () => b with { OverheadCurrent = Current.FromMilliamperes(-1) });
    }

    [Fact]
    public void Profiles_are_equal_only_when_every_limit_is_equal()
    {
        Assert.Equal(Device(), Device());
        Assert.Equal(Device().GetHashCode(), Device().GetHashCode());
        Assert.False(Device().Equals(null));
        var variants = new[]
        {
            Device(name: "other"),
            Device(maxAmplitude: Current.FromMilliamperes(20)),
            Device(step: Current.FromMilliamperes(0.05)),
            Device(ranges: [new(Frequency.FromHertz(2), Frequency.FromHertz(1200))]),
            Device(minWidth: Duration.FromMicroseconds(10)),
            Device(maxWidth: Duration.FromMicroseconds(500)),
            Device(maxCharge: Charge.FromMicrocoulombs(10)),
            Device(compliance: Voltage.FromVolts(15)),
            Device(contacts: 32),
            Device(battery: G.Battery with { ConversionEfficiency = 0.6 }),
        };
        foreach (var variant in variants)
            Assert.NotEqual(Device(), variant);
    }
}
