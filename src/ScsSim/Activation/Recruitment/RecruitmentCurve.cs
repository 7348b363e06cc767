using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>Recruitment at a list of amplitudes (<see cref="RecruitmentAnalysis.Curve"/>) as columns ready to plot or
/// tabulate: dorsal-column and dorsal-root fractions and the ECAP proxy.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Amplitudes">The amplitudes.</param>
/// <param name="DorsalColumnFraction">Share of the dorsal-column fibres present that are recruited.</param>
/// <param name="DorsalRootFraction">Share of the dorsal-root fibres recruited (both sides).</param>
/// <param name="EcapProxy">ECAP proxy (sum of recruited fibre diameters, µm) per pulse.</param>
public sealed record RecruitmentCurve(IReadOnlyList<Current> Amplitudes, IReadOnlyList<double> DorsalColumnFraction,
    IReadOnlyList<double> DorsalRootFraction, IReadOnlyList<double> EcapProxy)
{
    /// <summary>Whether two curves have the same points.</summary>
    /// <param name="other">The other curve.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RecruitmentCurve? other) =>
        other is not null && RecordMembers.SequenceEqual(Amplitudes, other.Amplitudes) && RecordMembers.SequenceEqual(DorsalColumnFraction, other.DorsalColumnFraction)
        && RecordMembers.SequenceEqual(DorsalRootFraction, other.DorsalRootFraction) && RecordMembers.SequenceEqual(EcapProxy, other.EcapProxy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordMembers.HashSequence(Amplitudes), RecordMembers.HashSequence(DorsalColumnFraction),
        RecordMembers.HashSequence(DorsalRootFraction), RecordMembers.HashSequence(EcapProxy));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitudes), RecordMembers.Format(Amplitudes)),
        (nameof(DorsalColumnFraction), RecordMembers.Format(DorsalColumnFraction)), (nameof(DorsalRootFraction), RecordMembers.Format(DorsalRootFraction)),
        (nameof(EcapProxy), RecordMembers.Format(EcapProxy)));
}
