using System.Runtime.CompilerServices;

namespace ScsSim.Benchmarks.Waveforms;

/// <summary>
/// A buffer that starts on a 64-byte boundary and never moves (a pinned array, used from an aligned offset), so that every
/// run of a benchmark measures the same alignment.
/// </summary>
/// <remarks>
/// Why: a plain array starts 16 bytes past a 32-byte boundary in some processes and on one in others. <c>Span.Fill</c>
/// (unaligned 256-bit stores) runs about twice as fast into an aligned 256 KB chunk as into a misaligned one; it was measured
/// at 185 µs against 326 µs for 153 float chunks of 65,536 samples in separate runs on 2026-12-03. The renderer aligns its own
/// stores, so only the baseline moved, and ratios such as StreamChunk/FillChunk jumped between 0.41 and 0.85 from one run
/// to the next. Aligned buffers give the baseline its best case in every run, which is the fair comparison.
/// </remarks>
/// <typeparam name="T">The sample type.</typeparam>
public sealed class AlignedBuffer<T> where T : unmanaged
{
    private const int Alignment = 64;
    private readonly T[] _array;
    private readonly int _offset;

    public AlignedBuffer(int length)
    {
        Length = length;
        _array = GC.AllocateArray<T>(length + Alignment / Unsafe.SizeOf<T>(), pinned: true);
        unsafe
        {
            fixed (T* start = _array)
                _offset = (int)((Alignment - (long)((nuint)start % Alignment)) % Alignment / Unsafe.SizeOf<T>());
        }
    }

    /// <summary>Samples in the buffer.</summary>
    public int Length { get; }

    /// <summary>The buffer, from its 64-byte boundary.</summary>
    public Span<T> Span => _array.AsSpan(_offset, Length);
}
