using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ScsSim.DorsalHorn;

/// <summary>
/// Integrates the cells of one network four at a time, one <see cref="Vector256{T}"/> lane per cell. Every lane does exactly
/// the arithmetic of one cell (with <see cref="ReproducibleExp"/>, not the platform's exp), so a run gives the same spikes
/// whatever the grouping and on any machine; cells interact only through the synaptic delay ring, one delay later, so their
/// order within a step is free.
/// </summary>
/// <remarks>
/// <para>Lanes: cells with any receptor besides AMPA come first (with the default network, the excitatory interneurons and
/// the WDR neuron: one vector), then the cells that receive only AMPA (the inhibitory interneurons), padded with silent
/// cells to whole vectors. A vector of AMPA-only cells skips the NMDA, GABA-A and glycine arithmetic, whose terms would be
/// exactly zero for it; a vector whose NMDA conductance is negligible in every lane skips the magnesium block.</para>
/// <para>Per step: the input spikes of the step are queued one synaptic delay ahead; each cell takes the conductance that
/// arrives now, advances its membrane by exponential Euler (exact for conductances constant over the step), fires
/// (queueing its own synapses one delay ahead) and lets its conductances decay by their exact per-step factors.</para>
/// </remarks>
internal sealed class CellIntegrator
{
    private const int Width = 4; // Vector256<double>.Count

    /// <summary>How often (a power of two, in steps) conductances are flushed (<see cref="CellState.FlushSubnormals"/>).</summary>
    private const int FlushIntervalSteps = 1024;

    /// <summary>NMDA conductance below which the magnesium block is not evaluated (it would add less than 1e-9 of the leak).</summary>
    private const double NmdaNegligible = 1e-9;

    private readonly CellKinetics _k;
    private readonly NetworkConnectivity _cells;
    private readonly int _lanes, _allReceptorLanes;
    private readonly int[] _cellOfLane, _laneOfCell;
    private readonly double[] _dtOverTau;
    private readonly int[] _fibreOffset, _cellOffset;

    /// <summary>1 in the lanes of inhibitory interneurons, 0 elsewhere (where a direct kilohertz drive acts).</summary>
    private readonly double[] _inhibitoryLane;

    public CellIntegrator(NetworkConnectivity cells, CellKinetics kinetics)
    {
        _cells = cells; _k = kinetics;
        var n = cells.Kinds.Length;
        var ampaOnly = new bool[n];
        Array.Fill(ampaOnly, true);
        foreach (var ch in cells.FromFibres.Channel.Concat(cells.FromCells.Channel))
            if (ch % Receptor.Count != Receptor.Ampa) ampaOnly[ch / Receptor.Count] = false;
        // Cells with other receptors fill the first vectors, AMPA-only cells the next ones; each set keeps the cell order.
        var full = Enumerable.Range(0, n).Where(i => !ampaOnly[i]).ToArray();
        var onlyAmpa = Enumerable.Range(0, n).Where(i => ampaOnly[i]).ToArray();
        _allReceptorLanes = RoundUp(full.Length);
        _lanes = _allReceptorLanes + RoundUp(onlyAmpa.Length);
        _cellOfLane = new int[_lanes]; Array.Fill(_cellOfLane, -1);
        _laneOfCell = new int[n];
        _dtOverTau = new double[_lanes]; // 0 for padding: a silent cell stays at rest
        for (var i = 0; i < full.Length; i++) Place(full[i], i);
        for (var i = 0; i < onlyAmpa.Length; i++) Place(onlyAmpa[i], _allReceptorLanes + i);
        _inhibitoryLane = new double[_lanes];
        for (var lane = 0; lane < _lanes; lane++)
            if (_cellOfLane[lane] >= 0 && cells.Kinds[_cellOfLane[lane]] is CellKind.LocalInhibitory or CellKind.SurroundInhibitory)
                _inhibitoryLane[lane] = 1;
        _fibreOffset = RingOffsets(cells.FromFibres);
        _cellOffset = RingOffsets(cells.FromCells);

        static int RoundUp(int count) => (count + Width - 1) / Width * Width;
        void Place(int cell, int lane) { _cellOfLane[lane] = cell; _laneOfCell[cell] = lane; _dtOverTau[lane] = kinetics.DtOverTau[cell]; }
    }

    /// <summary>A fresh state: every cell at rest, no conductance, nothing queued.</summary>
    public CellState NewState() => new(_cells.Kinds.Length, _lanes, _k);

    /// <summary>Advances every cell through steps [<paramref name="from"/>, <paramref name="to"/>), with the inhibitory
    /// interneurons' direct kilohertz drive <paramref name="tonic"/> (null: none) on during its window.</summary>
    public void IntegrateChunk(int from, int to, InputEvents events, CellState state, InterneuronTonicDrive? tonic = null)
    {
        var stride = Receptor.Count * _lanes;
        var ringSlots = _k.RingSlots;
        var ringLength = ringSlots * stride;
        var arrival = from % ringSlots * stride;                     // slot of step s
        var deliverSlot = (from + _k.DelaySteps) % ringSlots * stride; // slot of step s + delay
        var e = 0;
        var lanes = new LaneRefs(this, state);
        for (var s = from; s < to; s++, arrival = Next(arrival), deliverSlot = Next(deliverSlot))
        {
            if ((s & (FlushIntervalSteps - 1)) == 0) state.FlushSubnormals();
            if (tonic is not null && (s == from || s == tonic.FromStep || s == tonic.ToStep)) SetTonic(state, tonic, s);
            e = DeliverInputSpikes(events, e, s, state.Ring, deliverSlot);
            var c = 0;
            for (; c < _allReceptorLanes; c += Width) Integrate<AllReceptors>(ref lanes, state, c, s, arrival, deliverSlot);
            for (; c < _lanes; c += Width) Integrate<AmpaOnly>(ref lanes, state, c, s, arrival, deliverSlot);
        }

        int Next(int slot) => slot + stride == ringLength ? 0 : slot + stride;
    }

    /// <summary>Switches the direct drive on or off for step <paramref name="s"/> (it holds until the next switch).</summary>
    private void SetTonic(CellState state, InterneuronTonicDrive tonic, int s)
    {
        var on = s >= tonic.FromStep && s < tonic.ToStep;
        for (var lane = 0; lane < _lanes; lane++) state.Tonic[lane] = on ? tonic.Conductance * _inhibitoryLane[lane] : 0;
    }

    /// <summary>Which receptors a vector of cells has (a compile-time switch: the JIT specialises <see cref="Integrate"/> for each).</summary>
    private interface IReceptorSet { static abstract bool OnlyAmpa { get; } }
    private struct AllReceptors : IReceptorSet { public static bool OnlyAmpa => false; }
    private struct AmpaOnly : IReceptorSet { public static bool OnlyAmpa => true; }

    /// <summary>The state arrays and the per-step constants of a chunk, taken once (references and broadcast vectors, so
    /// the per-vector step reads no object field).</summary>
    private ref struct LaneRefs
    {
        public ref double Potential, Ampa, NmdaRise, NmdaDecay, Gaba, Glycine, Tonic, RefractoryUntil, DtOverTau, Ring;
        public Vector256<double> NmdaNormalisation, Magnesium, MinusBlockSlope, Resting, Threshold, Reset, ExcitatoryReversal,
            GabaReversal, GlycineReversal, AmpaDecay, NmdaRiseDecay, NmdaDecayDecay, GabaDecay, GlycineDecay;
        public int Lanes;

        public LaneRefs(CellIntegrator integrator, CellState state)
        {
            var k = integrator._k;
            Potential = ref MemoryMarshal.GetArrayDataReference(state.Potential);
            Ampa = ref MemoryMarshal.GetArrayDataReference(state.Ampa);
            NmdaRise = ref MemoryMarshal.GetArrayDataReference(state.NmdaRise);
            NmdaDecay = ref MemoryMarshal.GetArrayDataReference(state.NmdaDecay);
            Gaba = ref MemoryMarshal.GetArrayDataReference(state.GabaA);
            Glycine = ref MemoryMarshal.GetArrayDataReference(state.Glycine);
            Tonic = ref MemoryMarshal.GetArrayDataReference(state.Tonic);
            RefractoryUntil = ref MemoryMarshal.GetArrayDataReference(state.RefractoryUntil);
            DtOverTau = ref MemoryMarshal.GetArrayDataReference(integrator._dtOverTau);
            Ring = ref MemoryMarshal.GetArrayDataReference(state.Ring);
            Lanes = integrator._lanes;
            NmdaNormalisation = Vector256.Create(k.NmdaPeakNormalisation);
            Magnesium = Vector256.Create(k.MagnesiumOverHalfBlockMm);
            MinusBlockSlope = Vector256.Create(-CellKinetics.MagnesiumBlockSlopePerMv);
            Resting = Vector256.Create(k.RestingMv); Threshold = Vector256.Create(k.ThresholdMv); Reset = Vector256.Create(k.ResetMv);
            ExcitatoryReversal = Vector256.Create(k.ExcitatoryReversalMv);
            GabaReversal = Vector256.Create(k.GabaReversalMv); GlycineReversal = Vector256.Create(k.GlycineReversalMv);
            AmpaDecay = Vector256.Create(k.AmpaDecayPerStep);
            NmdaRiseDecay = Vector256.Create(k.NmdaRisePerStep); NmdaDecayDecay = Vector256.Create(k.NmdaDecayPerStep);
            GabaDecay = Vector256.Create(k.GabaDecayPerStep); GlycineDecay = Vector256.Create(k.GlycineDecayPerStep);
        }
    }

    /// <summary>One step of the four cells in lanes [<paramref name="c"/>, c + 4).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Integrate<TReceptors>(ref LaneRefs r, CellState state, int c, int s, int arrival, int deliverSlot)
        where TReceptors : struct, IReceptorSet
    {
        var lanes = r.Lanes;
        var at = (nuint)c;
        var one = Vector256<double>.One;
        ref var slot = ref Unsafe.Add(ref r.Ring, arrival + c);

        // Conductance that arrives now (queued one synaptic delay ago).
        var gAmpa = Vector256.LoadUnsafe(ref r.Ampa, at) + Vector256.LoadUnsafe(ref slot, (nuint)(Receptor.Ampa * lanes));
        Vector256<double>.Zero.StoreUnsafe(ref slot, (nuint)(Receptor.Ampa * lanes));
        var v0 = Vector256.LoadUnsafe(ref r.Potential, at);
        var tonic = Vector256.LoadUnsafe(ref r.Tonic, at); // direct kilohertz drive (0 without): excitatory, not decaying
        Vector256<double> steady, total;
        if (TReceptors.OnlyAmpa)
        {
            var excitatory = gAmpa + tonic;
            total = one + excitatory;
            steady = (r.Resting + excitatory * r.ExcitatoryReversal) / total;
        }
        else
        {
            // NMDA enters both exponentials of its dual exponential.
            var nmdaArrival = Vector256.LoadUnsafe(ref slot, (nuint)(Receptor.Nmda * lanes)) * r.NmdaNormalisation;
            var rise = Vector256.LoadUnsafe(ref r.NmdaRise, at) + nmdaArrival;
            var decay = Vector256.LoadUnsafe(ref r.NmdaDecay, at) + nmdaArrival;
            var gGaba = Vector256.LoadUnsafe(ref r.Gaba, at) + Vector256.LoadUnsafe(ref slot, (nuint)(Receptor.GabaA * lanes));
            var gGlycine = Vector256.LoadUnsafe(ref r.Glycine, at) + Vector256.LoadUnsafe(ref slot, (nuint)(Receptor.Glycine * lanes));
            Vector256<double>.Zero.StoreUnsafe(ref slot, (nuint)(Receptor.Nmda * lanes));
            Vector256<double>.Zero.StoreUnsafe(ref slot, (nuint)(Receptor.GabaA * lanes));
            Vector256<double>.Zero.StoreUnsafe(ref slot, (nuint)(Receptor.Glycine * lanes));

            // Magnesium block (Jahr & Stevens 1990, J Neurosci 10:3178, eq. 4 of the fit): g / (1 + [Mg]/3.57 mM × exp(-0.062/mV × V)).
            var unblocked = decay - rise;
            var hasNmda = Vector256.GreaterThan(unblocked, Vector256.Create(NmdaNegligible));
            var nmda = hasNmda == Vector256<double>.Zero ? Vector256<double>.Zero : Vector256.ConditionalSelect(hasNmda,
                unblocked / (one + r.Magnesium * ReproducibleExp.Vector(r.MinusBlockSlope * v0)), Vector256<double>.Zero);
            var excitatory = gAmpa + nmda + tonic;
            total = one + excitatory + gGaba + gGlycine;
            steady = (r.Resting + excitatory * r.ExcitatoryReversal + gGaba * r.GabaReversal + gGlycine * r.GlycineReversal) / total;
            (rise * r.NmdaRiseDecay).StoreUnsafe(ref r.NmdaRise, at);
            (decay * r.NmdaDecayDecay).StoreUnsafe(ref r.NmdaDecay, at);
            (gGaba * r.GabaDecay).StoreUnsafe(ref r.Gaba, at);
            (gGlycine * r.GlycineDecay).StoreUnsafe(ref r.Glycine, at);
        }

        // Exponential Euler of the conductance-based membrane (conductances in units of the leak).
        var v = steady + (v0 - steady) * ExpMinus(Vector256.LoadUnsafe(ref r.DtOverTau, at) * total);
        var isRefractory = Vector256.LessThan(Vector256.Create((double)s), Vector256.LoadUnsafe(ref r.RefractoryUntil, at));
        var fired = Vector256.AndNot(Vector256.GreaterThanOrEqual(v, r.Threshold), isRefractory);
        Vector256.ConditionalSelect(isRefractory | fired, r.Reset, v).StoreUnsafe(ref r.Potential, at);
        (gAmpa * r.AmpaDecay).StoreUnsafe(ref r.Ampa, at);
        // Spikes last, so that no vector is live across the (rare) call and none is spilled on the common path.
        for (var firing = fired.ExtractMostSignificantBits(); firing != 0; firing &= firing - 1)
            Fire(state, c + BitOperations.TrailingZeroCount(firing), s, deliverSlot);
    }

    /// <summary>A spike of the cell in <paramref name="lane"/> at step <paramref name="s"/>: counted, made refractory, and its
    /// synapses queued one delay ahead.</summary>
    private void Fire(CellState state, int lane, int s, int deliverSlot)
    {
        var cell = _cellOfLane[lane];
        state.SpikeCounts[cell]++;
        if (cell == _cells.Wdr) state.WdrSpikes.Add(s);
        state.RefractoryUntil[lane] = s + 1 + _k.RefractorySteps;
        var synapses = _cells.FromCells; var ring = state.Ring;
        for (var j = synapses.Start[cell]; j < synapses.Start[cell + 1]; j++) ring[deliverSlot + _cellOffset[j]] += synapses.Weight[j];
    }

    /// <summary>Queues the synapses of the input spikes of step <paramref name="step"/> (events from index <paramref name="e"/>)
    /// into the ring slot starting at <paramref name="deliverSlot"/>, one synaptic delay ahead, each scaled by its depression
    /// efficacy. Returns the index of the first event of a later step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int DeliverInputSpikes(InputEvents events, int e, int step, double[] ring, int deliverSlot)
    {
        var evStep = events.Step; var evFibre = events.Fibre; var efficacy = events.Efficacy; var count = events.Count;
        var synapses = _cells.FromFibres; var offset = _fibreOffset;
        int[] start = synapses.Start; var weight = synapses.Weight; var depression = synapses.Depression;
        for (; e < count && evStep[e] == step; e++)
        {
            var f = evFibre[e];
            for (var j = start[f]; j < start[f + 1]; j++)
            {
                var d = depression[j];
                ring[deliverSlot + offset[j]] += weight[j] * (d == SynapseDepression.None ? 1.0 : efficacy[2 * e + (int)d - 1]);
            }
        }
        return e;
    }

    /// <summary>Where each synapse's channel (cell × receptor) lives in a ring slot: receptor-major by lane, so one receptor
    /// of four neighbouring lanes is one vector.</summary>
    private int[] RingOffsets(SynapseTable synapses) =>
        synapses.Channel.Select(ch => ch % Receptor.Count * _lanes + _laneOfCell[ch / Receptor.Count]).ToArray();

    /// <summary>exp(-x) for x ≥ 0, lane by lane: a 5th-order Taylor polynomial for the small arguments of a membrane step
    /// (relative error below 1.5e-9 for x ≤ 0.05), <see cref="ReproducibleExp"/> beyond (computed only when a lane needs it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> ExpMinus(Vector256<double> x)
    {
        var taylor = Vector256<double>.One - x * (Vector256<double>.One - x * (Vector256.Create(0.5) - x * (Vector256.Create(1.0 / 6)
            - x * (Vector256.Create(1.0 / 24) - x * Vector256.Create(1.0 / 120)))));
        var large = Vector256.GreaterThan(x, Vector256.Create(0.05));
        return large == Vector256<double>.Zero ? taylor : Vector256.ConditionalSelect(large, ReproducibleExp.Vector(-x), taylor);
    }
}

/// <summary>The state of every lane during a run: membrane potential, the five conductance state variables, refractoriness,
/// and the ring of conductance queued for delivery one synaptic delay later; spike counts per cell and the WDR spikes.</summary>
internal sealed class CellState
{
    /// <summary>Conductances below this (in units of the leak) are set to 0 by <see cref="FlushSubnormals"/>: 1e-30 of the
    /// leak has no effect on the membrane.</summary>
    private const double SubnormalFloor = 1e-30;

    public CellState(int cells, int lanes, CellKinetics k)
    {
        Potential = new double[lanes]; Array.Fill(Potential, k.RestingMv);
        Ampa = new double[lanes]; NmdaRise = new double[lanes]; NmdaDecay = new double[lanes];
        GabaA = new double[lanes]; Glycine = new double[lanes]; Tonic = new double[lanes];
        RefractoryUntil = new double[lanes]; SpikeCounts = new int[cells];
        Ring = new double[k.RingSlots * lanes * Receptor.Count];
    }

    public double[] Potential { get; }
    public double[] Ampa { get; }
    public double[] NmdaRise { get; }
    public double[] NmdaDecay { get; }
    public double[] GabaA { get; }
    public double[] Glycine { get; }

    /// <summary>Constant excitatory conductance of each lane (the direct kilohertz drive; 0 without).</summary>
    public double[] Tonic { get; }

    /// <summary>First step at which each lane's cell may fire again (a double, compared four lanes at a time).</summary>
    public double[] RefractoryUntil { get; }

    public int[] SpikeCounts { get; }
    public double[] Ring { get; }
    public List<int> WdrSpikes { get; } = [];

    /// <summary>Sets conductances below 1e-30 of the leak to 0 (decayed values would become slow subnormal numbers and
    /// have no effect on the membrane).</summary>
    public void FlushSubnormals()
    {
        Flush(Ampa); Flush(NmdaRise); Flush(NmdaDecay); Flush(GabaA); Flush(Glycine);
        static void Flush(double[] g) { for (var i = 0; i < g.Length; i++) if (g[i] < SubnormalFloor) g[i] = 0; }
    }
}
