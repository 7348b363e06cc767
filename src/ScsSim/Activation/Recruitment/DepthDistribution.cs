using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// How deep the dorsal-column fibres recruited at one amplitude lie (<see cref="RecruitmentAnalysis.DorsalColumnDepthsAt"/>):
/// the check of a field model against the literature's superficial dorsal-column recruitment (the outer ~0.25-0.3 mm;
/// Holsheimer 2002; Feirabend et al. 2002).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Amplitude">The amplitude.</param>
/// <param name="RecruitedDepths">Depth of every recruited dorsal-column fibre, in the order of recruitment (lowest threshold first).</param>
/// <param name="Bins">Depth bands from the cord surface to the population's modelled depth.</param>
public sealed record DepthDistribution(Current Amplitude, IReadOnlyList<Length> RecruitedDepths, IReadOnlyList<DepthBin> Bins)
{
    /// <summary>Number of dorsal-column fibres recruited.</summary>
    public int Recruited => RecruitedDepths.Count;

    /// <summary>Depth of the deepest recruited fibre, or null when none is recruited.</summary>
    public Length? Deepest => RecruitedDepths.Count == 0 ? null : RecruitedDepths.Max();

    /// <summary>Median depth of the recruited fibres, or null when none is recruited.</summary>
    public Length? Median
    {
        get
        {
            if (RecruitedDepths.Count == 0) return null;
            var sorted = RecruitedDepths.Select(d => d.ToMillimetres()).Order().ToArray();
            var m = sorted.Length / 2;
            return Length.FromMillimetres(sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2);
        }
    }

    /// <summary>How many recruited fibres lie deeper than <paramref name="depth"/>.</summary>
    /// <param name="depth">Depth below the dorsal cord surface.</param>
    /// <returns>The count.</returns>
    public int DeeperThan(Length depth) => RecruitedDepths.Count(d => d > depth);

    /// <summary>Whether two distributions are equal.</summary>
    /// <param name="other">The other distribution.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DepthDistribution? other) =>
        other is not null && Amplitude == other.Amplitude && RecordMembers.SequenceEqual(RecruitedDepths, other.RecruitedDepths)
        && RecordMembers.SequenceEqual(Bins, other.Bins);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amplitude, RecordMembers.HashSequence(RecruitedDepths), RecordMembers.HashSequence(Bins));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitude), Amplitude.ToString()),
        (nameof(RecruitedDepths), RecordMembers.Format(RecruitedDepths)), (nameof(Bins), RecordMembers.Format(Bins)));
}
