using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ScsSim.Waveforms;

/// <summary>
/// Writes a short periodic tile (a hyperperiod of one channel, or one frame of every channel repeated) cyclically into a
/// destination: the loop every tiled render shares. A tile is at least one vector long and carries one vector's padding
/// of its own start, so that a vector load at any index inside it is valid.
/// </summary>
internal static class TileCopy
{
    /// <summary>
    /// Copies the tile cyclically from <paramref name="index"/> with aligned vector stores in one loop, the stores chosen by
    /// <typeparamref name="TStore"/> (a struct, so the JIT compiles one loop per kind with no branch in it). For a
    /// cache-resident chunk this beats one CopyTo per tile (a call and an unaligned head and tail every few thousand
    /// samples; measured 0.74 of Fill for 10 kHz in 65,536-sample chunks, float and double, 2026-11-25).
    /// </summary>
    public static unsafe void Copy<T, TStore>(T[] paddedTile, int tileLength, int index, Span<T> destination)
        where T : unmanaged where TStore : struct, IVectorStore
    {
        var lanes = Vector256<T>.Count;
        fixed (T* target = destination)
        fixed (T* source = paddedTile)
        {
            int n = destination.Length, i = 0, j = index;
            for (; i < n && ((nuint)(target + i) & 31) != 0; i++)
            {
                target[i] = source[j];
                if (++j == tileLength) j = 0;
            }
            for (; i + 4 * lanes <= n; i += 4 * lanes)
            {
                // The tile is a multiple of 8 samples long and carries one vector's padding, so each load at j is valid;
                // four vectors per step keep the store port busy (j wraps at most once per vector).
                TStore.Store(Vector256.Load(source + j), target + i);
                if ((j += lanes) >= tileLength) j -= tileLength;
                TStore.Store(Vector256.Load(source + j), target + i + lanes);
                if ((j += lanes) >= tileLength) j -= tileLength;
                TStore.Store(Vector256.Load(source + j), target + i + 2 * lanes);
                if ((j += lanes) >= tileLength) j -= tileLength;
                TStore.Store(Vector256.Load(source + j), target + i + 3 * lanes);
                if ((j += lanes) >= tileLength) j -= tileLength;
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

        static abstract void Finish();
    }

    /// <summary>Ordinary stores: the destination is (or will be read while) in the caches.</summary>
    public readonly struct CachedStore : IVectorStore
    {
        public static unsafe void Store<T>(Vector256<T> value, T* address) where T : unmanaged => value.StoreAligned(address);

        public static void Finish() { }
    }

    /// <summary>Non-temporal stores: skip the read-for-ownership of every line of a destination far beyond the caches.</summary>
    public readonly struct NonTemporalStore : IVectorStore
    {
        public static unsafe void Store<T>(Vector256<T> value, T* address) where T : unmanaged => value.StoreAlignedNonTemporal(address);

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
    public static unsafe void Add<T>(T[] paddedTile, int tileLength, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var lanes = Vector256<T>.Count;
        fixed (T* target = destination)
        fixed (T* source = paddedTile)
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
