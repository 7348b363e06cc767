using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>A dermatomal coverage map (<see cref="RecruitmentAnalysis.CoverageAt"/>), for drawing or checking which
/// regions receive paresthesia at one amplitude and what share of the painful ones is covered.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DermatomalCoverage
{
    internal DermatomalCoverage(Current amplitude, IReadOnlyList<RegionCoverage> regions)
    {
        Amplitude = amplitude;
        Regions = regions;
    }

    /// <summary>The amplitude.</summary>
    public Current Amplitude { get; }

    /// <summary>Every modelled dermatome on both sides, rostral to caudal, left before right.</summary>
    public IReadOnlyList<RegionCoverage> Regions { get; }

    /// <summary>Whether two maps are the same: same amplitude, same regions in order.</summary>
    /// <param name="other">The other map.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DermatomalCoverage? other) => other is not null && Amplitude == other.Amplitude && RecordMembers.SequenceEqual(Regions, other.Regions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amplitude, RecordMembers.HashSequence(Regions));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitude), Amplitude),
        (nameof(Covered), RecordMembers.Format(Covered)), (nameof(Regions), $"{Regions.Count} regions"));

    /// <summary>The regions with paresthesia.</summary>
    public IEnumerable<BodyRegion> Covered => Regions.Where(r => r.Paresthesia).Select(r => r.Region);

    /// <summary>Whether a region receives paresthesia.</summary>
    /// <param name="region">The region.</param>
    /// <returns>True when covered.</returns>
    public bool IsCovered(BodyRegion region) => Regions.Any(r => r.Region == region && r.Paresthesia);

    /// <summary>Share of the target regions that receive paresthesia.</summary>
    /// <param name="targets">One or more regions (for example the painful dermatomes).</param>
    /// <returns>0 to 1.</returns>
    /// <exception cref="ArgumentException">No targets.</exception>
    public double CoverageOf(IEnumerable<BodyRegion> targets)
    {
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        return t.Count(IsCovered) / (double)t.Length;
    }
}
