using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Programming;

public class StimulationProgramTests
{
    private static PulseShape Pulse(double mA, double us, Recharge? recharge = null) =>
        new(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us), recharge);

    [Fact]
    public void Tonic_program_counts_pulses_per_second()
    {
        var tonic = StimulationProgram.Tonic(Pulse(5, 300), Frequency.FromHertz(50));
        Assert.Equal(50, tonic.PulsesPerSecond);
        Assert.Equal(1.0, tonic.DutyCycle);
        Assert.Equal("tonic", tonic.Family);
        Assert.StartsWith("tonic 50 Hz, 5 mA", tonic.ToString());
    }

    [Fact]
    public void A_pulse_that_does_not_fit_its_period_is_rejected_with_the_highest_frequency_that_works()
    {
        // 2 × 600 µs = 1.2 ms does not fit in the 1 ms period of 1 kHz; at most 833.333 Hz.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Tonic(Pulse(1, 600), Frequency.FromHertz(1000)));
        Assert.Equal("frequency", e.ParamName);
        Assert.Contains("833.333 Hz", e.Message);
        // Exactly filling the period is allowed: 2 × 500 µs at 1 kHz.
        StimulationProgram.Tonic(Pulse(1, 500), Frequency.FromHertz(1000));
    }

    [Fact]
    public void Zero_frequency_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.Tonic(Pulse(1, 100), Frequency.Zero));
        Assert.Equal("frequency", e.ParamName);
        Assert.Contains("greater than 0 Hz", e.Message);
    }

    [Fact]
    public void De_Ridder_burst_with_passive_recharge_after_each_burst()
    {
        // De Ridder et al. 2010: 5 pulses of 1 ms at 500 Hz, 40 bursts per second, passive recharge after the burst.
        var pulse = Pulse(0.6, 1000, Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5)));
        var burst = StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst);
        Assert.Equal(200, burst.PulsesPerSecond);
        // The passive phase returns 5 × 0.6 µC.
        Tolerance.AssertClose(3.0 / (1000 * (1 - Math.Exp(-5))) * 1000, burst.AfterBurstRechargePeakCurrent.ToMilliamperes(), 1e-12);
        Assert.True(Math.Abs(burst.NetChargePerPeriod.ToMicrocoulombs()) < 1e-12);
    }

    [Fact]
    public void Burst_with_active_recharge_may_fill_the_intra_burst_period_exactly()
    {
        var burst = StimulationProgram.Burst(Pulse(0.6, 1000), Frequency.FromHertz(500), 5, Frequency.FromHertz(40));
        Assert.Equal(BurstRecharge.PerPulse, burst.Recharge);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(Pulse(0.6, 1001), Frequency.FromHertz(500), 5, Frequency.FromHertz(40)));
    }

    [Fact]
    public void Burst_errors_name_the_parameter()
    {
        var pulse = Pulse(0.6, 1000);
        Assert.Equal("burstFrequency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(40), 5, Frequency.FromHertz(500))).ParamName);
        Assert.Equal("pulsesPerBurst", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 0, Frequency.FromHertz(40))).ParamName);
        Assert.Equal("pulse", Assert.Throws<ArgumentException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst)).ParamName);
        // 20 pulses at 500 Hz take 40 ms: no room in a 25 ms burst period.
        Assert.Equal("burstFrequency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 20, Frequency.FromHertz(40))).ParamName);
    }

    [Fact]
    public void High_frequency_program_accepts_only_kilohertz_rates()
    {
        var hf = StimulationProgram.HighFrequency(Pulse(3, 30), Frequency.FromKilohertz(10));
        Assert.Equal(10_000, hf.PulsesPerSecond);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StimulationProgram.HighFrequency(Pulse(3, 30), Frequency.FromHertz(50)));
        Assert.Contains("1 kHz", e.Message);
    }

    [Fact]
    public void Cycling_scales_the_pulse_rate_by_its_duty_cycle()
    {
        var tonic = StimulationProgram.Tonic(Pulse(5, 300), Frequency.FromHertz(40));
        var cycling = StimulationProgram.Cycling(tonic, Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(2));
        Assert.Equal(0.25, cycling.DutyCycle);
        Assert.Equal(10, cycling.PulsesPerSecond);
        Assert.Throws<ArgumentException>(() => StimulationProgram.Cycling(cycling, Duration.FromSeconds(1), Duration.FromSeconds(1)));
        Assert.Equal("ramp", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Cycling(tonic, Duration.FromSeconds(1), Duration.FromSeconds(1), Duration.FromSeconds(2))).ParamName);
        Assert.Equal("onTime", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StimulationProgram.Cycling(tonic, Duration.Zero, Duration.FromSeconds(1))).ParamName);
    }

    [Fact]
    public void WithAmplitude_keeps_the_family()
    {
        var cycling = StimulationProgram.Cycling(StimulationProgram.Tonic(Pulse(5, 300), Frequency.FromHertz(40)),
            Duration.FromSeconds(30), Duration.FromSeconds(90));
        var lower = Assert.IsType<CyclingProgram>(cycling.WithAmplitude(Current.FromMilliamperes(2)));
        Assert.Equal(Current.FromMilliamperes(2), lower.Pulse.Amplitude);
        Assert.Equal(cycling.OnTime, lower.OnTime);
    }

    [Property(MaxTest = 200)]
    public Property Every_valid_program_leaves_no_net_charge_per_period() =>
        Prop.ForAll(Generators.Program.ToArbitrary(), program =>
            Math.Abs(program.NetChargePerPeriod.ToMicrocoulombs()) <= 1e-9 * Math.Max(1, program.Pulse.ChargePerPhase.ToMicrocoulombs()));
}
