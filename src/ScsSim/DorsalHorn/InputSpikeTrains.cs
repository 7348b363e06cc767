using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>Kind of afferent fibre input to the gate-control network (A-beta, A-delta, C).</summary>
internal enum InputClass
{
    /// <summary>Large myelinated (touch, vibration; what SCS recruits in the dorsal columns).</summary>
    ABeta,

    /// <summary>Thinly myelinated nociceptive.</summary>
    ADelta,

    /// <summary>Unmyelinated nociceptive.</summary>
    C,
}

/// <summary>
/// The inputs of the network as spike trains: for every fibre the sorted network steps at which a spike arrives in the dorsal
/// horn. Fibres are ordered A-beta, then A-delta, then C. Build them with <see cref="Generate"/> or supply your own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class InputSpikeTrains
{
    private readonly int[][] _trains;

    /// <summary>Creates inputs from explicit trains.</summary>
    /// <param name="timeStep">The network time step the steps refer to, 1-100 µs (the network's <see cref="GateControlParameters.TimeStep"/>).</param>
    /// <param name="durationSteps">Length of the run in steps (1 to 2^31 - 1).</param>
    /// <param name="aBeta">One sorted train per A-beta fibre (steps in [0, durationSteps)).</param>
    /// <param name="aDelta">One per A-delta fibre.</param>
    /// <param name="c">One per C fibre.</param>
    /// <param name="cVolleySteps">Steps of C volleys for the C-fibre response readout (may be empty).</param>
    /// <param name="responseWindowSteps">Counting window after each volley, steps (0 when there are no volleys).</param>
    /// <exception cref="ArgumentNullException">A list or train is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is out of range or a train is not sorted.</exception>
    public InputSpikeTrains(Duration timeStep, int durationSteps, IReadOnlyList<int[]> aBeta, IReadOnlyList<int[]> aDelta,
        IReadOnlyList<int[]> c, IReadOnlyList<int>? cVolleySteps = null, int responseWindowSteps = 0)
    {
        TimeStep = Guard.InRange(timeStep, Duration.FromMicroseconds(1), Duration.FromMicroseconds(100), nameof(timeStep));
        DurationSteps = (int)Guard.InRange(durationSteps, 1, int.MaxValue, nameof(durationSteps));
        Guard.NotNull(aBeta, nameof(aBeta)); Guard.NotNull(aDelta, nameof(aDelta)); Guard.NotNull(c, nameof(c));
        ABetaCount = aBeta.Count; ADeltaCount = aDelta.Count; CCount = c.Count;
        _trains = aBeta.Concat(aDelta).Concat(c).ToArray();
        for (var i = 0; i < _trains.Length; i++)
        {
            var t = Guard.NotNull(_trains[i], "train");
            for (var j = 0; j < t.Length; j++)
            {
                Guard.InRange(t[j], j == 0 ? 0 : t[j - 1], durationSteps - 1, $"train[{i}][{j}]");
            }
        }
        CVolleySteps = (cVolleySteps ?? []).ToArray();
        foreach (var v in CVolleySteps) Guard.InRange(v, 0, durationSteps - 1, nameof(cVolleySteps));
        ResponseWindowSteps = (int)Guard.InRange(responseWindowSteps, CVolleySteps.Count > 0 ? 1 : 0, int.MaxValue, nameof(responseWindowSteps));
    }

    /// <summary>Network time step.</summary>
    public Duration TimeStep { get; }

    internal double TimeStepMs => TimeStep.ToMilliseconds();

    /// <summary>Run length, steps.</summary>
    public int DurationSteps { get; }

    /// <summary>Number of A-beta fibres (indices 0 to ABetaCount - 1).</summary>
    public int ABetaCount { get; }

    /// <summary>Number of A-delta fibres (following the A-beta fibres).</summary>
    public int ADeltaCount { get; }

    /// <summary>Number of C fibres (last).</summary>
    public int CCount { get; }

    /// <summary>All fibres.</summary>
    public int FibreCount => _trains.Length;

    /// <summary>C volley arrival steps (for the C-fibre response).</summary>
    public IReadOnlyList<int> CVolleySteps { get; }

    /// <summary>C-fibre response window, steps.</summary>
    public int ResponseWindowSteps { get; }

    /// <summary>The spike steps of one fibre.</summary>
    /// <param name="fibre">0 to <see cref="FibreCount"/> - 1.</param>
    /// <returns>Sorted steps.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre.</exception>
    public ReadOnlySpan<int> Train(int fibre) => _trains[(int)Guard.InRange(fibre, 0, FibreCount - 1, nameof(fibre))];

    /// <summary>The class of a fibre.</summary>
    /// <param name="fibre">0 to <see cref="FibreCount"/> - 1.</param>
    /// <returns>Its class.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre.</exception>
    public InputClass ClassOf(int fibre)
    {
        Guard.InRange(fibre, 0, FibreCount - 1, nameof(fibre));
        return fibre < ABetaCount ? InputClass.ABeta : fibre < ABetaCount + ADeltaCount ? InputClass.ADelta : InputClass.C;
    }

    /// <summary>Total spikes of a class.</summary>
    /// <param name="inputClass">The class.</param>
    /// <returns>The count.</returns>
    public long SpikeCount(InputClass inputClass)
    {
        long n = 0;
        for (var i = 0; i < FibreCount; i++) if (ClassOf(i) == inputClass) n += _trains[i].Length;
        return n;
    }

    internal int[] RawTrain(int fibre) => _trains[fibre];

    /// <summary>
    /// Seeded inputs for a pain state and an optional SCS drive. Each fibre has its own random streams derived from
    /// (seed, fibre index), so the natural spikes are identical with and without SCS for one seed (common random numbers
    /// make the with/without comparison precise) and do not depend on thread scheduling.
    /// </summary>
    /// <remarks>The trains are generated fibre by fibre, lazily: memory is that of the returned trains (after refractoriness),
    /// not of every pulse of the program. <see cref="PainTransmission"/> does not build them at all: it streams the same
    /// spikes into the network in chunks.</remarks>
    /// <param name="parameters">Network parameters (fibre counts, time step, A-beta refractoriness).</param>
    /// <param name="pain">Natural rates and optional C volleys.</param>
    /// <param name="scs">The SCS drive, or null for none.</param>
    /// <param name="duration">Run length; at least one step, at most 2^31 - 1 steps.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="cancellationToken">Checked every 65,536 spikes.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentNullException">Parameters or pain state are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or a parameter is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static InputSpikeTrains Generate(GateControlParameters parameters, PainState pain, ScsDrive? scs, Duration duration, ulong seed,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(parameters, pain, scs, duration, seed, cancellationToken);
        var trains = new int[plan.FibreCount][];
        var buffer = new List<int>();
        var sinceCheck = 0;
        for (var f = 0; f < trains.Length; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Clear();
            var source = plan.Fibre(f);
            for (var s = source.Next(); s != SpikeSource.End; s = source.Next())
            {
                buffer.Add(s);
                if (++sinceCheck == 65_536) { sinceCheck = 0; cancellationToken.ThrowIfCancellationRequested(); }
            }
            trains[f] = buffer.ToArray();
        }
        var a = plan.ABetaCount; var d = plan.ADeltaCount;
        return new InputSpikeTrains(parameters.TimeStep, plan.DurationSteps, trains[..a], trains[a..(a + d)], trains[(a + d)..],
            plan.CVolleySteps, plan.ResponseWindowSteps) { Tonic = plan.Tonic };
    }

    /// <summary>These explicit trains as a plan for the network.</summary>
    internal InputPlan Plan() => new(TimeStepMs, DurationSteps, ABetaCount, ADeltaCount, CCount, CVolleySteps, ResponseWindowSteps,
        f => new ArraySource(_trains[f]), Tonic);

    /// <summary>The direct kilohertz drive of the inhibitory interneurons that came with generated inputs (null for explicit trains).</summary>
    internal InterneuronTonicDrive? Tonic { get; init; }

    /// <summary>The lazy form of <see cref="Generate"/>: validates, then describes each fibre's source without drawing a spike.</summary>
    internal static InputPlan Plan(GateControlParameters parameters, PainState pain, ScsDrive? scs, Duration duration, ulong seed,
        CancellationToken cancellationToken)
    {
        Guard.NotNull(parameters, nameof(parameters)).Validate();
        Guard.NotNull(pain, nameof(pain));
        cancellationToken.ThrowIfCancellationRequested();
        var dt = parameters.TimeStepMs;
        var stepsD = Math.Round(duration.ToMilliseconds() / dt);
        var steps = (int)Guard.InRange(stepsD, 1, int.MaxValue, nameof(duration), " steps");
        var durationMs = steps * dt;

        var pulses = scs is null ? PulseSteps.None : PulseSteps.For(scs, scs.Schedule(), dt, steps);
        var recruited = scs?.RecruitedCount(parameters.ABetaFibres, seed) ?? 0;
        var absSteps = parameters.ABetaAbsoluteRefractoryMs / dt;
        var relSteps = parameters.ABetaRelativeRefractoryMs / dt;

        var volleys = new List<int>();
        var windowSteps = 0;
        if (pain.CFibreVolleys is { } v)
        {
            // Each volley is jittered by up to a quarter interval so that volleys never phase-lock to a periodic SCS train.
            var volleyJitter = SplitMix64.For(seed, 4, 0);
            var interval = v.Interval.ToMilliseconds();
            for (var t = v.FirstVolley.ToMilliseconds(); t < durationMs; t += interval)
            {
                var at = t + volleyJitter.NextDouble() * interval / 4;
                if (at < durationMs) volleys.Add((int)Math.Floor(at / dt + 1e-9));
            }
            windowSteps = Math.Max(1, (int)Math.Round(v.ResponseWindow.ToMilliseconds() / dt));
        }
        var spread = pain.CFibreVolleys is { } cv ? cv.LatencySpread.ToMilliseconds() / dt : 0;
        int aBeta = parameters.ABetaFibres, aDelta = parameters.ADeltaFibres;
        double aBetaHz = pain.ABetaRate.ToHertz(), aDeltaHz = pain.ADeltaRate.ToHertz(), cHz = pain.CRate.ToHertz();

        SpikeSource Fibre(int i)
        {
            var natural = PoissonSource.For(i < aBeta ? aBetaHz : i < aBeta + aDelta ? aDeltaHz : cHz,
                durationMs, dt, SplitMix64.For(seed, 1, (ulong)i));
            if (i < aBeta)
            {
                var merged = i < recruited ? new MergeSource(natural, pulses.Cursor()) : natural;
                return new RefractorySource(merged, absSteps, relSteps, SplitMix64.For(seed, 2, (ulong)i));
            }
            if (i < aBeta + aDelta || volleys.Count == 0) return natural;
            return new MergeSource(natural, new EvokedSource(volleys, spread, steps, SplitMix64.For(seed, 3, (ulong)i)));
        }
        return new InputPlan(dt, steps, aBeta, aDelta, parameters.CFibres, volleys, windowSteps, Fibre,
            InterneuronTonicDrive.For(parameters, scs, dt, steps));
    }
}
