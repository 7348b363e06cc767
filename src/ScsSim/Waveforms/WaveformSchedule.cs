using System.Collections.Concurrent;
using System.Numerics;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>
/// The way in to waveforms: a program compiled (<see cref="Compile(StimulationProgram, Frequency)"/>) to the exact current
/// at the cathodes on an integer sample grid, an infinite signal that starts at sample 0. Render any window of it into a
/// caller's span, stream it in chunks, or ask where pulse k starts and how many pulses a window holds without rendering.
/// </summary>
/// <remarks>
/// <para>Timing is exact: repetition k of a train at frequency f starts at sample round(k · fs / f) computed in
/// integer arithmetic, so 130 Hz at 1 MHz (7692.307… samples a period) never drifts, even after 24 hours (sample
/// indices are 64-bit). Phase widths round to the nearest sample, halves up (30 µs at 1 MHz is 30 samples, never 29);
/// a phase that rounds to zero samples, or a pulse that no longer fits between two rounded onsets, is rejected with the
/// sample rate that would work. Pulses inside a burst start at round(i · fs / f_intra) after the burst's onset.</para>
/// <para>Values are currents in mA at the cathode(s), cathodic phase negative. The recharge level is set so that
/// every rendered repetition is charge balanced in samples (see <see cref="Compile(StimulationProgram, Frequency)"/>). Passive recharge is rendered as
/// its true exponential, I0 · exp(−n / τ_samples).</para>
/// <para>A cycling program restarts its inner program at each on-time, delivers only the pulses (or bursts) that
/// complete within the on-time, ramps the amplitude of each pulse linearly from 0 over the ramp (gain = the pulse's onset
/// within the on-time / the ramp, constant within a pulse so each stays balanced; the first pulse of each on-time therefore
/// has zero amplitude), and is exactly zero during the off-time.</para>
/// <para>Sample indices are 64-bit: the schedule is defined on [0, <see cref="LastRepresentableSample"/>], a little less
/// than <see cref="long.MaxValue"/>; windows and pulse indices beyond it are refused.</para>
/// <para>Thread-safety: a schedule is immutable and thread-safe. Any number of threads may render, list segments, count
/// onsets and create readers at once (the per-sample-type render data is built once, on first use, thread-safely); each
/// <see cref="WaveformReader{T}"/> belongs to one thread.</para>
/// </remarks>
public abstract class WaveformSchedule
{
    [ThreadStatic]
    private static int s_compileCount;

    private readonly ConcurrentDictionary<Type, object> _caches = new();
    private long _sampleEnd = -1; // computed on first use (derived fields are not set yet in this constructor)
    private long _pulseEnd = -1;

    private protected WaveformSchedule(StimulationProgram program, long sampleRateHz)
    {
        Program = program;
        SamplesPerSecond = sampleRateHz;
    }

    /// <summary>The program this schedule renders.</summary>
    public StimulationProgram Program { get; }

    /// <summary>The sample rate: a whole number of hertz, 1 Hz to 1 GHz.</summary>
    public Frequency SampleRate => Frequency.FromMillihertz(SamplesPerSecond * 1000);

    /// <summary>The sample rate in samples per second, for the integer arithmetic of the kernels.</summary>
    internal long SamplesPerSecond { get; }

    /// <summary>Number of stimulating phases (pulses) in each repetition of the schedule's template (n for a burst).</summary>
    internal abstract int PulsesPerRepetition { get; }

    /// <summary>
    /// The last sample of the representable range [0, LastRepresentableSample]: the range ends at the onset of the first
    /// repetition (pulse, burst or cycle) that would not end, or would not be followed by the next onset, at a 64-bit sample
    /// index (so it is a little below <see cref="long.MaxValue"/>: about 292,000 years at 1 MHz). Inside the range every
    /// sample, onset and count is exact; windows that reach beyond it are refused.
    /// </summary>
    public long LastRepresentableSample => SampleEnd - 1;

    /// <summary>The index of the last pulse that starts in the representable range (see <see cref="LastRepresentableSample"/>):
    /// the largest index <see cref="PulseOnset(long)"/> accepts.</summary>
    public long LastRepresentablePulse
    {
        get
        {
            var pulses = Volatile.Read(ref _pulseEnd);
            if (pulses < 0) Volatile.Write(ref _pulseEnd, pulses = PulsesBefore(SampleEnd));
            return pulses - 1;
        }
    }

    /// <summary>One past the last representable sample.</summary>
    internal long SampleEnd
    {
        get
        {
            var end = Volatile.Read(ref _sampleEnd);
            if (end < 0) Volatile.Write(ref _sampleEnd, end = EndAtOrBelow(long.MaxValue));
            return end;
        }
    }

    /// <summary>
    /// The largest cut S ≤ <paramref name="limit"/> such that rendering, listing or counting any window inside [0, S)
    /// computes no sample index beyond <paramref name="limit"/>: S is the onset of the first repetition that does not
    /// end, with the next onset, at or before the limit (or the limit itself). Monotone in the limit.
    /// </summary>
    internal abstract long EndAtOrBelow(long limit);

    /// <summary>Compiles a program at a sample rate.</summary>
    /// <param name="program">The program (tonic, burst, high frequency or cycling).</param>
    /// <param name="sampleRate">Any whole number of hertz from 1 Hz to 1 GHz (1 MHz, 200 kHz, 44.1 kHz, ...).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is not a whole number of hertz from 1 Hz to 1 GHz, a phase
    /// rounds to zero samples, or a pulse no longer fits its period at this rate; the message names a sample rate that works.</exception>
    public static WaveformSchedule Compile(StimulationProgram program, Frequency sampleRate)
    {
        Guard.NotNull(program, nameof(program));
        return CompileAt(program, SampleClock.SamplesPerSecond(sampleRate, nameof(sampleRate)));
    }

    /// <summary>Compiles a program at <paramref name="sampleRateHz"/> samples per second (checked by the caller: 1 to 1e9).</summary>
    internal static WaveformSchedule CompileAt(StimulationProgram program, long sampleRateHz)
    {
        s_compileCount++;
        // Decided by arithmetic first, so that a program that does not fit costs no template (and its error no compile).
        if (GridFit.Problem(program, sampleRateHz) is { } problem) throw SampleClock.DoesNotFit(program, sampleRateHz, problem);
        return program switch
        {
            CyclingProgram cycling => new CyclingSchedule(cycling, PeriodicSchedule.For(cycling.Program, sampleRateHz), sampleRateHz),
            _ => PeriodicSchedule.For(program, sampleRateHz),
        };
    }

    /// <summary>
    /// Compiles an area-specific program set: each area's program, delayed by its offset (rounded to the nearest sample),
    /// summed at the cathodes of its own area (use <see cref="MultiChannelWaveform"/> for per-contact currents).
    /// </summary>
    /// <param name="programSet">The program set.</param>
    /// <param name="sampleRate">Any whole number of hertz from 1 Hz to 1 GHz.</param>
    /// <returns>The merged schedule; pulse k is the k-th pulse of any area, in time order.</returns>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is not a whole number of hertz from 1 Hz to 1 GHz, or an
    /// area does not fit the sample grid.</exception>
    public static WaveformSchedule Compile(ProgramSet programSet, Frequency sampleRate)
    {
        Guard.NotNull(programSet, nameof(programSet));
        var sampleRateHz = SampleClock.SamplesPerSecond(sampleRate, nameof(sampleRate));
        return new SumSchedule(programSet.Areas[0].Program, programSet.Areas.Select(a => CompileArea(a, sampleRateHz)).ToArray());
    }

    /// <summary>How many compiles this thread has started (tests check that an error costs one compile, not one per rate tried).</summary>
    internal static int CompileCountOnThisThread => s_compileCount;

    internal static WaveformSchedule CompileArea(AreaProgram area, long sampleRateHz)
    {
        var schedule = CompileAt(area.Program, sampleRateHz);
        var offset = SampleClock.Samples(area.Offset, sampleRateHz);
        return offset == 0 ? schedule : new OffsetSchedule(schedule, offset);
    }

    /// <summary>The exact sample index at which pulse <paramref name="pulseIndex"/> (counting from 0) starts its stimulating phase.</summary>
    /// <param name="pulseIndex">0 to <see cref="LastRepresentablePulse"/>.</param>
    /// <returns>The sample index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or beyond <see cref="LastRepresentablePulse"/>.</exception>
    public long PulseOnset(long pulseIndex)
    {
        var last = LastRepresentablePulse;
        if (pulseIndex < 0 || pulseIndex > last)
            throw new ArgumentOutOfRangeException(nameof(pulseIndex), pulseIndex,
                $"pulseIndex must be between 0 and {last} (LastRepresentablePulse: the last pulse that starts in the 64-bit sample range); got {pulseIndex}.");
        return PulseOnsetCore(pulseIndex);
    }

    /// <summary>The exact number of pulse onsets in the window [<paramref name="start"/>, <paramref name="end"/>), without rendering.</summary>
    /// <param name="start">First sample index, 0 or more.</param>
    /// <param name="end">One past the last sample index; from <paramref name="start"/> to <see cref="LastRepresentableSample"/> + 1.</param>
    /// <returns>The number of pulses whose stimulating phase starts in the window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative, or the end is before the start or beyond <see cref="LastRepresentableSample"/> + 1.</exception>
    public long CountPulseOnsets(long start, long end)
    {
        CheckWindow(start, end, nameof(start), nameof(end));
        return PulsesBefore(end) - PulsesBefore(start);
    }

    /// <summary>The non-zero segments that intersect [<paramref name="start"/>, <paramref name="end"/>), clipped to it.</summary>
    /// <param name="start">First sample index, 0 or more.</param>
    /// <param name="end">One past the last sample index; from <paramref name="start"/> to <see cref="LastRepresentableSample"/> + 1.</param>
    /// <returns>The segments in ascending order (an exponential segment clipped at its start has its level and start adjusted).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative, or the end is before the start or beyond <see cref="LastRepresentableSample"/> + 1.</exception>
    internal IEnumerable<WaveformSegment> Segments(long start, long end)
    {
        CheckWindow(start, end, nameof(start), nameof(end));
        return SegmentsCore(start, end);
    }

    private void CheckWindow(long start, long end, string startName, string endName)
    {
        var limit = SampleEnd;
        if (start < 0 || start > limit)
            throw new ArgumentOutOfRangeException(startName, start,
                $"{startName} must be between 0 and {limit} (LastRepresentableSample + 1, the end of the 64-bit sample range this schedule represents); got {start}.");
        if (end < start || end > limit)
            throw new ArgumentOutOfRangeException(endName, end,
                $"{endName} must be between {startName} ({start}) and {limit} (LastRepresentableSample + 1, the end of the 64-bit sample range this schedule represents); got {end}.");
    }

    /// <summary>
    /// Renders samples [<paramref name="startSample"/>, <paramref name="startSample"/> + destination.Length) of the infinite
    /// signal into <paramref name="destination"/>. Any window equals the same window cut from a longer render. Allocates
    /// nothing after the first call for a given <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/> (any IEEE 754 type works).</typeparam>
    /// <param name="startSample">Index of the first sample to render, 0 or more.</param>
    /// <param name="destination">Where the samples go (mA).</param>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative or the window passes <see cref="LastRepresentableSample"/>.</exception>
    public void Render<T>(long startSample, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var last = SampleEnd - destination.Length;
        if (startSample < 0 || startSample > last)
            throw new ArgumentOutOfRangeException(nameof(startSample), startSample,
                $"startSample must be between 0 and {last} (LastRepresentableSample + 1 − {destination.Length} samples, so that the window ends in the 64-bit sample range this schedule represents); got {startSample}.");
        RenderCore(startSample, destination, Cache<T>());
    }

    /// <summary>Renders the first <paramref name="duration"/> of the signal into a new array.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="duration">How much signal; rounded to whole samples; at most <see cref="Array.MaxLength"/> samples.</param>
    /// <returns>The samples (mA).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative or too long for an array.</exception>
    public T[] Render<T>(Duration duration) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var samples = SampleClock.Samples(duration, SamplesPerSecond);
        var most = Math.Min(Array.MaxLength, SampleEnd);
        if (samples < 0 || samples > most)
            throw new ArgumentOutOfRangeException(nameof(duration), duration,
                $"duration must give between 0 and {most} samples at {SampleRate} (an array's length); {duration} gives {samples}.");
        var count = (int)samples;
        var result = new T[count];
        Render(0, result.AsSpan());
        return result;
    }

    /// <summary>A reader that fills successive caller-sized chunks, allocating nothing per chunk.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="startSample">Where the stream starts, 0 to <see cref="LastRepresentableSample"/> + 1.</param>
    /// <returns>The reader (for one thread at a time).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative or beyond <see cref="LastRepresentableSample"/> + 1.</exception>
    public WaveformReader<T> CreateReader<T>(long startSample = 0) where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckWindow(startSample, startSample, nameof(startSample), nameof(startSample));
        return new(this, startSample);
    }

    /// <summary>The time of each sample in seconds, sample i at exactly i / fs (no accumulated step).</summary>
    /// <param name="startSample">Index of the first sample, 0 or more.</param>
    /// <param name="destination">Where the times go.</param>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative.</exception>
    public void TimeAxis(long startSample, Span<double> destination)
    {
        Guard.InRange(startSample, 0, long.MaxValue - destination.Length, nameof(startSample));
        for (var i = 0; i < destination.Length; i++) destination[i] = (double)(startSample + i) / SamplesPerSecond;
    }

    /// <summary>The number of samples in a duration at this rate (nearest sample, halves up).</summary>
    /// <param name="duration">A duration, 0 or more.</param>
    /// <returns>The sample count.</returns>
    public long SamplesIn(Duration duration) => SampleClock.Samples(duration, SamplesPerSecond);

    internal RenderCache<T> Cache<T>() where T : unmanaged, IFloatingPointIeee754<T> =>
        (RenderCache<T>)_caches.GetOrAdd(typeof(T), static (_, schedule) => schedule.BuildCache<T>(), this);

    private protected abstract RenderCache<T> BuildCache<T>() where T : unmanaged, IFloatingPointIeee754<T>;

    private protected abstract long PulseOnsetCore(long pulseIndex);

    /// <summary>Number of pulse onsets in [0, sample).</summary>
    private protected abstract long PulsesBefore(long sample);

    private protected abstract IEnumerable<WaveformSegment> SegmentsCore(long start, long end);

    internal abstract void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>The same schedule with every level multiplied by <paramref name="factor"/> (a channel's share and sign).</summary>
    internal abstract WaveformSchedule Scaled(double factor);

    /// <summary>
    /// The frame runs of this schedule for channels scaled by <paramref name="scales"/> (one per channel, 0 for a channel
    /// the schedule does not drive), or null when this kind of schedule is not written as frames (then frames are
    /// interleaved from per-channel renders).
    /// </summary>
    internal virtual FrameCache<T>? BuildFrames<T>(double[] scales) where T : unmanaged, IFloatingPointIeee754<T> => null;

    /// <summary>Whether <see cref="RenderFrames{T}"/> can add into frames already written (a program set's later areas).</summary>
    internal virtual bool AddsFrames => false;

    /// <summary>
    /// Writes frames [<paramref name="start"/>, start + frames.Length / channels) of the channels of <paramref name="cache"/>
    /// into <paramref name="frames"/> (or adds them, when <paramref name="add"/> and <see cref="AddsFrames"/>): value
    /// f · channels + c equals channel c's own render (<see cref="Scaled(double)"/> by its scale) at sample start + f.
    /// </summary>
    internal virtual void RenderFrames<T>(long start, Span<T> frames, FrameCache<T> cache, bool add) where T : unmanaged, IFloatingPointIeee754<T> =>
        throw new NotSupportedException($"{GetType().Name} is not written as frames.");
}

/// <summary>A run of one template: constant <paramref name="Level"/> (zero for gaps) or <paramref name="Curve"/>.</summary>
internal readonly record struct TemplateRun<T>(int Start, int Length, T Level, RechargeCurve<T>? Curve) where T : unmanaged, IFloatingPointIeee754<T>;

/// <summary>
/// The samples of one exponential segment in T, Level · exp(−k / τ): the first <see cref="CachedSamples"/> of them kept
/// in an array (every recharge of a template that has the same level, τ and length shares it), the rest of a long
/// window computed when rendered, so that memory stays bounded whatever the window and the sample rate.
/// </summary>
internal sealed class RechargeCurve<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>At most this many samples are kept (256 KB of float, 512 KB of double; a 5 ms window at 1 MHz is 5000).</summary>
    public const int CachedSamples = 1 << 16;

    private readonly T[] _head;
    private readonly double _level;
    private readonly double _tau;

    public RechargeCurve(TemplateSegment segment)
    {
        _level = segment.Level;
        _tau = segment.TimeConstantSamples;
        _head = new T[(int)Math.Min(segment.Length, CachedSamples)];
        for (var k = 0; k < _head.Length; k++) _head[k] = T.CreateChecked(segment.ValueAt(k));
    }

    /// <summary>Samples [offset, offset + destination.Length) of the curve.</summary>
    public void CopyTo(long offset, Span<T> destination)
    {
        if (offset + destination.Length <= _head.Length)
        {
            SampleCopy.Copy<T>(_head.AsSpan((int)offset, destination.Length), destination);
            return;
        }
        var cached = (int)Math.Clamp(_head.Length - offset, 0, destination.Length);
        if (cached > 0) SampleCopy.Copy<T>(_head.AsSpan((int)offset, cached), destination);
        // Must stay the same expression as TemplateSegment.ValueAt, so the tail equals the segment list exactly.
        for (var i = cached; i < destination.Length; i++)
            destination[i] = T.CreateChecked(_level * Math.Exp(-(offset + i) / _tau));
    }
}

/// <summary>Per-sample-type data prepared once: the template's exponential curves in T, its runs, and (when it pays) a tile.</summary>
internal sealed class RenderCache<T>(RechargeCurve<T>?[] curves, AlignedTile<T>? tile, long tileStart, TemplateRun<T>[]? runs = null,
    bool tileForChunks = false) where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Whether copying the tile beats run-by-run fills for cache-resident destinations (short runs only).</summary>
    public bool TileForChunks { get; } = tileForChunks;

    /// <summary>The template as consecutive runs covering [0, length), for whole repetitions.</summary>
    public TemplateRun<T>[] Runs { get; } = runs ?? [];

    /// <summary>Exponential segments' samples in T, indexed like the template's segments (null for constants).</summary>
    public RechargeCurve<T>?[] Curves { get; } = curves;

    /// <summary>A whole number of hyperperiods of the steady-state signal, or null when rendering by segments is better.</summary>
    public AlignedTile<T>? Tile { get; } = tile;

    /// <summary>The tile equals the signal from this sample on (the start has no spill-over from a previous repetition).</summary>
    public long TileStart { get; } = tileStart;
}
