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
/// (Tsodyks &amp; Markram 1997, PNAS 94:719), their efficacy computed at each input spike. The cells are integrated four at
/// a time, the same bits on any machine (<see cref="CellIntegrator"/>).</para>
/// <para>Mechanisms of the frequency dependence, both modelled: A-beta refractoriness (fibres skip pulses above a few hundred
/// Hz) and short-term depression of A-beta synapses (each spike delivers less as the rate rises, so kilohertz trains give
/// a small, smooth conductance that does not fire the inhibitory interneurons).</para>
/// </remarks>
internal sealed class GateControlNetwork
{
    /// <summary>Steps per chunk: inputs are pulled, sorted and delivered one chunk at a time.</summary>
    internal const int ChunkSteps = 4096;

    private readonly NetworkConnectivity _cells;
    private readonly CellKinetics _kinetics;
    private readonly int _aBeta, _aDelta, _c;

    private readonly CellIntegrator _integrator;

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
        _integrator = new CellIntegrator(_cells, _kinetics);
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
        var state = _integrator.NewState();
        for (var chunkStart = 0; chunkStart < steps; chunkStart += ChunkSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunkEnd = (int)Math.Min(steps, (long)chunkStart + ChunkSteps);
            events.Fill(chunkStart, chunkEnd, spikesPerFibre);
            _integrator.IntegrateChunk(chunkStart, chunkEnd, events, state, inputs.Tonic);
        }
        return new NetworkActivity(Parameters.TimeStep, steps, _cells.Kinds, state.SpikeCounts, state.WdrSpikes.ToArray(),
            CFibreResponse(inputs, state.WdrSpikes, measureFromStep));
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
}
