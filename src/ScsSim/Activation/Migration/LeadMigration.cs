using ScsSim.Programming;
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
}

/// <summary>Lead migration: move a lead and report the change in coverage of the patient's painful dermatomes.</summary>
/// <remarks>
/// Both placements are analysed with <c>RecruitmentAnalysis.Compute</c> (a threshold surface each). A
/// rostro-caudal move changes the cord segment under the cathodes and so which dermatomes the dorsal columns carry and
/// where (<see cref="SpinalAnatomy"/>) and which segment the dorsal roots serve; a lateral move changes each fibre's
/// distance from the lead. The dorsal CSF thickness is kept (give a new placement to change it too).
/// </remarks>
public static class LeadMigration
{
    /// <summary>Moves the lead and compares the coverage of the targets at the pulse's amplitude.</summary>
    /// <param name="population">The patient's fibres.</param>
    /// <param name="configuration">The single-lead program configuration (two leads: use the overload with placements).</param>
    /// <param name="placement">The original placement.</param>
    /// <param name="pulse">The programmed pulse (its amplitude is the programmed amplitude).</param>
    /// <param name="rostroCaudal">Displacement along the cord, positive caudal.</param>
    /// <param name="lateral">Displacement across the cord, positive to the right.</param>
    /// <param name="targets">The painful regions; at least one.</param>
    /// <param name="medium">Volume conductor (default layered dorsal CSF).</param>
    /// <param name="criteria">Criteria (default <see cref="RecruitmentCriteria.Default"/>).</param>
    /// <param name="grid">Threshold grid (default <see cref="ThresholdSurfaceGrid.DefaultFor"/> the pulse width).</param>
    /// <param name="cancellationToken">Cancels the two analyses (checked at every grid point and every 1,024 cable time steps).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">No targets, two leads, or fibres outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The moved lead leaves the modelled range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MigrationReport Assess(FibrePopulation population, ElectrodeConfiguration configuration, LeadPlacement placement, PulseShape pulse,
        Length rostroCaudal, Length lateral, IEnumerable<BodyRegion> targets, ConductiveMedium? medium = null, RecruitmentCriteria? criteria = null,
        ThresholdSurfaceGrid? grid = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(placement, nameof(placement));
        Guard.NotNull(pulse, nameof(pulse));
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        var moved = placement.Moved(rostroCaudal, lateral);
        var before = RecruitmentAnalysis.Compute(population, configuration, placement, pulse, medium, grid, criteria, cancellationToken: cancellationToken);
        var after = RecruitmentAnalysis.Compute(population, configuration, moved, pulse, medium, grid, criteria, cancellationToken: cancellationToken);
        return Report(before, after, pulse.Amplitude, t);
    }

    /// <summary>Moves every lead of a one- or two-lead configuration together and compares the coverage of the targets.</summary>
    /// <param name="population">The patient's fibres.</param>
    /// <param name="configuration">The program configuration.</param>
    /// <param name="placements">The original placement of each lead.</param>
    /// <param name="pulse">The programmed pulse (its amplitude is the programmed amplitude).</param>
    /// <param name="rostroCaudal">Displacement along the cord, positive caudal.</param>
    /// <param name="lateral">Displacement across the cord, positive to the right.</param>
    /// <param name="targets">The painful regions; at least one.</param>
    /// <param name="medium">Volume conductor (default layered dorsal CSF).</param>
    /// <param name="criteria">Criteria (default <see cref="RecruitmentCriteria.Default"/>).</param>
    /// <param name="grid">Threshold grid (default <see cref="ThresholdSurfaceGrid.DefaultFor"/> the pulse width).</param>
    /// <param name="cancellationToken">Cancels the two analyses (checked at every grid point and every 1,024 cable time steps).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">No targets, placements not matching the leads, or fibres outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A moved lead leaves the modelled range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MigrationReport Assess(FibrePopulation population, ElectrodeConfiguration configuration, IReadOnlyList<LeadPlacement> placements,
        PulseShape pulse, Length rostroCaudal, Length lateral, IEnumerable<BodyRegion> targets, ConductiveMedium? medium = null,
        RecruitmentCriteria? criteria = null, ThresholdSurfaceGrid? grid = null, CancellationToken cancellationToken = default)
    {
        var original = Guard.NotNull(placements, nameof(placements)).Select(p => Guard.NotNull(p, nameof(placements))).ToArray();
        Guard.NotNull(pulse, nameof(pulse));
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        var moved = original.Select(p => p.Moved(rostroCaudal, lateral)).ToArray();
        var before = RecruitmentAnalysis.Compute(population, configuration, original, pulse, medium, grid, criteria, cancellationToken: cancellationToken);
        var after = RecruitmentAnalysis.Compute(population, configuration, moved, pulse, medium, grid, criteria, cancellationToken: cancellationToken);
        return Report(before, after, pulse.Amplitude, t);
    }

    private static MigrationReport Report(RecruitmentAnalysis before, RecruitmentAnalysis after, Current amplitude, BodyRegion[] targets)
    {
        var covBefore = before.CoverageAt(amplitude);
        var covAfter = after.CoverageAt(amplitude);
        return new MigrationReport(before, after, amplitude, targets, covBefore.CoverageOf(targets), covAfter.CoverageOf(targets),
            targets.Where(r => covBefore.IsCovered(r) && !covAfter.IsCovered(r)).ToArray(),
            targets.Where(r => !covBefore.IsCovered(r) && covAfter.IsCovered(r)).ToArray());
    }
}
