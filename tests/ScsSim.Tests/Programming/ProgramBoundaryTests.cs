using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

/// <summary>
/// Program families at their limits (a pulse or burst that exactly fills its period is accepted, one nanosecond or
/// millihertz more is not), their derived numbers against hand values, their descriptions, and program sets whose
/// areas touch without overlapping. (Found by mutation testing: eng/mutation.sh Programming.)
/// </summary>
public class ProgramBoundaryTests
{
    private static readonly Current Five = Current.FromMilliamperes(5);
    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);

    private static PulseShape Pulse(double us, Recharge? recharge = null) => new(Five, Duration.FromMicroseconds(us), recharge);

    [Fact]
    public void A_pulse_that_fills_its_period_exactly_is_accepted_and_one_millihertz_more_is_not()
    {
        // 500 µs + 500 µs = 1 ms: exactly the period of 1 kHz.
        Assert.Equal(Frequency.FromHertz(1000), StimulationProgram.Tonic(Pulse(500), Frequency.FromHertz(1000)).Frequency);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Tonic(Pulse(500), Frequency.FromMillihertz(1_000_001)));
        Assert.Equal("frequency", e.ParamName);
        Assert.Contains("The pulse with its recharge lasts 1 ms", e.Message);
        Assert.Contains("lower frequency to at most 1000 Hz", e.Message);
        // The smallest frequency, 1 mHz, is positive; zero and negative are not.
        Assert.Equal(Frequency.FromMillihertz(1), StimulationProgram.Tonic(Pulse(500), Frequency.FromMillihertz(1)).Frequency);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Tonic(Pulse(500), Frequency.Zero));
        Assert.Equal("frequency", zero.ParamName);
        Assert.Contains("frequency must be greater than 0 Hz; got", zero.Message);
        Assert.Equal("pulse", Assert.Throws<ArgumentNullException>(() => StimulationProgram.Tonic(null!, Frequency.FromHertz(50))).ParamName);
    }

    [Fact]
    public void High_frequency_accepts_1_and_100_kHz_and_nothing_beyond()
    {
        var pulse = Pulse(5);
        Assert.Equal(Frequency.FromKilohertz(1), StimulationProgram.HighFrequency(pulse, Frequency.FromKilohertz(1)).Frequency);
        Assert.Equal(Frequency.FromKilohertz(100), StimulationProgram.HighFrequency(pulse, Frequency.FromKilohertz(100)).Frequency);
        foreach (var bad in new[] { Frequency.FromMillihertz(999_999), Frequency.FromMillihertz(100_000_001) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.HighFrequency(pulse, bad));
            Assert.Equal("frequency", e.ParamName);
            Assert.Contains("between 1 kHz and 100 kHz", e.Message);
            Assert.Contains("use a tonic program below 1 kHz", e.Message);
        }
        Assert.Equal(Frequency.FromKilohertz(1), HighFrequencyProgram.MinimumFrequency);
        Assert.Equal(Frequency.FromKilohertz(100), HighFrequencyProgram.MaximumFrequency);
    }

    [Fact]
    public void Burst_limits_include_their_ends()
    {
        var pulse = Pulse(100);
        Assert.Equal(1, StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 1, Frequency.FromHertz(40)).PulsesPerBurst);
        // 1000 pulses at 5 kHz last 999 × 200 µs + 200 µs = 200 ms: 5 bursts a second fill the time exactly.
        Assert.Equal(1000, StimulationProgram.Burst(pulse, Frequency.FromKilohertz(5), 1000, Frequency.FromHertz(5)).PulsesPerBurst);
        var burstTooFast = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromKilohertz(5), 1000, Frequency.FromMillihertz(5001)));
        Assert.Equal("burstFrequency", burstTooFast.ParamName);
        Assert.Contains("The burst lasts 200 ms", burstTooFast.Message);
        foreach (var bad in new[] { 0, 1001 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Burst(pulse, Frequency.FromHertz(500), bad, Frequency.FromHertz(40)));
            Assert.Equal("pulsesPerBurst", e.ParamName);
            Assert.Contains("between 1 and 1000", e.Message);
        }
        // The burst rate must be strictly lower than the intra-burst rate.
        var equal = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 1, Frequency.FromHertz(500)));
        Assert.Equal("burstFrequency", equal.ParamName);
        Assert.Contains("lower than intraBurstFrequency (500 Hz); got 500 Hz", equal.Message);
        Assert.NotNull(StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 1, Frequency.FromMillihertz(499_999)));
        Assert.Equal("intraBurstFrequency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.Zero, 1, Frequency.FromHertz(40))).ParamName);
        Assert.Equal("burstFrequency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 1, Frequency.Zero)).ParamName);
        var recharge = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 1, Frequency.FromHertz(40), (BurstRecharge)9));
        Assert.Equal("recharge", recharge.ParamName);
        Assert.Contains("PerPulse or AfterBurst; got 9", recharge.Message);
        var active = Assert.Throws<ArgumentException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst));
        Assert.Equal("pulse", active.ParamName);
        Assert.Contains("it has ActiveSymmetricRecharge", active.Message);
        Assert.Equal("pulse", Assert.Throws<ArgumentNullException>(() =>
            StimulationProgram.Burst(null!, Frequency.FromHertz(500), 5, Frequency.FromHertz(40))).ParamName);
    }

    [Fact]
    public void After_burst_pulses_need_only_the_stimulating_phase_to_fit_the_intra_period()
    {
        // 1 ms pulses with a 3 ms passive recharge at 1 kHz: per pulse the 4 ms would not fit 1 ms, after the burst it does.
        var passive = new PulseShape(Five, Duration.FromMilliseconds(1), Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(3)));
        var burst = StimulationProgram.Burst(passive, Frequency.FromKilohertz(1), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst);
        Assert.Equal(BurstRecharge.AfterBurst, burst.Recharge);
        var perPulse = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(passive, Frequency.FromKilohertz(1), 5, Frequency.FromHertz(40)));
        Assert.Equal("intraBurstFrequency", perPulse.ParamName);
        Assert.Contains("The pulse with its recharge lasts 4 ms", perPulse.Message);
        var tooFast = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(passive, Frequency.FromMillihertz(1_000_001), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst));
        Assert.Contains("The pulse lasts 1 ms", tooFast.Message);
        // The burst: 4 × 1 ms + the last pulse with its recharge (4 ms) = 8 ms; 125 Hz fills it, 125.001 Hz does not.
        Assert.NotNull(StimulationProgram.Burst(passive, Frequency.FromKilohertz(1), 5, Frequency.FromHertz(125), BurstRecharge.AfterBurst));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(passive, Frequency.FromKilohertz(1), 5, Frequency.FromMillihertz(125_001), BurstRecharge.AfterBurst));
        // The passive recharge returns all five pulses' charge: 5 × 5 µC / (1 ms · (1 − e^−3)) = 26.31 mA.
        Tolerance.AssertClose(25 / (1000 * (1 - Math.Exp(-3))) * 1000, burst.AfterBurstRechargePeakCurrent.ToMilliamperes(), 1e-12);
        Assert.Equal(Current.Zero, StimulationProgram.Burst(passive, Frequency.FromHertz(200), 5, Frequency.FromHertz(20)).AfterBurstRechargePeakCurrent);
        Assert.True(Math.Abs(burst.NetChargePerPeriod.ToMicrocoulombs()) < 1e-9);
    }

    [Fact]
    public void A_burst_whose_duration_is_a_fraction_of_a_nanosecond_is_rounded_up_when_checked()
    {
        // 3 pulses at 3 kHz: the last starts 2/3 ms = 666,666.67 ns after the first; with 100 µs + 100 µs it ends at
        // 866,666.67 ns, rounded up to 866,667 ns. The burst fits 1 / 866,667 ns = 1153.8457 Hz, not one millihertz more.
        var pulse = Pulse(100);
        Assert.NotNull(StimulationProgram.Burst(pulse, Frequency.FromKilohertz(3), 3, Frequency.FromMillihertz(1_153_845)));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Burst(pulse, Frequency.FromKilohertz(3), 3, Frequency.FromMillihertz(1_153_846)));
        Assert.Contains("The burst lasts 866.667 µs", e.Message);
    }

    [Fact]
    public void Burst_counts_pulses_and_net_charge_per_burst()
    {
        var burst = StimulationProgram.Burst(Pulse(100), Frequency.FromHertz(500), 5, Frequency.FromHertz(40));
        Assert.Equal(200, burst.PulsesPerSecond);
        Assert.Equal("burst", burst.Family);
        Assert.Equal(Charge.Zero, burst.NetChargePerPeriod);
        Assert.Equal(1.0, burst.DutyCycle);
        Assert.Equal(Frequency.FromHertz(500), burst.IntraBurstFrequency);
        Assert.Equal(Frequency.FromHertz(40), burst.BurstFrequency);
        Assert.Equal([("intraBurstFrequency", Frequency.FromHertz(500)), ("burstFrequency", Frequency.FromHertz(40))], burst.Rates);
        Assert.Equal("burst 5 × 500 Hz at 40 Hz, 5 mA × 100 µs, active symmetric recharge", burst.ToString());
        var passive = new PulseShape(Five, Duration.FromMicroseconds(100), Recharge.Passive(Duration.FromMicroseconds(100), Duration.FromMicroseconds(500)));
        Assert.EndsWith(", once after each burst",
            StimulationProgram.Burst(passive, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst).ToString());
    }

    [Fact]
    public void Burst_timing_lists_every_pulse_and_only_the_last_after_burst_recharge()
    {
        var passive = new PulseShape(Five, Duration.FromMicroseconds(100), Recharge.Passive(Duration.FromMicroseconds(100), Duration.FromMicroseconds(500)));
        var afterBurst = StimulationProgram.Burst(passive, Frequency.FromHertz(500), 3, Frequency.FromHertz(40), BurstRecharge.AfterBurst);
        var timing = afterBurst.Timing;
        Assert.Equal(new Rational(25_000_000, 1), timing.PeriodNs);
        Assert.Equal([(new Rational(0, 1), Duration.FromMicroseconds(100)), (new Rational(2_000_000, 1), Duration.FromMicroseconds(100)),
            (new Rational(4_000_000, 1), Duration.FromMicroseconds(600))], timing.Busy);
        var perPulse = StimulationProgram.Burst(passive, Frequency.FromHertz(500), 3, Frequency.FromHertz(40)).Timing;
        Assert.All(perPulse.Busy, b => Assert.Equal(Duration.FromMicroseconds(600), b.Length));
    }

    [Fact]
    public void Cycling_limits_include_their_ends()
    {
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        var mega = Duration.FromSeconds(1_000_000);
        var oneNs = Duration.FromNanoseconds(1);
        Assert.Equal(oneNs, StimulationProgram.Cycling(tonic, oneNs, Duration.Zero).OnTime);
        var longest = StimulationProgram.Cycling(tonic, mega, mega, mega);
        Assert.Equal(mega, longest.Ramp);
        Assert.Equal(0.5, longest.DutyCycle);
        void Refused(string paramName, string text, Func<CyclingProgram> create)
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => create());
            Assert.Equal(paramName, e.ParamName);
            Assert.Contains(text, e.Message);
        }
        Refused("onTime", "from 1 ns to 1000000 s", () => StimulationProgram.Cycling(tonic, Duration.Zero, Duration.Zero));
        Refused("onTime", "from 1 ns to 1000000 s", () => StimulationProgram.Cycling(tonic, mega + oneNs, Duration.Zero));
        Refused("offTime", "from 0 ns to 1000000 s", () => StimulationProgram.Cycling(tonic, mega, mega + oneNs));
        Refused("offTime", "got -1 ns", () => StimulationProgram.Cycling(tonic, mega, -oneNs));
        Refused("ramp", "from 0 ns to 30 s", () => StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.Zero, Duration.FromSeconds(30) + oneNs));
        Refused("ramp", "got -1 ns", () => StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.Zero, -oneNs));
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => StimulationProgram.Cycling(null!, mega, mega)).ParamName);
        var nested = Assert.Throws<ArgumentException>(() => StimulationProgram.Cycling(longest, mega, mega));
        Assert.Equal("program", nested.ParamName);
        Assert.Contains("must not itself be a cycling program", nested.Message);
    }

    [Fact]
    public void Cycling_describes_itself_and_keeps_its_timing_when_the_pulse_changes()
    {
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        var cycling = StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(3));
        Assert.Equal("cycling 30 s on / 1.5 min off, ramp 3 s: tonic 50 Hz, 5 mA × 300 µs, active symmetric recharge", cycling.ToString());
        Assert.Equal("cycling 30 s on / 1.5 min off: tonic 50 Hz, 5 mA × 300 µs, active symmetric recharge",
            StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(90)).ToString());
        Assert.Equal("cycling", cycling.Family);
        Assert.Equal(0.25, cycling.DutyCycle);
        Assert.Equal(12.5, cycling.PulsesPerSecond);
        Assert.Equal(tonic.Pulse, cycling.Pulse);
        Assert.Equal(tonic.NetChargePerPeriod, cycling.NetChargePerPeriod);
        Assert.Equal(tonic.Rates, cycling.Rates);
        Assert.Equal(tonic.Timing.PeriodNs, cycling.Timing.PeriodNs);
        var louder = (CyclingProgram)cycling.WithAmplitude(Current.FromMilliamperes(7));
        Assert.Equal(Current.FromMilliamperes(7), louder.Pulse.Amplitude);
        Assert.Equal(Duration.FromSeconds(30), louder.OnTime);
        Assert.Equal(Duration.FromSeconds(90), louder.OffTime);
        Assert.Equal(Duration.FromSeconds(3), louder.Ramp);
        Assert.IsType<TonicProgram>(louder.Program);
    }

    [Fact]
    public void Every_family_keeps_its_settings_when_the_pulse_changes()
    {
        var hf = StimulationProgram.HighFrequency(Pulse(30), Frequency.FromKilohertz(10));
        var hf2 = Assert.IsType<HighFrequencyProgram>(hf.WithAmplitude(Current.FromMilliamperes(2)));
        Assert.Equal(Frequency.FromKilohertz(10), hf2.Frequency);
        Assert.Equal("high frequency", hf2.Family);
        Assert.Equal("high frequency 10 kHz, 2 mA × 30 µs, active symmetric recharge", hf2.ToString());
        Assert.Equal(10_000, hf2.PulsesPerSecond);
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        var tonic2 = Assert.IsType<TonicProgram>(tonic.WithAmplitude(Current.FromMilliamperes(2)));
        Assert.Equal(Frequency.FromHertz(50), tonic2.Frequency);
        Assert.Equal("tonic 50 Hz, 2 mA × 300 µs, active symmetric recharge", tonic2.ToString());
        Assert.Equal([("frequency", Frequency.FromHertz(50))], tonic2.Rates);
        var burst = StimulationProgram.Burst(Pulse(100), Frequency.FromHertz(500), 5, Frequency.FromHertz(40));
        var burst2 = Assert.IsType<BurstProgram>(burst.WithAmplitude(Current.FromMilliamperes(2)));
        Assert.Equal((burst.IntraBurstFrequency, burst.PulsesPerBurst, burst.BurstFrequency, burst.Recharge),
            (burst2.IntraBurstFrequency, burst2.PulsesPerBurst, burst2.BurstFrequency, burst2.Recharge));
        Assert.Equal(Current.FromMilliamperes(2), burst2.Pulse.Amplitude);
        // A wider pulse that no longer fits is refused again.
        Assert.Throws<ArgumentOutOfRangeException>(() => hf.WithPulse(Pulse(60)));
    }

    [Fact]
    public void Areas_whose_pulses_touch_end_to_start_do_not_overlap()
    {
        // 50 Hz, 600 µs busy: a second area offset by exactly 600 µs starts when the first ends (half-open intervals);
        // offset 19.4 ms it ends exactly when the first's next pulse starts. One nanosecond less or more overlaps.
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        ProgramSet Set(Duration offset) => new([new(tonic, Bipolar), new(tonic, Bipolar, offset)]);
        var oneNs = Duration.FromNanoseconds(1);
        Assert.NotNull(Set(Duration.FromMicroseconds(600)));
        Assert.NotNull(Set(Duration.FromMicroseconds(19_400)));
        foreach (var offset in new[] { Duration.FromMicroseconds(600) - oneNs, Duration.FromMicroseconds(19_400) + oneNs, Duration.Zero })
        {
            var e = Assert.Throws<ArgumentException>(() => Set(offset));
            Assert.Equal("areas", e.ParamName);
            Assert.Contains("areas[0] (tonic) and areas[1] (tonic) pulse at the same time", e.Message);
            Assert.Contains("a 600 µs busy interval starting 0 ns into one period meets a 600 µs interval starting 0 ns into the other's", e.Message);
            Assert.Contains("Change an offset or a frequency", e.Message);
        }
    }

    [Fact]
    public void Program_set_counts_and_offsets_include_their_ends()
    {
        // 16 areas at 50 Hz, 600 µs each, 1 ms apart, fit in the 20 ms period.
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        var sixteen = Enumerable.Range(0, 16).Select(i => new AreaProgram(tonic, Bipolar, Duration.FromMilliseconds(i))).ToArray();
        Assert.Equal(16, new ProgramSet(sixteen).Areas.Count);
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => new ProgramSet([.. sixteen, new AreaProgram(tonic, Bipolar, Duration.FromMilliseconds(17))]));
        Assert.Equal("areas.Count", count.ParamName);
        Assert.Contains("between 1 and 16", count.Message);
        Assert.Equal("areas.Count", Assert.Throws<ArgumentOutOfRangeException>(() => new ProgramSet([])).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentNullException>(() => new ProgramSet(null!)).ParamName);
        Assert.Equal("areas", Assert.Throws<ArgumentNullException>(() => new ProgramSet([null!])).ParamName);
        Assert.Equal("areas[0].Program", Assert.Throws<ArgumentNullException>(() => new ProgramSet([new AreaProgram(null!, Bipolar)])).ParamName);
        Assert.Equal("areas[0].Electrodes", Assert.Throws<ArgumentNullException>(() => new ProgramSet([new AreaProgram(tonic, null!)])).ParamName);
        var mega = Duration.FromSeconds(1_000_000);
        Assert.Equal(mega, new ProgramSet([new AreaProgram(tonic, Bipolar, mega)]).Areas[0].Offset);
        var offset = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ProgramSet([new AreaProgram(tonic, Bipolar), new AreaProgram(tonic, Bipolar, mega + Duration.FromNanoseconds(1))]));
        Assert.Equal("areas[1].Offset", offset.ParamName);
        Assert.Contains("from 0 ns to 1000000 s", offset.Message);
    }

    [Fact]
    public void Program_sets_are_equal_when_their_areas_are()
    {
        var tonic = StimulationProgram.Tonic(Pulse(300), Frequency.FromHertz(50));
        var a = new ProgramSet([new(tonic, Bipolar), new(tonic, Bipolar, Duration.FromMilliseconds(5))]);
        var b = new ProgramSet([new(tonic, Bipolar), new(tonic, Bipolar, Duration.FromMilliseconds(5))]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new ProgramSet([new(tonic, Bipolar), new(tonic, Bipolar, Duration.FromMilliseconds(6))]));
        Assert.False(a.Equals(null));
    }
}
