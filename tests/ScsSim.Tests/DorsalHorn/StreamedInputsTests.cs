using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>
/// The inputs are generated lazily and streamed into the network in bounded chunks. These pins were recorded with the
/// earlier implementation (whole trains in memory, one global event sort): the streamed path must reproduce them bit for bit.
/// </summary>
public class StreamedInputsTests
{
    public static IEnumerable<object[]> TrainPins() => Pins().Select(r => r[..10]);

    public static IEnumerable<object[]> MeasurePins() => Pins().Select(r => new[] { r[0], r[1], r[2], r[3], r[10], r[11], r[12] });

    private static IEnumerable<object[]> Pins() =>
    [
        // name, Hz, share, seed, (trains, activity, WDR count) without SCS, then with SCS; then Measure's rates.
        ["c50", 50.0, 1.0, 1UL, 13730173126768527145UL, 13534052729924164930UL, 28, 1569263745709486315UL, 10903300027645805001UL, 19, 9.5, 6.5, 51.43333333333333],
        ["n50", 50.0, 0.6, 2UL, 3442087716960890145UL, 7028242709070749124UL, 37, 10866550031539211287UL, 2080917961345271792UL, 37, 11.0, 10.5, 51.27777777777778],
        ["c10k", 10_000.0, 1.0, 3UL, 1990251924684776736UL, 15179586108423353858UL, 25, 3756661019408169991UL, 8837232646985675439UL, 25, 8.5, 8.5, 654.5666666666667],
        ["n1k", 1000.0, 0.4, 4UL, 13294465955705122529UL, 8619395255888616635UL, 14, 13451731594037586242UL, 10719015954139330524UL, 13, 4.0, 3.5, 399.0833333333333],
    ];

    private static PainState PainOf(string name) => name.StartsWith('c') ? PainState.CFibreTest : PainState.Neuropathic;

    [Theory]
    [MemberData(nameof(TrainPins))]
    public void Generated_trains_and_network_activity_are_those_of_the_whole_array_implementation(string name, double hz, double share, ulong seed,
        ulong trainsOff, ulong activityOff, int wdrOff, ulong trainsOn, ulong activityOn, int wdrOn)
    {
        var p = PinnedParameters.Network;
        var net = new GateControlNetwork(p, seed);
        var off = InputSpikeTrains.Generate(p, PainOf(name), null, Duration.FromSeconds(3), seed);
        var on = InputSpikeTrains.Generate(p, PainOf(name), new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), share), Duration.FromSeconds(3), seed);
        var a = net.Simulate(off); var b = net.Simulate(on);
        Assert.Equal((trainsOff, activityOff, wdrOff), (TrainsHash(off), ActivityHash(a), a.WdrSpikeSteps.Count));
        Assert.Equal((trainsOn, activityOn, wdrOn), (TrainsHash(on), ActivityHash(b), b.WdrSpikeSteps.Count));
    }

    [Theory]
    [MemberData(nameof(MeasurePins))]
    public void Measure_streams_the_same_inputs(string name, double hz, double share, ulong seed, double without, double with, double aBetaRate)
    {
        var r = PainTransmission.Measure(PainOf(name), new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), share), Duration.FromSeconds(2), seed, PinnedParameters.Network);
        // Pinned as the kernel's doubles; the result's rates are those rounded to 1 mHz.
        Assert.Equal((Hz(without), Hz(with), Frequency.FromHertz(aBetaRate)), (r.WdrRateWithoutScs, r.WdrRateWithScs, r.ABetaSpikeRate));
    }

    [Fact]
    public void Measure_equals_the_network_run_on_explicit_trains()
    {
        var p = PinnedParameters.Network;
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(200)), 0.7);
        var r = PainTransmission.Measure(PainState.CFibreTest, drive, Duration.FromSeconds(3), 9, p);
        var net = new GateControlNetwork(p, 9);
        var with = net.Simulate(InputSpikeTrains.Generate(p, PainState.CFibreTest, drive, Duration.FromSeconds(3), 9));
        var without = net.Simulate(InputSpikeTrains.Generate(p, PainState.CFibreTest, null, Duration.FromSeconds(3), 9));
        Assert.Equal((without.WdrRate.ToHertz(), with.WdrRate.ToHertz(), without.CFibreResponse, with.CFibreResponse), (r.WdrRateWithoutScs.ToHertz(), r.WdrRateWithScs.ToHertz(), r.CFibreResponseWithoutScs, r.CFibreResponseWithScs));
    }

    [Fact]
    public void Measure_memory_does_not_grow_with_the_number_of_pulses()
    {
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(10_000)), 1);
        PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(1), 5); // warm up
        long Allocated(double seconds)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(seconds), 5);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var shortRun = Allocated(2);
        var longRun = Allocated(8);
        // 60,000 more pulses per recruited fibre (15 fibres): whole trains cost megabytes; streamed inputs cost only the
        // WDR spikes of the output (a few hundred bytes per second).
        Assert.True(longRun - shortRun < 256 * 1024, $"1 s allocated {shortRun:N0} B, 5 s allocated {longRun:N0} B");
    }

    [Fact]
    public void A_cancelled_measure_stops_before_generating_the_inputs()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(10_000)), 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<OperationCanceledException>(() => PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(60), 5, cancellationToken: cts.Token));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 256 * 1024, $"allocated {allocated:N0} B before honouring the cancel");
    }

    [Fact]
    public void Generate_honours_a_cancel()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(10_000)), 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            InputSpikeTrains.Generate(GateControlParameters.Default, PainState.Neuropathic, drive, Duration.FromSeconds(60), 5, cts.Token));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2 * 1024 * 1024);
    }

    [Fact]
    public void An_hour_at_100_kHz_can_be_cancelled_soon_after_it_starts()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(100_000)), 1);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<OperationCanceledException>(() => PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(3600), 5, cancellationToken: cts.Token));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024 * 1024);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}"); // generous: the shared machine is slow
    }

    internal static ulong TrainsHash(InputSpikeTrains t)
    {
        var h = 14695981039346656037UL;
        for (var f = 0; f < t.FibreCount; f++) { foreach (var s in t.Train(f)) h = (h ^ (uint)s) * 1099511628211UL; h = (h ^ 0xFFFF) * 1099511628211UL; }
        foreach (var v in t.CVolleySteps) h = (h ^ (uint)v) * 1099511628211UL;
        return h;
    }

    internal static ulong ActivityHash(NetworkActivity a)
    {
        var h = 14695981039346656037UL;
        foreach (var s in a.SpikeCounts) h = (h ^ (uint)s) * 1099511628211UL;
        foreach (var s in a.WdrSpikeSteps) h = (h ^ (uint)s) * 1099511628211UL;
        h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(a.CFibreResponse)) * 1099511628211UL;
        return h;
    }
}
