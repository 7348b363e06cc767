using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>Lead migration: move a lead and report the change in coverage of the patient's painful dermatomes.</summary>
/// <remarks>
/// Both placements are analysed with <see cref="StimulationSetup.Recruitment"/> (a threshold surface each, shared through its cache). A
/// rostro-caudal move changes the cord segment under the cathodes and so which dermatomes the dorsal columns carry and
/// where (<see cref="Dermatome"/>) and which segment the dorsal roots serve; a lateral move changes each fibre's
/// distance from the lead. The dorsal CSF thickness is kept (give a new placement to change it too).
/// </remarks>
public static class LeadMigration
{
    /// <summary>Moves every lead of the setup together and compares the coverage of the targets at the setup's programmed
    /// amplitude (its pulse's amplitude).</summary>
    /// <param name="setup">The setup before the move: the patient's fibres, the configuration, the placement(s) and the pulse.</param>
    /// <param name="rostroCaudal">Displacement along the cord, positive caudal.</param>
    /// <param name="lateral">Displacement across the cord, positive to the right.</param>
    /// <param name="targets">The painful regions; at least one.</param>
    /// <param name="cancellationToken">Cancels the two analyses (checked at every grid point and every 1,024 cable time steps).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">No targets, or fibres outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A lead lies, or moves, outside the modelled range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static MigrationReport Assess(StimulationSetup setup, Length rostroCaudal, Length lateral, IEnumerable<BodyRegion> targets,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(setup, nameof(setup));
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        var moved = setup.Moved(rostroCaudal, lateral);
        var before = setup.Recruitment(cancellationToken: cancellationToken);
        var after = moved.Recruitment(cancellationToken: cancellationToken);
        return Report(before, after, setup.Pulse.Amplitude, t);
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
