using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>How a lead's move changes the paresthesia coverage of the painful dermatomes at the programmed amplitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Before">Recruitment at the original placement.</param>
/// <param name="After">Recruitment after the move.</param>
/// <param name="Amplitude">The programmed amplitude (unchanged by the move).</param>
/// <param name="Targets">The painful regions.</param>
/// <param name="CoverageBefore">Share of the targets covered before, 0 to 1.</param>
/// <param name="CoverageAfter">Share of the targets covered after, 0 to 1.</param>
/// <param name="Lost">Targets covered before and not after.</param>
/// <param name="Gained">Targets covered after and not before.</param>
public sealed record MigrationReport(RecruitmentAnalysis Before, RecruitmentAnalysis After, Current Amplitude, IReadOnlyList<BodyRegion> Targets,
    double CoverageBefore, double CoverageAfter, IReadOnlyList<BodyRegion> Lost, IReadOnlyList<BodyRegion> Gained)
{
    /// <summary>CoverageAfter − CoverageBefore.</summary>
    public double CoverageChange => CoverageAfter - CoverageBefore;

    /// <summary>Whether the programmed amplitude is now above the discomfort threshold.</summary>
    public bool UncomfortableAfter => After.DiscomfortThreshold is { } d && Amplitude >= d;

    /// <summary>Whether two reports are the same (the analyses by reference: they are shared results), the region lists in order.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(MigrationReport? other) =>
        other is not null && ReferenceEquals(Before, other.Before) && ReferenceEquals(After, other.After) && Amplitude == other.Amplitude
        && CoverageBefore.Equals(other.CoverageBefore) && CoverageAfter.Equals(other.CoverageAfter) && RecordMembers.SequenceEqual(Targets, other.Targets)
        && RecordMembers.SequenceEqual(Lost, other.Lost) && RecordMembers.SequenceEqual(Gained, other.Gained);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amplitude, CoverageBefore, CoverageAfter, RecordMembers.HashSequence(Targets),
        RecordMembers.HashSequence(Lost), RecordMembers.HashSequence(Gained));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitude), Amplitude),
        (nameof(Targets), RecordMembers.Format(Targets)), (nameof(CoverageBefore), CoverageBefore), (nameof(CoverageAfter), CoverageAfter),
        (nameof(Lost), RecordMembers.Format(Lost)), (nameof(Gained), RecordMembers.Format(Gained)), (nameof(UncomfortableAfter), UncomfortableAfter),
        ("Before.CordSegment", Before.CordSegment), ("After.CordSegment", After.CordSegment));
}
