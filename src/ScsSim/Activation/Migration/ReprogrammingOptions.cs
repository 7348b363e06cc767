using ScsSim.Programming;

namespace ScsSim.Activation;

/// <summary>How a reprogramming search (<see cref="Reprogramming.Search"/>) runs: the configurations it tries, the
/// coverage it must restore and how finely it steps the amplitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReprogrammingOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="candidates">Configurations to try (default: the standard candidates for the lead or leads searched).</param>
    /// <param name="requiredCoverage">Share of the targets that must be covered; greater than 0 up to 1 (default 1).</param>
    /// <param name="amplitudeSteps">Amplitudes tried across each usage range; 2 to 1000 (default 24).</param>
    /// <param name="verifiedCandidates">How many of the best-ranked candidates are re-checked on the default (finer) grid; 1 to 20 (default 3).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <remarks>The medium, fibre model and criteria come from the <see cref="StimulationSetup"/> searched.</remarks>
    public ReprogrammingOptions(IEnumerable<ElectrodeConfiguration>? candidates = null, double requiredCoverage = 1, int amplitudeSteps = 24,
        int verifiedCandidates = 3)
    {
        Candidates = candidates?.Select(c => Guard.NotNull(c, nameof(candidates))).ToArray();
        if (!double.IsFinite(requiredCoverage) || requiredCoverage <= 0 || requiredCoverage > 1)
            throw new ArgumentOutOfRangeException(nameof(requiredCoverage), requiredCoverage, $"requiredCoverage must be greater than 0 and at most 1; got {requiredCoverage:G6}.");
        RequiredCoverage = requiredCoverage;
        AmplitudeSteps = (int)Guard.InRange(amplitudeSteps, 2, 1000, nameof(amplitudeSteps));
        VerifiedCandidates = (int)Guard.InRange(verifiedCandidates, 1, 20, nameof(verifiedCandidates));
    }

    /// <summary>The defaults.</summary>
    public static ReprogrammingOptions Default { get; } = new();

    /// <summary>Configurations to try, or null for the standard set.</summary>
    public IReadOnlyList<ElectrodeConfiguration>? Candidates { get; }

    /// <summary>Share of the targets that must be covered.</summary>
    public double RequiredCoverage { get; }

    /// <summary>Amplitudes tried across each usage range.</summary>
    public int AmplitudeSteps { get; }

    /// <summary>How many best-ranked candidates are re-checked on the default grid.</summary>
    public int VerifiedCandidates { get; }

    /// <summary>Whether two option sets are the same, the candidates compared in order.</summary>
    /// <param name="other">The other options.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ReprogrammingOptions? other) =>
        other is not null && RecordMembers.SequenceEqual(Candidates, other.Candidates) && RequiredCoverage.Equals(other.RequiredCoverage)
        && AmplitudeSteps == other.AmplitudeSteps && VerifiedCandidates == other.VerifiedCandidates;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordMembers.HashSequence(Candidates), RequiredCoverage, AmplitudeSteps, VerifiedCandidates);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder,
        (nameof(Candidates), Candidates is null ? "standard" : RecordMembers.Format(Candidates)), (nameof(RequiredCoverage), RequiredCoverage),
        (nameof(AmplitudeSteps), AmplitudeSteps), (nameof(VerifiedCandidates), VerifiedCandidates));

}
