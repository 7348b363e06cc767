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
            FibreCableModel.Default.Threshold(MonopoleField(), Fibre(2, 0, 1), LongPulse, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_strength_duration_curve_honours_a_cancel() =>
        Assert.ThrowsAny<OperationCanceledException>(() => FibreCableModel.Default.StrengthDuration(MonopoleField(), Fibre(10), Pulse300,
            [Duration.FromMicroseconds(100), Duration.FromMicroseconds(200), Duration.FromMicroseconds(400)], Cancelled()));

    [Fact]
    public void A_cancelled_recruitment_analysis_does_no_cable_work()
    {
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            RecruitmentAnalysis.Compute(Population, Tripole3, LeadPlacement.MidlineT8, Pulse300, cancellationToken: Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            RecruitmentAnalysis.Compute(Population, Tripole3, [LeadPlacement.MidlineT8], Pulse300, cancellationToken: Cancelled()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_cancelled_lead_migration_does_no_cable_work()
    {
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => LeadMigration.Assess(Population, Tripole3, LeadPlacement.MidlineT8, Pulse300,
            Length.FromMillimetres(10), Length.Zero, Targets, cancellationToken: Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => LeadMigration.Assess(Population, Tripole3, [LeadPlacement.MidlineT8], Pulse300,
            Length.FromMillimetres(10), Length.Zero, Targets, cancellationToken: Cancelled()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_reprogramming_search_stops_soon_after_a_cancel()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Reprogramming.Search(Population, TestLead, LeadPlacement.MidlineT8, Pulse300, Targets, cancellationToken: cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }
}
