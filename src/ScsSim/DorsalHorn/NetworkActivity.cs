namespace ScsSim.DorsalHorn;

/// <summary>What the network did in one run.</summary>
/// <remarks>Immutable: safe to share between threads.</remarks>
public sealed class NetworkActivity
{
    private readonly int[] _wdr; // ascending

    internal NetworkActivity(double timeStepMs, int durationSteps, CellKind[] kinds, int[] spikeCounts, int[] wdrSpikeSteps, double cResponse)
    {
        TimeStepMs = timeStepMs; DurationSteps = durationSteps; CellKinds = kinds; SpikeCounts = spikeCounts;
        WdrSpikeSteps = wdrSpikeSteps; CFibreResponse = cResponse; _wdr = wdrSpikeSteps;
    }

    /// <summary>Time step, ms.</summary>
    public double TimeStepMs { get; }

    /// <summary>Run length, steps.</summary>
    public int DurationSteps { get; }

    /// <summary>Run length, s.</summary>
    public double DurationSeconds => DurationSteps * TimeStepMs / 1000;

    /// <summary>Kind of each cell (index as in <see cref="SpikeCounts"/>; the WDR neuron is last).</summary>
    public IReadOnlyList<CellKind> CellKinds { get; }

    /// <summary>Spikes fired by each cell.</summary>
    public IReadOnlyList<int> SpikeCounts { get; }

    /// <summary>The steps at which the WDR neuron fired.</summary>
    public IReadOnlyList<int> WdrSpikeSteps { get; }

    /// <summary>WDR firing rate over the run, Hz.</summary>
    public double WdrRateHz => WdrSpikeSteps.Count / DurationSeconds;

    /// <summary>Mean WDR spikes per C volley within the response window (NaN when the inputs had no volleys).</summary>
    public double CFibreResponse { get; }

    /// <summary>Mean firing rate of the cells of one kind, Hz.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Rate per cell, Hz (NaN when there is no such cell).</returns>
    public double MeanRateHz(CellKind kind)
    {
        int n = 0; long s = 0;
        for (var i = 0; i < CellKinds.Count; i++) if (CellKinds[i] == kind) { n++; s += SpikeCounts[i]; }
        return n == 0 ? double.NaN : s / (double)n / DurationSeconds;
    }

    /// <summary>WDR spikes counted in [<paramref name="fromSeconds"/>, <paramref name="toSeconds"/>).</summary>
    /// <param name="fromSeconds">Window start, s.</param>
    /// <param name="toSeconds">Window end, s; at least the start.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is not finite or reversed.</exception>
    public int WdrSpikesBetween(double fromSeconds, double toSeconds)
    {
        Guard.Finite(fromSeconds, nameof(fromSeconds));
        Guard.InRange(toSeconds, fromSeconds, double.MaxValue, nameof(toSeconds), " s");
        return CountWdrSpikes(fromSeconds, toSeconds);
    }

    /// <summary>WDR spikes with from ≤ step × dt &lt; to, by binary search over the ascending spike steps.</summary>
    internal int CountWdrSpikes(double fromSeconds, double toSeconds)
    {
        var a = fromSeconds * 1000 / TimeStepMs; var b = toSeconds * 1000 / TimeStepMs;
        return Math.Max(0, FirstAtOrAbove(b) - FirstAtOrAbove(a));
    }

    private int FirstAtOrAbove(double bound)
    {
        int lo = 0, hi = _wdr.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_wdr[mid] >= bound) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
