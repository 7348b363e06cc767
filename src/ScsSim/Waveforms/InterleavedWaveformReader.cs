using System.Numerics;

namespace ScsSim.Waveforms;

/// <summary>
/// For feeding a multi-channel output (a DAQ card, a hardware-in-the-loop rig) frame by frame: streams the interleaved
/// frames of a <see cref="MultiChannelWaveform"/> in successive chunks of whole frames: value
/// f · <see cref="ChannelCount"/> + c of a chunk is channel c (in the order of <see cref="MultiChannelWaveform.Channels"/>:
/// the contacts, then the case) at sample <see cref="Position"/> + f. Each <see cref="Read"/> continues where the
/// previous one stopped, equals <see cref="MultiChannelWaveform.RenderInterleaved{T}(long, Span{T})"/> of the same frames,
/// and allocates nothing.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Not thread-safe: a reader holds its stream position and a scratch buffer, so use each reader from one thread
/// at a time (create one reader per thread; they may share the waveform, which is thread-safe).</remarks>
public sealed class InterleavedWaveformReader<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly MultiChannelWaveform _waveform;
    private readonly FrameCache<T>[] _frames;
    private readonly T[] _scratch;

    internal InterleavedWaveformReader(MultiChannelWaveform waveform, long position, FrameCache<T>[] frames, T[] scratch)
    {
        _waveform = waveform;
        _frames = frames;
        _scratch = scratch;
        Position = position;
    }

    /// <summary>Values in one frame (one per channel).</summary>
    public int ChannelCount => _waveform.ChannelCount;

    /// <summary>The sample index of the next frame to be read.</summary>
    public long Position { get; private set; }

    /// <summary>Fills <paramref name="frames"/> with the next whole frames and advances by their number.</summary>
    /// <param name="frames">Where the frames go (mA); its length must be a multiple of <see cref="ChannelCount"/>.</param>
    /// <exception cref="ArgumentException">The length is not a multiple of <see cref="ChannelCount"/>.</exception>
    /// <exception cref="InvalidOperationException">The stream would pass the end of the representable sample range.</exception>
    public void Read(Span<T> frames)
    {
        var count = _waveform.CheckFrames(frames.Length, nameof(frames));
        if (Position > _waveform.SampleEnd - count)
            throw new InvalidOperationException(
                $"The stream has reached the end of the 64-bit sample range this waveform represents: {count} more frames from sample {Position} would pass the last representable sample ({_waveform.SampleEnd - 1}).");
        _waveform.Interleave(Position, frames, _scratch, _frames);
        Position += count;
    }
}
