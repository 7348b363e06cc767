namespace ScsSim.DorsalHorn;

/// <summary>Kind of network cell.</summary>
public enum CellKind
{
    /// <summary>Excitatory interneuron (relays C input to the WDR neuron).</summary>
    Excitatory,

    /// <summary>Local inhibitory interneuron (A-beta driven; GABA-A and glycine onto excitatory interneurons and the WDR neuron).</summary>
    LocalInhibitory,

    /// <summary>Surround inhibitory interneuron (A-beta driven; GABA-A and glycine onto the WDR neuron).</summary>
    SurroundInhibitory,

    /// <summary>Wide-dynamic-range projection neuron (the output).</summary>
    Wdr,
}

/// <summary>What the network did in one run.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed class NetworkActivity
{
    private readonly int[] _wdr; // ascending

    internal NetworkActivity(double timeStepMs, int durationSteps, CellKind[] kinds, int[] spikeCounts, int[] wdrSpikeSteps, double cResponse)
    {
        TimeStepMs = timeStepMs; DurationSteps = durationSteps; CellKinds = kinds; SpikeCounts = spikeCounts;
        WdrSpikeSteps = wdrSpikeSteps; CFibreResponse = cResponse; _wdr = wdrSpikeSteps;
    }

    /// <summary>Time step, ms.</summary>
    public double TimeStepMs { get; }

    /// <summary>Run length, steps.</summary>
    public int DurationSteps { get; }

    /// <summary>Run length, s.</summary>
    public double DurationSeconds => DurationSteps * TimeStepMs / 1000;

    /// <summary>Kind of each cell (index as in <see cref="SpikeCounts"/>; the WDR neuron is last).</summary>
    public IReadOnlyList<CellKind> CellKinds { get; }

    /// <summary>Spikes fired by each cell.</summary>
    public IReadOnlyList<int> SpikeCounts { get; }

    /// <summary>The steps at which the WDR neuron fired.</summary>
    public IReadOnlyList<int> WdrSpikeSteps { get; }

    /// <summary>WDR firing rate over the run, Hz.</summary>
    public double WdrRateHz => WdrSpikeSteps.Count / DurationSeconds;

    /// <summary>Mean WDR spikes per C volley within the response window (NaN when the inputs had no volleys).</summary>
    public double CFibreResponse { get; }

    /// <summary>Mean firing rate of the cells of one kind, Hz.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Rate per cell, Hz (NaN when there is no such cell).</returns>
    public double MeanRateHz(CellKind kind)
    {
        int n = 0; long s = 0;
        for (var i = 0; i < CellKinds.Count; i++) if (CellKinds[i] == kind) { n++; s += SpikeCounts[i]; }
        return n == 0 ? double.NaN : s / (double)n / DurationSeconds;
    }

    /// <summary>WDR spikes counted in [<paramref name="fromSeconds"/>, <paramref name="toSeconds"/>).</summary>
    /// <param name="fromSeconds">Window start, s.</param>
    /// <param name="toSeconds">Window end, s; at least the start.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is not finite or reversed.</exception>
    public int WdrSpikesBetween(double fromSeconds, double toSeconds)
    {
        Guard.Finite(fromSeconds, nameof(fromSeconds));
        Guard.InRange(toSeconds, fromSeconds, double.MaxValue, nameof(toSeconds), " s");
        return CountWdrSpikes(fromSeconds, toSeconds);
    }

    /// <summary>WDR spikes with from ≤ step × dt &lt; to, by binary search over the ascending spike steps.</summary>
    internal int CountWdrSpikes(double fromSeconds, double toSeconds)
    {
        var a = fromSeconds * 1000 / TimeStepMs; var b = toSeconds * 1000 / TimeStepMs;
        return Math.Max(0, FirstAtOrAbove(b) - FirstAtOrAbove(a));
    }

    private int FirstAtOrAbove(double bound)
    {
        int lo = 0, hi = _wdr.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_wdr[mid] >= bound) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}

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
public sealed class GateControlNetwork
{
    private const int Ampa = 0, Nmda = 1, Gaba = 2, Gly = 3, Receptors = 4;
    private readonly CellKind[] _kinds;
    private readonly int _wdr;
    // Outgoing synapses of each input fibre (CSR): target channel, weight, depression class (0 none, 1 A-beta->IN, 2 A-beta->other).
    private readonly int[] _inStart, _inChannel, _inDepression;
    private readonly double[] _inWeight;
    // Outgoing synapses of each cell (CSR).
    private readonly int[] _cellStart, _cellChannel;
    private readonly double[] _cellWeight;
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
        var p = Parameters;
        _aBeta = p.ABetaFibres; _aDelta = p.ADeltaFibres; _c = p.CFibres;
        var kinds = new List<CellKind>();
        for (var i = 0; i < p.ExcitatoryInterneurons; i++) kinds.Add(CellKind.Excitatory);
        for (var i = 0; i < p.LocalInhibitoryInterneurons; i++) kinds.Add(CellKind.LocalInhibitory);
        for (var i = 0; i < p.SurroundInhibitoryInterneurons; i++) kinds.Add(CellKind.SurroundInhibitory);
        kinds.Add(CellKind.Wdr);
        _kinds = kinds.ToArray();
        _wdr = _kinds.Length - 1;

        var rng = SplitMix64.For(seed, 10, 0);
        var prob = p.InterneuronConnectionProbability;
        var inh = p.InhibitionScale;
        var inputSyn = new List<(int Fibre, int Ch, double W, int Dep)>();
        int[] Cells(CellKind k) => Enumerable.Range(0, _kinds.Length).Where(i => _kinds[i] == k).ToArray();
        var ex = Cells(CellKind.Excitatory); var inl = Cells(CellKind.LocalInhibitory); var ins = Cells(CellKind.SurroundInhibitory);

        for (var f = 0; f < _aBeta + _aDelta + _c; f++)
        {
            if (f < _aBeta)
            {
                foreach (var cell in inl.Concat(ins))
                    if (rng.NextDouble() < prob) inputSyn.Add((f, cell * Receptors + Ampa, p.ABetaToInhibitoryWeight, 1));
                inputSyn.Add((f, _wdr * Receptors + Ampa, p.ABetaToWdrWeight, 2));
            }
            else if (f < _aBeta + _aDelta)
            {
                inputSyn.Add((f, _wdr * Receptors + Ampa, p.ADeltaToWdrWeight, 0));
            }
            else
            {
                foreach (var cell in ex)
                {
                    if (rng.NextDouble() >= prob) continue;
                    inputSyn.Add((f, cell * Receptors + Ampa, p.CToExcitatoryAmpaWeight, 0));
                    inputSyn.Add((f, cell * Receptors + Nmda, p.CToExcitatoryNmdaWeight, 0));
                }
                inputSyn.Add((f, _wdr * Receptors + Ampa, p.CToWdrAmpaWeight, 0));
                inputSyn.Add((f, _wdr * Receptors + Nmda, p.CToWdrNmdaWeight, 0));
            }
        }
        var fibres = _aBeta + _aDelta + _c;
        _inStart = new int[fibres + 1];
        var ordered = inputSyn.Where(s => s.W > 0).OrderBy(s => s.Fibre).ToArray();
        foreach (var s in ordered) _inStart[s.Fibre + 1]++;
        for (var i = 0; i < fibres; i++) _inStart[i + 1] += _inStart[i];
        _inChannel = ordered.Select(s => s.Ch).ToArray();
        _inWeight = ordered.Select(s => s.W).ToArray();
        _inDepression = ordered.Select(s => s.Dep).ToArray();

        var cellSyn = new List<(int Cell, int Ch, double W)>();
        void Inhibit(int from, int to, double w)
        {
            cellSyn.Add((from, to * Receptors + Gaba, w * inh * (1 - p.GlycineShare)));
            cellSyn.Add((from, to * Receptors + Gly, w * inh * p.GlycineShare));
        }
        foreach (var e in ex)
        {
            cellSyn.Add((e, _wdr * Receptors + Ampa, p.ExcitatoryToWdrAmpaWeight));
            cellSyn.Add((e, _wdr * Receptors + Nmda, p.ExcitatoryToWdrNmdaWeight));
        }
        foreach (var l in inl)
        {
            Inhibit(l, _wdr, p.LocalInhibitoryToWdrWeight);
            foreach (var e in ex) Inhibit(l, e, p.LocalInhibitoryToExcitatoryWeight);
        }
        foreach (var s in ins) Inhibit(s, _wdr, p.SurroundInhibitoryToWdrWeight);
        var cellOrdered = cellSyn.Where(s => s.W > 0).OrderBy(s => s.Cell).ToArray();
        _cellStart = new int[_kinds.Length + 1];
        foreach (var s in cellOrdered) _cellStart[s.Cell + 1]++;
        for (var i = 0; i < _kinds.Length; i++) _cellStart[i + 1] += _cellStart[i];
        _cellChannel = cellOrdered.Select(s => s.Ch).ToArray();
        _cellWeight = cellOrdered.Select(s => s.W).ToArray();
    }

    /// <summary>The parameters.</summary>
    public GateControlParameters Parameters { get; }

    /// <summary>The connectivity seed.</summary>
    public ulong Seed { get; }

    /// <summary>Kind of each cell; the WDR neuron is last.</summary>
    public IReadOnlyList<CellKind> CellKinds => _kinds;

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
        if (Math.Abs(inputs.TimeStepMs - p.TimeStepMs) > 1e-12)
            throw new ArgumentException($"inputs use a time step of {inputs.TimeStepMs} ms; the network uses {p.TimeStepMs} ms.", nameof(inputs));
        return Run(inputs.Plan(), null, cancellationToken);
    }

    /// <summary>Steps per chunk: inputs are pulled, sorted and delivered one chunk at a time.</summary>
    internal const int ChunkSteps = 4096;

    /// <summary>
    /// Runs the network on streamed inputs (the plan must match the network's fibre counts and time step). Input spikes are
    /// pulled chunk by chunk, so memory is bounded by one chunk's events plus the WDR output.
    /// </summary>
    /// <param name="inputs">The plan.</param>
    /// <param name="spikesPerFibre">When not null (one entry per fibre), receives the input spikes delivered per fibre.</param>
    /// <param name="cancellationToken">Checked once per chunk.</param>
    internal NetworkActivity Run(InputPlan inputs, long[]? spikesPerFibre, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var p = Parameters;
        var dt = p.TimeStepMs;
        var steps = inputs.DurationSteps;
        var events = new ChunkedEvents(inputs, p);

        var n = _kinds.Length;
        var channels = n * Receptors;
        var delay = Math.Max(1, (int)Math.Round(p.SynapticDelayMs / dt));
        var ringLength = delay + 1;
        var ring = new double[ringLength * channels];

        var v = new double[n];
        var gA = new double[n]; var nR = new double[n]; var nD = new double[n]; var gG = new double[n]; var gY = new double[n];
        var refractoryUntil = new int[n];
        var counts = new int[n];
        var wdrSpikes = new List<int>();
        var dtOverTau = new double[n];
        for (var i = 0; i < n; i++)
        {
            v[i] = p.RestingPotentialMv;
            dtOverTau[i] = dt / (_kinds[i] == CellKind.Wdr ? p.WdrMembraneTauMs : p.InterneuronMembraneTauMs);
        }
        var hasNmda = new bool[n];
        foreach (var ch in _inChannel.Concat(_cellChannel)) if (ch % Receptors == Nmda) hasNmda[ch / Receptors] = true;

        double decA = Math.Exp(-dt / p.AmpaDecayMs), decR = Math.Exp(-dt / p.NmdaRiseMs), decD = Math.Exp(-dt / p.NmdaDecayMs);
        double decG = Math.Exp(-dt / p.GabaDecayMs), decY = Math.Exp(-dt / p.GlycineDecayMs);
        // Dual-exponential NMDA normalised so a unit weight peaks at 1.
        var tPeak = p.NmdaDecayMs * p.NmdaRiseMs / (p.NmdaDecayMs - p.NmdaRiseMs) * Math.Log(p.NmdaDecayMs / p.NmdaRiseMs);
        var nmdaNorm = 1 / (Math.Exp(-tPeak / p.NmdaDecayMs) - Math.Exp(-tPeak / p.NmdaRiseMs));
        double eL = p.RestingPotentialMv, eE = p.ExcitatoryReversalMv, eG = p.GabaReversalMv, eY = p.GlycineReversalMv;
        var mgFactor = p.MagnesiumMm / 3.57;
        double theta = p.ThresholdMv, reset = p.ResetMv;
        var refractorySteps = (int)Math.Round(p.CellRefractoryMs / dt);

        for (var chunkStart = 0; chunkStart < steps; chunkStart += ChunkSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunkEnd = (int)Math.Min(steps, (long)chunkStart + ChunkSteps);
            events.Fill(chunkEnd, spikesPerFibre);
            var evStep = events.Step; var evFibre = events.Fibre; var evEff = events.Efficacy;
            var evCount = events.Count;
            var e = 0;
            for (var s = chunkStart; s < chunkEnd; s++)
            {
                if ((s & 0x3FF) == 0)
                {
                    // Decayed conductances would otherwise become subnormal numbers, which are slow; below 1e-30 they are 0.
                    for (var i = 0; i < n; i++)
                    {
                        if (gA[i] < 1e-30) gA[i] = 0;
                        if (nR[i] < 1e-30) nR[i] = 0;
                        if (nD[i] < 1e-30) nD[i] = 0;
                        if (gG[i] < 1e-30) gG[i] = 0;
                        if (gY[i] < 1e-30) gY[i] = 0;
                    }
                }
                var deliverSlot = (s + delay) % ringLength * channels;
                // Input spikes arriving at the dorsal horn now reach their targets after the synaptic delay.
                for (; e < evCount && evStep[e] == s; e++)
                {
                    var f = evFibre[e];
                    for (var k = _inStart[f]; k < _inStart[f + 1]; k++)
                    {
                        var dep = _inDepression[k];
                        ring[deliverSlot + _inChannel[k]] += _inWeight[k] * (dep == 0 ? 1.0 : evEff[2 * e + dep - 1]);
                    }
                }
                var slot = s % ringLength * channels;
                for (var i = 0; i < n; i++)
                {
                    var b = slot + i * Receptors;
                    gA[i] += ring[b + Ampa]; ring[b + Ampa] = 0;
                    var inc = ring[b + Nmda] * nmdaNorm; ring[b + Nmda] = 0;
                    nR[i] += inc; nD[i] += inc;
                    gG[i] += ring[b + Gaba]; ring[b + Gaba] = 0;
                    gY[i] += ring[b + Gly]; ring[b + Gly] = 0;

                    if (s < refractoryUntil[i]) { v[i] = reset; }
                    else
                    {
                        var vi = v[i];
                        var gN = 0.0;
                        if (hasNmda[i])
                        {
                            var nm = nD[i] - nR[i];
                            if (nm > 1e-9) gN = nm / (1 + mgFactor * Math.Exp(-0.062 * vi));
                        }
                        var gExc = gA[i] + gN;
                        var total = 1 + gExc + gG[i] + gY[i];
                        var vInf = (eL + gExc * eE + gG[i] * eG + gY[i] * eY) / total;
                        vi = vInf + (vi - vInf) * ExpMinus(dtOverTau[i] * total);
                        if (vi >= theta)
                        {
                            counts[i]++;
                            if (i == _wdr) wdrSpikes.Add(s);
                            vi = reset;
                            refractoryUntil[i] = s + 1 + refractorySteps;
                            for (var k = _cellStart[i]; k < _cellStart[i + 1]; k++) ring[deliverSlot + _cellChannel[k]] += _cellWeight[k];
                        }
                        v[i] = vi;
                    }
                    gA[i] *= decA; nR[i] *= decR; nD[i] *= decD; gG[i] *= decG; gY[i] *= decY;
                }
            }
        }

        var response = double.NaN;
        if (inputs.CVolleySteps.Count > 0)
        {
            long total = 0;
            foreach (var vs in inputs.CVolleySteps)
                foreach (var ws in wdrSpikes) if (ws >= vs && ws < vs + inputs.ResponseWindowSteps) total++;
            response = total / (double)inputs.CVolleySteps.Count;
        }
        return new NetworkActivity(dt, steps, _kinds, counts, wdrSpikes.ToArray(), response);
    }

    /// <summary>exp(-x) for x ≥ 0: a 5th-order Taylor polynomial for the small arguments of a membrane step (relative error
    /// below 1.5e-9 for x ≤ 0.05), <see cref="Math.Exp"/> beyond.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double ExpMinus(double x)
    {
        if (x > 0.05) return Math.Exp(-x);
        return 1 - x * (1 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24 - x * (1.0 / 120)))));
    }

    /// <summary>
    /// The input events of one chunk, sorted by (step, fibre), each with its short-term-depression efficacy per depression
    /// class. Every fibre keeps its own cursor and depression state across chunks, so the events equal those of the whole run
    /// sorted at once. Buffers are reused from chunk to chunk.
    /// </summary>
    private sealed class ChunkedEvents
    {
        private readonly SpikeSource[] _sources;
        private readonly int[] _head;           // next undelivered spike step of each fibre
        private readonly double[] _x1, _x2;     // Tsodyks-Markram resources (A-beta fibres)
        private readonly int[] _last;
        private readonly int _aBeta;
        private readonly GateControlParameters _p;
        private long[] _keys = new long[256];
        private int[] _order = new int[256];
        private double[] _effIn = new double[256], _effOther = new double[256];

        public ChunkedEvents(InputPlan inputs, GateControlParameters p)
        {
            _p = p;
            _aBeta = inputs.ABetaCount;
            var fibres = inputs.FibreCount;
            _sources = new SpikeSource[fibres]; _head = new int[fibres];
            _x1 = new double[fibres]; _x2 = new double[fibres]; _last = new int[fibres];
            for (var f = 0; f < fibres; f++)
            {
                _sources[f] = inputs.Fibre(f);
                _head[f] = _sources[f].Next();
                _x1[f] = 1; _x2[f] = 1; _last[f] = int.MinValue;
            }
        }

        public int Count { get; private set; }
        public int[] Step { get; private set; } = new int[256];
        public int[] Fibre { get; private set; } = new int[256];
        public double[] Efficacy { get; private set; } = new double[512];

        /// <summary>Pulls every spike before <paramref name="end"/>.</summary>
        public void Fill(int end, long[]? spikesPerFibre)
        {
            var k = 0;
            var dt = _p.TimeStepMs;
            for (var f = 0; f < _sources.Length; f++)
            {
                var depress = f < _aBeta;
                var source = _sources[f];
                double x1 = _x1[f], x2 = _x2[f]; var last = _last[f];
                var s = _head[f];
                var first = k;
                for (; s < end; s = source.Next())
                {
                    if (k == _keys.Length) Grow();
                    _keys[k] = ((long)s << 16) | (uint)f;
                    if (depress)
                    {
                        // Tsodyks-Markram: resources recover towards 1 between spikes; each spike releases U of what is available.
                        if (last != int.MinValue)
                        {
                            var gap = (s - last) * dt;
                            x1 = 1 - (1 - x1) * Math.Exp(-gap / _p.ABetaToInhibitoryRecoveryMs);
                            x2 = 1 - (1 - x2) * Math.Exp(-gap / _p.ABetaToWdrRecoveryMs);
                        }
                        // Efficacy relative to a rested synapse (a rested synapse delivers its full weight).
                        _effIn[k] = x1; _effOther[k] = x2;
                        x1 -= _p.ABetaToInhibitoryRelease * x1;
                        x2 -= _p.ABetaToWdrRelease * x2;
                        last = s;
                    }
                    else { _effIn[k] = 0; _effOther[k] = 0; }
                    k++;
                }
                _head[f] = s; _x1[f] = x1; _x2[f] = x2; _last[f] = last;
                if (spikesPerFibre is not null) spikesPerFibre[f] += k - first;
            }
            // Sort events by (step, fibre), carrying the efficacies.
            for (var i = 0; i < k; i++) _order[i] = i;
            Array.Sort(_keys, _order, 0, k);
            if (Step.Length < k) { Step = new int[_keys.Length]; Fibre = new int[_keys.Length]; Efficacy = new double[2 * _keys.Length]; }
            for (var i = 0; i < k; i++)
            {
                Step[i] = (int)(_keys[i] >> 16); Fibre[i] = (int)(_keys[i] & 0xFFFF);
                Efficacy[2 * i] = _effIn[_order[i]]; Efficacy[2 * i + 1] = _effOther[_order[i]];
            }
            Count = k;
        }

        private void Grow()
        {
            var n = _keys.Length * 2;
            Array.Resize(ref _keys, n); Array.Resize(ref _order, n); Array.Resize(ref _effIn, n); Array.Resize(ref _effOther, n);
        }
    }
}
