using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>
/// What the model predicts for De Ridder's burst (5 pulses at 500 Hz, bursts at 40 Hz; De Ridder et al. 2010, Neurosurgery
/// 66:986, citation not verified here) against tonic stimulation with the same pulse at the same charge per second (200 Hz)
/// and at the burst rate (40 Hz), all A-beta inputs driven: each burst acts as one strong volley at 40 Hz (the later pulses of a burst reach
/// fibres in their relative refractory period and depressed synapses), so burst behaves like 40 Hz tonic and inhibits
/// clearly more than 200 Hz tonic, whose volleys are depressed. The model cannot say anything about burst's proposed
/// effects beyond the dorsal horn (MODEL.md).
/// </summary>
public class BurstVersusTonicTests
{
    private static readonly PulseShape Pulse = new(Current.FromMilliamperes(1), Duration.FromMicroseconds(1000),
        Recharge.Passive(Duration.FromMicroseconds(500), Duration.FromMicroseconds(900)));

    private static readonly StimulationProgram Burst = StimulationProgram.Burst(Pulse, Hz(500), 5, Hz(40), BurstRecharge.AfterBurst);

    private static PainTransmissionEstimate Estimate(StimulationProgram program) =>
        PainTransmission.Estimate(PainState.Neuropathic, new ScsDrive(program, 1), 1);

    [Fact]
    public void SameChargePerSecond_AsTonic200Hz()
    {
        var tonic = StimulationProgram.Tonic(Pulse, Hz(200));
        Assert.Equal(tonic.PulsesPerSecond, Burst.PulsesPerSecond);
        Assert.Equal(tonic.Pulse.ChargePerPhase, Burst.Pulse.ChargePerPhase);
    }

    [Fact]
    public void Burst_ActsLikeTonicAtItsBurstRate_AndInhibitsMoreThanTonicAtTheSameChargePerSecond()
    {
        var burst = Estimate(Burst).Index;
        var tonic200 = Estimate(StimulationProgram.Tonic(Pulse, Hz(200))).Index;
        var tonic40 = Estimate(StimulationProgram.Tonic(Pulse, Hz(40))).Index;
        Assert.True(burst.Mean < tonic200.Mean - 0.3, $"burst {burst}, tonic 200 Hz {tonic200}");
        Assert.InRange(burst.Mean - tonic40.Mean, -0.15, 0.15);
    }
}
