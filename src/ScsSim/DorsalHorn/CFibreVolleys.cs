using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// The C-fibre response test protocol a <see cref="PainState"/> may carry (as <see cref="PainState.CFibreTest"/> does),
/// for comparing with the in-vivo studies: synchronous C-fibre volleys at the dorsal horn (arrival times, after
/// peripheral conduction); every C input fires once per volley with a latency spread, and the WDR spikes in a window
/// after each arrival are the C-fibre response.
/// </summary>
/// <remarks>The rat study PMC3763697 counted WDR spikes in a C-fibre latency window (about 90-300 ms after the stimulus,
/// a 210 ms window) over a train of stimuli; here the window is measured from the arrival of the volley. Immutable and thread-safe.</remarks>
public sealed record CFibreVolleys
{
    /// <summary>Creates a protocol.</summary>
    /// <param name="interval">Time between volleys; 50 ms to 1 h.</param>
    /// <param name="firstVolley">Arrival of the first volley; 0 or more.</param>
    /// <param name="latencySpread">Each fibre arrives uniformly within this time after the volley (dispersion of C conduction); 0 to 1 s.</param>
    /// <param name="responseWindow">WDR spikes are counted from each volley's arrival for this long; greater than 0 and at most three
    /// quarters of the interval (each volley is delayed by a seeded jitter of up to a quarter interval so that it never phase-locks
    /// to a periodic SCS train).</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of range.</exception>
    public CFibreVolleys(Duration interval, Duration firstVolley, Duration latencySpread, Duration responseWindow)
    {
        Interval = interval;
        Guard.InRange(interval.ToNanoseconds(), 50_000_000, 3_600_000_000_000, nameof(interval), " ns");
        FirstVolley = firstVolley;
        Guard.InRange(firstVolley.ToNanoseconds(), 0, long.MaxValue, nameof(firstVolley), " ns");
        LatencySpread = latencySpread;
        Guard.InRange(latencySpread.ToNanoseconds(), 0, 1_000_000_000, nameof(latencySpread), " ns");
        ResponseWindow = responseWindow;
        Guard.InRange(responseWindow.ToNanoseconds(), 1, interval.ToNanoseconds() * 3 / 4, nameof(responseWindow), " ns");
    }

    /// <summary>A volley every 1 s from 0.5 s (plus up to 0.25 s of jitter), 100 ms latency spread, 210 ms window (after PMC3763697).</summary>
    public static CFibreVolleys Default { get; } = new(Duration.FromSeconds(1), Duration.FromMilliseconds(500),
        Duration.FromMilliseconds(100), Duration.FromMilliseconds(210));

    /// <summary>Time between volleys.</summary>
    public Duration Interval { get; }

    /// <summary>Arrival of the first volley.</summary>
    public Duration FirstVolley { get; }

    /// <summary>Latency spread across fibres.</summary>
    public Duration LatencySpread { get; }

    /// <summary>Counting window after each volley.</summary>
    public Duration ResponseWindow { get; }
}
