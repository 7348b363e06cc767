using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>Fibres driven by a program's own pulses: train thresholds, pulses followed, kilohertz asynchronous firing and block.</summary>
public class PulseTrainTests(ITestOutputHelper output)
{
    private static readonly McNealFibreModel Model = McNealFibreModel.Default;
    private static readonly StraightFibre Large = Fibre(12);

    private static readonly Lazy<Current> TenKilohertzThreshold = new(() => Model.TrainThreshold(MonopoleField(), Large, TenKilohertz)!.Value);

    [Fact]
    public void Train_thresholds_never_rise_with_frequency_and_never_exceed_the_single_pulse_threshold()
    {
        var field = MonopoleField();
        var single = Model.Threshold(field, Large, Pulse300)!.Value.ToMilliamperes();
        var previous = double.PositiveInfinity;
        foreach (var hz in new[] { 40.0, 200, 1200 })
        {
            var t = Model.TrainThreshold(field, Large, StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(hz)))!.Value.ToMilliamperes();
            output.WriteLine($"{hz} Hz: {t:G5} mA (single pulse {single:G5} mA)");
            Assert.True(t <= previous * (1 + FibreModel.ThresholdRelativeAccuracy), $"{hz} Hz: {t} mA rose above {previous} mA");
            Assert.True(t <= single * (1 + FibreModel.ThresholdRelativeAccuracy), $"{hz} Hz: {t} mA above the single-pulse {single} mA");
            previous = t;
        }
    }

    [Fact]
    public void A_tonic_train_above_threshold_is_followed_pulse_for_pulse()
    {
        var field = MonopoleField();
        var single = Model.Threshold(field, Large, Pulse300)!.Value;
        var r = Model.Response(field, Large, StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(50)).WithAmplitude(single * 1.5));
        Assert.Equal(5, r.Pulses);
        Assert.Equal(5, r.ActionPotentials);
        Assert.Equal(1.0, r.FractionFollowed);
        Assert.Equal(50, r.FiringRate.ToHertz(), 9);
        // One arrival per pulse, one period (20 ms) apart.
        var gaps = r.Arrivals.Zip(r.Arrivals.Skip(1), (a, b) => (b - a).ToMilliseconds()).ToArray();
        Assert.All(gaps, g => Assert.Equal(20, g, 0.01));
    }

    [Fact]
    public void A_ten_kilohertz_train_fires_the_fibre_asynchronously_just_above_threshold()
    {
        var t = TenKilohertzThreshold.Value;
        var r = Model.Response(MonopoleField(), Large, TenKilohertz.WithAmplitude(t * 1.05));
        output.WriteLine($"threshold {t}; at 1.05x: {r.ActionPotentials} APs of {r.Pulses} pulses, {r.FiringRateAfter(Duration.FromMilliseconds(20))} after 20 ms");
        Assert.Equal(1000, r.Pulses);
        Assert.True(r.FiringRateAfter(Duration.FromMilliseconds(20)).ToHertz() > 50, "sustained firing after the onset");
        Assert.True(r.FractionFollowed < 0.05, $"follows {r.FractionFollowed:P1} of the pulses: not phase-locked");
    }

    [Fact]
    public void A_stronger_ten_kilohertz_train_blocks_after_its_onset_response()
    {
        // Measured for this fibre (12 µm, 0.1 mm deep under a monopole, 3 mm CSF): asynchronous firing at 1.05-2 x the
        // train threshold, block (the onset action potential only) at 3 x, firing again at 5-8 x, block at 12 x.
        var t = TenKilohertzThreshold.Value;
        var firing = Model.Response(MonopoleField(), Large, TenKilohertz.WithAmplitude(t * 1.5));
        var blocked = Model.Response(MonopoleField(), Large, TenKilohertz.WithAmplitude(t * 3));
        output.WriteLine($"1.5x: {firing.ActionPotentials} APs; 3x: {blocked.ActionPotentials} APs, first at {blocked.Arrivals.FirstOrDefault()}");
        Assert.True(firing.FiringRateAfter(Duration.FromMilliseconds(20)).ToHertz() > 100);
        Assert.Equal(0, blocked.FiringRateAfter(Duration.FromMilliseconds(20)).ToHertz());
        Assert.InRange(blocked.ActionPotentials, 1, 3); // the onset response
    }

    [Fact]
    public void Train_firing_windows_give_the_kilohertz_block_threshold()
    {
        // Sustained firing (after the onset response) starts just above the train threshold (which an onset action potential
        // alone reaches) and stops at the block threshold; the edge is checked against train responses either side.
        // Measured: sustained 15.12-23.80 mA and 25.57-32.66 mA, train threshold 14.49 mA (1.04-1.64 x, 1.77-2.26 x).
        var t = TenKilohertzThreshold.Value;
        var windows = Model.TrainFiringWindows(MonopoleField(), Large, TenKilohertz, maximum: t * 4);
        output.WriteLine($"train threshold {t}; {windows}");
        var first = windows.Intervals[0];
        Assert.InRange(first.From / t, 0.99, 1.2);
        var block = Assert.NotNull(first.To);
        Assert.InRange(block / t, 1.3, 3.05); // blocked at 3 x (A_stronger_ten_kilohertz_train_blocks_after_its_onset_response)
        double After(Current a) => Model.Response(MonopoleField(), Large, TenKilohertz.WithAmplitude(a)).FiringRateAfter(Duration.FromMilliseconds(20)).ToHertz();
        Assert.True(After(block * 0.97) > 0, "fires just below the block threshold");
        Assert.Equal(0, After(block * 1.03));
    }

    [Fact]
    public void Train_responses_are_exactly_reproducible()
    {
        var program = TenKilohertz.WithAmplitude(Current.FromMilliamperes(20));
        Assert.Equal(Model.Response(MonopoleField(), Large, program), Model.Response(MonopoleField(), Large, program));
    }

    [Fact]
    public void Burst_trains_use_the_programs_own_pulses()
    {
        var pulse = new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(1000), Recharge.Passive(Duration.FromMicroseconds(500), Duration.FromMicroseconds(800)));
        var burst = StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.PerPulse);
        var r = Model.Response(MonopoleField(), Large, burst.WithAmplitude(Current.FromMilliamperes(8)), Duration.FromMilliseconds(50));
        Assert.Equal(10, r.Pulses); // two bursts of five in 50 ms
        Assert.InRange(r.ActionPotentials, 1, 10);
    }

    [Fact]
    public void Train_arguments_are_checked()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Response(MonopoleField(), Large, TenKilohertz, Duration.FromSeconds(3)));
        Assert.Equal("duration", e.ParamName);
        Assert.Contains("3 s", e.Message);
        Assert.Throws<ArgumentNullException>(() => Model.TrainThreshold(MonopoleField(), Large, null!));
    }
}
