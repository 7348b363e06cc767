using System.Numerics;

namespace ScsSim.Waveforms;

/// <summary>
/// One run of a template written as interleaved frames: zero, one constant frame (every channel's level), or an
/// exponential recharge whose frames are kept interleaved for its first samples and computed beyond them.
/// </summary>
internal sealed class FrameRun<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>At most this many values of a recharge are kept interleaved (1 MB of float, 2 MB of double).</summary>
    public const int CachedCurveValues = 1 << 18;

    private FrameRun(int start, int length) => (Start, Length) = (start, length);

    /// <summary>First template sample of the run.</summary>
    public int Start { get; }

    /// <summary>Samples (frames) in the run.</summary>
    public int Length { get; }

    /// <summary>One frame repeated until it is at least one vector long, padded with one vector of itself (null unless constant).</summary>
    public AlignedTile<T>? Pattern { get; private init; }

    /// <summary>The recharge's first <see cref="CurveFrames"/> frames, interleaved (null unless exponential).</summary>
    public T[]? Curve { get; private init; }

    /// <summary>Frames held by <see cref="Curve"/>.</summary>
    public int CurveFrames { get; private init; }

    /// <summary>Each channel's segment (its level scaled), for frames beyond <see cref="CurveFrames"/>.</summary>
    public TemplateSegment[]? Segments { get; private init; }

    public bool IsZero => Pattern is null && Curve is null;

    public static FrameRun<T> Zero(int start, int length) => new(start, length);

    /// <summary>
    /// A run of <paramref name="segment"/> on every channel: channel c carries the segment scaled by scales[c] exactly as
    /// its own schedule does (<see cref="PulseTemplate.Scaled(double)"/>: level · scale in double, then T), and +0 where
    /// the scale is 0 (a channel another area uses), as a cleared sample is.
    /// </summary>
    public static FrameRun<T> Of(TemplateSegment segment, double[] scales)
    {
        var channels = scales.Length;
        var scaled = scales.Select(s => segment with { Level = segment.Level * s }).ToArray();
        T ValueAt(int c, long k) => scales[c] == 0 ? T.Zero : T.CreateChecked(scaled[c].ValueAt(k));
        if (!segment.IsExponential)
        {
            // Repeat the frame until it holds at least one vector of any width, then pad with as many more.
            var length = channels * (int)Math.Ceiling((double)TileCopy.Padding / channels);
            var pattern = new AlignedTile<T>(length);
            for (var i = 0; i < length; i++) pattern.Samples[i] = ValueAt(i % channels, 0);
            pattern.Pad();
            return new FrameRun<T>((int)segment.Start, (int)segment.Length) { Pattern = pattern };
        }
        var frames = (int)Math.Min(segment.Length, Math.Max(1, CachedCurveValues / channels));
        var curve = new T[frames * channels];
        for (var k = 0; k < frames; k++)
            for (var c = 0; c < channels; c++) curve[k * channels + c] = ValueAt(c, k);
        return new FrameRun<T>((int)segment.Start, (int)segment.Length) { Curve = curve, CurveFrames = frames, Segments = scaled };
    }

    /// <summary>
    /// Frames [<paramref name="offset"/>, offset + destination.Length / channels) of the run into <paramref name="destination"/>,
    /// or added to what it holds (<paramref name="add"/>: a zero run then leaves it as it is).
    /// </summary>
    public void Write(long offset, Span<T> destination, int channels, bool add)
    {
        if (IsZero)
        {
            if (!add) SampleCopy.Fill(destination, T.Zero);
            return;
        }
        if (Pattern is { } pattern)
        {
            if (add) TileCopy.Add(pattern, destination);
            else if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.Vector256<T>.IsSupported)
                TileCopy.Copy<T, TileCopy.CachedStore>(pattern, 0, destination);
            else
                for (var i = 0; i < destination.Length; i++) destination[i] = pattern[i % pattern.Length];
            return;
        }
        var frames = destination.Length / channels;
        var cached = (int)Math.Clamp(CurveFrames - offset, 0, frames);
        if (cached > 0)
        {
            var head = Curve.AsSpan((int)offset * channels, cached * channels);
            if (add) SumSchedule.AddInto(destination[..head.Length], head);
            else SampleCopy.Copy<T>(head, destination);
        }
        var segments = Segments!;
        for (var f = cached; f < frames; f++)
        {
            for (var c = 0; c < channels; c++)
            {
                // The scale-0 channel of another area stays +0, as in Of.
                var value = segments[c].Level == 0 ? T.Zero : T.CreateChecked(segments[c].ValueAt(offset + f));
                ref var target = ref destination[f * channels + c];
                target = add ? target + value : value;
            }
        }
    }
}

/// <summary>
/// One area's template as frame runs covering [0, template length), consecutive, zeros included; and, for a short
/// hyperperiod, a tile of whole hyperperiods of frames (how the single-channel renderer tiles, see PeriodicSchedule).
/// </summary>
internal sealed class FrameCache<T>(int channels, FrameRun<T>[] runs) where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Values per frame.</summary>
    public int Channels { get; } = channels;

    /// <summary>The runs in order.</summary>
    public FrameRun<T>[] Runs { get; } = runs;

    /// <summary>Whole hyperperiods of frames from <see cref="TileStart"/> on, padded with one vector of its start; or null.</summary>
    public AlignedTile<T>? Tile { get; init; }

    /// <summary>Frames in <see cref="Tile"/> (its logical length is TileFrames · Channels values).</summary>
    public int TileFrames { get; init; }

    /// <summary>The tile equals the frames from this sample on.</summary>
    public long TileStart { get; init; } = long.MaxValue;

    /// <summary>Whether copying the tile beats run-by-run writes into a cache-resident destination (short runs).</summary>
    public bool TileForChunks { get; init; }

    /// <summary>
    /// Template samples [<paramref name="from"/>, <paramref name="to"/>) as frames into <paramref name="destination"/>
    /// (length (to − from) · channels), or added to it.
    /// </summary>
    public void WriteTemplate(long from, long to, Span<T> destination, bool add)
    {
        foreach (var run in Runs)
        {
            var end = run.Start + run.Length;
            if (end <= from) continue;
            if (run.Start >= to) break;
            var a = Math.Max(run.Start, from);
            var b = Math.Min(end, to);
            run.Write(a - run.Start, destination.Slice((int)(a - from) * Channels, (int)(b - a) * Channels), Channels, add);
        }
    }
}
