using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>Kind of afferent input.</summary>
public enum InputClass
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
public sealed class InputSpikeTrains
{
    private readonly int[][] _trains;

    /// <summary>Creates inputs from explicit trains.</summary>
    /// <param name="timeStepMs">The network time step the steps refer to, ms (0.001-0.1).</param>
    /// <param name="durationSteps">Length of the run in steps (1 to 2^31 - 1).</param>
    /// <param name="aBeta">One sorted train per A-beta fibre (steps in [0, durationSteps)).</param>
    /// <param name="aDelta">One per A-delta fibre.</param>
    /// <param name="c">One per C fibre.</param>
    /// <param name="cVolleySteps">Steps of C volleys for the C-fibre response readout (may be empty).</param>
    /// <param name="responseWindowSteps">Counting window after each volley, steps (0 when there are no volleys).</param>
    /// <exception cref="ArgumentNullException">A list or train is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A step is out of range or a train is not sorted.</exception>
    public InputSpikeTrains(double timeStepMs, int durationSteps, IReadOnlyList<int[]> aBeta, IReadOnlyList<int[]> aDelta,
        IReadOnlyList<int[]> c, IReadOnlyList<int>? cVolleySteps = null, int responseWindowSteps = 0)
    {
        TimeStepMs = Guard.InRange(timeStepMs, 0.001, 0.1, nameof(timeStepMs), " ms");
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

    /// <summary>Network time step, ms.</summary>
    public double TimeStepMs { get; }

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
    /// <param name="parameters">Network parameters (fibre counts, time step, A-beta refractoriness).</param>
    /// <param name="pain">Natural rates and optional C volleys.</param>
    /// <param name="scs">The SCS drive, or null for none.</param>
    /// <param name="duration">Run length; at least one step, at most 2^31 - 1 steps.</param>
    /// <param name="seed">Seed.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="ArgumentNullException">Parameters or pain state are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or a parameter is out of range.</exception>
    public static InputSpikeTrains Generate(GateControlParameters parameters, PainState pain, ScsDrive? scs, Duration duration, ulong seed)
    {
        Guard.NotNull(parameters, nameof(parameters)).Validate();
        Guard.NotNull(pain, nameof(pain));
        var dt = parameters.TimeStepMs;
        var stepsD = Math.Round(duration.ToMilliseconds() / dt);
        var steps = (int)Guard.InRange(stepsD, 1, int.MaxValue, nameof(duration), " steps");
        var durationMs = steps * dt;

        var scsSteps = scs is null ? [] : scs.PulseSteps(dt, steps);
        var recruited = scs?.RecruitedCount(parameters.ABetaFibres) ?? 0;
        var absSteps = parameters.ABetaAbsoluteRefractoryMs / dt;
        var relSteps = parameters.ABetaRelativeRefractoryMs / dt;

        var aBeta = new int[parameters.ABetaFibres][];
        for (var i = 0; i < aBeta.Length; i++)
        {
            var natural = Poisson(pain.ABetaRateHz, durationMs, dt, SplitMix64.For(seed, 1, (ulong)i));
            var merged = i < recruited ? Merge(natural, scsSteps) : natural;
            var coin = SplitMix64.For(seed, 2, (ulong)i);
            aBeta[i] = Refractory(merged, absSteps, relSteps, ref coin);
        }

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

        var aDelta = new int[parameters.ADeltaFibres][];
        for (var i = 0; i < aDelta.Length; i++)
            aDelta[i] = Poisson(pain.ADeltaRateHz, durationMs, dt, SplitMix64.For(seed, 1, (ulong)(aBeta.Length + i)));

        var c = new int[parameters.CFibres][];
        for (var i = 0; i < c.Length; i++)
        {
            var index = (ulong)(aBeta.Length + aDelta.Length + i);
            var natural = Poisson(pain.CRateHz, durationMs, dt, SplitMix64.For(seed, 1, index));
            if (volleys.Count == 0) { c[i] = natural; continue; }
            var spread = pain.CFibreVolleys!.LatencySpread.ToMilliseconds() / dt;
            var jitter = SplitMix64.For(seed, 3, index);
            var evoked = new List<int>(volleys.Count);
            foreach (var vs in volleys)
            {
                var s = vs + (long)Math.Floor(jitter.NextDouble() * spread);
                if (s < steps) evoked.Add((int)s);
            }
            c[i] = Merge(natural, evoked.ToArray());
        }
        return new InputSpikeTrains(dt, steps, aBeta, aDelta, c, volleys, windowSteps);
    }

    private static int[] Poisson(double rateHz, double durationMs, double dt, SplitMix64 rng)
    {
        if (rateHz <= 0) return [];
        var meanMs = 1000.0 / rateHz;
        var list = new List<int>((int)(durationMs / meanMs * 1.2) + 4);
        for (var t = rng.NextExponential(meanMs); t < durationMs; t += rng.NextExponential(meanMs))
            list.Add((int)(t / dt));
        return list.ToArray();
    }

    private static int[] Merge(int[] a, int[] b)
    {
        if (b.Length == 0) return a;
        if (a.Length == 0) return b;
        var r = new int[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length) r[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        while (i < a.Length) r[k++] = a[i++];
        while (j < b.Length) r[k++] = b[j++];
        return r;
    }

    /// <summary>Drops spikes the axon cannot carry: within the absolute refractory period always, within the relative one
    /// with a probability falling linearly from 1 to 0 across it.</summary>
    private static int[] Refractory(int[] train, double absSteps, double relSteps, ref SplitMix64 coin)
    {
        if (train.Length == 0) return train;
        var kept = new List<int>(train.Length);
        double last = double.NegativeInfinity;
        foreach (var s in train)
        {
            var since = s - last;
            if (since < absSteps) continue;
            if (since < absSteps + relSteps && coin.NextDouble() >= (since - absSteps) / relSteps) continue;
            kept.Add(s);
            last = s;
        }
        return kept.ToArray();
    }
}
