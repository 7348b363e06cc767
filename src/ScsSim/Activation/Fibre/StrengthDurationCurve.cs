using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>Thresholds of one fibre against pulse width (<see cref="FibreModel.StrengthDuration"/>) with the Weiss
/// and Lapicque fits, for a strength-duration plot or a chronaxie.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StrengthDurationCurve
{
    /// <summary>Creates the curve and fits both laws.</summary>
    /// <param name="points">Three or more (pulse width, threshold) points with distinct widths.</param>
    /// <exception cref="ArgumentException">Fewer than three points.</exception>
    /// <exception cref="InvalidOperationException">The points do not follow a strength-duration law.</exception>
    public StrengthDurationCurve(IEnumerable<(Duration PulseWidth, Current Threshold)> points)
    {
        Points = Guard.NotNull(points, nameof(points)).OrderBy(p => p.PulseWidth).ToArray();
        if (Points.Count < 3) throw new ArgumentException("points needs at least three entries.", nameof(points));
        Weiss = WeissLaw.Fit(Points);
        Lapicque = LapicqueLaw.Fit(Points);
    }

    /// <summary>The thresholds, by increasing pulse width.</summary>
    public IReadOnlyList<(Duration PulseWidth, Current Threshold)> Points { get; }

    /// <summary>Whether two curves have the same points (the fits follow from them).</summary>
    /// <param name="other">The other curve.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(StrengthDurationCurve? other) => other is not null && RecordMembers.SequenceEqual(Points, other.Points);

    /// <inheritdoc/>
    public override int GetHashCode() => RecordMembers.HashSequence(Points);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder,
        (nameof(Points), RecordMembers.Format(Points.Select(p => $"{p.PulseWidth}: {p.Threshold}"))), (nameof(Weiss), Weiss), (nameof(Lapicque), Lapicque));

    /// <summary>Weiss (linear charge) fit.</summary>
    public WeissLaw Weiss { get; }

    /// <summary>Lapicque (exponential) fit.</summary>
    public LapicqueLaw Lapicque { get; }
}
