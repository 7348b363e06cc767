using System.Numerics;
using ScsSim.Programming;

namespace ScsSim.Waveforms;

/// <summary>
/// A periodic schedule gated on and off: each cycle of on + off samples restarts the inner schedule at its start,
/// keeps the repetitions that complete within the on-time, and is zero for the rest. During the ramp each
/// repetition is scaled by (its onset within the cycle) / (ramp samples).
/// </summary>
internal sealed class CyclingSchedule : WaveformSchedule
{
    private readonly PeriodicSchedule _inner;
    private readonly long _cycle;
    private readonly long _ramp;
    private readonly long _repetitionsPerCycle;
    private readonly long _deliveredEnd;
    private readonly long _rampedEnd; // onset of the first repetition at full amplitude (or the delivered end)

    public CyclingSchedule(CyclingProgram program, PeriodicSchedule inner, long fs)
        : base(program, fs)
    {
        _inner = inner;
        var on = SampleClock.Samples(program.OnTime, fs);
        _cycle = on + SampleClock.Samples(program.OffTime, fs);
        _ramp = SampleClock.Samples(program.Ramp, fs);
        // Repetition j completes within the on-time when onset_j + L ≤ on.
        _repetitionsPerCycle = inner.RepetitionsBefore(on - inner.Template.Length + 1);
        if (_repetitionsPerCycle == 0)
            throw SampleClock.DoesNotFit(program, fs, $"the on-time of {program.OnTime} holds no complete pulse");
        _deliveredEnd = inner.RepetitionOnset(_repetitionsPerCycle - 1) + inner.Template.Length;
        _rampedEnd = RampedEnd(inner, _ramp, _repetitionsPerCycle, _deliveredEnd);
    }

    private static long RampedEnd(PeriodicSchedule inner, long ramp, long repetitions, long deliveredEnd)
    {
        var firstAtFullAmplitude = inner.RepetitionsBefore(ramp);
        return firstAtFullAmplitude < repetitions ? inner.RepetitionOnset(firstAtFullAmplitude) : deliveredEnd;
    }

    private CyclingSchedule(CyclingSchedule other, PeriodicSchedule inner)
        : base(other.Program, other.SamplesPerSecond)
    {
        _inner = inner;
        _cycle = other._cycle;
        _ramp = other._ramp;
        _repetitionsPerCycle = other._repetitionsPerCycle;
        _deliveredEnd = other._deliveredEnd;
        _rampedEnd = other._rampedEnd;
    }

    internal override int PulsesPerRepetition => _inner.PulsesPerRepetition;

    private long PulsesPerCycle => _repetitionsPerCycle * _inner.PulsesPerRepetition;

    // Whole cycles only: cycle q is representable when (q + 1) · cycle ≤ limit (its pulses lie within its on-time).
    internal override long EndAtOrBelow(long limit) => limit / _cycle * _cycle;

    internal override WaveformSchedule Scaled(double factor) => new CyclingSchedule(this, (PeriodicSchedule)_inner.Scaled(factor));

    private protected override long PulseOnsetCore(long pulseIndex) =>
        pulseIndex / PulsesPerCycle * _cycle + _inner.PulseOnset(pulseIndex % PulsesPerCycle);

    private protected override long PulsesBefore(long sample) =>
        sample / _cycle * PulsesPerCycle + _inner.CountPulseOnsets(0, Math.Min(sample % _cycle, _deliveredEnd));

    private double Gain(long repetition) =>
        _ramp == 0 ? 1.0 : Math.Min(1.0, (double)_inner.RepetitionOnset(repetition) / _ramp);

    private protected override IEnumerable<WaveformSegment> SegmentsCore(long start, long end)
    {
        for (var cycleStart = start / _cycle * _cycle; cycleStart < end; cycleStart += _cycle)
        {
            var from = Math.Max(start, cycleStart) - cycleStart;
            var to = Math.Min(end, cycleStart + _deliveredEnd) - cycleStart;
            if (to <= from) continue;
            foreach (var s in _inner.Segments(from, to))
            {
                var repetition = _inner.RepetitionsBefore(s.Start + 1) - 1;
                var gain = _inner.RepetitionOnset(repetition) < _ramp ? Gain(repetition) : 1.0;
                yield return s with { Start = s.Start + cycleStart, Gain = gain };
            }
        }
    }

    private protected override RenderCache<T> BuildCache<T>() => _inner.Cache<T>();

    internal override void RenderCore<T>(long start, Span<T> destination, RenderCache<T> cache) =>
        RenderCycles(start, destination, 1, cache, null);

    internal override FrameCache<T>? BuildFrames<T>(double[] scales) => _inner.BuildFrames<T>(scales);

    /// <summary>The frames of <see cref="RenderCore{T}"/>: each on-time the inner frames, ramped per repetition, then zeros.</summary>
    internal override void RenderFrames<T>(long start, Span<T> frames, FrameCache<T> cache, bool add) =>
        RenderCycles(start, frames, cache.Channels, null, cache);

    // One channel (cache) or interleaved frames (frames): each cycle's on-time from the inner schedule, ramped per
    // repetition, then zeros to the end of the cycle. One channel into a destination beyond the caches: the ramped
    // repetitions are rendered with ordinary stores and scaled while in the caches, everything at full amplitude and the
    // zeros with non-temporal stores (decided for the whole destination: a 2 s on-time of float is 8 MB, which one part
    // alone would not count as large; CyclingBenchmarks<Single> Render read 0.69-0.74 of Fill with cached stores).
    private void RenderCycles<T>(long start, Span<T> destination, int channels, RenderCache<T>? cache, FrameCache<T>? frames)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var end = start + destination.Length / channels;
        var nonTemporal = frames is null && PeriodicSchedule.IsLarge<T>(destination.Length);
        var position = start;
        while (position < end)
        {
            var cycleStart = position / _cycle * _cycle;
            var within = position - cycleStart;
            var cycleEnd = Math.Min(end, cycleStart + _cycle);
            if (within < _deliveredEnd)
            {
                var onEnd = Math.Min(cycleEnd, cycleStart + _deliveredEnd);
                if (frames is null)
                {
                    var rampedEnd = Math.Clamp(cycleStart + _rampedEnd, position, onEnd);
                    if (rampedEnd > position)
                    {
                        var ramped = Slice(destination, start, channels, position, rampedEnd);
                        _inner.RenderCore(within, ramped, cache!, nonTemporal: false);
                        ApplyRamp(within, ramped, 1);
                    }
                    if (onEnd > rampedEnd) _inner.RenderCore(rampedEnd - cycleStart, Slice(destination, start, channels, rampedEnd, onEnd), cache!, nonTemporal);
                }
                else
                {
                    var part = Slice(destination, start, channels, position, onEnd);
                    _inner.RenderFrames(within, part, frames, add: false);
                    if (within < _ramp) ApplyRamp(within, part, channels);
                }
                position = onEnd;
            }
            if (nonTemporal) SampleCopy.ClearNonTemporal(Slice(destination, start, channels, position, cycleEnd));
            else SampleCopy.Fill(Slice(destination, start, channels, position, cycleEnd), T.Zero);
            position = cycleEnd;
        }
    }

    private static Span<T> Slice<T>(Span<T> destination, long start, int channels, long from, long to) =>
        destination.Slice((int)((from - start) * channels), (int)((to - from) * channels));

    // Scales each repetition that starts within the ramp by its own gain, so every pulse stays charge balanced.
    private void ApplyRamp<T>(long within, Span<T> part, int channels) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var partEnd = within + part.Length / channels;
        var length = _inner.Template.Length;
        var first = Math.Max(0, _inner.RepetitionsBefore(within - length + 1));
        var onsets = _inner.Onsets(first);
        for (var j = first; ; j++, onsets.MoveNext())
        {
            var onset = onsets.Current;
            if (onset >= partEnd || onset >= _ramp) return;
            var from = Math.Max(onset, within);
            var to = Math.Min(onset + length, partEnd);
            var gain = T.CreateChecked(Gain(j));
            foreach (ref var sample in part[(int)((from - within) * channels)..(int)((to - within) * channels)]) sample *= gain;
        }
    }
}
