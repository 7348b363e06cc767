using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;
using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>Another schedule delayed by a whole number of samples (zero before it starts): an area's offset in a program set.</summary>
internal sealed class OffsetSchedule(WaveformSchedule inner, long offset) : WaveformSchedule(inner.Program, inner.SamplesPerSecond)
{
    internal override int PulsesPerRepetition => inner.PulsesPerRepetition;

    internal override WaveformSchedule Scaled(double factor) => new OffsetSchedule(inner.Scaled(factor), offset);

    internal override long EndAtOrBelow(long limit) => limit <= offset ? limit : offset + inner.EndAtOrBelow(limit - offset);

    private protected override long PulseOnsetCore(long pulseIndex) => offset + inner.PulseOnset(pulseIndex);

    private protected override long PulsesBefore(long sample) => sample <= offset ? 0 : inner.CountPulseOnsets(0, sample - offset);

    private protected override IEnumerable<WaveformSegment> SegmentsCore(long start, long end) =>
        end <= offset ? [] : inner.Segments(Math.Max(0, start - offset), end - offset).Select(s => s with { Start = s.Start + offset });

    private protected override RenderCache<T> BuildCache<T>() => inner.Cache<T>();

    internal override FrameCache<T>? BuildFrames<T>(double[] scales) => inner.BuildFrames<T>(scales);

    internal override bool AddsFrames => inner.AddsFrames;

    internal override void RenderFrames<T>(long start, Span<T> frames, FrameCache<T> cache, bool add)
    {
        var silent = (int)Math.Clamp(offset - start, 0, frames.Length / cache.Channels) * cache.Channels;
        if (!add) SampleCopy.Fill(frames[..silent], T.Zero);
        if (silent < frames.Length) inner.RenderFrames(start + silent / cache.Channels - offset, frames[silent..], cache, add);
    }

    internal override void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache)
    {
        var silent = (int)Math.Clamp(offset - start, 0, destination.Length);
        SampleCopy.Fill(destination[..silent], T.Zero);
        if (silent < destination.Length) inner.RenderCore(start + silent - offset, destination[silent..], cache);
    }
}

/// <summary>
/// The sum of several schedules on one sample grid: the areas of a program set on one channel. Program sets prove that
/// areas never pulse together, so the sum is an interleaving (except where rounding to the sample grid makes one sample
/// of two areas coincide, a gap shorter than a sample: that sample is their sum, as the segments of both say); rendering
/// adds block by block through a pooled
/// buffer, allocating nothing after the first call on a thread.
/// </summary>
internal sealed class SumSchedule : WaveformSchedule
{
    private const int AddChunk = 8192;
    private readonly WaveformSchedule[] _parts;
    private readonly ConcurrentDictionary<Type, object> _partCaches = new();

    public SumSchedule(StimulationProgram program, WaveformSchedule[] parts)
        : base(program, parts[0].SamplesPerSecond) => _parts = parts;

    internal override int PulsesPerRepetition => _parts.Sum(p => p.PulsesPerRepetition);

    internal override WaveformSchedule Scaled(double factor) => new SumSchedule(Program, _parts.Select(p => p.Scaled(factor)).ToArray());

    private protected override long PulsesBefore(long sample) => _parts.Sum(p => p.CountPulseOnsets(0, sample));

    internal override long EndAtOrBelow(long limit) => _parts.Min(p => p.EndAtOrBelow(limit));

    // The k-th onset of the merged trains: the smallest sample x with more than k onsets in [0, x], by bisection. It lies
    // in the representable range (k is at most LastRepresentablePulse) and at or before any part's own k-th onset.
    private protected override long PulseOnsetCore(long pulseIndex)
    {
        long low = 0, high = SampleEnd - 1;
        foreach (var part in _parts)
            if (pulseIndex <= part.LastRepresentablePulse) high = Math.Min(high, part.PulseOnset(pulseIndex));
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (PulsesBefore(middle + 1) > pulseIndex) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    private protected override IEnumerable<WaveformSegment> SegmentsCore(long start, long end) =>
        _parts.SelectMany(p => p.Segments(start, end)).OrderBy(s => s.Start);

    private protected override RenderCache<T> BuildCache<T>() => new([], null, long.MaxValue);

    internal override void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache)
    {
        // The first area writes the whole window its fastest way (tiles, non-temporal stores); each later area adds only
        // its own pulses (one frame run of one channel at a time), which is all it changes because areas never pulse
        // together. Only an area that cannot add that way (a cycling one ramps each pulse) is rendered into a block of
        // scratch and added while the destination block is still in the caches.
        var (partCaches, adders) = PartCaches<T>();
        _parts[0].RenderCore(start, destination, partCaches[0]);
        for (var p = 1; p < _parts.Length; p++)
        {
            if (adders[p] is { } frames)
            {
                _parts[p].RenderFrames(start, destination, frames, add: true);
                continue;
            }
            var scratch = ArrayPool<T>.Shared.Rent(Math.Min(AddChunk, destination.Length));
            try
            {
                for (var done = 0; done < destination.Length; done += AddChunk)
                {
                    var n = Math.Min(AddChunk, destination.Length - done);
                    var part = scratch.AsSpan(0, n);
                    _parts[p].RenderCore(start + done, part, partCaches[p]);
                    AddInto(destination.Slice(done, n), part);
                }
            }
            finally
            {
                ArrayPool<T>.Shared.Return(scratch);
            }
        }
    }

    // Each part's render data, and the single-channel frame runs of each part that adds them natively (null otherwise).
    private (RenderCache<T>[] Caches, FrameCache<T>?[] Adders) PartCaches<T>() where T : unmanaged, IFloatingPointIeee754<T> =>
        ((RenderCache<T>[], FrameCache<T>?[]))_partCaches.GetOrAdd(typeof(T), static (_, parts) => (
            parts.Select(p => p.Cache<T>()).ToArray(),
            parts.Select(p => p.AddsFrames ? p.BuildFrames<T>([1.0]) : null).ToArray()), _parts);

    /// <summary>target[i] += source[i], vectorised (each lane is the same IEEE addition as the scalar one).</summary>
    internal static void AddInto<T>(Span<T> target, ReadOnlySpan<T> source) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var t = MemoryMarshal.Cast<T, Vector<T>>(target);
            var s = MemoryMarshal.Cast<T, Vector<T>>(source);
            for (var v = 0; v < t.Length; v++) t[v] += s[v];
            i = t.Length * Vector<T>.Count;
        }
        for (; i < target.Length; i++) target[i] += source[i];
    }
}
