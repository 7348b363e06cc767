using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Serialization;

namespace ScsSim.Tests.Programming;

/// <summary>A monophasic pulse exists for the fibre models' reference cases and is refused by every device program.</summary>
public class MonophasicPulseTests
{
    private static readonly PulseShape Mono = new(Current.FromMilliamperes(2), Duration.FromMicroseconds(300), Recharge.None);

    [Fact]
    public void A_monophasic_pulse_is_one_phase_that_leaves_its_whole_charge()
    {
        Assert.False(Mono.IsChargeBalanced);
        Assert.True(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(300)).IsChargeBalanced);
        Assert.Equal(Duration.FromMicroseconds(300), Mono.TotalDuration);
        Assert.Equal(0.6, Mono.NetCharge.ToMicrocoulombs(), 12);
        Assert.Equal(Current.FromMilliamperes(-2), Mono.CurrentAt(Duration.FromMicroseconds(299)));
        Assert.Equal(Current.Zero, Mono.CurrentAt(Duration.FromMicroseconds(300)));
        Assert.Contains("monophasic", Mono.ToString());
    }

    [Fact]
    public void Every_device_program_refuses_a_monophasic_pulse_and_says_why()
    {
        var programs = new Func<StimulationProgram>[]
        {
            () => StimulationProgram.Tonic(Mono, Frequency.FromHertz(50)),
            () => StimulationProgram.HighFrequency(Mono.WithPulseWidth(Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10)),
            () => StimulationProgram.Burst(Mono.WithPulseWidth(Duration.FromMicroseconds(1000)), Frequency.FromHertz(500), 5, Frequency.FromHertz(40)),
            () => StimulationProgram.Tonic(Mono.WithRecharge(Recharge.ActiveSymmetric), Frequency.FromHertz(50)).WithPulse(Mono),
        };
        foreach (var make in programs)
        {
            var e = Assert.Throws<ArgumentException>(make);
            Assert.Equal("pulse", e.ParamName);
            Assert.Contains("monophasic", e.Message);
            Assert.Contains("must return the charge", e.Message);
        }
    }

    [Fact]
    public void The_settings_reader_has_no_monophasic_recharge()
    {
        var json = """{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":2,"pulseWidth_us":300,"recharge":{"kind":"none"}},"frequency_Hz":50}}""";
        var e = Assert.Throws<SettingsFormatException>(() => SettingsJson.Read(json));
        Assert.Equal("$.program.pulse.recharge.kind", e.JsonPath);
        Assert.Contains("none", e.Message);
    }
}
