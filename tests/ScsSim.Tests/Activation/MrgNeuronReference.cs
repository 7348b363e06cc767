using System.Globalization;
using ScsSim.Activation;

namespace ScsSim.Tests.Activation;

/// <summary>
/// The NEURON 8.2 reference (eng/mrg-neuron, CSV in Activation/Data) and the same protocol run on ScsSim's MRG cable:
/// point source in 0.2 S/m, middle node under it, sealed ends, start at −80 mV, cathodic monophasic pulse over steps
/// 1..round(pw/dt), dt = min(5 µs, pw/10), run to pw + 1.5 ms, AP = Vm ≥ 0 mV at the middle node ± 10, threshold by
/// doubling from 0.01 mA then bisection (upper bound reported).
/// </summary>
internal static class MrgNeuronReference
{
    public sealed record Row(string Kind, double DiameterUm, double DistanceMm, double PulseWidthUs, int Nodes, double DtUs, double Value, double CpuS, double Tolerance, int Runs);

    public static readonly Lazy<Row[]> Rows = new(() => Read("mrg-neuron-reference.csv"));

    /// <summary>A second NEURON script written independently from the same specification (another author, its own NMODL
    /// file, checked against ModelDB's AXNODE.mod and MRGaxon.hoc to 1e-10 mV): 80 thresholds, 5.7-16 µm, 0.5-4 mm.</summary>
    public static readonly Lazy<Row[]> IndependentRows = new(() => Read("mrg-neuron-independent.csv"));

    private static Row[] Read(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Activation", "Data", file)).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => new Row(f[0], D(f[1]), D(f[2]), D(f[3]), int.Parse(f[4], CultureInfo.InvariantCulture), D(f[5]), D(f[6]), D(f[7]), D(f[8]), int.Parse(f[9], CultureInfo.InvariantCulture)))
            .ToArray();

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    public static MrgCable Cable(double diameterUm, double distanceMm, int nodes, double dtUs, int monitorOffset = 10)
    {
        var g = MrgGeometry.For(diameterUm);
        var z = g.CompartmentCentresMm(nodes, nodes / 2, 0);
        var unit = z.Select(zz => 397.887 / Math.Sqrt(distanceMm * distanceMm + zz * zz)).ToArray();
        return new MrgCable(g, nodes, unit, (long)Math.Round(dtUs * 1000), 37, false, nodes / 2 - monitorOffset, nodes / 2 + monitorOffset);
    }

    public static (double[] Waveform, int StimulusSteps) Pulse(double pulseWidthUs, double dtUs)
    {
        var steps = (int)Math.Round(pulseWidthUs / dtUs);
        var total = (int)Math.Round((pulseWidthUs + 1500) / dtUs);
        var w = new double[total];
        for (var k = 0; k < steps; k++) w[k] = -1;
        return (w, steps);
    }

    public static double Threshold(MrgCable cable, double pulseWidthUs, double dtUs, double relative, out int runs)
    {
        var (w, steps) = Pulse(pulseWidthUs, dtUs);
        var count = 0;
        bool Fires(double a) { count++; return cable.CountPropagated(w, steps, a, 1, null, CancellationToken.None) > 0; }
        double lo = 0, hi = 0.01;
        while (!Fires(hi)) { lo = hi; hi *= 2; }
        while (hi - lo > relative * hi)
        {
            var mid = 0.5 * (lo + hi);
            if (Fires(mid)) hi = mid; else lo = mid;
        }
        runs = count;
        return hi;
    }
}
