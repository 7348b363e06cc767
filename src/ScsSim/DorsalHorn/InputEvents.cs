namespace ScsSim.DorsalHorn;

/// <summary>
/// The input events of one chunk of network steps, sorted by (step, fibre), each with its short-term-depression efficacy
/// per <see cref="SynapseDepression"/> class. Every fibre keeps its own cursor and depression state across chunks, so the
/// events equal those of the whole run sorted at once. Buffers are reused from chunk to chunk.
/// </summary>
internal sealed class InputEvents
{
    /// <summary>Bits of the sort key that hold the fibre index (the step is above them).</summary>
    private const int FibreBits = 16;

    private readonly SpikeSource[] _sources;
    private readonly int[] _head;                   // next undelivered spike step of each fibre
    private readonly double[] _toInhibitory, _toWdr; // Tsodyks-Markram available resources of each A-beta fibre's synapses
    private readonly int[] _lastSpike;
    private readonly int _aBeta;
    private readonly double _timeStepMs, _toInhibitoryRecoveryMs, _toWdrRecoveryMs, _toInhibitoryRelease, _toWdrRelease;
    private long[] _keys = new long[256];
    private int[] _stepStart = [];
    private double[] _effToInhibitory = new double[256], _effToWdr = new double[256];

    public InputEvents(InputPlan inputs, GateControlParameters p)
    {
        _timeStepMs = p.TimeStepMs;
        _toInhibitoryRecoveryMs = p.ABetaToInhibitoryRecoveryMs; _toWdrRecoveryMs = p.ABetaToWdrRecoveryMs;
        _toInhibitoryRelease = p.ABetaToInhibitoryRelease; _toWdrRelease = p.ABetaToWdrRelease;
        _aBeta = inputs.ABetaCount;
        var fibres = inputs.FibreCount;
        _sources = new SpikeSource[fibres]; _head = new int[fibres];
        _toInhibitory = new double[fibres]; _toWdr = new double[fibres]; _lastSpike = new int[fibres];
        for (var f = 0; f < fibres; f++)
        {
            _sources[f] = inputs.Fibre(f);
            _head[f] = _sources[f].Next();
            _toInhibitory[f] = 1; _toWdr[f] = 1; _lastSpike[f] = int.MinValue;
        }
    }

    /// <summary>Events in the current chunk.</summary>
    public int Count { get; private set; }

    /// <summary>Step of each event, ascending.</summary>
    public int[] Step { get; private set; } = new int[256];

    /// <summary>Fibre of each event.</summary>
    public int[] Fibre { get; private set; } = new int[256];

    /// <summary>Efficacy of event e for depression class d (1 or 2) at <c>2 e + d - 1</c>: the share of a rested synapse's weight it delivers.</summary>
    public double[] Efficacy { get; private set; } = new double[512];

    /// <summary>Pulls every spike of steps [<paramref name="start"/>, <paramref name="end"/>) (every earlier one was pulled
    /// by an earlier call).</summary>
    public void Fill(int start, int end, long[]? spikesPerFibre)
    {
        var k = 0;
        for (var f = 0; f < _sources.Length; f++)
        {
            var first = k;
            k = PullFibre(f, end, k);
            if (spikesPerFibre is not null) spikesPerFibre[f] += k - first;
        }
        SortByStepThenFibre(k, start, end);
        Count = k;
    }

    /// <summary>Appends fibre <paramref name="f"/>'s spikes before <paramref name="end"/> from slot <paramref name="k"/>; returns the next free slot.</summary>
    private int PullFibre(int f, int end, int k)
    {
        var depress = f < _aBeta;
        var source = _sources[f];
        double toInhibitory = _toInhibitory[f], toWdr = _toWdr[f]; var last = _lastSpike[f];
        var s = _head[f];
        for (; s < end; s = source.Next())
        {
            if (k == _keys.Length) Grow();
            _keys[k] = ((long)s << FibreBits) | (uint)f;
            if (depress)
            {
                // Tsodyks-Markram: resources recover towards 1 between spikes; each spike releases U of what is available.
                if (last != int.MinValue)
                {
                    var gapMs = (s - last) * _timeStepMs;
                    toInhibitory = 1 - (1 - toInhibitory) * Math.Exp(-gapMs / _toInhibitoryRecoveryMs);
                    toWdr = 1 - (1 - toWdr) * Math.Exp(-gapMs / _toWdrRecoveryMs);
                }
                // Efficacy relative to a rested synapse (a rested synapse delivers its full weight).
                _effToInhibitory[k] = toInhibitory; _effToWdr[k] = toWdr;
                toInhibitory -= _toInhibitoryRelease * toInhibitory;
                toWdr -= _toWdrRelease * toWdr;
                last = s;
            }
            else { _effToInhibitory[k] = 0; _effToWdr[k] = 0; }
            k++;
        }
        _head[f] = s; _toInhibitory[f] = toInhibitory; _toWdr[f] = toWdr; _lastSpike[f] = last;
        return k;
    }

    /// <summary>Sorts the first <paramref name="count"/> events by (step, fibre) into the public arrays, carrying the
    /// efficacies: a counting sort over the chunk's steps, stable, and the events were pulled fibre by fibre in ascending
    /// order, so events of one step come out by fibre and, for one fibre, in the order its source gave them. (A comparison
    /// sort of the keys cost about 4 % of a frequency sweep.)</summary>
    private void SortByStepThenFibre(int count, int start, int end)
    {
        var span = end - start;
        if (_stepStart.Length < span + 1) _stepStart = new int[span + 1];
        var first = _stepStart.AsSpan(0, span + 1);
        first.Clear();
        for (var i = 0; i < count; i++) first[(int)(_keys[i] >> FibreBits) - start + 1]++;
        for (var s = 0; s < span; s++) first[s + 1] += first[s];
        if (Step.Length < count) { Step = new int[_keys.Length]; Fibre = new int[_keys.Length]; Efficacy = new double[2 * _keys.Length]; }
        for (var i = 0; i < count; i++)
        {
            var step = (int)(_keys[i] >> FibreBits);
            var at = first[step - start]++;
            Step[at] = step; Fibre[at] = (int)(_keys[i] & ((1 << FibreBits) - 1));
            Efficacy[2 * at] = _effToInhibitory[i]; Efficacy[2 * at + 1] = _effToWdr[i];
        }
    }

    private void Grow()
    {
        var n = _keys.Length * 2;
        Array.Resize(ref _keys, n); Array.Resize(ref _effToInhibitory, n); Array.Resize(ref _effToWdr, n);
    }
}
