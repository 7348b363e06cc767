using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

public class GateControlSweepsTests
{
    private static readonly Frequency[] Frequencies = [Hz(2), Hz(10), Hz(50), Hz(200), Hz(1000), Hz(10_000)];

    // The shared measurement policy: 3 s warm-up, 10 s, 5 seeds.
    private static readonly Lazy<IReadOnlyList<SweepPoint>> Sweep = new(() => GateControlSweeps.OverFrequency(PainState.CFibreTest, 1, Frequencies, 1));

    /// <summary>The same sweep through the dorsal-column pathway alone (the direct kilohertz drive switched off).</summary>
    private static readonly Lazy<IReadOnlyList<SweepPoint>> DorsalColumnOnly = new(() => GateControlSweeps.OverFrequency(PainState.CFibreTest, 1,
        Frequencies, 1, parameters: GateControlParameters.Default with { KilohertzInhibitoryDrive = 0 }));

    private static double MeanChangeAt(double hz, bool dorsalColumnOnly = true) =>
        (dorsalColumnOnly ? DorsalColumnOnly : Sweep).Value.Single(p => p.Frequency.ToHertz() == hz).CFibreResponseChange;

    // Zhang, Janik & Grill 2014 and the rat study PMC3763697: through the dorsal columns, the effect depends on frequency and
    // is not monotonic; the strongest inhibition at tens of Hz, weaker at high frequencies.
    [Fact]
    public void FrequencyResponse_IsNotMonotonic_OptimumAtTensOfHertz()
    {
        var best = Frequencies.MinBy(f => MeanChangeAt(f.ToHertz()));
        Assert.InRange(best.ToHertz(), 10, 100);
        Assert.True(MeanChangeAt(50) < MeanChangeAt(2) - 0.15, "50 Hz inhibits clearly more than 2 Hz");
        Assert.True(MeanChangeAt(50) < MeanChangeAt(1000) - 0.15, "50 Hz inhibits clearly more than 1 kHz");
        Assert.InRange(MeanChangeAt(10_000), -0.15, 0.15);
    }

    // The direct kilohertz drive (Lee et al. 2020) acts at 10 kHz only: below it the full model equals the dorsal-column
    // pathway exactly; at 10 kHz it adds inhibition.
    [Fact]
    public void DirectKilohertzDrive_ChangesOnly_TheTenKilohertzPoint()
    {
        foreach (var f in Frequencies.Where(f => f.ToHertz() < 10_000))
            Assert.Equal(MeanChangeAt(f.ToHertz()), MeanChangeAt(f.ToHertz(), dorsalColumnOnly: false));
        Assert.True(MeanChangeAt(10_000, dorsalColumnOnly: false) < MeanChangeAt(10_000) - 0.1);
    }

    [Fact]
    public void Sweep_RowsInGivenOrder_ParallelEqualsSerial_ProgressReachesTotal()
    {
        Frequency[] f = [Hz(80), Hz(5), Hz(500)];
        var reports = new List<SweepProgress>();
        var progress = new SynchronousProgress(reports);
        var parallel = GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, f, 9, DorsalHornFixtures.OneRun(1) with { Seeds = 2 }, progress: progress);
        var serial = GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, f, 9, DorsalHornFixtures.OneRun(1) with { Seeds = 2 }, maxDegreeOfParallelism: 1);
        Assert.Equal(f, parallel.Select(p => p.Frequency));
        Assert.Equal(serial, parallel);
        Assert.Equal(3, reports.Count);
        Assert.Contains(new SweepProgress(3, 3), reports);
        var csv = GateControlSweeps.ToCsv(parallel).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("frequency_Hz,", csv[0]);
    }

    [Fact]
    public void AmplitudeSweep_NoAmplitudeNoEffect_MoreRecruitmentMoreRelief()
    {
        var rows = GateControlSweeps.OverAmplitude(PainState.Neuropathic, GateControlSweeps.ProgramFor(Hz(50)), m => Math.Min(1, m / 1.2),
            [0, 1.2], 4, DorsalHornFixtures.OneRun(5) with { Seeds = 3 });
        Assert.Equal(1.0, rows[0].Index);
        Assert.Equal(0, rows[0].RecruitedFraction);
        Assert.True(rows[1].Index < 0.7, $"index at full recruitment {rows[1].Index:F2}");
    }

    [Fact]
    public void Sweep_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, [Hz(50), Hz(100)], 1, cancellationToken: cts.Token));
    }

    [Fact]
    public void LogSpacedFrequencies_SpanTheRange()
    {
        var f = GateControlSweeps.LogSpacedFrequencies(Hz(1), Hz(10_000), 30);
        Assert.Equal(30, f.Length);
        Assert.Equal(Hz(1), f[0]);
        Assert.Equal(Hz(10_000), f[^1]);
        Assert.All(f.Zip(f.Skip(1)), p => Assert.True(p.Second > p.First));
        Assert.Throws<ArgumentOutOfRangeException>(() => GateControlSweeps.LogSpacedFrequencies(Hz(10), Hz(1), 5));
        Assert.Throws<ArgumentException>(() => GateControlSweeps.OverFrequency(PainState.Healthy, 1, [], 1));
    }

    private sealed class SynchronousProgress(List<SweepProgress> reports) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) { lock (reports) reports.Add(value); }
    }
}
