using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Where a pulse fires a fibre, amplitude by amplitude, as <see cref="FibreModel.FiringWindows"/> found it: the firing
/// ranges in ascending order, and from them the activation threshold, the block threshold (lower edge of the first range
/// where propagation fails again, the anodal-surround block of Ranck 1975 and Rattay 1986) and the re-excitation threshold
/// (where firing resumes above the block).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FiringWindows
{
    private readonly FiringInterval[] _intervals;

    /// <summary>Creates the windows.</summary>
    /// <param name="intervals">Firing ranges, ascending, not overlapping; only the last may be open above.</param>
    /// <param name="maximum">Largest amplitude scanned.</param>
    /// <exception cref="ArgumentNullException">The intervals are null.</exception>
    /// <exception cref="ArgumentException">The ranges are out of order, overlap, or one other than the last is open.</exception>
    public FiringWindows(IEnumerable<FiringInterval> intervals, Current maximum)
    {
        _intervals = Guard.NotNull(intervals, nameof(intervals)).ToArray();
        for (var i = 0; i < _intervals.Length; i++)
        {
            var range = Guard.NotNull(_intervals[i], nameof(intervals));
            var open = range.To is null;
            if ((open && i < _intervals.Length - 1) || (!open && range.To!.Value <= range.From)
                || (i > 0 && range.From <= _intervals[i - 1].To!.Value))
                throw new ArgumentException($"intervals must be ascending, disjoint ranges with only the last open; range {i} is {range}.", nameof(intervals));
        }
        Maximum = maximum;
    }

    /// <summary>The firing ranges, ascending (empty when nothing up to <see cref="Maximum"/> fires).</summary>
    public IReadOnlyList<FiringInterval> Intervals => _intervals;

    /// <summary>Largest amplitude scanned.</summary>
    public Current Maximum { get; }

    /// <summary>The lowest firing amplitude (the threshold), or null when nothing up to the maximum fires.</summary>
    public Current? ActivationThreshold => _intervals.Length > 0 ? _intervals[0].From : null;

    /// <summary>Where the first firing range ends: propagation is blocked from here, or null when it is not blocked below the maximum.</summary>
    public Current? BlockThreshold => _intervals.Length > 0 ? _intervals[0].To : null;

    /// <summary>Where firing resumes above the first block, or null when it does not below the maximum.</summary>
    public Current? ReexcitationThreshold => _intervals.Length > 1 ? _intervals[1].From : null;

    /// <summary>Whether an amplitude fires the fibre (according to the scan).</summary>
    /// <param name="amplitude">The amplitude; at most <see cref="Maximum"/>.</param>
    /// <returns>True inside a firing range.</returns>
    public bool Fires(Current amplitude) => _intervals.Any(i => i.Contains(amplitude));

    /// <inheritdoc/>
    public bool Equals(FiringWindows? other) =>
        other is not null && Maximum == other.Maximum && _intervals.SequenceEqual(other._intervals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Maximum, _intervals.Length, _intervals.FirstOrDefault());

    /// <summary>For example "fires 0.0758-0.47 mA, 12.4-100 mA (scanned to 100 mA)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        _intervals.Length == 0 ? $"does not fire up to {Maximum}"
        : "fires " + string.Join(", ", _intervals.Select(i => $"{i.From}-{(i.To ?? Maximum)}")) + $" (scanned to {Maximum})";
}
