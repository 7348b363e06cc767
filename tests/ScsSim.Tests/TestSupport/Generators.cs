using FsCheck;
using FsCheck.Fluent;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.TestSupport;

/// <summary>Random valid settings for property tests. Every generator produces only values the constructors accept.</summary>
public static class Generators
{
    public static Gen<Recharge> Recharge =>
        Gen.OneOf(
            Gen.Constant<Recharge>(global::ScsSim.Programming.Recharge.ActiveSymmetric),
            Gen.Choose(10, 100).Select(r => (Recharge)global::ScsSim.Programming.Recharge.ActiveAsymmetric(r / 10.0)),
            from tauUs in Gen.Choose(20, 2000)
            from windowUs in Gen.Choose(20, 5000)
            select (Recharge)global::ScsSim.Programming.Recharge.Passive(Duration.FromMicroseconds(tauUs), Duration.FromMicroseconds(windowUs)));

    public static Gen<PulseShape> Pulse =>
        from amplitudeSteps in Gen.Choose(0, 255)
        from widthUs in Gen.Choose(20, 1000)
        from gapUs in Gen.Choose(0, 100)
        from recharge in Recharge
        from anodic in Gen.Elements(false, true)
        select new PulseShape(Current.FromMilliamperes(amplitudeSteps / 10.0), Duration.FromMicroseconds(widthUs), recharge,
            Duration.FromMicroseconds(gapUs), anodic ? Polarity.AnodicFirst : Polarity.CathodicFirst);

    /// <summary>A tonic program at a frequency chosen so that the pulse fits (from 2 Hz up to what fits, at most 1200 Hz).</summary>
    public static Gen<StimulationProgram> Tonic =>
        from pulse in Pulse
        let maxHz = Math.Min(1200, (int)(1e9 / pulse.TotalDuration.ToNanoseconds()))
        where maxHz >= 2
        from millihertz in Gen.Choose(2000, maxHz * 1000)
        select (StimulationProgram)StimulationProgram.Tonic(pulse, Frequency.FromMillihertz(millihertz));

    public static Gen<StimulationProgram> HighFrequency =>
        from amplitudeSteps in Gen.Choose(0, 50)
        from widthUs in Gen.Choose(10, 40)
        from hz in Gen.Choose(1000, 10000)
        let pulse = new PulseShape(Current.FromMilliamperes(amplitudeSteps / 10.0), Duration.FromMicroseconds(widthUs))
        where pulse.TotalDuration.ToNanoseconds() * (long)hz <= 1_000_000_000
        select (StimulationProgram)StimulationProgram.HighFrequency(pulse, Frequency.FromHertz(hz));

    public static Gen<StimulationProgram> Burst =>
        from amplitudeSteps in Gen.Choose(1, 30)
        from widthUs in Gen.Choose(100, 1000)
        from pulses in Gen.Choose(2, 6)
        from intraHz in Gen.Choose(250, 500)
        from burstHz in Gen.Choose(10, 40)
        from afterBurst in Gen.Elements(false, true)
        from tauUs in Gen.Choose(200, 2000)
        let pulse = new PulseShape(Current.FromMilliamperes(amplitudeSteps / 10.0), Duration.FromMicroseconds(widthUs),
            afterBurst ? global::ScsSim.Programming.Recharge.Passive(Duration.FromMicroseconds(tauUs), Duration.FromMicroseconds(5 * tauUs)) : null)
        let intraBusyNs = afterBurst ? pulse.PulseWidth.ToNanoseconds() : pulse.TotalDuration.ToNanoseconds()
        where intraBusyNs * (long)intraHz <= 1_000_000_000
        let burstNs = (pulses - 1) * 1e9 / intraHz + pulse.TotalDuration.ToNanoseconds()
        where burstNs * burstHz <= 1e9 - 1
        select (StimulationProgram)StimulationProgram.Burst(pulse, Frequency.FromHertz(intraHz), pulses, Frequency.FromHertz(burstHz),
            afterBurst ? BurstRecharge.AfterBurst : BurstRecharge.PerPulse);

    public static Gen<StimulationProgram> Cycling =>
        from inner in Gen.OneOf(Tonic, Burst, HighFrequency)
        from onS in Gen.Choose(1, 60)
        from offS in Gen.Choose(0, 120)
        from rampS in Gen.Choose(0, onS)
        select (StimulationProgram)StimulationProgram.Cycling(inner, Duration.FromSeconds(onS), Duration.FromSeconds(offS), Duration.FromSeconds(rampS));

    public static Gen<StimulationProgram> Program => Gen.OneOf(Tonic, Burst, HighFrequency, Cycling);

    public static Gen<ElectrodeConfiguration> Electrodes =>
        from cathode in Gen.Choose(1, 6)
        from kind in Gen.Choose(0, 4)
        from split in Gen.Choose(1, 99)
        from columns in Gen.Choose(1, 4)
        from width in Gen.Choose(5, 30)
        select kind switch
        {
            4 => ElectrodeConfiguration.GuardedTripolar(Lead.Paddle($"{columns}-column paddle", Enumerable.Repeat(8, columns), Length.FromMillimetres(3),
                Length.FromMillimetres(width / 10.0), Length.FromMillimetres(1.5), Length.FromMillimetres(1)), cathode),
            0 => ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, cathode, cathode + 1),
            1 => ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, cathode),
            2 => ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, cathode),
            _ => new ElectrodeConfiguration([Lead.Percutaneous8, Lead.Percutaneous8],
            [
                new ContactSetting(0, cathode, ContactRole.Cathode, split),
                new ContactSetting(1, cathode, ContactRole.Cathode, 100 - split),
                new ContactSetting(0, cathode + 1, ContactRole.Anode, 100 - split),
            ], caseAnodePercent: split),
        };

    public static Gen<DeviceProfile> Device =>
        from maxTenths in Gen.Choose(10, 300)
        from stepTenths in Gen.Choose(1, 5)
        from minUs in Gen.Choose(10, 60)
        from maxUs in Gen.Choose(100, 1500)
        from compliance in Gen.Choose(5, 20)
        from contacts in Gen.Choose(4, 32)
        from lowHz in Gen.Choose(1, 100)
        from highHz in Gen.Choose(200, 2000)
        select new DeviceProfile("random", Current.FromMilliamperes(maxTenths / 10.0), Current.FromMilliamperes(stepTenths / 10.0),
            [new FrequencyRange(Frequency.FromHertz(lowHz), Frequency.FromHertz(highHz))],
            Duration.FromMicroseconds(minUs), Duration.FromMicroseconds(maxUs), Charge.FromMicrocoulombs(10), Voltage.FromVolts(compliance),
            contacts, DeviceProfile.Generic.Battery);

    /// <summary>The doubles a hostile caller passes: NaN, ±infinity, ±double.MaxValue, subnormals, -0, extremes.</summary>
    public static readonly double[] SpecialDoubles =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, double.Epsilon, -double.Epsilon,
        2.2250738585072014E-308, 0.0, -0.0, 1.0, -1.0, 1e-300, 1e300, -1e300, 1e306, 1e100, 1e97, 1e15, 1e12, 9.2e18, -9.2e18, 0.5e-3,
    ];

    /// <summary>Any double: the special values, every bit pattern (so every magnitude and NaN payload), and ordinary numbers.</summary>
    public static Gen<double> AnyDouble =>
        Gen.OneOf(
            Gen.Elements(SpecialDoubles),
            ArbMap.Default.GeneratorFor<long>().Select(BitConverter.Int64BitsToDouble),
            from mantissa in Gen.Choose(-1000, 1000)
            from exponent in Gen.Choose(-320, 308)
            select mantissa * Math.Pow(10, exponent),
            ArbMap.Default.GeneratorFor<double>());

    /// <summary>Any long, its extremes included.</summary>
    public static Gen<long> AnyLong =>
        Gen.OneOf(Gen.Elements(long.MinValue, long.MaxValue, long.MaxValue / 2 + 1, 0L, -1L, 1L), ArbMap.Default.GeneratorFor<long>(),
            Gen.Choose(0, 62).Select(k => 1L << k));
}

/// <summary>Tolerances in one place.</summary>
public static class Tolerance
{
    /// <summary>Relative agreement of two doubles.</summary>
    public static bool Close(double expected, double actual, double relative = 1e-12) =>
        Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), Math.Abs(actual)) || expected == actual;

    public static void AssertClose(double expected, double actual, double relative = 1e-12, string? what = null) =>
        Assert.True(Close(expected, actual, relative), $"{what ?? "value"}: expected {expected:R}, got {actual:R} (relative tolerance {relative}).");
}
