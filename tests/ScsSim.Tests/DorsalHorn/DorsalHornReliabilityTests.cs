using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

public class DorsalHornReliabilityTests
{
    private static readonly ScsDrive Drive = new(GateControlSweeps.ProgramFor(Hz(50)), 1);

    [Fact]
    public void A_time_course_bin_shorter_than_a_network_step_is_refused_naming_bin_and_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PainTransmission.TimeCourse(PainState.Neuropathic, Drive, Duration.FromMilliseconds(100), Duration.FromNanoseconds(1), 1));
        Assert.Equal("bin", e.ParamName);
        Assert.Contains("0.025 ms", e.Message);
    }

    [Fact]
    public void A_time_course_with_more_than_a_million_bins_is_refused_before_simulating()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PainTransmission.TimeCourse(PainState.Neuropathic, Drive, Duration.FromSeconds(3600), Duration.FromMicroseconds(25), 1));
        Assert.Equal("bin", e.ParamName);
        Assert.Contains("1,000,000", e.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10)); // an hour of network time would take minutes
    }

    [Fact]
    public void One_step_bins_are_allowed_and_count_every_WDR_spike()
    {
        var bins = PainTransmission.TimeCourse(PainState.Neuropathic, Drive, Duration.FromMilliseconds(500), Duration.FromMicroseconds(25), 1);
        Assert.Equal(20_000, bins.Count);
        var r = PainTransmission.Measure(PainState.Neuropathic, Drive, Duration.FromMilliseconds(500), 1);
        Assert.Equal(r.WdrRateWithScs.ToHertz() * 0.5, bins.Sum(b => b.WdrRateWithScs.ToHertz() * (b.End.ToSeconds() - b.Start.ToSeconds())), 6);
    }

    [Fact]
    public void A_time_course_honours_a_cancel_before_the_runs()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PainTransmission.TimeCourse(PainState.Neuropathic, Drive, Duration.FromSeconds(100), Duration.FromMilliseconds(100), 1, cancellationToken: cts.Token));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 256 * 1024);
    }

    [Fact]
    public void A_400_ns_pulse_is_refused_naming_the_program_and_the_shortest_phase()
    {
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromNanoseconds(400)), Frequency.FromHertz(50));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ScsDrive(program, 1));
        Assert.Equal("program", e.ParamName);
        Assert.Contains("0.5 µs", e.Message);
        Assert.DoesNotContain("sampleRateHz", e.Message);
        Assert.DoesNotContain("Hz.", e.Message); // no sample-rate suggestion the caller could not follow
    }

    [Fact]
    public void A_600_ns_pulse_rounds_to_one_microsecond_and_is_simulated()
    {
        var program = StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromNanoseconds(600)), Frequency.FromHertz(50));
        var r = PainTransmission.Measure(PainState.Neuropathic, new ScsDrive(program, 1), Duration.FromMilliseconds(200), 1);
        Assert.True(r.ABetaSpikeRate.ToHertz() > 40);
    }

    [Fact]
    public void Overlapping_pulses_on_the_microsecond_grid_are_refused_naming_the_program()
    {
        // 4.6 + 0.6 + 4.6 µs = 9.8 µs fits the 10 µs period of 100 kHz, but rounded to whole microseconds it is 5 + 1 + 5 = 11 µs.
        var program = StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(1), Duration.FromNanoseconds(4600),
            interphaseGap: Duration.FromNanoseconds(600)), Frequency.FromKilohertz(100));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ScsDrive(program, 1));
        Assert.Equal("program", e.ParamName);
        Assert.DoesNotContain("sampleRateHz", e.Message);
    }

    [Fact]
    public void The_sweep_program_at_100_kHz_fits_its_period()
    {
        var p = GateControlSweeps.ProgramFor(Hz(100_000));
        Assert.True(p.Pulse.TotalDuration <= Duration.FromMicroseconds(10));
        Assert.Equal(Duration.FromMicroseconds(10), GateControlSweeps.ProgramFor(Hz(50_000)).Pulse.PulseWidth);
        Assert.Equal(Duration.FromMicroseconds(10), GateControlSweeps.ProgramFor(Hz(40_000)).Pulse.PulseWidth);
    }
}

public class EvokedSpikeOrderTests
{
    [Fact]
    public void A_latency_spread_longer_than_the_volley_interval_gives_sorted_trains()
    {
        // Volleys every 50 ms, each C fibre arriving up to 1 s later: evoked spikes of one fibre overtake each other. The
        // whole-train code merged them unsorted and then failed naming an internal "train[i][j]".
        var volleys = new CFibreVolleys(Duration.FromMilliseconds(50), Duration.Zero, Duration.FromSeconds(1), Duration.FromMilliseconds(20));
        var pain = PainState.Neuropathic.WithVolleys(volleys);
        var inputs = InputSpikeTrains.Generate(GateControlParameters.Default, pain, null, Duration.FromSeconds(2), 3);
        var c = Enumerable.Range(inputs.ABetaCount + inputs.ADeltaCount, inputs.CCount).ToArray();
        foreach (var f in c)
        {
            var t = inputs.Train(f).ToArray();
            Assert.Equal(t.Order(), t);
        }
        // Every volley whose spike lands inside the run is there: about 40 volleys x (fraction of arrivals before 2 s).
        Assert.True(c.Sum(f => inputs.Train(f).Length) > inputs.CCount * 20);
        var r = PainTransmission.Measure(pain, new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1), Duration.FromSeconds(2), 3);
        Assert.False(double.IsNaN(r.CFibreResponseWithoutScs));
    }
}
