using System.Runtime.Intrinsics;

namespace ScsSim.Waveforms;

/// <summary>
/// Copies samples with unaligned vector loads and aligned vector stores in one managed loop. Span.CopyTo hands copies of
/// a few kilobytes and more to the C library's memmove, which on the CI machine (AMD EPYC) uses <c>rep movsb</c>, whose
/// speed depends on the relative alignment of source and destination: a recharge curve copied into a chunk at a
/// different offset each period ran anywhere between 0.59 and 0.94 of Fill from run to run.
/// </summary>
internal static class SampleCopy
{
    /// <summary>source → destination (same length; they do not overlap).</summary>
    public static unsafe void Copy<T>(ReadOnlySpan<T> source, Span<T> destination) where T : unmanaged
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported || source.Length < 2 * Vector256<T>.Count)
        {
            source.CopyTo(destination);
            return;
        }
        var lanes = Vector256<T>.Count;
        fixed (T* from = source)
        fixed (T* to = destination)
        {
            var n = source.Length;
            // One unaligned vector for the head, then aligned stores from the first 32-byte boundary, then an unaligned
            // vector ending exactly at the last sample (overlapping stores write the same values).
            Vector256.Load(from).Store(to);
            var i = (int)((32 - ((nuint)to & 31)) & 31) / sizeof(T);
            if (((nuint)to & (nuint)(sizeof(T) - 1)) != 0) i = lanes; // not even element-aligned: no aligned stores
            for (; i + 4 * lanes <= n; i += 4 * lanes)
            {
                var a = Vector256.Load(from + i);
                var b = Vector256.Load(from + i + lanes);
                var c = Vector256.Load(from + i + 2 * lanes);
                var d = Vector256.Load(from + i + 3 * lanes);
                if (((nuint)(to + i) & 31) == 0)
                {
                    a.StoreAligned(to + i);
                    b.StoreAligned(to + i + lanes);
                    c.StoreAligned(to + i + 2 * lanes);
                    d.StoreAligned(to + i + 3 * lanes);
                }
                else
                {
                    a.Store(to + i);
                    b.Store(to + i + lanes);
                    c.Store(to + i + 2 * lanes);
                    d.Store(to + i + 3 * lanes);
                }
            }
            for (; i + lanes <= n; i += lanes) Vector256.Load(from + i).Store(to + i);
            Vector256.Load(from + n - lanes).Store(to + n - lanes);
        }
    }

    /// <summary>
    /// destination[i] = value, with 512-bit stores aligned to 64 bytes where the hardware has them (one unaligned vector
    /// for the head and one for the tail). Span.Fill stores unaligned 256-bit vectors, so a run that starts 16 bytes past
    /// a 32-byte boundary fills at about half its speed (an aligned 256 KB chunk: 185 µs per 153 chunks, a misaligned one
    /// 326 µs, 2026-12-03), and the runs of a waveform start anywhere. Clear is replaced by this too (it calls memset,
    /// which is no faster for the runs here).
    /// </summary>
    public static unsafe void Fill<T>(Span<T> destination, T value) where T : unmanaged
    {
        var lanes = Vector512<T>.Count;
        if (!Vector512.IsHardwareAccelerated || !Vector512<T>.IsSupported || destination.Length < 2 * lanes)
        {
            destination.Fill(value);
            return;
        }
        var v = Vector512.Create(value);
        fixed (T* to = destination)
        {
            var n = destination.Length;
            v.Store(to);
            if (((nuint)to & (nuint)(sizeof(T) - 1)) != 0)
            {
                destination.Fill(value); // not even element-aligned (never for arrays): no aligned stores
                return;
            }
            var i = (int)((64 - ((nuint)to & 63)) & 63) / sizeof(T);
            for (; i + 4 * lanes <= n; i += 4 * lanes)
            {
                v.StoreAligned(to + i);
                v.StoreAligned(to + i + lanes);
                v.StoreAligned(to + i + 2 * lanes);
                v.StoreAligned(to + i + 3 * lanes);
            }
            for (; i + lanes <= n; i += lanes) v.StoreAligned(to + i);
            v.Store(to + n - lanes);
        }
    }

    /// <summary>Zeros with non-temporal stores, for a destination beyond the caches (they skip the read-for-ownership of
    /// every line that ordinary stores pay).</summary>
    public static void ClearNonTemporal<T>(Span<T> destination) where T : unmanaged
    {
        if (destination.Length < 2 * TileCopy.Padding || !System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated || !System.Runtime.Intrinsics.Vector256<T>.IsSupported)
        {
            Fill(destination, default(T));
            return;
        }
        TileCopy.Copy<T, TileCopy.NonTemporalStore>(ZeroTile<T>.Instance, 0, destination);
    }

    // One vector of zeros (a new tile is all zero, padding included).
    private static class ZeroTile<T> where T : unmanaged
    {
        public static readonly AlignedTile<T> Instance = new(TileCopy.Padding);
    }
}
