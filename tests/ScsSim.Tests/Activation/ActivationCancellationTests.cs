using System.Diagnostics;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>Every call that can run for seconds takes a token and honours it promptly. Timed bounds are generous (the machine is shared).</summary>
public class ActivationCancellationTests
{
    private static readonly PulseShape LongPulse = new(Current.FromMilliamperes(1), Duration.FromMilliseconds(100));
    private static readonly BodyRegion[] Targets = [new(Dermatome.L4, BodySide.Left)];

    private static CancellationToken Cancelled()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        return cts.Token;
    }

    [Fact]
    public void A_threshold_surface_for_a_100_ms_pulse_stops_soon_after_a_cancel()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ThresholdSurface.Compute(new ElectrodeField(Tripole3, LeadPlacement.MidlineT8), LongPulse, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}"); // the whole surface takes minutes
    }

    [Fact]
    public void One_cable_threshold_for_a_100_ms_pulse_stops_inside_a_run()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            McNealFibreModel.Default.Threshold(MonopoleField(), Fibre(2, 0, 1), LongPulse, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_strength_duration_curve_honours_a_cancel() =>
        Assert.ThrowsAny<OperationCanceledException>(() => McNealFibreModel.Default.StrengthDuration(MonopoleField(), Fibre(10), Pulse300,
            [Duration.FromMicroseconds(100), Duration.FromMicroseconds(200), Duration.FromMicroseconds(400)], Cancelled()));

    [Fact]
    public void A_cancelled_recruitment_analysis_does_no_cable_work()
    {
        var watch = Stopwatch.StartNew();
        // A pulse width no other test uses, so nothing is cached for it.
        var setup = MidlineSetup.WithPulse(Pulse300.WithPulseWidth(Duration.FromMicroseconds(333)));
        Assert.ThrowsAny<OperationCanceledException>(() => setup.Recruitment(cancellationToken: Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => setup.Surface(cancellationToken: Cancelled()));
        Assert.False(setup.IsSurfaceCached);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_cancelled_lead_migration_does_no_cable_work()
    {
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => LeadMigration.Assess(MidlineSetup.WithPulse(Pulse300.WithPulseWidth(Duration.FromMicroseconds(334))),
            Length.FromMillimetres(10), Length.Zero, Targets, Cancelled()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_reprogramming_search_stops_soon_after_a_cancel()
    {
        // Cancelled from a thread of its own: the search's parallel loops keep every thread-pool thread busy, so a timer
        // (CancellationTokenSource(TimeSpan) runs its callback on the pool) did not fire until the search had finished,
        // 3.4 s later, in 2 runs of 6 here.
        var setup = MidlineSetup.WithPulse(Pulse300.WithPulseWidth(Duration.FromMicroseconds(335)));
        _ = MidlineSetup.Population; // the fixtures are built before the clock starts
        using var cts = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var canceller = new Thread(() => { Thread.Sleep(300); cts.Cancel(); }) { IsBackground = true };
        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() => Reprogramming.Search(setup, Targets, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }
}

public class ThresholdSurfaceProgressTests
{
    private sealed class Recorder : IProgress<ScsSim.SweepProgress>
    {
        public List<ScsSim.SweepProgress> Reports { get; } = [];
        public void Report(ScsSim.SweepProgress value) => Reports.Add(value);
    }

    [Fact]
    public void Compute_reports_every_grid_point_in_order()
    {
        var recorder = new Recorder();
        var grid = ThresholdSurfaceGrid.CoarseFor(Pulse300.PulseWidth);
        ThresholdSurface.Compute(new ElectrodeField(Tripole3, LeadPlacement.MidlineT8), Pulse300, grid, progress: recorder);
        Assert.Equal(grid.PointCount, recorder.Reports.Count);
        Assert.Equal(Enumerable.Range(1, grid.PointCount), recorder.Reports.Select(r => r.Completed));
        Assert.All(recorder.Reports, r => Assert.Equal(grid.PointCount, r.Total));
    }

    [Fact]
    public void Cancelling_from_the_progress_callback_stops_before_the_whole_grid()
    {
        using var cts = new CancellationTokenSource();
        var reports = 0;
        var progress = new SynchronousProgress(_ => { if (++reports == 3) cts.Cancel(); });
        var grid = ThresholdSurfaceGrid.DefaultFor(Pulse300.PulseWidth);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ThresholdSurface.Compute(new ElectrodeField(Tripole3, LeadPlacement.MidlineT8), Pulse300, grid, progress: progress, cancellationToken: cts.Token));
        Assert.Equal(3, reports); // cancelled at the next grid point, not after all 280
    }

    private sealed class SynchronousProgress(Action<ScsSim.SweepProgress> report) : IProgress<ScsSim.SweepProgress>
    {
        public void Report(ScsSim.SweepProgress value) => report(value);
    }
}
