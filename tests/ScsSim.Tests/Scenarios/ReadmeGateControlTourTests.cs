using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

/// <summary>The README's gate-control tour, so the README cannot drift from the API (shorter runs).</summary>
public class ReadmeGateControlTourTests
{
    [Fact]
    public void The_gate_control_tour_runs()
    {
        var pulse = new PulseShape(Current.FromMilliamperes(5), Duration.Parse("300 us"));
        var drive = new ScsDrive(StimulationProgram.Tonic(pulse, Frequency.FromHertz(50)), recruitedFraction: 1);
        PainTransmissionEstimate r = PainTransmission.Estimate(PainState.CFibreTest, drive, seed: 1);
        Assert.InRange(r.CFibreResponseChange.Mean, -0.5, -0.2);
        Assert.Equal(5, r.Index.Count);
        Assert.True(r.Index.Lower < r.Index.Mean && r.Index.Mean < r.Index.Upper);

        var reports = 0;
        var rows = GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, GateControlSweeps.LogSpacedFrequencies(Hz(1), Hz(10_000), 4),
            seed: 1, DorsalHorn.DorsalHornFixtures.OneRun(1), progress: new SyncProgress(() => Interlocked.Increment(ref reports)));
        Assert.Equal(4, rows.Count);
        Assert.Equal(4, reports);

        string scenarioJson = ScenarioJson.Write(Scenario.Conventional50Hz);
        Assert.Equal(Scenario.Conventional50Hz, ScenarioJson.Read(scenarioJson));
    }

    private sealed class SyncProgress(Action onReport) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => onReport();
    }
}
