namespace ScsSim.DorsalHorn;

/// <summary>
/// The gate-control network of the dorsal horn: input spike trains in, WDR (projection neuron) spikes out.
/// Build once per (parameters, seed) and run any number of inputs, from any number of threads.
/// </summary>
/// <remarks>
/// <para>Structure after Zhang, Janik &amp; Grill 2014 (J Neurophysiol 2014; ModelDB 168414): A-beta inputs excite local and surround
/// inhibitory interneurons (IN) and, weakly, the WDR neuron; A-delta inputs excite the WDR neuron; C inputs excite excitatory
/// interneurons (EX) and the WDR neuron (AMPA + NMDA); EX excite the WDR neuron (AMPA + NMDA); local IN inhibit EX and WDR,
/// surround IN inhibit WDR (GABA-A + glycine). This is Melzack &amp; Wall's gate (Science 150:971, 1965) made of cells.</para>
/// <para>Numerics: fixed step (default 0.025 ms). Each cell's summed AMPA, NMDA (dual exponential, Mg block after Jahr &amp;
/// Stevens 1990), GABA-A and glycine conductances decay exponentially with exact per-step factors; the membrane
/// (conductance-based leaky integrate-and-fire) advances by exponential Euler (exact for conductances constant over a step).
/// Spikes are delivered as events through a ring buffer after the synaptic delay. A-beta synapses depress
/// (Tsodyks &amp; Markram 1997, PNAS 94:719), their efficacy computed at each input spike.</para>
/// <para>Mechanisms of the frequency dependence, both modelled: A-beta refractoriness (fibres skip pulses above a few hundred
/// Hz) and short-term depression of A-beta synapses (each spike delivers less as the rate rises, so kilohertz trains give
/// a small, smooth conductance that does not fire the inhibitory interneurons).</para>
/// </remarks>
internal sealed class GateControlNetwork
{
    /// <summary>Steps per chunk: inputs are pulled, sorted and delivered one chunk at a time.</summary>
    internal const int ChunkSteps = 4096;

    /// <summary>Conductances are flushed to 0 below this every <see cref="FlushIntervalSteps"/> steps: decayed values would
    /// otherwise become subnormal numbers, which are slow; 1e-30 of the leak conductance has no effect on the membrane.</summary>
    private const double SubnormalFloor = 1e-30;

    /// <summary>How often (a power of two, in steps) conductances are flushed.</summary>
    private const int FlushIntervalSteps = 1024;

    /// <summary>NMDA conductance below which the magnesium block is not evaluated (it would add less than 1e-9 of the leak).</summary>
    private const double NmdaNegligible = 1e-9;

    private readonly NetworkConnectivity _cells;
    private readonly CellKinetics _kinetics;
    private readonly int _aBeta, _aDelta, _c;

    /// <summary>Builds a network (connectivity drawn from the seed).</summary>
    /// <param name="parameters">Parameters (default <see cref="GateControlParameters.Default"/>).</param>
    /// <param name="seed">Connectivity seed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public GateControlNetwork(GateControlParameters? parameters = null, ulong seed = 0)
    {
        Parameters = parameters ?? GateControlParameters.Default;
        Parameters.Validate();
        Seed = seed;
        _aBeta = Parameters.ABetaFibres; _aDelta = Parameters.ADeltaFibres; _c = Parameters.CFibres;
        _cells = NetworkConnectivity.Build(Parameters, seed);
        _kinetics = new CellKinetics(Parameters, _cells.Kinds);
    }

    /// <summary>The parameters.</summary>
    public GateControlParameters Parameters { get; }

    /// <summary>The connectivity seed.</summary>
    public ulong Seed { get; }

    /// <summary>Kind of each cell; the WDR neuron is last.</summary>
    internal IReadOnlyList<CellKind> CellKinds => _cells.Kinds;

    /// <summary>Runs the network on the inputs.</summary>
    /// <param name="inputs">Spike trains with the network's fibre counts and time step.</param>
    /// <param name="cancellationToken">Checked every chunk of 4,096 steps (0.1 s of network time at the default step).</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentNullException">The inputs are null.</exception>
    /// <exception cref="ArgumentException">The inputs' fibre counts or time step differ from the network's.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public NetworkActivity Simulate(InputSpikeTrains inputs, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(inputs, nameof(inputs));
        var p = Parameters;
        if (inputs.ABetaCount != _aBeta || inputs.ADeltaCount != _aDelta || inputs.CCount != _c)
            throw new ArgumentException($"inputs have {inputs.ABetaCount}/{inputs.ADeltaCount}/{inputs.CCount} A-beta/A-delta/C fibres; the network expects {_aBeta}/{_aDelta}/{_c}.", nameof(inputs));
        if (inputs.TimeStep != p.TimeStep)
            throw new ArgumentException($"inputs use a time step of {inputs.TimeStep}; the network uses {p.TimeStep}.", nameof(inputs));
        return Run(inputs.Plan(), null, cancellationToken);
    }

    /// <summary>
    /// Runs the network on streamed inputs (the plan must match the network's fibre counts and time step). Input spikes are
    /// pulled chunk by chunk, so memory is bounded by one chunk's events plus the WDR output.
    /// </summary>
    /// <param name="inputs">The plan.</param>
    /// <param name="spikesPerFibre">When not null (one entry per fibre), receives the input spikes delivered per fibre.</param>
    /// <param name="cancellationToken">Checked once per chunk.</param>
    /// <param name="measureFromStep">The C-fibre response counts the volleys from this step on (a warm-up before it is discarded).</param>
    internal NetworkActivity Run(InputPlan inputs, long[]? spikesPerFibre, CancellationToken cancellationToken, int measureFromStep = 0)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var steps = inputs.DurationSteps;
        var events = new InputEvents(inputs, Parameters);
        var state = new CellState(_cells.Kinds.Length, _kinetics);
        for (var chunkStart = 0; chunkStart < steps; chunkStart += ChunkSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunkEnd = (int)Math.Min(steps, (long)chunkStart + ChunkSteps);
            events.Fill(chunkEnd, spikesPerFibre);
            IntegrateChunk(chunkStart, chunkEnd, events, state);
        }
        return new NetworkActivity(Parameters.TimeStep, steps, _cells.Kinds, state.SpikeCounts, state.WdrSpikes.ToArray(),
            CFibreResponse(inputs, state.WdrSpikes, measureFromStep));
    }

    /// <summary>Advances every cell through steps [<paramref name="from"/>, <paramref name="to"/>): each step delivers the
    /// input spikes of that step into the synaptic delay ring, then each cell takes what arrives now, integrates its membrane,
    /// fires (queueing its own synapses after the delay) and lets its conductances decay.</summary>
    private void IntegrateChunk(int from, int to, InputEvents events, CellState state)
    {
        var k = _kinetics;
        var n = _cells.Kinds.Length; var wdr = _cells.Wdr; var hasNmda = _cells.HasNmda;
        var fibreSynapses = _cells.FromFibres; var cellSynapses = _cells.FromCells;
        int[] cellStart = cellSynapses.Start, cellChannel = cellSynapses.Channel; var cellWeight = cellSynapses.Weight;
        var potential = state.Potential; var ampa = state.Ampa; var nmdaRise = state.NmdaRise; var nmdaDecay = state.NmdaDecay;
        var gaba = state.GabaA; var glycine = state.Glycine; var refractoryUntil = state.RefractoryUntil;
        var counts = state.SpikeCounts; var ring = state.Ring; var wdrSpikes = state.WdrSpikes;
        var ringSlots = k.RingSlots; var channels = n * Receptor.Count;
        var e = 0;
        for (var s = from; s < to; s++)
        {
            if ((s & (FlushIntervalSteps - 1)) == 0) state.FlushSubnormals();
            var deliverSlot = (s + k.DelaySteps) % ringSlots * channels;
            e = DeliverInputSpikes(events, e, s, fibreSynapses, ring, deliverSlot);
            var arrivalSlot = s % ringSlots * channels;
            for (var i = 0; i < n; i++)
            {
                // Conductance that arrives now (queued one synaptic delay ago); NMDA enters both exponentials of its dual exponential.
                var b = arrivalSlot + i * Receptor.Count;
                ampa[i] += ring[b + Receptor.Ampa]; ring[b + Receptor.Ampa] = 0;
                var nmdaArrival = ring[b + Receptor.Nmda] * k.NmdaPeakNormalisation; ring[b + Receptor.Nmda] = 0;
                nmdaRise[i] += nmdaArrival; nmdaDecay[i] += nmdaArrival;
                gaba[i] += ring[b + Receptor.GabaA]; ring[b + Receptor.GabaA] = 0;
                glycine[i] += ring[b + Receptor.Glycine]; ring[b + Receptor.Glycine] = 0;

                if (s < refractoryUntil[i]) { potential[i] = k.ResetMv; }
                else
                {
                    var nmda = hasNmda[i] ? UnblockedNmda(nmdaDecay[i] - nmdaRise[i], potential[i], k.MagnesiumOverHalfBlockMm) : 0.0;
                    var v = MembraneStep(potential[i], ampa[i] + nmda, gaba[i], glycine[i], k.DtOverTau[i], k);
                    if (v >= k.ThresholdMv)
                    {
                        counts[i]++;
                        if (i == wdr) wdrSpikes.Add(s);
                        v = k.ResetMv;
                        refractoryUntil[i] = s + 1 + k.RefractorySteps;
                        for (var j = cellStart[i]; j < cellStart[i + 1]; j++) ring[deliverSlot + cellChannel[j]] += cellWeight[j];
                    }
                    potential[i] = v;
                }
                ampa[i] *= k.AmpaDecayPerStep; nmdaRise[i] *= k.NmdaRisePerStep; nmdaDecay[i] *= k.NmdaDecayPerStep;
                gaba[i] *= k.GabaDecayPerStep; glycine[i] *= k.GlycineDecayPerStep;
            }
        }
    }

    /// <summary>Queues the synapses of the input spikes of step <paramref name="step"/> (events from index <paramref name="e"/>)
    /// into the ring slot <paramref name="deliverSlot"/>, one synaptic delay ahead, each scaled by its depression efficacy.
    /// Returns the index of the first event of a later step.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int DeliverInputSpikes(InputEvents events, int e, int step, SynapseTable synapses, double[] ring, int deliverSlot)
    {
        var evStep = events.Step; var evFibre = events.Fibre; var efficacy = events.Efficacy; var count = events.Count;
        int[] start = synapses.Start, channel = synapses.Channel; var weight = synapses.Weight; var depression = synapses.Depression;
        for (; e < count && evStep[e] == step; e++)
        {
            var f = evFibre[e];
            for (var j = start[f]; j < start[f + 1]; j++)
            {
                var d = depression[j];
                ring[deliverSlot + channel[j]] += weight[j] * (d == SynapseDepression.None ? 1.0 : efficacy[2 * e + (int)d - 1]);
            }
        }
        return e;
    }

    /// <summary>
    /// NMDA conductance left by the voltage-dependent magnesium block of Jahr &amp; Stevens 1990 (J Neurosci 10:3178, eq. 4
    /// of the fit): g / (1 + [Mg]/3.57 mM × exp(-0.062/mV × V)).
    /// </summary>
    /// <param name="conductance">Unblocked conductance (decay minus rise exponential).</param>
    /// <param name="potentialMv">Membrane potential, mV.</param>
    /// <param name="magnesiumOverHalfBlock">[Mg] / 3.57 mM.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double UnblockedNmda(double conductance, double potentialMv, double magnesiumOverHalfBlock) =>
        conductance > NmdaNegligible ? conductance / (1 + magnesiumOverHalfBlock * Math.Exp(-CellKinetics.MagnesiumBlockSlopePerMv * potentialMv)) : 0.0;

    /// <summary>One exponential-Euler step of a conductance-based leaky integrate-and-fire membrane (conductances in units of the
    /// leak): exact when the conductances are constant over the step.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double MembraneStep(double potentialMv, double excitatory, double gaba, double glycine, double dtOverTau, CellKinetics k)
    {
        var total = 1 + excitatory + gaba + glycine;
        var steady = (k.RestingMv + excitatory * k.ExcitatoryReversalMv + gaba * k.GabaReversalMv + glycine * k.GlycineReversalMv) / total;
        return steady + (potentialMv - steady) * ExpMinus(dtOverTau * total);
    }

    /// <summary>Mean WDR spikes per C volley within the response window after it, over the volleys from step
    /// <paramref name="fromStep"/> on (NaN without such volleys).</summary>
    private static double CFibreResponse(InputPlan inputs, List<int> wdrSpikes, int fromStep)
    {
        long total = 0, volleys = 0;
        foreach (var volley in inputs.CVolleySteps)
        {
            if (volley < fromStep) continue;
            volleys++;
            foreach (var spike in wdrSpikes) if (spike >= volley && spike < volley + inputs.ResponseWindowSteps) total++;
        }
        return volleys == 0 ? double.NaN : total / (double)volleys;
    }

    /// <summary>exp(-x) for x ≥ 0: a 5th-order Taylor polynomial for the small arguments of a membrane step (relative error
    /// below 1.5e-9 for x ≤ 0.05), <see cref="Math.Exp"/> beyond.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double ExpMinus(double x)
    {
        if (x > 0.05) return Math.Exp(-x);
        return 1 - x * (1 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24 - x * (1.0 / 120)))));
    }

    /// <summary>The state of every cell during a run: membrane potential, the five conductance state variables, refractoriness,
    /// spike counts, and the ring of conductance queued for delivery one synaptic delay later.</summary>
    private sealed class CellState
    {
        public CellState(int cells, CellKinetics k)
        {
            Potential = new double[cells]; Array.Fill(Potential, k.RestingMv);
            Ampa = new double[cells]; NmdaRise = new double[cells]; NmdaDecay = new double[cells];
            GabaA = new double[cells]; Glycine = new double[cells];
            RefractoryUntil = new int[cells]; SpikeCounts = new int[cells];
            Ring = new double[k.RingSlots * cells * Receptor.Count];
        }

        public double[] Potential { get; }
        public double[] Ampa { get; }
        public double[] NmdaRise { get; }
        public double[] NmdaDecay { get; }
        public double[] GabaA { get; }
        public double[] Glycine { get; }
        public int[] RefractoryUntil { get; }
        public int[] SpikeCounts { get; }
        public double[] Ring { get; }
        public List<int> WdrSpikes { get; } = [];

        public void FlushSubnormals()
        {
            Flush(Ampa); Flush(NmdaRise); Flush(NmdaDecay); Flush(GabaA); Flush(Glycine);
            static void Flush(double[] g) { for (var i = 0; i < g.Length; i++) if (g[i] < SubnormalFloor) g[i] = 0; }
        }
    }
}
