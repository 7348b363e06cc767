using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

/// <summary>
/// Issue #9: every programming factory refuses, with the documented exception naming the caller's parameter, any value
/// whose later arithmetic could not be represented; whatever it accepts can be analysed without an exception.
/// </summary>
public class ProgrammingRangeTests
{
    private static readonly Resistance Ohms1000 = Resistance.FromOhms(1000);

    [Fact]
    public void Cycling_refuses_on_and_off_times_whose_cycle_cannot_be_represented()
    {
        // Before the fix 9e9 s on and off was accepted and DutyCycle, EnergyAnalysis and Simulate threw OverflowException.
        var tonic = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Cycling(tonic, Duration.FromSeconds(9e9), Duration.FromSeconds(9e9)));
        Assert.Equal("onTime", e.ParamName);
        Assert.Contains("1000000 s", e.Message);
        Assert.Equal("offTime", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(9e9))).ParamName);

        // At the limits everything downstream is finite.
        var longest = StimulationProgram.Cycling(tonic, Duration.FromSeconds(1e6), Duration.FromSeconds(1e6), Duration.FromSeconds(1e6));
        Assert.Equal(0.5, longest.DutyCycle);
        var energy = EnergyAnalysis.Evaluate(longest, Ohms1000, DeviceProfile.Generic);
        Assert.True(double.IsFinite(energy.TeedPerSecond.ToWatts()));
        Assert.NotNull(energy.BatteryLife);
    }

    [Fact]
    public void A_pulse_width_whose_pulse_duration_overflows_is_refused_naming_pulse_width()
    {
        // Before the fix the PulseShape was accepted and Tonic threw OverflowException (PW + gap + recharge).
        var width = Duration.FromNanoseconds(long.MaxValue / 2 + 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), width), Frequency.FromMillihertz(1)));
        Assert.Equal("pulseWidth", e.ParamName);
        Assert.Contains("1000 s", e.Message);
        Assert.Equal("interphaseGap", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300), null, width)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Recharge.Passive(Duration.FromMilliseconds(1), width)).ParamName);
        Assert.Equal("timeConstant", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Recharge.Passive(width, Duration.FromMilliseconds(1))).ParamName);

        // The longest accepted pulse with the longest recharge: exact, and a 1 mHz tonic program holds 400 s + 400 s.
        var longest = new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(1000), Recharge.ActiveAsymmetric(100), Duration.FromSeconds(1000));
        Assert.Equal(Duration.FromSeconds(102_000), longest.TotalDuration);
        Assert.True(double.IsFinite(longest.ChargePerPhase.ToMicrocoulombs()));
        var slow = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
        Assert.True(double.IsFinite(slow.PulsesPerSecond));
    }

    [Fact]
    public void A_huge_amplitude_is_refused_at_the_factory_and_validate_never_throws()
    {
        // Before the fix 1e308 mA was accepted and DeviceProfile.Validate threw naming an internal parameter "microcoulombs".
        Assert.Equal("milliamperes", Assert.Throws<ArgumentOutOfRangeException>(() => Current.FromMilliamperes(1e308)).ParamName);
        Assert.Equal("amplitude", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new PulseShape(Current.FromMilliamperes(1e7), Duration.FromMicroseconds(300))).ParamName);

        // The largest accepted charge (1 kA × 400 s) into the largest resistance: a report, never an exception.
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
        var electrodes = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
        foreach (var impedance in new[] { Resistance.Zero, Resistance.FromOhms(double.Epsilon), Ohms1000, Resistance.FromOhms(1e100) })
        {
            var report = DeviceProfile.Generic.Validate(program, electrodes, impedance);
            Assert.Contains(report.Violations, v => v.Parameter == "chargePerPhase");
            Assert.All(report.Violations, v => Assert.DoesNotContain("∞", v.ToString()));
        }
        var huge = DeviceProfile.Generic.Validate(program, electrodes, Resistance.FromOhms(1e100));
        Assert.Contains(huge.Violations, v => v.Parameter == "amplitude" && v.Message.Contains("1E+103 V"));
    }

    [Fact]
    public void Device_amplitude_step_and_battery_values_have_documented_ranges()
    {
        var g = DeviceProfile.Generic;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DeviceProfile("d", g.MaxAmplitude, Current.FromMilliamperes(double.Epsilon),
            g.FrequencyRanges, g.MinPulseWidth, g.MaxPulseWidth, g.MaxChargePerPhase, g.ComplianceVoltage, 16, g.Battery));
        Assert.Equal("amplitudeStep", e.ParamName);
        // Before the fix an efficiency of 1e-300 was accepted and EnergyAnalysis overflowed.
        Assert.Equal("ConversionEfficiency", Assert.Throws<ArgumentOutOfRangeException>(() => g.Battery with { ConversionEfficiency = 1e-300 }).ParamName);
        Assert.Equal("ConversionEfficiency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new BatterySpecification(BatteryKind.Primary, BatteryCapacity.FromMilliampereHours(1), Voltage.FromVolts(3), double.NaN, Current.Zero)).ParamName);
        Assert.Equal("NominalVoltage", Assert.Throws<ArgumentOutOfRangeException>(() => g.Battery with { NominalVoltage = Voltage.FromVolts(1e-300) }).ParamName);
        Assert.Equal("Capacity", Assert.Throws<ArgumentOutOfRangeException>(() => g.Battery with { Capacity = BatteryCapacity.Zero }).ParamName);
        Assert.Equal("OverheadCurrent", Assert.Throws<ArgumentOutOfRangeException>(() => g.Battery with { OverheadCurrent = Current.FromMilliamperes(-1) }).ParamName);
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => g.Battery with { Kind = (BatteryKind)7 }).ParamName);
    }

    [Fact]
    public void Lead_dimensions_have_a_range_that_keeps_the_contact_area_positive()
    {
        // Before the fix a 1e-320 mm diameter was accepted: the contact area underflowed to 0 and the safety analysis divided by it.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Lead("tiny", 8, Length.FromMillimetres(3), Length.FromMillimetres(1e-320), Length.FromMillimetres(4)));
        Assert.Equal("diameter", e.ParamName);
        Assert.Equal("contactLength", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Lead("long", 8, Length.FromMillimetres(1e7), Length.FromMillimetres(1), Length.FromMillimetres(4))).ParamName);
        Assert.Equal("spacing", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Lead("far", 8, Length.FromMillimetres(3), Length.FromMillimetres(1), Length.FromMillimetres(1e7))).ParamName);
    }

    [Fact]
    public void Program_set_offsets_have_a_range()
    {
        var tonic = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));
        var electrodes = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgramSet([new AreaProgram(tonic, electrodes, Duration.FromSeconds(1e7))]));
        Assert.Equal("areas[0].Offset", e.ParamName);
    }

    [Fact]
    public void Recharge_helpers_name_their_own_parameters()
    {
        var passive = Recharge.Passive(Duration.FromMicroseconds(100), Duration.FromMicroseconds(500));
        Assert.Equal("sinceStart", Assert.Throws<ArgumentOutOfRangeException>(() => passive.DecayAt(Duration.FromSeconds(-1e9))).ParamName);
        Assert.Throws<OverflowException>(() => passive.PeakCurrent(Charge.FromMicrocoulombs(1e100), Duration.FromMicroseconds(1)));
        Assert.Throws<OverflowException>(() => Recharge.ActiveAsymmetric(100).RechargeWidth(Duration.FromNanoseconds(long.MaxValue / 2)));
    }

    // ---- The factory property of issue #9 (main programming factories), fed with any double and any long. ----

    private static void AcceptOrNameParameter(Func<object> make, string[] parameters, Action<object>? check = null)
    {
        object made;
        try
        {
            made = make();
        }
        catch (ArgumentException e)
        {
            Assert.True(parameters.Any(p => e.ParamName == p || e.ParamName!.StartsWith(p + ".", StringComparison.Ordinal) || e.ParamName.StartsWith(p + "[", StringComparison.Ordinal)),
                $"ParamName '{e.ParamName}' is not one of {string.Join(", ", parameters)}: {e.Message}");
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return;
        }
        check?.Invoke(made);
    }

    private static Gen<Current?> AnyCurrent => Generators.AnyDouble.Select(Try(Current.FromMilliamperes));
    private static Gen<Length?> AnyLength => Generators.AnyDouble.Select(Try(Length.FromMillimetres));
    private static Gen<Duration> AnyDuration => Gen.OneOf(Generators.AnyLong.Select(Duration.FromNanoseconds),
        Gen.Choose(0, 2_000_000).Select(us => Duration.FromMicroseconds(us)), Gen.Choose(0, 2_000_000).Select(s => Duration.FromSeconds(s)));
    private static Gen<Frequency> AnyFrequency => Gen.OneOf(Generators.AnyLong.Select(n => Frequency.FromMillihertz(n == long.MinValue ? 0 : Math.Abs(n))),
        Gen.Choose(0, 200_000_000).Select(n => Frequency.FromMillihertz(n)));

    private static Func<double, T?> Try<T>(Func<double, T> factory) where T : struct => x =>
    {
        try { return factory(x); }
        catch (ArgumentOutOfRangeException) { return null; }
    };

    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);

    // Everything an accepted program feeds: derived values, the safety and energy analyses and device validation.
    private static void AnalysesAreFinite(object made)
    {
        var program = (StimulationProgram)made;
        Assert.True(double.IsFinite(program.PulsesPerSecond) && double.IsFinite(program.DutyCycle));
        Assert.True(double.IsFinite(program.NetChargePerPeriod.ToMicrocoulombs()));
        var safety = SafetyAnalysis.Evaluate(program, Bipolar);
        Assert.True(safety.ShannonK is null || double.IsFinite(safety.ShannonK.Value));
        Assert.True(double.IsFinite(safety.NetChargeFraction));
        var energy = EnergyAnalysis.Evaluate(program, Ohms1000, DeviceProfile.Generic);
        Assert.True(double.IsFinite(energy.BatteryDrain.ToMilliamperes()));
        Assert.True(energy.DaysBetweenCharges is null || double.IsFinite(energy.DaysBetweenCharges.Value));
        DeviceProfile.Generic.Validate(program, Bipolar, Resistance.FromOhms(1e100));
    }

    private static void PulseIsFinite(object made)
    {
        var pulse = (PulseShape)made;
        _ = pulse.TotalDuration;
        Assert.True(double.IsFinite(pulse.ChargePerPhase.ToMicrocoulombs()));
        Assert.True(double.IsFinite(pulse.RechargePeakCurrent.ToMilliamperes()));
        Assert.True(double.IsFinite(pulse.NetCharge.ToMicrocoulombs()));
        Assert.True(double.IsFinite(pulse.CurrentAt(pulse.RechargeStart).ToMilliamperes()));
    }

    private static Gen<Recharge?> AnyRecharge => Gen.OneOf(
        Gen.Constant<Recharge?>(null),
        Gen.Constant<Recharge?>(Recharge.ActiveSymmetric),
        Generators.AnyDouble.Select(r => r is >= 1 and <= 100 ? (Recharge?)Recharge.ActiveAsymmetric(r) : null),
        from tau in AnyDuration from window in AnyDuration
        select tau > Duration.Zero && window > Duration.Zero && tau <= Duration.FromSeconds(1000) && window <= Duration.FromSeconds(1000)
            ? (Recharge?)Recharge.Passive(tau, window) : null);

    [Property(MaxTest = 3000)]
    public Property Pulse_shapes_and_recharges_from_any_input() =>
        Prop.ForAll((from a in AnyCurrent from w in AnyDuration from g in AnyDuration from r in AnyRecharge from x in Generators.AnyDouble select (a, w, g, r, x)).ToArbitrary(),
            t =>
            {
                var (amplitude, width, gap, recharge, ratio) = t;
                AcceptOrNameParameter(() => Recharge.ActiveAsymmetric(ratio), ["widthRatio"]);
                AcceptOrNameParameter(() => Recharge.Passive(width, gap), ["timeConstant", "window"]);
                if (amplitude is { } a)
                    AcceptOrNameParameter(() => new PulseShape(a, width, recharge, gap), ["amplitude", "pulseWidth", "interphaseGap"], PulseIsFinite);
            });

    private static Gen<PulseShape> AcceptedPulse =>
        from amplitude in AnyCurrent
        from width in AnyDuration
        from gap in AnyDuration
        from recharge in AnyRecharge
        let pulse = TryMake(() => new PulseShape(amplitude ?? Current.Zero, width, recharge, gap))
        select pulse ?? new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300));

    private static T? TryMake<T>(Func<T> make) where T : class
    {
        try { return make(); }
        catch (ArgumentException) { return null; }
    }

    [Property(MaxTest = 3000)]
    public Property Programs_from_any_timing() =>
        Prop.ForAll((from p in AcceptedPulse from a in AnyFrequency from b in AnyFrequency from i in ArbMap.Default.GeneratorFor<int>() from d in AnyDuration select (p, a, b, i, d)).ToArbitrary(),
            t =>
            {
                var (pulse, f1, f2, n, on) = t;
                AcceptOrNameParameter(() => StimulationProgram.Tonic(pulse, f1), ["pulse", "frequency"], AnalysesAreFinite);
                AcceptOrNameParameter(() => StimulationProgram.HighFrequency(pulse, f1), ["pulse", "frequency"], AnalysesAreFinite);
                var count = n % 3 == 0 ? n : Math.Abs(n % 1000) + 1;
                foreach (var mode in new[] { BurstRecharge.PerPulse, BurstRecharge.AfterBurst, (BurstRecharge)n })
                    AcceptOrNameParameter(() => StimulationProgram.Burst(pulse, f1, count, f2, mode),
                        ["pulse", "intraBurstFrequency", "pulsesPerBurst", "burstFrequency", "recharge"], AnalysesAreFinite);
                var inner = TryMake(() => StimulationProgram.Tonic(pulse, f1)) ?? (StimulationProgram)StimulationProgram.Tonic(
                    new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(100)), Frequency.FromHertz(10));
                var off = Duration.FromNanoseconds(on.ToNanoseconds() / 3);
                AcceptOrNameParameter(() => StimulationProgram.Cycling(inner, on, off, Duration.FromNanoseconds(Math.Abs(n))),
                    ["program", "onTime", "offTime", "ramp"], AnalysesAreFinite);
                AcceptOrNameParameter(() => StimulationProgram.Cycling(inner, on, on), ["program", "onTime", "offTime", "ramp"], AnalysesAreFinite);
            });

    [Property(MaxTest = 2000)]
    public Property Leads_and_electrode_configurations_from_any_input() =>
        Prop.ForAll((from l in AnyLength from d in AnyLength from s in AnyLength from f in Generators.AnyDouble from c in Generators.AnyDouble
                     from n in ArbMap.Default.GeneratorFor<int>() select (l, d, s, f, c, n)).ToArbitrary(),
            t =>
            {
                var (length, diameter, spacing, fraction, casePercent, count) = t;
                if (length is { } l && diameter is { } d && spacing is { } s)
                    AcceptOrNameParameter(() => new Lead("any", count % 2 == 0 ? count : Math.Abs(count % 32) + 1, l, d, s),
                        ["name", "contactCount", "contactLength", "diameter", "spacing"], made =>
                        {
                            var lead = (Lead)made;
                            Assert.True(lead.ContactArea > Area.Zero);
                            Assert.True(double.IsFinite(lead.ContactCentre(lead.ContactCount - 1).ToMillimetres()));
                            if (lead.ContactCount < 2) return;
                            // The largest charge on this lead's contact: density and k stay finite however small the contact.
                            var strongest = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
                            var safety = SafetyAnalysis.Evaluate(strongest, ElectrodeConfiguration.Bipolar(lead, 0, 1));
                            Assert.True(double.IsFinite(safety.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre()));
                            Assert.True(double.IsFinite(safety.ShannonK!.Value));
                        });
                AcceptOrNameParameter(() => new ElectrodeConfiguration([Lead.Percutaneous8],
                    [new ContactSetting(0, Math.Abs(count % 10), ContactRole.Cathode, fraction), new ContactSetting(0, 1, ContactRole.Anode, 100 - casePercent)],
                    casePercent), ["leads", "contacts", "caseAnodePercent"], made => Assert.True(double.IsFinite(((ElectrodeConfiguration)made).CaseAnodePercent)));
            });

    [Property(MaxTest = 2000)]
    public Property Device_profiles_from_any_input() =>
        Prop.ForAll((from m in AnyCurrent from st in AnyCurrent from e in Generators.AnyDouble from v in Generators.AnyDouble from w in AnyDuration
                     from n in ArbMap.Default.GeneratorFor<int>() select (m, st, e, v, w, n)).ToArbitrary(),
            t =>
            {
                var (max, step, efficiency, volts, width, contacts) = t;
                var g = DeviceProfile.Generic;
                BatterySpecification? battery = null;
                AcceptOrNameParameter(() => battery = new BatterySpecification(BatteryKind.Rechargeable, g.Battery.Capacity,
                        Try(Voltage.FromVolts)(volts) ?? Voltage.FromVolts(3.6), efficiency, step ?? Current.Zero),
                    ["Kind", "Capacity", "NominalVoltage", "ConversionEfficiency", "OverheadCurrent"]);
                if (max is not { } m || step is not { } s) return;
                AcceptOrNameParameter(() => new DeviceProfile("any", m, s, g.FrequencyRanges, width, g.MaxPulseWidth, g.MaxChargePerPhase,
                        g.ComplianceVoltage, contacts, battery ?? g.Battery),
                    ["name", "maxAmplitude", "amplitudeStep", "frequencyRanges", "minPulseWidth", "maxPulseWidth", "maxChargePerPhase",
                        "complianceVoltage", "contactCount", "battery"],
                    made =>
                    {
                        var device = (DeviceProfile)made;
                        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(1e6), Duration.FromSeconds(400)), Frequency.FromMillihertz(1));
                        device.Validate(program, Bipolar, Resistance.FromOhms(1e100));
                        var energy = EnergyAnalysis.Evaluate(program, Resistance.FromOhms(1e12), device);
                        Assert.True(double.IsFinite(energy.BatteryPower.ToWatts()));
                    });
            });
}
