namespace ScsSim;

/// <summary>
/// A tiny, fast, seeded generator (SplitMix64, Steele, Lea &amp; Flood 2014): the one random source of the library. Its
/// sequence is defined by the code below, not by the runtime (unlike <see cref="System.Random"/>, whose sequence .NET does
/// not promise across versions), so a seed means the same fibre population and the same spike trains everywhere. The
/// network uses one stream per input fibre, so a fibre's spikes depend only on the seed and its index, never on thread
/// scheduling or on the other fibres.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A stream for one (seed, purpose, index) triple, decorrelated by hashing.</summary>
    public static SplitMix64 For(ulong seed, ulong purpose, ulong index)
    {
        var g = new SplitMix64(seed ^ (purpose * 0x9E3779B97F4A7C15UL));
        var s = g.NextUInt64() ^ (index * 0xBF58476D1CE4E5B9UL);
        var h = new SplitMix64(s);
        return new SplitMix64(h.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe under a logarithm.</summary>
    public double NextDoubleOpenAtZero() => 1.0 - NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="count"/>), without modulo bias (Lemire 2019, ACM TOMACS 29:3).</summary>
    public int NextInt(int count)
    {
        var bound = (ulong)count;
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var product = Math.BigMul(NextUInt64(), bound, out var low);
            if (low >= threshold) return (int)product;
        }
    }

    /// <summary>Exponential with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(1.0 - NextDouble());
}
