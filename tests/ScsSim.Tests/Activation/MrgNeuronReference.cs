using System.Globalization;
using ScsSim.Activation;

namespace ScsSim.Tests.Activation;

/// <summary>
/// The NEURON 8.2 reference (eng/mrg-neuron, CSV in Activation/Data) and the same protocol run on ScsSim's MRG cable
/// (<see cref="MrgNeuronProtocol"/>; dt = min(5 µs, pw/10)).
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
}
