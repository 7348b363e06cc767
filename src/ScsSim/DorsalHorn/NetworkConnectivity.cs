namespace ScsSim.DorsalHorn;

/// <summary>The four synaptic receptors of every cell; a cell's conductance channel is <c>cell × Count + receptor</c>.</summary>
internal static class Receptor
{
    public const int Ampa = 0, Nmda = 1, GabaA = 2, Glycine = 3, Count = 4;

    public static int Channel(int cell, int receptor) => cell * Count + receptor;
}

/// <summary>Which short-term depression state scales a synapse's weight (Tsodyks &amp; Markram 1997, PNAS 94:719).</summary>
internal enum SynapseDepression : byte
{
    /// <summary>Not depressing: the full weight on every spike.</summary>
    None = 0,

    /// <summary>A-beta onto an inhibitory interneuron (<see cref="GateControlParameters.ABetaToInhibitoryRelease"/>).</summary>
    ABetaToInhibitory = 1,

    /// <summary>A-beta onto the WDR neuron (<see cref="GateControlParameters.ABetaToWdrRelease"/>).</summary>
    ABetaToWdr = 2,
}

/// <summary>
/// Outgoing synapses grouped by source (compressed sparse rows): the synapses of source <c>s</c> are
/// <c>Start[s]</c> to <c>Start[s + 1] - 1</c>. Synapses of weight 0 are left out.
/// </summary>
internal sealed class SynapseTable
{
    private SynapseTable(int[] start, int[] channel, double[] weight, SynapseDepression[] depression)
    {
        Start = start; Channel = channel; Weight = weight; Depression = depression;
    }

    public int[] Start { get; }
    public int[] Channel { get; }
    public double[] Weight { get; }
    public SynapseDepression[] Depression { get; }

    /// <summary>Collects synapses in any order; <see cref="Build"/> groups them by source, keeping their order within a source.</summary>
    public sealed class Builder(int sources)
    {
        private readonly List<(int Source, int Channel, double Weight, SynapseDepression Depression)> _synapses = [];

        public void Add(int source, int channel, double weight, SynapseDepression depression = SynapseDepression.None) =>
            _synapses.Add((source, channel, weight, depression));

        public SynapseTable Build()
        {
            var ordered = _synapses.Where(s => s.Weight > 0).OrderBy(s => s.Source).ToArray(); // stable: keeps insertion order
            var start = new int[sources + 1];
            foreach (var s in ordered) start[s.Source + 1]++;
            for (var i = 0; i < sources; i++) start[i + 1] += start[i];
            return new SynapseTable(start, ordered.Select(s => s.Channel).ToArray(), ordered.Select(s => s.Weight).ToArray(),
                ordered.Select(s => s.Depression).ToArray());
        }
    }
}

/// <summary>
/// The cells of the network and who contacts whom, drawn once from the seed: the input fibres' synapses and the cells'
/// synapses. Cells are ordered excitatory, local inhibitory, surround inhibitory interneurons, then the WDR neuron (last).
/// </summary>
internal sealed class NetworkConnectivity
{
    /// <summary>Random-stream purpose of the connectivity draws (the inputs use purposes 1-4).</summary>
    private const ulong ConnectivityStream = 10;

    /// <summary>Random-stream purpose of the interneurons' input-resistance draws (a stream of its own, so the contacts drawn
    /// from <see cref="ConnectivityStream"/> do not change with the spread).</summary>
    private const ulong ExcitabilityStream = 11;

    private NetworkConnectivity(CellKind[] kinds, SynapseTable fromFibres, SynapseTable fromCells)
    {
        Kinds = kinds; FromFibres = fromFibres; FromCells = fromCells;
    }

    public CellKind[] Kinds { get; }
    public int Wdr => Kinds.Length - 1;
    public SynapseTable FromFibres { get; }
    public SynapseTable FromCells { get; }

    public static NetworkConnectivity Build(GateControlParameters p, ulong seed)
    {
        var kinds = Enumerable.Repeat(CellKind.Excitatory, p.ExcitatoryInterneurons)
            .Concat(Enumerable.Repeat(CellKind.LocalInhibitory, p.LocalInhibitoryInterneurons))
            .Concat(Enumerable.Repeat(CellKind.SurroundInhibitory, p.SurroundInhibitoryInterneurons))
            .Append(CellKind.Wdr).ToArray();
        int[] CellsOf(CellKind k) => Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == k).ToArray();
        var excitatory = CellsOf(CellKind.Excitatory);
        var local = CellsOf(CellKind.LocalInhibitory);
        var surround = CellsOf(CellKind.SurroundInhibitory);
        var wdr = kinds.Length - 1;
        var scale = InputScales(p, seed, kinds);
        return new NetworkConnectivity(kinds, FibreSynapses(p, seed, excitatory, local.Concat(surround).ToArray(), wdr, scale),
            CellSynapses(p, excitatory, local, surround, wdr, kinds.Length, scale));
    }

    /// <summary>Each inhibitory interneuron's input scale: its input resistance relative to the mean, log-normal with mean 1 and coefficient
    /// of variation <see cref="GateControlParameters.InterneuronInputResistanceSpread"/> (all 1 when the spread is 0). Weights are
    /// in units of a cell's leak conductance, so a cell with twice the input resistance receives every synapse at twice the
    /// weight. The excitatory interneurons and the WDR neuron keep 1 (the C pathway stays as calibrated).</summary>
    internal static double[] InputScales(GateControlParameters p, ulong seed, CellKind[] kinds)
    {
        var scale = new double[kinds.Length];
        Array.Fill(scale, 1.0);
        var cv = p.InterneuronInputResistanceSpread;
        if (cv == 0) return scale;
        var sigma2 = Math.Log(1 + cv * cv);
        var sigma = Math.Sqrt(sigma2);
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is not (CellKind.LocalInhibitory or CellKind.SurroundInhibitory)) continue;
            var rng = SplitMix64.For(seed, ExcitabilityStream, (ulong)i);
            // Box-Muller: one standard normal from two uniform draws.
            var z = Math.Sqrt(-2 * Math.Log(rng.NextDoubleOpenAtZero())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            scale[i] = Math.Exp(sigma * z - sigma2 / 2);
        }
        return scale;
    }

    /// <summary>A-beta → inhibitory interneurons (with probability, depressing) and WDR (depressing); A-delta → WDR;
    /// C → excitatory interneurons (with probability) and WDR, AMPA + NMDA.</summary>
    private static SynapseTable FibreSynapses(GateControlParameters p, ulong seed, int[] excitatory, int[] inhibitory, int wdr, double[] scale)
    {
        var rng = SplitMix64.For(seed, ConnectivityStream, 0);
        var contact = p.InterneuronConnectionProbability;
        int aBeta = p.ABetaFibres, aDelta = p.ADeltaFibres;
        var table = new SynapseTable.Builder(aBeta + aDelta + p.CFibres);
        for (var f = 0; f < aBeta + aDelta + p.CFibres; f++)
        {
            if (f < aBeta)
            {
                foreach (var cell in inhibitory)
                    if (rng.NextDouble() < contact)
                        table.Add(f, Receptor.Channel(cell, Receptor.Ampa), p.ABetaToInhibitoryWeight * scale[cell], SynapseDepression.ABetaToInhibitory);
                table.Add(f, Receptor.Channel(wdr, Receptor.Ampa), p.ABetaToWdrWeight, SynapseDepression.ABetaToWdr);
            }
            else if (f < aBeta + aDelta)
            {
                table.Add(f, Receptor.Channel(wdr, Receptor.Ampa), p.ADeltaToWdrWeight);
            }
            else
            {
                foreach (var cell in excitatory)
                {
                    if (rng.NextDouble() >= contact) continue;
                    table.Add(f, Receptor.Channel(cell, Receptor.Ampa), p.CToExcitatoryAmpaWeight * scale[cell]);
                    table.Add(f, Receptor.Channel(cell, Receptor.Nmda), p.CToExcitatoryNmdaWeight * scale[cell]);
                }
                table.Add(f, Receptor.Channel(wdr, Receptor.Ampa), p.CToWdrAmpaWeight);
                table.Add(f, Receptor.Channel(wdr, Receptor.Nmda), p.CToWdrNmdaWeight);
            }
        }
        return table.Build();
    }

    /// <summary>Excitatory interneurons → WDR (AMPA + NMDA); local inhibitory → WDR and excitatory interneurons, surround
    /// inhibitory → WDR (GABA-A + glycine, split by <see cref="GateControlParameters.GlycineShare"/>).</summary>
    private static SynapseTable CellSynapses(GateControlParameters p, int[] excitatory, int[] local, int[] surround, int wdr, int cells, double[] scale)
    {
        var table = new SynapseTable.Builder(cells);
        void Inhibit(int from, int to, double weight)
        {
            table.Add(from, Receptor.Channel(to, Receptor.GabaA), weight * scale[to] * p.InhibitionScale * (1 - p.GlycineShare));
            table.Add(from, Receptor.Channel(to, Receptor.Glycine), weight * scale[to] * p.InhibitionScale * p.GlycineShare);
        }
        foreach (var e in excitatory)
        {
            table.Add(e, Receptor.Channel(wdr, Receptor.Ampa), p.ExcitatoryToWdrAmpaWeight);
            table.Add(e, Receptor.Channel(wdr, Receptor.Nmda), p.ExcitatoryToWdrNmdaWeight);
        }
        foreach (var l in local)
        {
            Inhibit(l, wdr, p.LocalInhibitoryToWdrWeight);
            foreach (var e in excitatory) Inhibit(l, e, p.LocalInhibitoryToExcitatoryWeight);
        }
        foreach (var s in surround) Inhibit(s, wdr, p.SurroundInhibitoryToWdrWeight);
        return table.Build();
    }
}
