namespace ScsSim.Programming;

/// <summary>What a device's check of settings returns (every violation found, never only the first), for showing a
/// clinician all problems at once. An empty report means the settings can be delivered.</summary>
/// <remarks>Immutable and thread-safe (the list is copied when it is created).</remarks>
public sealed record ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="violations">The violations found (may be empty).</param>
    public ValidationReport(IEnumerable<Violation> violations) => Violations = violations.ToArray();

    /// <summary>The violations, in the order they were checked.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>True when there are no violations.</summary>
    public bool IsValid => Violations.Count == 0;

    /// <summary>Value equality over the violations, in order.</summary>
    /// <param name="other">Another report.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ValidationReport? other) => other is not null && Violations.SequenceEqual(other.Violations);

    /// <inheritdoc/>
    public override int GetHashCode() => Violations.Count;

    /// <summary>"valid", or one violation per line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Violations);
}
