using System.Diagnostics;
using ScsSim.Activation;
using Xunit.Abstractions;

namespace ScsSim.Tests.Activation;

/// <summary>ScsSim's MRG double cable (McIntyre, Richardson &amp; Grill 2002) against NEURON 8.2 running the same model and
/// protocol (eng/mrg-neuron), plus its own invariants.</summary>
public class MrgCableTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("reference", 24)]
    [InlineData("independent", 80)]
    public void Thresholds_agree_with_NEURON_within_5_percent_over_diameters_distances_and_pulse_widths(string table, int count)
    {
        var rows = (table == "reference" ? MrgNeuronReference.Rows : MrgNeuronReference.IndependentRows).Value.Where(r => r.Kind == "threshold_ma").ToArray();
        Assert.Equal(count, rows.Length);
        var worst = 0.0;
        foreach (var r in rows)
        {
            var cable = MrgNeuronProtocol.Cable(r.DiameterUm, r.DistanceMm, r.Nodes, r.DtUs);
            var t = MrgNeuronProtocol.Threshold(cable, r.PulseWidthUs, r.DtUs, r.Tolerance, out _);
            var error = t / r.Value - 1;
            worst = Math.Max(worst, Math.Abs(error));
            output.WriteLine($"{r.DiameterUm} µm, {r.DistanceMm} mm, {r.PulseWidthUs} µs: ScsSim {t:G5} mA, NEURON {r.Value:G5} mA ({error:+0.00%;-0.00%})");
            // The issue asks for 5 %; the same scheme reproduces NEURON to the last bisection step, so 1 % guards regressions.
            Assert.True(Math.Abs(error) < 0.01, $"{r}: ScsSim {t} mA");
        }
        output.WriteLine($"largest difference {worst:P2}");
    }

    [Fact]
    public void Conduction_velocity_agrees_with_NEURON_within_5_percent_and_rises_with_diameter()
    {
        var previous = 0.0;
        foreach (var r in MrgNeuronReference.Rows.Value.Where(r => r.Kind == "conduction_velocity_m_s" && r.DtUs == 5))
        {
            var cable = MrgNeuronProtocol.Cable(r.DiameterUm, 1, 41, 5);
            var t = MrgNeuronProtocol.Threshold(cable, 100, 5, 0.01, out _);
            var cv = ConductionVelocity(r.DiameterUm, 2 * t, 5);
            output.WriteLine($"{r.DiameterUm} µm: ScsSim {cv:F1} m/s, NEURON {r.Value:F1} m/s");
            Assert.Equal(r.Value, cv, 0.05 * r.Value);
            Assert.True(cv > previous);
            previous = cv;
        }
    }

    /// <summary>Distance over time between the arrivals at nodes ±5 and ±15 from the middle (time at the first step at or
    /// above 0 mV, as the NEURON script measures it).</summary>
    private static double ConductionVelocity(double diameterUm, double amplitudeMa, double dtUs)
    {
        var g = MrgGeometry.For(diameterUm);
        var near = Arrival(MrgNeuronProtocol.Cable(diameterUm, 1, 41, dtUs, 5), amplitudeMa, dtUs);
        var far = Arrival(MrgNeuronProtocol.Cable(diameterUm, 1, 41, dtUs, 15), amplitudeMa, dtUs);
        return 10 * g.InternodeLengthUm * 1e-3 / (far - near);
    }

    private static double Arrival(MrgCable cable, double amplitudeMa, double dtUs)
    {
        var (w, steps) = MrgNeuronProtocol.Pulse(100, dtUs);
        var times = new List<double>();
        cable.CountPropagated(w, steps, amplitudeMa, 1, times, CancellationToken.None);
        return Assert.Single(times);
    }

    [Fact]
    public void The_axon_rests_quietly_for_20_ms()
    {
        var cable = MrgNeuronProtocol.Cable(10, 1, 41, 5);
        var w = new double[4000];
        Assert.Equal(0, cable.CountPropagated(w, 0, 0, 1, null, CancellationToken.None));
        Assert.False(cable.LastRunExcited);
        var drift = cable.NodeMembranePotential(20) + 80;
        output.WriteLine($"membrane potential after the run: {drift:+0.000;-0.000} mV from −80 mV");
        Assert.InRange(drift, -1, 1);
    }

    [Fact]
    public void One_threshold_search_takes_NEURONs_path_at_a_fraction_of_its_cost()
    {
        // The same simulations as NEURON's search (asserted: same number of runs to the same 1 % answer); the time is
        // reported, not asserted (timing belongs in benchmarks): CPU per search against the NEURON script's.
        foreach (var r in MrgNeuronReference.Rows.Value.Where(r => r.Kind == "timing_threshold_s"))
        {
            var cable = MrgNeuronProtocol.Cable(r.DiameterUm, 1, 41, 5);
            var sw = Stopwatch.StartNew();
            MrgNeuronProtocol.Threshold(cable, 100, 5, 0.01, out var runs);
            Assert.Equal(r.Runs, runs);
            output.WriteLine($"{r.DiameterUm} µm: ScsSim {sw.Elapsed.TotalSeconds:F3} s ({runs} runs), NEURON {r.Value:F3} s CPU: {r.Value / sw.Elapsed.TotalSeconds:F1}x");
        }
    }
}
