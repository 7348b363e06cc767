using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using ScsSim.Scenarios;

namespace ScsSim.Tests.Scenarios;

/// <summary>The dorsal-horn issue's graded drive and shared readout: the index falls gradually with the amplitude between
/// perception and discomfort (no coverage fraction that drives every input), and the same setting gives the same number
/// from a scenario and from a sweep.</summary>
public class GradedGateTests
{
    private static readonly double[] Multiples = [1.0, 1.1, 1.2, 1.3, 1.4, 1.5];

    // Five virtual patients (fibre populations) with the preset's lead, tonic 50 Hz, the shared measurement policy.
    private static readonly Lazy<IReadOnlyList<SweepPoint>[]> Patients = new(() =>
        Enumerable.Range(1, 5).Select(seed => Scenario.Conventional50Hz.WithSeed((ulong)seed).AmplitudeSweep(Multiples)).ToArray());

    [Fact]
    public void Tonic50Hz_index_falls_gradually_with_amplitude_for_every_patient_and_on_average()
    {
        foreach (var rows in Patients.Value)
        {
            // Each patient: the driven share never falls as the amplitude rises (one seed's random rounding is monotone), and
            // the mean index falls with it, within noise (the interval of 5 seeds is about ±0.3 at full drive).
            Assert.All(rows.Zip(rows.Skip(1)), p => Assert.True(p.Second.RecruitedFraction >= p.First.RecruitedFraction));
            Assert.All(rows.Zip(rows.Skip(1)), p => Assert.True(p.Second.Index <= p.First.Index + 0.05,
                $"index rose from {p.First.Index:F2} at {p.First.AmplitudeMultiple}x to {p.Second.Index:F2} at {p.Second.AmplitudeMultiple}x"));
        }
        var mean = Multiples.Select((_, i) => Patients.Value.Average(rows => rows[i].Index)).ToArray();
        var drop = mean[0] - mean[^1];
        Assert.True(drop > 0.3, $"mean index {string.Join(' ', mean.Select(m => m.ToString("F2")))}");
        // Graded, not a switch: no 0.1x step carries more than half of the fall from perception to 1.5x perception.
        Assert.All(mean.Zip(mean.Skip(1)), p => Assert.True(p.First - p.Second <= 0.5 * drop,
            $"step {p.First:F2} -> {p.Second:F2} of a total fall of {drop:F2}"));
        // Below full coverage the inputs are not all driven: at perception no patient drives more than 70 % of them.
        Assert.All(Patients.Value, rows => Assert.InRange(rows[0].RecruitedFraction, 0, 0.7));
    }

    [Fact]
    public void A_scenario_and_a_sweep_point_of_the_same_setting_give_the_same_number()
    {
        var scenario = Scenario.Conventional50Hz.WithSeed(2);
        var perception = scenario.Recruitment().PerceptionThreshold!.Value;
        var at = scenario.WithProgram(scenario.Program.WithAmplitude(perception * 1.3));
        var outcome = at.Simulate();
        var point = scenario.AmplitudeSweep([1.3]).Single();
        Assert.True(point.IndexEstimate.Contains(outcome.PainTransmissionIndex), $"{outcome.PainTransmission.Index} against {point.IndexEstimate}");
        // Same seeds, same policy, same drive: not only within the interval but the same runs.
        Assert.Equal(point.Index, outcome.PainTransmissionIndex, 12);
        // The frequency sweep measures the same readout at the scenario's share (its placeholder pulse times the same onsets).
        var frequencyPoint = at.FrequencySweep([Frequency.FromHertz(50)]).Single();
        Assert.True(frequencyPoint.IndexEstimate.Contains(outcome.PainTransmissionIndex), $"{outcome.PainTransmission.Index} against {frequencyPoint.IndexEstimate}");
    }

    [Fact]
    public void The_driven_share_follows_the_afferent_bundles_of_the_painful_dermatomes()
    {
        var scenario = Scenario.Conventional50Hz;
        var coverage = scenario.Recruitment().CoverageAt(scenario.Program.Pulse.Amplitude);
        long fibres = 0, recruited = 0;
        foreach (var r in coverage.Regions.Where(r => scenario.Patient.PainfulRegions.Contains(r.Region)))
        {
            fibres += r.DorsalColumnFibres; recruited += r.RecruitedDorsalColumnFibres;
        }
        var expected = 1 - Math.Pow(1 - recruited / (double)fibres, AfferentConvergence.DorsalColumnAfferents / 15);
        Assert.Equal(expected, scenario.RecruitedABetaFraction(scenario.Program.Pulse.Amplitude), 12);
        // Twice the afferents per input drive more of the inputs at the same recruitment.
        var denser = new ScenarioOptions { DorsalColumnAfferents = 2 * AfferentConvergence.DorsalColumnAfferents };
        Assert.True(scenario.RecruitedABetaFraction(scenario.Program.Pulse.Amplitude, denser) > expected);
    }
}
