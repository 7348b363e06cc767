using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>
/// A template (one pulse or one burst) repeated at an exact rational period N / D samples: repetition j starts at
/// round(j · N / D). The pattern of onsets repeats exactly every D repetitions, that is every N samples (the
/// hyperperiod), which is what makes tiling possible. (A program-set area's offset is applied by OffsetSchedule.)
/// </summary>
internal sealed class PeriodicSchedule : WaveformSchedule
{
    // Tuned constants. Each only chooses between ways of writing the same samples (the property tests prove the tile and
    // the run-by-run paths identical), so they change speed, never output. Figures are throughput ratios to Span.Fill of
    // the same buffer (fastest iteration; 1.0 = the physical limit) from benchmarks/ScsSim.Benchmarks/Waveforms
    // (WaveformBenchmark: Render = 1e7 samples at 1 MHz, StreamChunk = 65,536-sample chunks), CI settings
    // (--job short --iterationTime 100 --iterationCount 7 -i), on the 2-core CI machine (EPYC, 32 KB L1d, 1 MB L2, 32 MB L3).
    // Three regimes:
    // - destination in cache (a streaming chunk): one Fill per run is fast for long runs; for short runs (10 kHz) the
    //   call overhead dominates and copying a small L1-resident tile wins;
    // - destination beyond the caches: one Fill per run keeps up with Fill of the whole buffer (the DRAM write stream
    //   hides the call overhead) while cached stores from a tile run at only about half speed;
    // - destination far beyond the caches (8 MB and more) with a tile that fits L2: aligned non-temporal vector stores
    //   from the tile skip the read-for-ownership of every line and beat Span.Fill.
    // The thresholds were chosen on 2026-11-25 (commits 46c6bdf, a3d651c, 7485a18) from the figures quoted with each; the
    // crossovers themselves were not swept again (the constants are private, a sweep needs them exposed to a benchmark).
    // Re-checked 2026-12-02 after the onset/tile-copier refactor, 3 runs each side, fastest iteration, with a load average of
    // 14-21 from parallel builds on the 2 cores, so only a gross regression would show (none did): ranges below.

    /// <summary>
    /// Chunks are copied from a tile when a hyperperiod's constant runs average fewer samples than this. Chosen by
    /// StreamChunk of HighFrequency10kBenchmarks (runs of 25 samples: tile about 0.9 of FillChunk, 2026-11-25, where one Fill
    /// per run was call-bound; 2026-12-02: 0.57-0.92 before, 0.74-2.63 after the refactor, float and double) against
    /// TonicBenchmarks (runs of 300 to 19,400 samples: by runs, 0.48-2.30 before, 0.98-1.21 after). Between 25 and 300 the
    /// crossover was not measured; 512 keeps every case seen on the side it was measured on.
    /// </summary>
    private const long TileWhenAverageRunBelow = 512;

    /// <summary>
    /// The chunk tile's target size: 8 KB stays in L1 (32 KB) beside the chunk being written. HighFrequency10kBenchmarks
    /// StreamChunk, 2026-11-25 (7485a18): 16 KB and more fell to 0.6 of FillChunk for 65,536-sample chunks.
    /// </summary>
    private const long TargetTileBytes = 8_192;

    /// <summary>
    /// A chunk tile holds whole hyperperiods: beyond 16,384 samples (64 KB of float) even one hyperperiod leaves L1, where
    /// the 8 KB measurement above says the tile stops paying; TonicBenchmarks (hyperperiod 20,000) therefore streams by runs.
    /// </summary>
    private const long MaxHyperperiodForTile = 16_384;

    /// <summary>
    /// Above 2^18 samples (1 MB of float, beyond L2) a destination is written by runs, not from the chunk tile (cached
    /// stores): HighFrequency10kBenchmarks Render, 2026-11-25 (46c6bdf): the tile ran at about 0.5 of Fill, runs at about Fill.
    /// </summary>
    private const int MaxDestinationForTile = 1 << 18;

    /// <summary>
    /// Destinations this large are far beyond the caches: written with non-temporal stores from the tile, which skip the
    /// read-for-ownership of every destination line. HighFrequency10kBenchmarks Render (40 MB float, 80 MB double),
    /// 2026-11-25 (a3d651c): 1.2-1.5 × Span.Fill; 2026-12-02: float 0.61-1.65 before, 0.27-5.71 after; double 0.49-1.52
    /// before, 1.21-4.33 after; TonicBenchmarks Render float 0.75-1.31 before, 1.63-1.84 after.
    /// </summary>
    private const long NonTemporalFromBytes = 8 << 20;

    /// <summary>
    /// A non-temporal tile is built only for hyperperiods up to 2^17 samples, so that the tile (512 KB of float, 1 MB of
    /// double) stays in L2 while it is read once per hyperperiod; Tonic (20,000) and Tonic130Hz (100,000) qualify. Chosen
    /// with NonTemporalFromBytes (a3d651c) from the L2 size, not swept.
    /// </summary>
    private const long MaxHyperperiodForStreaming = 1 << 17;

    private readonly PulseTemplate _template;
    private readonly long _numerator;
    private readonly long _denominator;

    private PeriodicSchedule(StimulationProgram program, long fs, PulseTemplate template, long numerator, long denominator)
        : base(program, fs)
    {
        _template = template;
        _numerator = numerator;
        _denominator = denominator;
    }

    public static PeriodicSchedule For(StimulationProgram program, long fs)
    {
        var (template, rate, what) = program switch
        {
            PulseTrainProgram train => (PulseTemplate.ForPulse(program, train.Pulse, fs), train.Frequency, "the pulse with its recharge"),
            BurstProgram burst => (PulseTemplate.ForBurst(burst, fs), burst.BurstFrequency, "the burst"),
            _ => throw new ArgumentException($"{program.GetType().Name} has no periodic schedule.", nameof(program)),
        };
        var (n, d) = SampleClock.Period(rate, fs);
        if (template.Length > n / d)
            throw SampleClock.DoesNotFit(program, fs,
                $"{what} takes {template.Length} samples but repetitions can be as little as {n / d} samples apart");
        return new PeriodicSchedule(program, fs, template, n, d);
    }

    public PulseTemplate Template => _template;

    internal override int PulsesPerRepetition => _template.PulseOnsets.Length;

    /// <summary>Onset of repetition j (not of pulse j: a burst has several pulses).</summary>
    public long RepetitionOnset(long j) => Onsets(j).Current;

    /// <summary>The onsets of repetitions j, j + 1, ... (see <see cref="OnsetSequence"/>): how every loop here walks them.</summary>
    public OnsetSequence Onsets(long j) => new(j, _numerator, _denominator);

    /// <summary>Number of repetitions that start before <paramref name="sample"/>.</summary>
    public long RepetitionsBefore(long sample) => SampleClock.FirstAtOrAfter(sample, _numerator, _denominator);

    internal override long EndAtOrBelow(long limit)
    {
        // Repetition j is whole, and the next onset is representable, when onset_j + ⌈N/D⌉ ≤ limit (L ≤ ⌊N/D⌋).
        var widest = (_numerator + _denominator - 1) / _denominator;
        if (limit - widest < 0) return 0;
        return RepetitionOnset(RepetitionsBefore(limit - widest + 1)); // at most onset_(j−1) + ⌈N/D⌉ ≤ limit
    }

    internal override WaveformSchedule Scaled(double factor) =>
        new PeriodicSchedule(Program, SamplesPerSecond, _template.Scaled(factor), _numerator, _denominator);

    private protected override long PulseOnsetCore(long pulseIndex)
    {
        var m = _template.PulseOnsets.Length;
        return RepetitionOnset(pulseIndex / m) + _template.PulseOnsets[pulseIndex % m];
    }

    private protected override long PulsesBefore(long sample)
    {
        var count = 0L;
        foreach (var r in _template.PulseOnsets) count += RepetitionsBefore(sample - r);
        return count;
    }

    private protected override IEnumerable<WaveformSegment> SegmentsCore(long start, long end)
    {
        for (var onsets = Onsets(RepetitionsBefore(start - _template.Length + 1)); ; onsets.MoveNext())
        {
            var onset = onsets.Current;
            if (onset >= end) yield break;
            foreach (var s in _template.Segments)
            {
                var from = Math.Max(onset + s.Start, start);
                var to = Math.Min(onset + s.End, end);
                if (to <= from) continue;
                yield return new WaveformSegment(from, to - from, s.IsExponential ? SegmentShape.Exponential : SegmentShape.Constant,
                    s.Level, s.TimeConstantSamples, PhaseOffset: from - onset - s.Start);
            }
        }
    }

    private protected override RenderCache<T> BuildCache<T>()
    {
        // One curve per distinct recharge (a burst with a passive recharge per pulse has one, not one per pulse).
        var distinct = new Dictionary<(double Level, double Tau, long Length), RechargeCurve<T>>();
        var curves = _template.Segments.Select(s =>
        {
            if (!s.IsExponential) return null;
            var key = (s.Level, s.TimeConstantSamples, s.Length);
            if (!distinct.TryGetValue(key, out var curve)) distinct.Add(key, curve = new RechargeCurve<T>(s));
            return curve;
        }).ToArray();
        var bySegments = new RenderCache<T>(curves, null, long.MaxValue, Runs(curves));

        var hyperperiod = _numerator;
        var runsPerHyperperiod = 2 * _denominator * _template.Segments.Length;
        var tileForChunks = hyperperiod <= MaxHyperperiodForTile && hyperperiod / runsPerHyperperiod < TileWhenAverageRunBelow;
        if (!tileForChunks && hyperperiod > MaxHyperperiodForStreaming)
            return bySegments;
        // Whole hyperperiods, a multiple of 16 samples (any vector width), padded with one vector's worth of its own
        // start so a vector load may run past the logical end.
        var unit = hyperperiod / (long)BigInteger.GreatestCommonDivisor(hyperperiod, VectorPadding) * VectorPadding;
        var targetSamples = tileForChunks ? TargetTileBytes / Unsafe.SizeOf<T>() : 1;
        var tile = new AlignedTile<T>((int)((targetSamples + unit - 1) / unit * unit));
        // From here on the signal is periodic with the hyperperiod (no repetition is cut off by the start of the signal);
        // a multiple of 16 samples too, so sample 16k of the signal is an aligned sample of the tile (aligned loads for
        // aligned chunks).
        var tileStart = (_template.Length + unit - 1) / unit * unit;
        RenderBySegments(tileStart, tile.Samples, bySegments);
        tile.Pad();
        return new RenderCache<T>(curves, tile, tileStart, bySegments.Runs, tileForChunks);
    }

    /// <summary>The whole template as consecutive runs, zeros included, for the unclipped fast path.</summary>
    private TemplateRun<T>[] Runs<T>(RechargeCurve<T>?[] curves) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var runs = new List<TemplateRun<T>>();
        var position = 0L;
        for (var s = 0; s < _template.Segments.Length; s++)
        {
            var segment = _template.Segments[s];
            if (segment.Start > position) runs.Add(new TemplateRun<T>((int)position, (int)(segment.Start - position), T.Zero, null));
            runs.Add(new TemplateRun<T>((int)segment.Start, (int)segment.Length, T.CreateChecked(segment.Level), curves[s]));
            position = segment.End;
        }
        return runs.ToArray();
    }

    private const int VectorPadding = TileCopy.Padding;

    internal override void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache) =>
        RenderCore(start, destination, cache, IsLarge<T>(destination.Length));

    /// <summary>Whether a destination of <paramref name="samples"/> lies beyond the caches, so that non-temporal stores pay.</summary>
    internal static bool IsLarge<T>(long samples) where T : unmanaged =>
        samples * Unsafe.SizeOf<T>() >= NonTemporalFromBytes && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported;

    /// <summary><see cref="RenderCore{T}(long, Span{T}, RenderCache{T})"/> with the store kind chosen by the caller (a part of
    /// a larger destination: <see cref="CyclingSchedule"/>).</summary>
    internal void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache, bool nonTemporal) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var useTile = nonTemporal || (cache.TileForChunks && destination.Length <= MaxDestinationForTile);
        if (cache.Tile is not { } tile || !useTile || start + destination.Length <= cache.TileStart)
        {
            RenderBySegments(start, destination, cache);
            return;
        }
        var head = (int)Math.Clamp(cache.TileStart - start, 0, destination.Length);
        if (head > 0) RenderBySegments(start, destination[..head], cache);
        var index = (int)((start + head - cache.TileStart) % tile.Length);
        var rest = destination[head..];
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            if (nonTemporal) TileCopy.Copy<T, TileCopy.NonTemporalStore>(tile, index, rest);
            else TileCopy.Copy<T, TileCopy.CachedStore>(tile, index, rest);
            return;
        }
        while (!rest.IsEmpty)
        {
            var n = Math.Min(tile.Length - index, rest.Length);
            tile.Samples.Slice(index, n).CopyTo(rest);
            rest = rest[n..];
            index = 0;
        }
    }

    internal override FrameCache<T>? BuildFrames<T>(double[] scales)
    {
        var runs = new List<FrameRun<T>>();
        var position = 0L;
        foreach (var segment in _template.Segments)
        {
            if (segment.Start > position) runs.Add(FrameRun<T>.Zero((int)position, (int)(segment.Start - position)));
            runs.Add(FrameRun<T>.Of(segment, scales));
            position = segment.End;
        }
        var byRuns = new FrameCache<T>(scales.Length, runs.ToArray());
        // A tile of whole hyperperiods of frames, on the single-channel policy (constants above, counted in values: a
        // hyperperiod of frames is hyperperiod · channels values).
        var channels = scales.Length;
        var hyperperiod = _numerator;
        var unitValues = hyperperiod * channels;
        var tileForChunks = unitValues <= MaxHyperperiodForTile && hyperperiod / (2 * _denominator * _template.Segments.Length) < TileWhenAverageRunBelow;
        if (!tileForChunks && unitValues > MaxHyperperiodForStreaming) return byRuns;
        // Whole hyperperiods whose values are a multiple of 16 (as for one channel: aligned loads for aligned chunks).
        var frameUnit = hyperperiod * (VectorPadding / (long)BigInteger.GreatestCommonDivisor(unitValues, VectorPadding));
        var targetValues = tileForChunks ? TargetTileBytes / Unsafe.SizeOf<T>() : VectorPadding; // at least one vector
        var tileFrames = (int)((targetValues + frameUnit * channels - 1) / (frameUnit * channels) * frameUnit);
        var tile = new AlignedTile<T>(tileFrames * channels);
        var tileStart = (_template.Length + frameUnit - 1) / frameUnit * frameUnit;
        RenderFrames(tileStart, tile.Samples, byRuns, add: false);
        tile.Pad();
        return new FrameCache<T>(channels, byRuns.Runs) { Tile = tile, TileFrames = tileFrames, TileStart = tileStart, TileForChunks = tileForChunks };
    }

    internal override bool AddsFrames => true;

    /// <summary>Frames repetition by repetition, as <see cref="RenderBySegments{T}"/> writes one channel: gaps cleared (left
    /// alone when adding), each run one cyclic pattern copy, curve copy or clear.</summary>
    internal override void RenderFrames<T>(long start, Span<T> frames, FrameCache<T> cache, bool add)
    {
        var channels = cache.Channels;
        var end = start + frames.Length / channels;
        var nonTemporal = (long)frames.Length * Unsafe.SizeOf<T>() >= NonTemporalFromBytes;
        if (!add && cache.Tile is { } tile && (nonTemporal || (cache.TileForChunks && frames.Length <= MaxDestinationForTile))
            && end > cache.TileStart && Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            var head = Math.Clamp(cache.TileStart - start, 0, end - start);
            if (head > 0) RenderFrames(start, frames[..(int)(head * channels)], cache, add: false); // before the tile starts: by runs
            var index = (int)((start + head - cache.TileStart) % cache.TileFrames) * channels;
            var rest = frames[(int)(head * channels)..];
            if (nonTemporal) TileCopy.Copy<T, TileCopy.NonTemporalStore>(tile, index, rest);
            else TileCopy.Copy<T, TileCopy.CachedStore>(tile, index, rest);
            return;
        }
        var onsets = Onsets(RepetitionsBefore(start - _template.Length + 1));
        var position = start;
        while (position < end)
        {
            var onset = onsets.Current;
            var gapEnd = Math.Min(onset, end);
            if (gapEnd > position)
            {
                if (!add) SampleCopy.Fill(frames[(int)((position - start) * channels)..(int)((gapEnd - start) * channels)], T.Zero);
                position = gapEnd;
                if (position == end) return;
            }
            var from = position - onset;
            var to = Math.Min(_template.Length, end - onset);
            cache.WriteTemplate(from, to, frames.Slice((int)((position - start) * channels), (int)((to - from) * channels)), add);
            position = onset + to;
            onsets.MoveNext();
        }
    }

    /// <summary>One Fill (or curve copy) per run; onsets from <see cref="OnsetSequence"/>, no division per pulse.</summary>
    private void RenderBySegments<T>(long start, Span<T> destination, RenderCache<T> cache) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var end = start + destination.Length;
        var onsets = Onsets(RepetitionsBefore(start - _template.Length + 1));

        var runs = cache.Runs;
        var templateLength = _template.Length;
        var position = start;
        while (position < end)
        {
            var onset = onsets.Current;
            if (onset >= end)
            {
                SampleCopy.Fill(destination[(int)(position - start)..], T.Zero);
                return;
            }
            if (onset > position)
            {
                SampleCopy.Fill(destination[(int)(position - start)..(int)(onset - start)], T.Zero);
                position = onset;
            }
            if (position == onset && onset + templateLength <= end)
            {
                // Fast path: the whole repetition lies in the window; one Fill (or curve copy) per run, no clipping.
                var repetition = destination.Slice((int)(onset - start), (int)templateLength);
                for (var r = 0; r < runs.Length; r++)
                {
                    ref readonly var run = ref runs[r];
                    var target = repetition.Slice(run.Start, run.Length);
                    if (run.Curve is { } curve) curve.CopyTo(0, target);
                    else SampleCopy.Fill(target, run.Level);
                }
                position = onset + templateLength;
            }
            else
            {
                var to = Math.Min(_template.Length, end - onset);
                RenderTemplate(position - onset, to, destination.Slice((int)(position - start), (int)(to - (position - onset))), cache);
                position = onset + to;
            }
            onsets.MoveNext();
        }
    }

    /// <summary>Template samples [from, to) into <paramref name="destination"/> (length to − from).</summary>
    private void RenderTemplate<T>(long from, long to, Span<T> destination, RenderCache<T> cache) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var position = from;
        var segments = _template.Segments;
        for (var s = 0; s < segments.Length && position < to; s++)
        {
            var segment = segments[s];
            if (segment.End <= position) continue;
            if (segment.Start >= to) break;
            if (segment.Start > position)
            {
                SampleCopy.Fill(destination[(int)(position - from)..(int)(segment.Start - from)], T.Zero);
                position = segment.Start;
            }
            var runEnd = Math.Min(segment.End, to);
            var run = destination.Slice((int)(position - from), (int)(runEnd - position));
            if (cache.Curves[s] is { } curve) curve.CopyTo(position - segment.Start, run);
            else SampleCopy.Fill(run, T.CreateChecked(segment.Level));
            position = runEnd;
        }
        if (position < to) SampleCopy.Fill(destination[(int)(position - from)..], T.Zero);
    }
}
