using System.Numerics;

namespace ScsSim.Waveforms;

/// <summary>
/// Streams a schedule in successive chunks of any size the caller chooses; each <see cref="Read"/> continues where the
/// previous one stopped and allocates nothing.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
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
    /// <exception cref="InvalidOperationException">The stream would pass the end of the 64-bit sample range.</exception>
    public void Read(Span<T> chunk)
    {
        if (Position > long.MaxValue - chunk.Length)
            throw new InvalidOperationException("The stream has reached the end of the 64-bit sample range.");
        _schedule.RenderCore(Position, chunk, _cache);
        Position += chunk.Length;
    }
}
