using System.Numerics;
using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>Another schedule delayed by a whole number of samples (zero before it starts): an area's offset in a program set.</summary>
internal sealed class OffsetSchedule(WaveformSchedule inner, long offset) : WaveformSchedule(inner.Program, inner.SampleRateHz)
{
    public override int PulsesPerRepetition => inner.PulsesPerRepetition;

    internal override WaveformSchedule Scaled(double factor) => new OffsetSchedule(inner.Scaled(factor), offset);

    internal override long EndAtOrBelow(long limit) => limit <= offset ? limit : offset + inner.EndAtOrBelow(limit - offset);

    private protected override long PulseOnsetCore(long pulseIndex) => offset + inner.PulseOnset(pulseIndex);

    private protected override long PulsesBefore(long sample) => sample <= offset ? 0 : inner.CountPulseOnsets(0, sample - offset);

    private protected override IEnumerable<WaveformSegment> SegmentsCore(long start, long end) =>
        end <= offset ? [] : inner.Segments(Math.Max(0, start - offset), end - offset).Select(s => s with { Start = s.Start + offset });

    private protected override RenderCache<T> BuildCache<T>() => inner.Cache<T>();

    internal override void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache)
    {
        var silent = (int)Math.Clamp(offset - start, 0, destination.Length);
        destination[..silent].Clear();
        if (silent < destination.Length) inner.RenderCore(start + silent - offset, destination[silent..], cache);
    }
}

/// <summary>
/// The sum of several schedules on one sample grid: the areas of a program set on one channel. Program sets prove that
/// areas never pulse together, so the sum is an interleaving; rendering adds through a small stack buffer, without
/// allocating.
/// </summary>
internal sealed class SumSchedule : WaveformSchedule
{
    private const int AddChunk = 1024;
    private readonly WaveformSchedule[] _parts;

    public SumSchedule(StimulationProgram program, WaveformSchedule[] parts)
        : base(program, parts[0].SampleRateHz) => _parts = parts;

    public override int PulsesPerRepetition => _parts.Sum(p => p.PulsesPerRepetition);

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
        _parts[0].Render(start, destination);
        Span<T> part = stackalloc T[AddChunk];
        for (var p = 1; p < _parts.Length; p++)
        {
            for (var done = 0; done < destination.Length; done += AddChunk)
            {
                var n = Math.Min(AddChunk, destination.Length - done);
                _parts[p].Render(start + done, part[..n]);
                var target = destination.Slice(done, n);
                for (var i = 0; i < n; i++) target[i] += part[i];
            }
        }
    }
}
