using NWaves.Signals.Builders;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Tests.Waveforms;

/// <summary>
/// Two defects of the NWaves 0.9.6 builders, measured here (DESIGN.md), that ScsSim's engine does not have.
/// NWaves is referenced by the tests only, as a peer.
/// </summary>
public class PeerDefectTests
{
    private static readonly StimulationProgram Monophasic300UsAt50Hz = StimulationProgram.Burst(
        new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(300), Recharge.Passive(Duration.FromMicroseconds(100), Duration.FromMicroseconds(500))),
        Frequency.FromHertz(500), 1, Frequency.FromHertz(50), BurstRecharge.AfterBurst);

    [Fact]
    public void NWaves_pulse_wave_is_one_sample_too_long_ScsSim_is_exact()
    {
        // A 300 µs pulse every 20 ms at 1 MHz should be high for exactly 300 samples.
        var nwaves = new PulseWaveBuilder()
            .SetParameter("low", 0).SetParameter("high", 1).SetParameter("pulse", 300e-6).SetParameter("period", 0.02)
            .SampledAt(1_000_000).OfLength(20_000).Build();
        var nwavesHigh = nwaves.Samples.Count(s => s != 0);
        Assert.Equal(301, nwavesHigh);

        var scssim = WaveformSchedule.Compile(Monophasic300UsAt50Hz, Frequency.FromHertz(1_000_000)).Render<float>(Duration.FromMilliseconds(20));
        Assert.Equal(300, scssim.Count(s => s < 0));
    }

    [Fact]
    public void NWaves_wave_table_stops_advancing_after_2_pow_24_samples_ScsSim_does_not()
    {
        // A 4-sample table played at stride 1 should cycle 0,1,2,3 forever; NWaves keeps its phase in a float,
        // which stops changing once it reaches 2^24, so the output freezes on one table entry.
        var builder = new WaveTableBuilder([0f, 1f, 2f, 3f]).SampledAt(1_000_000);
        const int Skip = (1 << 24) + 8;
        for (var i = 0; i < Skip; i++) builder.NextSample();
        var after = Enumerable.Range(0, 8).Select(_ => builder.NextSample()).ToArray();
        Assert.Single(after.Distinct());

        // ScsSim: 10 kHz (100-sample period) rendered 2^24 + 8 samples in: still 30 cathodic samples per period.
        var hf = StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10));
        var window = new float[1000];
        WaveformSchedule.Compile(hf, Frequency.FromHertz(1_000_000)).Render(Skip, window.AsSpan());
        Assert.Equal(300, window.Count(s => s < 0));
        Assert.Equal(300, window.Count(s => s > 0));
    }
}
