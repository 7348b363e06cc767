using ScsSim.Waveforms;

namespace ScsSim.DorsalHorn;

/// <summary>
/// The spikes of one input fibre, produced lazily in time order: the network pulls them in bounded chunks, so memory is
/// bounded by a chunk, not by rate x duration. Each source reproduces exactly the draws and steps of the whole-train
/// computation it replaces (same random streams consumed in the same order).
/// </summary>
internal abstract class SpikeSource
{
    /// <summary>Returned by <see cref="Next"/> when the fibre has no more spikes (larger than every step of a run).</summary>
    public const int End = int.MaxValue;

    /// <summary>The next spike step, or <see cref="End"/>.</summary>
    public abstract int Next();

    /// <summary>The first of the next spikes at or after <paramref name="step"/> (the earlier ones are passed over, consuming
    /// exactly what <see cref="Next"/> would), or <see cref="End"/>. Sources that can jump override it.</summary>
    public virtual int NextAtOrAfter(int step)
    {
        int s;
        do s = Next(); while (s < step);
        return s;
    }

    public static readonly SpikeSource Empty = new ArraySource([]);
}

/// <summary>An explicit train.</summary>
internal sealed class ArraySource(int[] train) : SpikeSource
{
    private int _i;

    public override int Next() => _i < train.Length ? train[_i++] : End;
}

/// <summary>A Poisson process: exponential intervals accumulated in ms, each spike in the step that contains it.</summary>
internal sealed class PoissonSource : SpikeSource
{
    private readonly double _meanMs, _durationMs, _dt;
    private SplitMix64 _rng;
    private double _t;
    private bool _started, _done;

    public PoissonSource(double rateHz, double durationMs, double dt, SplitMix64 rng)
    {
        _meanMs = 1000.0 / rateHz; _durationMs = durationMs; _dt = dt; _rng = rng;
    }

    public static SpikeSource For(double rateHz, double durationMs, double dt, SplitMix64 rng) =>
        rateHz <= 0 ? new ArraySource([]) : new PoissonSource(rateHz, durationMs, dt, rng);

    public override int Next()
    {
        if (_done) return End;
        if (!_started) { _t = _rng.NextExponential(_meanMs); _started = true; }
        else _t += _rng.NextExponential(_meanMs);
        if (_t < _durationMs) return (int)(_t / _dt);
        _done = true;
        return End;
    }
}

/// <summary>Merges two sources, taking the first on ties (the order of the whole-array merge).</summary>
internal sealed class MergeSource : SpikeSource
{
    private readonly SpikeSource _a, _b;
    private int _ha, _hb;

    public MergeSource(SpikeSource a, SpikeSource b) { _a = a; _b = b; _ha = a.Next(); _hb = b.Next(); }

    public override int NextAtOrAfter(int step)
    {
        if (_ha < step) _ha = _a.NextAtOrAfter(step);
        if (_hb < step) _hb = _b.NextAtOrAfter(step);
        return Next();
    }

    public override int Next()
    {
        int r;
        if (_ha <= _hb)
        {
            if (_ha == End) return End;
            r = _ha; _ha = _a.Next();
        }
        else { r = _hb; _hb = _b.Next(); }
        return r;
    }
}

/// <summary>Drops spikes the axon cannot carry (see <c>InputSpikeTrains</c>): within the absolute refractory period always,
/// within the relative one with a probability falling linearly from 1 to 0 across it.</summary>
/// <remarks>After a spike, the candidates inside the absolute refractory period are passed over with
/// <see cref="SpikeSource.NextAtOrAfter"/> (a pulse train jumps there; they draw no coin either way), so a kilohertz train
/// costs per delivered spike rather than per pulse.</remarks>
internal sealed class RefractorySource(SpikeSource inner, double absSteps, double relSteps, SplitMix64 coin) : SpikeSource
{
    /// <summary>Whole steps after a spike before the next can pass (a step difference d passes when d ≥ absSteps).</summary>
    private readonly int _absoluteWholeSteps = (int)Math.Ceiling(absSteps);
    private double _last = double.NegativeInfinity;
    private int _earliest = int.MinValue;
    private SplitMix64 _coin = coin;

    public override int Next()
    {
        for (var s = inner.NextAtOrAfter(_earliest); s != End; s = inner.Next())
        {
            var since = s - _last;
            if (since < absSteps) continue;
            if (since < absSteps + relSteps && _coin.NextDouble() >= (since - absSteps) / relSteps) continue;
            _last = s;
            _earliest = (int)Math.Min(End, (long)s + _absoluteWholeSteps);
            return s;
        }
        return End;
    }
}

/// <summary>
/// Evoked C spikes: one per volley, delayed by a uniform latency in [0, spread) steps, dropped at or after the run's end.
/// Emitted in time order (a latency spread longer than the volley interval can reorder them; a small heap holds the
/// volleys whose spikes may still come first).
/// </summary>
internal sealed class EvokedSource(IReadOnlyList<int> volleys, double spreadSteps, int durationSteps, SplitMix64 jitter) : SpikeSource
{
    private readonly PriorityQueue<int, int> _pending = new();
    private SplitMix64 _jitter = jitter;
    private int _next;

    public override int Next()
    {
        // A volley's spike is never earlier than the volley, and volleys ascend: once the next volley is not before the
        // earliest pending spike, that spike is the next one.
        while (_next < volleys.Count && (_pending.Count == 0 || volleys[_next] < _pending.Peek()))
        {
            var vs = volleys[_next++];
            var s = vs + (long)Math.Floor(_jitter.NextDouble() * spreadSteps);
            if (s < durationSteps) _pending.Enqueue((int)s, (int)s);
        }
        return _pending.Count > 0 ? _pending.Dequeue() : End;
    }
}

/// <summary>
/// The SCS pulse onsets as network steps, shared by the recruited fibres: onsets are computed once per block of pulses
/// (two blocks kept, since the fibres of one network chunk read the same pulses; a block holds more pulses than a chunk
/// spans at 100 kHz: 10,240 pulses).
/// </summary>
internal sealed class PulseSteps
{
    private const int BlockSize = 16_384;
    private readonly WaveformSchedule? _schedule;
    private readonly long _count, _startUs;
    private readonly double _usPerStep;
    private readonly int _durationSteps;
    private readonly int[]?[] _blocks = new int[]?[2];
    private readonly long[] _blockIndex = [-1, -1];
    private int _lastUsed;

    private PulseSteps(WaveformSchedule? schedule, long count, long startUs, double usPerStep, int durationSteps)
    {
        _schedule = schedule; _count = count; _startUs = startUs; _usPerStep = usPerStep; _durationSteps = durationSteps;
    }

    public static readonly PulseSteps None = new(null, 0, 0, 1, 0);

    /// <summary>Pulse onsets of a drive in [0, durationSteps), within its on window (onsets at 1 MHz, placed in the network step that contains them).</summary>
    public static PulseSteps For(ScsDrive drive, WaveformSchedule schedule, double timeStepMs, int durationSteps)
    {
        var usPerStep = timeStepMs * 1000;
        var endUs = Math.Min((long)Math.Ceiling(durationSteps * usPerStep), drive.Stop is { } s ? s.ToNanoseconds() / 1000 : long.MaxValue);
        var startUs = (drive.Start.ToNanoseconds() + 999) / 1000;
        if (endUs <= startUs) return None;
        // Pulses of the program counted from its own start: the program starts at Start.
        return new PulseSteps(schedule, schedule.CountPulseOnsets(0, endUs - startUs), startUs, usPerStep, durationSteps);
    }

    /// <summary>Step of pulse k, or <see cref="SpikeSource.End"/> past the last pulse in the run.</summary>
    public int StepOf(long k)
    {
        if (k >= _count) return SpikeSource.End;
        var block = k / BlockSize;
        int slot;
        if (_blockIndex[0] == block) slot = 0;
        else if (_blockIndex[1] == block) slot = 1;
        else
        {
            slot = 1 - _lastUsed;
            var b = _blocks[slot] ??= new int[(int)Math.Min(BlockSize, _count)];
            var first = block * BlockSize;
            for (var i = 0; i < b.Length; i++)
            {
                var j = first + i;
                if (j >= _count) { b[i] = SpikeSource.End; continue; }
                var us = _startUs + _schedule!.PulseOnset(j);
                var step = (long)Math.Floor(us / _usPerStep + 1e-9);
                b[i] = step >= _durationSteps ? SpikeSource.End : (int)step;
            }
            _blockIndex[slot] = block;
        }
        _lastUsed = slot;
        return _blocks[slot]![k - block * BlockSize];
    }

    /// <summary>A cursor over the pulses for one fibre.</summary>
    public SpikeSource Cursor() => new PulseCursor(this);

    private sealed class PulseCursor(PulseSteps pulses) : SpikeSource
    {
        private long _k;
        private bool _done;

        public override int Next()
        {
            if (_done) return End;
            var s = pulses.StepOf(_k++);
            if (s == End) _done = true; // the first onset at or past the run's end ends the train (onsets ascend)
            return s;
        }

        /// <summary>Gallops from the cursor (1, 2, 4, ... pulses ahead) to bracket the first onset at or after
        /// <paramref name="step"/>, then bisects: onsets ascend, and every index past the last pulse reads as End.</summary>
        public override int NextAtOrAfter(int step)
        {
            if (_done) return End;
            long lo = _k, width = 1; // every index below lo is before step
            while (pulses.StepOf(lo + width - 1) < step) { lo += width; width *= 2; }
            var hi = lo + width - 1; // StepOf(hi) >= step
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (pulses.StepOf(mid) < step) lo = mid + 1; else hi = mid;
            }
            _k = lo;
            return Next();
        }
    }
}

/// <summary>
/// Everything the network needs about its inputs for one run, without the trains themselves: the fibre counts, the run
/// length, the C volleys, and a factory for each fibre's lazy source. Each call of <see cref="Fibre"/> starts that fibre
/// from the beginning of the run.
/// </summary>
internal sealed class InputPlan(double timeStepMs, int durationSteps, int aBeta, int aDelta, int c, IReadOnlyList<int> cVolleySteps,
    int responseWindowSteps, Func<int, SpikeSource> fibre, InterneuronTonicDrive? tonic = null)
{
    /// <summary>The direct kilohertz drive of the inhibitory interneurons during the run, or null.</summary>
    public InterneuronTonicDrive? Tonic { get; } = tonic;

    public double TimeStepMs { get; } = timeStepMs;
    public int DurationSteps { get; } = durationSteps;
    public int ABetaCount { get; } = aBeta;
    public int ADeltaCount { get; } = aDelta;
    public int CCount { get; } = c;
    public int FibreCount => ABetaCount + ADeltaCount + CCount;
    public IReadOnlyList<int> CVolleySteps { get; } = cVolleySteps;
    public int ResponseWindowSteps { get; } = responseWindowSteps;
    public SpikeSource Fibre(int index) => fibre(index);
}
