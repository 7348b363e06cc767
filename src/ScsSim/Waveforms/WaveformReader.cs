using System.Numerics;

namespace ScsSim.Waveforms;

/// <summary>
/// For signals longer than memory or a live feed (a DAQ card, a hardware-in-the-loop rig): streams a schedule in
/// successive chunks of any size the caller chooses; each <see cref="Read"/> continues where the previous one stopped
/// and allocates nothing. Made by <see cref="WaveformSchedule.CreateReader{T}(long)"/>.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <remarks>Not thread-safe: a reader holds its stream position, so use each reader from one thread at a time (create one
/// reader per thread; they may share the schedule, which is thread-safe).</remarks>
public sealed class WaveformReader<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly WaveformSchedule _schedule;
    private readonly RenderCache<T> _cache;

    internal WaveformReader(WaveformSchedule schedule, long position)
    {
        _schedule = schedule;
        _cache = schedule.Cache<T>();
        Position = position;
    }

    /// <summary>Index of the next sample to be read.</summary>
    public long Position { get; private set; }

    /// <summary>Fills <paramref name="chunk"/> with the next samples and advances.</summary>
    /// <param name="chunk">Where the samples go; any length.</param>
    /// <exception cref="InvalidOperationException">The stream would pass the end of the representable sample range
    /// (<see cref="WaveformSchedule.LastRepresentableSample"/>).</exception>
    public void Read(Span<T> chunk)
    {
        if (Position > _schedule.SampleEnd - chunk.Length)
            throw new InvalidOperationException(
                $"The stream has reached the end of the 64-bit sample range this schedule represents: {chunk.Length} more samples from sample {Position} would pass LastRepresentableSample ({_schedule.LastRepresentableSample}).");
        _schedule.RenderCore(Position, chunk, _cache);
        Position += chunk.Length;
    }
}
