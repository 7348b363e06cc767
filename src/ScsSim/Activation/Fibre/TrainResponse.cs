using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// What one fibre does under a stretch of a program (<see cref="FibreModel.Response"/>): the action potentials that
/// propagate out of the stimulated region, the pulses delivered, the share of pulses followed and the firing rate, with
/// the arrival times to tell phase-locked firing from the asynchronous firing of kilohertz trains and from block.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TrainResponse
{
    private readonly Duration[] _arrivals;

    /// <summary>Creates the response.</summary>
    /// <param name="amplitude">Program amplitude.</param>
    /// <param name="duration">Stimulation time simulated.</param>
    /// <param name="pulses">Pulses that started within it.</param>
    /// <param name="actionPotentials">Propagated action potentials counted (the larger count of the two monitor nodes).</param>
    /// <param name="arrivals">Arrival times at the +z monitor node from the train's start.</param>
    public TrainResponse(Current amplitude, Duration duration, long pulses, int actionPotentials, IEnumerable<Duration> arrivals)
    {
        Amplitude = amplitude; Duration = duration; Pulses = pulses; ActionPotentials = actionPotentials;
        _arrivals = Guard.NotNull(arrivals, nameof(arrivals)).ToArray();
    }

    /// <summary>Program amplitude.</summary>
    public Current Amplitude { get; }

    /// <summary>Stimulation time simulated.</summary>
    public Duration Duration { get; }

    /// <summary>Pulses that started within <see cref="Duration"/>.</summary>
    public long Pulses { get; }

    /// <summary>Propagated action potentials (including any that arrive during the tail after the last pulse).</summary>
    public int ActionPotentials { get; }

    /// <summary>Arrival times at the +z monitor node, from the start of the train.</summary>
    public IReadOnlyList<Duration> Arrivals => _arrivals;

    /// <summary>Action potentials per pulse delivered: 1 for a fibre that follows every pulse.</summary>
    public double FractionFollowed => Pulses == 0 ? 0 : ActionPotentials / (double)Pulses;

    /// <summary>Mean firing rate over the stimulation time.</summary>
    public Frequency FiringRate => Frequency.FromHertz(ActionPotentials / Duration.ToSeconds());

    /// <summary>Firing rate counted only after <paramref name="onset"/> (to leave out a kilohertz train's onset response).</summary>
    /// <param name="onset">From 0 to <see cref="Duration"/>.</param>
    /// <returns>Arrivals after the onset and within the stimulation time, per second of that stretch.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The onset is outside 0 to the duration.</exception>
    public Frequency FiringRateAfter(Duration onset)
    {
        Guard.InRange(onset, Duration.Zero, Duration, nameof(onset));
        var span = (Duration - onset).ToSeconds();
        return span <= 0 ? Frequency.FromHertz(0) : Frequency.FromHertz(_arrivals.Count(a => a > onset && a <= Duration) / span);
    }

    /// <inheritdoc/>
    public bool Equals(TrainResponse? other) =>
        other is not null && Amplitude == other.Amplitude && Duration == other.Duration && Pulses == other.Pulses
        && ActionPotentials == other.ActionPotentials && _arrivals.SequenceEqual(other._arrivals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amplitude, Duration, Pulses, ActionPotentials);

    /// <summary>For example "12 APs for 1000 pulses in 100 ms at 15 mA (1.2 % followed, 120 Hz; first arrivals 0.97, 8.25 ms)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{ActionPotentials} APs for {Pulses} pulses in {Duration} at {Amplitude} ({FractionFollowed:P1} followed, {FiringRate}" +
        (_arrivals.Length == 0 ? ")" : $"; first arrivals {string.Join(", ", _arrivals.Take(5).Select(a => a.ToString()))})");
}
