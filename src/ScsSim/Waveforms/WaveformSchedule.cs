using System.Collections.Concurrent;
using System.Numerics;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Waveforms;

/// <summary>
/// A program compiled to an exact sample schedule: piecewise segments on integer sample indices of an infinite
/// signal that starts at sample 0. Render any window of it into a caller's span, stream it in chunks, or ask where
/// pulse k starts without rendering anything.
/// </summary>
/// <remarks>
/// <para>Timing is exact: repetition k of a train at frequency f starts at sample round(k · fs / f) computed in
/// integer arithmetic, so 130 Hz at 1 MHz (7692.307… samples a period) never drifts, even after 24 hours (sample
/// indices are 64-bit). Phase widths round to the nearest sample, halves up (30 µs at 1 MHz is 30 samples, never 29);
/// a phase that rounds to zero samples, or a pulse that no longer fits between two rounded onsets, is rejected with the
/// sample rate that would work. Pulses inside a burst start at round(i · fs / f_intra) after the burst's onset.</para>
/// <para>Values are currents in mA at the cathode(s), cathodic phase negative. The recharge level is set so that
/// every rendered repetition is charge balanced in samples (see <see cref="Compile(StimulationProgram, long)"/>). Passive recharge is rendered as
/// its true exponential, I0 · exp(−n / τ_samples).</para>
/// <para>A cycling program restarts its inner program at each on-time, delivers only the pulses (or bursts) that
/// complete within the on-time, ramps the amplitude of each pulse linearly from 0 over the ramp (gain = the pulse's onset
/// within the on-time / the ramp, constant within a pulse so each stays balanced; the first pulse of each on-time therefore
/// has zero amplitude), and is exactly zero during the off-time.</para>
/// </remarks>
public abstract class WaveformSchedule
{
    private readonly ConcurrentDictionary<Type, object> _caches = new();

    private protected WaveformSchedule(StimulationProgram program, long sampleRateHz)
    {
        Program = program;
        SampleRateHz = sampleRateHz;
    }

    /// <summary>The program this schedule renders.</summary>
    public StimulationProgram Program { get; }

    /// <summary>Samples per second.</summary>
    public long SampleRateHz { get; }

    /// <summary>Number of stimulating phases (pulses) in each repetition of the schedule's template (n for a burst).</summary>
    public abstract int PulsesPerRepetition { get; }

    /// <summary>Compiles a program at a sample rate.</summary>
    /// <param name="program">The program (tonic, burst, high frequency or cycling).</param>
    /// <param name="sampleRateHz">Samples per second: any positive whole number up to 1e9 (1 MHz, 200 kHz, 44.1 kHz, ...).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample rate is out of range, a phase rounds to zero samples, or a pulse
    /// no longer fits its period at this rate; the message names a sample rate that works.</exception>
    public static WaveformSchedule Compile(StimulationProgram program, long sampleRateHz)
    {
        Guard.NotNull(program, nameof(program));
        Guard.InRange(sampleRateHz, 1, 1_000_000_000, nameof(sampleRateHz), " Hz");
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
    /// <param name="sampleRateHz">Samples per second, 1 to 1e9.</param>
    /// <returns>The merged schedule; pulse k is the k-th pulse of any area, in time order.</returns>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An area does not fit the sample grid.</exception>
    public static WaveformSchedule Compile(ProgramSet programSet, long sampleRateHz)
    {
        Guard.NotNull(programSet, nameof(programSet));
        return new SumSchedule(programSet.Areas[0].Program, programSet.Areas.Select(a => CompileArea(a, sampleRateHz)).ToArray());
    }

    internal static WaveformSchedule CompileArea(AreaProgram area, long sampleRateHz)
    {
        var schedule = Compile(area.Program, sampleRateHz);
        var offset = SampleClock.Samples(area.Offset, sampleRateHz);
        return offset == 0 ? schedule : new OffsetSchedule(schedule, offset);
    }

    /// <summary>The exact sample index at which pulse <paramref name="pulseIndex"/> (counting from 0) starts its stimulating phase.</summary>
    /// <param name="pulseIndex">0 or more.</param>
    /// <returns>The sample index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative.</exception>
    public long PulseOnset(long pulseIndex) => PulseOnsetCore(Guard.InRange(pulseIndex, 0, long.MaxValue, nameof(pulseIndex)));

    /// <summary>The exact number of pulse onsets in the window [<paramref name="start"/>, <paramref name="end"/>), without rendering.</summary>
    /// <param name="start">First sample index, 0 or more.</param>
    /// <param name="end">One past the last sample index; at least <paramref name="start"/>.</param>
    /// <returns>The number of pulses whose stimulating phase starts in the window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is out of range.</exception>
    public long CountPulseOnsets(long start, long end)
    {
        Guard.InRange(start, 0, long.MaxValue, nameof(start));
        Guard.InRange(end, start, long.MaxValue, nameof(end));
        return PulsesBefore(end) - PulsesBefore(start);
    }

    /// <summary>The non-zero segments that intersect [<paramref name="start"/>, <paramref name="end"/>), clipped to it.</summary>
    /// <param name="start">First sample index, 0 or more.</param>
    /// <param name="end">One past the last sample index; at least <paramref name="start"/>.</param>
    /// <returns>The segments in ascending order (an exponential segment clipped at its start has its level and start adjusted).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is out of range.</exception>
    public IEnumerable<WaveformSegment> Segments(long start, long end)
    {
        Guard.InRange(start, 0, long.MaxValue, nameof(start));
        Guard.InRange(end, start, long.MaxValue, nameof(end));
        return SegmentsCore(start, end);
    }

    /// <summary>
    /// Renders samples [<paramref name="startSample"/>, <paramref name="startSample"/> + destination.Length) of the infinite
    /// signal into <paramref name="destination"/>. Any window equals the same window cut from a longer render. Allocates
    /// nothing after the first call for a given <typeparamref name="T"/>.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/> (any IEEE 754 type works).</typeparam>
    /// <param name="startSample">Index of the first sample to render, 0 or more.</param>
    /// <param name="destination">Where the samples go (mA).</param>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative or the window passes the end of the 64-bit sample range.</exception>
    public void Render<T>(long startSample, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.InRange(startSample, 0, long.MaxValue - destination.Length, nameof(startSample));
        RenderCore(startSample, destination, Cache<T>());
    }

    /// <summary>Renders the first <paramref name="duration"/> of the signal into a new array.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="duration">How much signal; rounded to whole samples; at most int.MaxValue samples.</param>
    /// <returns>The samples (mA).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative or too long for an array.</exception>
    public T[] Render<T>(Duration duration) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var count = Guard.InRange(SampleClock.Samples(duration, SampleRateHz), 0, Array.MaxLength, nameof(duration));
        var samples = new T[count];
        Render(0, samples.AsSpan());
        return samples;
    }

    /// <summary>A reader that fills successive caller-sized chunks, allocating nothing per chunk.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="startSample">Where the stream starts, 0 or more.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative.</exception>
    public WaveformReader<T> CreateReader<T>(long startSample = 0) where T : unmanaged, IFloatingPointIeee754<T> =>
        new(this, Guard.InRange(startSample, 0, long.MaxValue, nameof(startSample)));

    /// <summary>The time of each sample in seconds, sample i at exactly i / fs (no accumulated step).</summary>
    /// <param name="startSample">Index of the first sample, 0 or more.</param>
    /// <param name="destination">Where the times go.</param>
    /// <exception cref="ArgumentOutOfRangeException">The start is negative.</exception>
    public void TimeAxis(long startSample, Span<double> destination)
    {
        Guard.InRange(startSample, 0, long.MaxValue - destination.Length, nameof(startSample));
        for (var i = 0; i < destination.Length; i++) destination[i] = (double)(startSample + i) / SampleRateHz;
    }

    /// <summary>The number of samples in a duration at this rate (nearest sample, halves up).</summary>
    /// <param name="duration">A duration, 0 or more.</param>
    /// <returns>The sample count.</returns>
    public long SamplesIn(Duration duration) => SampleClock.Samples(duration, SampleRateHz);

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
}

/// <summary>A run of one template: constant <paramref name="Level"/> (zero for gaps) or a copy of <paramref name="Curve"/>.</summary>
internal readonly record struct TemplateRun<T>(int Start, int Length, T Level, T[]? Curve);

/// <summary>Per-sample-type data prepared once: the template's exponential curves in T, its runs, and (when it pays) a tile.</summary>
internal sealed class RenderCache<T>(T[][] curves, T[]? tile, long tileStart, TemplateRun<T>[]? runs = null, int tileLength = 0,
    bool tileForChunks = false)
{
    /// <summary>Whether copying the tile beats run-by-run fills for cache-resident destinations (short runs only).</summary>
    public bool TileForChunks { get; } = tileForChunks;

    /// <summary>Logical tile length (the array carries a few padding samples after it).</summary>
    public int TileLength { get; } = tileLength;

    /// <summary>The template as consecutive runs covering [0, length), for whole repetitions.</summary>
    public TemplateRun<T>[] Runs { get; } = runs ?? [];

    /// <summary>Exponential segments' samples in T, indexed like the template's segments (null for constants).</summary>
    public T[][] Curves { get; } = curves;

    /// <summary>A whole number of hyperperiods of the steady-state signal, or null when rendering by segments is better.</summary>
    public T[]? Tile { get; } = tile;

    /// <summary>The tile equals the signal from this sample on (the start has no spill-over from a previous repetition).</summary>
    public long TileStart { get; } = tileStart;
}
