using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ScsSim.Waveforms;

/// <summary>
/// Writes a short periodic tile (a hyperperiod of one channel, or one frame of every channel repeated) cyclically into a
/// destination: the loop every tiled render shares. A tile is at least <see cref="Padding"/> samples long and carries
/// <see cref="Padding"/> samples of its own start, so that a vector load at any index inside it is valid.
/// </summary>
internal static class TileCopy
{
    /// <summary>Padding every tile carries, in samples: one vector of the widest type used (512 bits of float).</summary>
    public const int Padding = 16;

    /// <summary>
    /// Copies the tile cyclically from <paramref name="index"/> with aligned vector stores, the stores chosen by
    /// <typeparamref name="TStore"/> (a struct, so the JIT compiles one loop per kind with no branch in it). The tile is
    /// copied in stretches up to its wrap point, so the inner loop carries no wrap test (a test per vector made the
    /// index a serial dependency); 512-bit vectors where the hardware has them: on the CI machine (AMD EPYC, AVX-512)
    /// an L1-resident tile copied into an L2-resident 65,536-float chunk ran at 0.43 of a 32-byte-aligned Span.Fill with
    /// 256-bit vectors and 0.57-0.71 with 512-bit ones (2026-12-03, a throwaway probe outside the repository, 4 runs).
    /// </summary>
    /// <param name="tile">The tile (its loads are aligned when <paramref name="index"/> and the destination are).</param>
    /// <param name="index">Where in the tile the destination starts.</param>
    /// <param name="destination">Where the samples go.</param>
    public static unsafe void Copy<T, TStore>(AlignedTile<T> tile, int index, Span<T> destination)
        where T : unmanaged where TStore : struct, IVectorStore
    {
        var tileLength = tile.Length;
        fixed (T* target = destination)
        fixed (T* source = tile.Padded)
        {
            int n = destination.Length, i = 0, j = index;
            var wide = Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;
            var lanes = wide ? Vector512<T>.Count : Vector256<T>.Count;
            var alignment = (nuint)(lanes * sizeof(T) - 1);
            for (; i < n && ((nuint)(target + i) & alignment) != 0; i++)
            {
                target[i] = source[j];
                if (++j == tileLength) j = 0;
            }
            while (i + lanes <= n)
            {
                // Vectors up to the tile's wrap point (the last may read into the padding) or the destination's end.
                var m = Math.Min((tileLength - j + lanes - 1) / lanes, (n - i) / lanes);
                var from = source + j;
                var to = target + i;
                if (wide)
                    for (var k = 0; k < m; k++) TStore.Store(Vector512.Load(from + k * lanes), to + k * lanes);
                else
                    for (var k = 0; k < m; k++) TStore.Store(Vector256.Load(from + k * lanes), to + k * lanes);
                i += m * lanes;
                if ((j += m * lanes) >= tileLength) j -= tileLength;
            }
            for (; i < n; i++)
            {
                target[i] = source[j];
                if (++j == tileLength) j = 0;
            }
        }
        TStore.Finish();
    }

    /// <summary>How <see cref="Copy{T, TStore}"/> writes an aligned vector.</summary>
    public interface IVectorStore
    {
        static abstract unsafe void Store<T>(Vector256<T> value, T* address) where T : unmanaged;

        static abstract unsafe void Store<T>(Vector512<T> value, T* address) where T : unmanaged;

        static abstract void Finish();
    }

    /// <summary>Ordinary stores: the destination is (or will be read while) in the caches.</summary>
    public readonly struct CachedStore : IVectorStore
    {
        public static unsafe void Store<T>(Vector256<T> value, T* address) where T : unmanaged => value.StoreAligned(address);

        public static unsafe void Store<T>(Vector512<T> value, T* address) where T : unmanaged => value.StoreAligned(address);

        public static void Finish() { }
    }

    /// <summary>Non-temporal stores: skip the read-for-ownership of every line of a destination far beyond the caches.</summary>
    public readonly struct NonTemporalStore : IVectorStore
    {
        public static unsafe void Store<T>(Vector256<T> value, T* address) where T : unmanaged => value.StoreAlignedNonTemporal(address);

        public static unsafe void Store<T>(Vector512<T> value, T* address) where T : unmanaged => value.StoreAlignedNonTemporal(address);

        // Orders the streaming stores before anyone reads the buffer.
        public static void Finish()
        {
            if (Sse.IsSupported) Sse.StoreFence();
        }
    }


    /// <summary>
    /// Adds the tile cyclically from sample 0 of the tile: destination[i] += tile[i mod tileLength], each lane the same IEEE
    /// addition as the scalar one (how a program set's later areas add their pulses into frames already written).
    /// </summary>
    public static unsafe void Add<T>(AlignedTile<T> tile, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var lanes = Vector256<T>.Count;
        var tileLength = tile.Length;
        fixed (T* target = destination)
        fixed (T* source = tile.Padded)
        {
            int n = destination.Length, i = 0, j = 0;
            if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
            {
                for (; i + lanes <= n; i += lanes)
                {
                    (Vector256.Load(target + i) + Vector256.Load(source + j)).Store(target + i);
                    if ((j += lanes) >= tileLength) j -= tileLength;
                }
            }
            for (; i < n; i++)
            {
                target[i] += source[j];
                if (++j == tileLength) j = 0;
            }
        }
    }
}
