using static ScsSim.Tests.Hertz;
using System.Diagnostics;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

public class ScenarioReliabilityTests
{
    private static Scenario WithPulse(Duration width, double hz) => Scenario.Conventional50Hz.WithProgram(
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(4.5), width), Frequency.FromHertz(hz)));

    [Fact]
    public void Simulate_with_a_100_ms_pulse_honours_a_cancel_during_the_activation_stage()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => WithPulse(Duration.FromMilliseconds(100), 2).Simulate(ScenarioTests.Fast, cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}"); // the activation stage alone took 118 s
    }

    [Fact]
    public void Simulate_with_a_400_ns_pulse_is_refused_up_front_naming_the_program()
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WithPulse(Duration.FromNanoseconds(400), 50).Simulate(ScenarioTests.Fast));
        Assert.Equal("program", e.ParamName);
        Assert.Contains("0.5 µs", e.Message);
        Assert.DoesNotContain("sampleRateHz", e.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_recruitment_stage_honours_a_cancel()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Scenario.Conventional50Hz.Recruitment(cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Scenario.Conventional50Hz.FrequencySweep([Hz(10), Hz(50)], ScenarioTests.Fast, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Scenario.Conventional50Hz.AmplitudeSweep([1], ScenarioTests.Fast, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Scenario.Conventional50Hz.TimeCourse(Duration.Zero, Duration.FromSeconds(1),
            Duration.FromSeconds(2), Duration.FromMilliseconds(100), ScenarioTests.Fast, cts.Token));
    }

    [Fact]
    public void A_time_course_bin_below_one_network_step_is_refused_before_the_activation_stage()
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WithPulse(Duration.FromMilliseconds(100), 2).TimeCourse(Duration.Zero,
            Duration.FromSeconds(1), Duration.FromMilliseconds(100), Duration.FromNanoseconds(1)));
        Assert.Equal("bin", e.ParamName);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Time_course_switch_times_are_checked_before_the_activation_stage()
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WithPulse(Duration.FromMilliseconds(100), 2).TimeCourse(Duration.FromSeconds(1),
            Duration.FromSeconds(1), Duration.FromSeconds(2), Duration.FromMilliseconds(100)));
        Assert.Equal("offAt", e.ParamName); // the caller's name, not the drive's "stop"
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
