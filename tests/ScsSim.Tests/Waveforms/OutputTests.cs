using System.Globalization;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Waveforms;

public class MultiChannelWaveformTests
{
    [Fact]
    public void Channels_are_scaled_by_fraction_and_sign_and_sum_to_zero()
    {
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(4), Duration.FromMicroseconds(200)), Frequency.FromHertz(50));
        var electrodes = new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 3, ContactRole.Cathode, 75), new ContactSetting(0, 4, ContactRole.Cathode, 25), new ContactSetting(0, 6, ContactRole.Anode, 60)],
            caseAnodePercent: 40);
        var waveform = new MultiChannelWaveform(program, electrodes, Frequency.FromHertz(1_000_000));
        Assert.Equal(["L0E3", "L0E4", "L0E6", "case"], waveform.Channels.Select(c => c.ToString()));
        var channels = Enumerable.Range(0, 4).Select(c =>
        {
            var samples = new double[1000];
            waveform.Render(c, 0, samples.AsSpan());
            return samples;
        }).ToArray();
        Assert.Equal(-3.0, channels[0][0]);   // 75 % of the cathodic −4 mA
        Assert.Equal(-1.0, channels[1][0]);
        Assert.Equal(2.4, channels[2][0], 12); // anode: +60 % of 4 mA
        Assert.Equal(1.6, channels[3][0], 12);
        for (var i = 0; i < 1000; i++) Assert.Equal(0, channels.Sum(c => c[i]), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => waveform.ChannelSchedule(4));
    }
}

public class WaveformCsvTests
{
    [Fact]
    public void Csv_has_a_time_column_and_one_column_per_channel()
    {
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(100)), Frequency.FromHertz(1000));
        var waveform = new MultiChannelWaveform(program, ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 2, 3), Frequency.FromHertz(10_000));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WaveformCsv.Write(text, waveform, 0, 5);
        var lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_s,L0E2_mA,L0E3_mA", lines[0]);
        Assert.Equal("0,-2,2", lines[1]);
        Assert.Equal("0.0001,2,-2", lines[2]);
        Assert.Equal("0.0002,0,0", lines[3]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Single_schedule_csv_pages_through_long_windows()
    {
        var schedule = WaveformSchedule.Compile(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(100)), Frequency.FromHertz(1000)), Frequency.FromHertz(10_000));
        var text = new StringWriter(CultureInfo.InvariantCulture);
        WaveformCsv.Write(text, schedule, 10, 10_000);
        var lines = text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_001, lines.Length);
        Assert.Equal("0.001,-2", lines[1]);
        Assert.Equal("time_s,current_mA", lines[0]);
    }
}

public class PowerSpectrumTests
{
    private static PulseShape Pulse(double mA, double us, Recharge? recharge = null) => new(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us), recharge);

    private static bool IsLocalPeak(PowerSpectrum spectrum, double hertz)
    {
        var k = (int)Math.Round(hertz / spectrum.Resolution);
        return spectrum.Power[k] > 100 * Math.Max(spectrum.Power[k - 3], 1e-30) && spectrum.Power[k] > 100 * Math.Max(spectrum.Power[k + 3], 1e-30);
    }

    [Fact]
    public void Tonic_50_Hz_has_lines_at_multiples_of_50_Hz_only()
    {
        var schedule = WaveformSchedule.Compile(StimulationProgram.Tonic(Pulse(5, 300), Frequency.FromHertz(50)), Frequency.FromHertz(100_000));
        var spectrum = PowerSpectrum.Of(schedule, Duration.FromSeconds(1));
        Assert.Equal(1.0, spectrum.Resolution, 12);
        foreach (var hz in new[] { 50.0, 100, 150, 500, 1000 }) Assert.True(IsLocalPeak(spectrum, hz), $"{hz} Hz");
        // Between the lines there is (almost) nothing: 75 Hz is far below 50 Hz.
        Assert.True(spectrum.PowerAt(Frequency.FromHertz(75)) < 1e-6 * spectrum.PowerAt(Frequency.FromHertz(50)));
        Assert.Equal(0, spectrum.PowerAt(Frequency.FromHertz(0)), 12); // charge balanced: no DC
    }

    [Fact]
    public void Burst_shows_its_40_Hz_burst_rate_and_500_Hz_intra_burst_structure()
    {
        var burst = StimulationProgram.Burst(Pulse(0.6, 1000, Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5))),
            Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst);
        var spectrum = PowerSpectrum.Of(WaveformSchedule.Compile(burst, Frequency.FromHertz(100_000)), Duration.FromSeconds(1));
        Assert.True(IsLocalPeak(spectrum, 40));
        Assert.True(IsLocalPeak(spectrum, 80));
        // Lines fall only on multiples of 40 Hz; near 500 Hz (the intra-burst rate) they are strongest.
        Assert.True(spectrum.PowerAt(Frequency.FromHertz(60)) < 1e-6 * spectrum.PowerAt(Frequency.FromHertz(40)));
        var around500 = new[] { 480.0, 520 }.Max(hz => spectrum.PowerAt(Frequency.FromHertz(hz)));
        var around300 = new[] { 280.0, 320 }.Max(hz => spectrum.PowerAt(Frequency.FromHertz(hz)));
        Assert.True(around500 > 2 * around300, $"500 Hz region {around500:G3} vs 300 Hz region {around300:G3}");
    }

    [Fact]
    public void Ten_kilohertz_shows_its_fundamental()
    {
        var hf = StimulationProgram.HighFrequency(Pulse(3, 30), Frequency.FromKilohertz(10));
        var spectrum = PowerSpectrum.Of(WaveformSchedule.Compile(hf, Frequency.FromHertz(1_000_000)), Duration.FromMilliseconds(10), SpectrumWindow.Rectangular);
        var strongest = spectrum.Frequencies[Enumerable.Range(1, spectrum.Power.Count - 1).MaxBy(k => spectrum.Power[k])];
        Assert.Equal(10_000, strongest, 6);
        Assert.True(IsLocalPeak(spectrum, 10_000));
    }

    [Fact]
    public void Spectrum_power_sums_to_the_mean_square_and_matches_the_square_wave_fundamental()
    {
        // A 1 kHz tonic with 500 µs phases is a ±A square wave: mean square A² (Parseval), fundamental 8A²/π².
        var square = StimulationProgram.Tonic(Pulse(2, 500), Frequency.FromHertz(1000));
        var spectrum = PowerSpectrum.Of(WaveformSchedule.Compile(square, Frequency.FromHertz(100_000)), Duration.FromSeconds(1), SpectrumWindow.Rectangular);
        Tolerance.AssertClose(4.0, spectrum.Power.Sum(), 1e-9);
        // Fundamental of a ±A square wave: amplitude 4A/π, mean square 8A²/π².
        Tolerance.AssertClose(8 * 4 / (Math.PI * Math.PI), spectrum.PowerAt(Frequency.FromHertz(1000)), 1e-3);
    }
}
