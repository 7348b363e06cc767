using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// What the network did in one run of <see cref="GateControlNetwork.Simulate"/>: the WDR (projection neuron) output that a
/// user or a notebook reads as "how much pain signal got through", and the rates of the interneurons that explain it.
/// </summary>
/// <remarks>Rates are rounded to 1 mHz (a rate below 0.5 mHz reads as 0 Hz); counts are exact. Immutable: safe to share
/// between threads.</remarks>
internal sealed class NetworkActivity
{
    private readonly int[] _wdr; // ascending

    internal NetworkActivity(Duration timeStep, int durationSteps, CellKind[] kinds, int[] spikeCounts, int[] wdrSpikeSteps, double cResponse)
    {
        TimeStepMs = timeStep.ToMilliseconds(); DurationSteps = durationSteps; CellKinds = kinds; SpikeCounts = spikeCounts;
        WdrSpikeSteps = wdrSpikeSteps; CFibreResponse = cResponse; _wdr = wdrSpikeSteps;
        TimeStep = timeStep;
        Duration = TimeStep * durationSteps;
    }

    /// <summary>Time step of the run.</summary>
    public Duration TimeStep { get; }

    /// <summary>Length of the run (a whole number of time steps).</summary>
    public Duration Duration { get; }

    /// <summary>Spikes the WDR neuron fired over the run.</summary>
    public int WdrSpikeCount => _wdr.Length;

    /// <summary>WDR firing rate over the run (1 mHz resolution).</summary>
    public Frequency WdrRate => Frequency.FromComputedHertz(WdrRateHz);

    /// <summary>Mean WDR spikes per C volley within the response window (NaN when the inputs had no volleys).</summary>
    public double CFibreResponse { get; }

    /// <summary>Mean firing rate of the cells of one kind (1 mHz resolution).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Rate per cell, or null when the network has no cell of that kind.</returns>
    public Frequency? MeanRate(CellKind kind)
    {
        var hz = MeanRateHz(kind);
        return double.IsNaN(hz) ? null : Frequency.FromComputedHertz(hz);
    }

    /// <summary>WDR spikes counted in [<paramref name="from"/>, <paramref name="to"/>): a spike at step k counts when
    /// from ≤ k × time step &lt; to.</summary>
    /// <param name="from">Window start (may be negative or past the run).</param>
    /// <param name="to">Window end; at least the start.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is reversed.</exception>
    public int WdrSpikesBetween(Duration from, Duration to)
    {
        if (to < from)
            throw new ArgumentOutOfRangeException(nameof(to), to, $"{nameof(to)} must be at least {nameof(from)} ({from}); got {to}.");
        // Exact in integers: the first step at or after a time t is ceil(t / dt).
        var stepNs = TimeStep.ToNanoseconds();
        return FirstAtOrAbove(CeilDiv(to.ToNanoseconds(), stepNs)) - FirstAtOrAbove(CeilDiv(from.ToNanoseconds(), stepNs));
        static long CeilDiv(long a, long b) => a / b + (a % b > 0 ? 1 : 0);
    }

    /// <summary>A readable summary, for example "NetworkActivity { Duration = 10 s, WdrSpikeCount = 78, WdrRate = 7.8 Hz, CFibreResponse = NaN }".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"NetworkActivity {{ Duration = {Duration}, WdrSpikeCount = {WdrSpikeCount}, WdrRate = {WdrRate}, CFibreResponse = {CFibreResponse:G6} }}");

    internal double TimeStepMs { get; }
    internal int DurationSteps { get; }
    internal double DurationSeconds => DurationSteps * TimeStepMs / 1000;
    internal double WdrRateHz => WdrSpikeSteps.Count / DurationSeconds;

    /// <summary>Kind of each cell (index as in <see cref="SpikeCounts"/>; the WDR neuron is last).</summary>
    internal IReadOnlyList<CellKind> CellKinds { get; }

    /// <summary>Spikes fired by each cell.</summary>
    internal IReadOnlyList<int> SpikeCounts { get; }

    /// <summary>The steps at which the WDR neuron fired.</summary>
    internal IReadOnlyList<int> WdrSpikeSteps { get; }

    internal double MeanRateHz(CellKind kind)
    {
        int n = 0; long s = 0;
        for (var i = 0; i < CellKinds.Count; i++) if (CellKinds[i] == kind) { n++; s += SpikeCounts[i]; }
        return n == 0 ? double.NaN : s / (double)n / DurationSeconds;
    }

    /// <summary>WDR spikes with from ≤ step × dt &lt; to, by binary search over the ascending spike steps.</summary>
    internal int CountWdrSpikes(double fromSeconds, double toSeconds)
    {
        var a = fromSeconds * 1000 / TimeStepMs; var b = toSeconds * 1000 / TimeStepMs;
        return Math.Max(0, FirstAtOrAbove(b) - FirstAtOrAbove(a));
    }

    /// <summary>WDR spikes at steps before <paramref name="step"/>.</summary>
    internal int WdrSpikesBefore(int step) => FirstAtOrAbove(step);

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
