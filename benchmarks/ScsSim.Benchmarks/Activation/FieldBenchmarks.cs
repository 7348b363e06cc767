using BenchmarkDotNet.Attributes;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Benchmarks.Activation;

/// <summary>
/// The anisotropic layered field at every node of the default threshold surface's 280 fibres (8 diameters × 5 depths ×
/// 7 lateral positions, McNeal node layouts) for a 32-contact configuration: two 16-contact leads 4 mm apart, all 32
/// contacts active (16 cathodes, 16 anodes). Cold: the line tables built from the exact spectral solution (target: well
/// under 1 s); warm: served from the tables a setup shares.
/// </summary>
[MemoryDiagnoser]
public class FieldBenchmarks
{
    private ElectrodeField _field = null!;
    private (double X, double Y, FibreModel.NodeLayout Layout)[] _fibres = null!;
    private double[] _buffer = null!;

    /// <summary>The field and the fibres' layouts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var lead = new Lead("Percutaneous16", 16, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(1));
        var contacts = Enumerable.Range(0, 2).SelectMany(l => Enumerable.Range(0, 16).Select(c =>
            new ContactSetting(l, c, (c + l) % 2 == 0 ? ContactRole.Cathode : ContactRole.Anode, 100.0 / 16)));
        var configuration = new ElectrodeConfiguration([lead, lead], contacts);
        var placements = new[] { -2.0, 2.0 }.Select(x => new LeadPlacement(Vertebra.T8, Length.FromMillimetres(x), Length.FromMillimetres(3))).ToArray();
        _field = new ElectrodeField(configuration, placements);
        var grid = ThresholdSurfaceGrid.DefaultFor(Duration.FromMicroseconds(300));
        _fibres = (from d in grid.DiametersUm from y in grid.DepthsMm from x in grid.LateralMm
                   select (x, y, McNealFibreModel.Default.LayoutFor(_field, d, x, y, 0))).ToArray();
        _buffer = new double[_fibres.Max(f => f.Layout.Nodes)];
    }

    /// <summary>Clears the shared line tables so that the cold case builds them.</summary>
    [IterationSetup(Target = nameof(AllSurfaceNodes32ContactsCold))]
    public void ClearTables() => LayeredDorsalCsfMedium.ClearLineTables();

    /// <summary>All nodes, tables built first.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public double AllSurfaceNodes32ContactsCold() => AllNodes();

    /// <summary>All nodes, tables already built.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public double AllSurfaceNodes32ContactsWarm() => AllNodes();

    /// <summary>Number of field evaluations per call (for the note): nodes × fibres.</summary>
    public int NodeCount => _fibres.Sum(f => f.Layout.Nodes);

    private double AllNodes()
    {
        double sum = 0;
        foreach (var (x, y, layout) in _fibres)
        {
            var span = _buffer.AsSpan(0, layout.Nodes);
            _field.PotentialsAlongZ(x, y, layout.FirstNodeZMm, layout.InternodeMm, span);
            foreach (var v in span) sum += v;
        }
        return sum;
    }
}
