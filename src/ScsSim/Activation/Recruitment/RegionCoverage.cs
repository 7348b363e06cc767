namespace ScsSim.Activation;

/// <summary>One row of a coverage map: whether one dermatome on one side receives paresthesia at one amplitude, with
/// the fibre counts behind the answer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Region">Dermatome and side.</param>
/// <param name="DorsalColumnFibres">Dorsal-column fibres of the region present at the lead.</param>
/// <param name="RecruitedDorsalColumnFibres">Of which recruited.</param>
/// <param name="DorsalRootFibres">Dorsal-root fibres of the region at the lead (the root's own segment only).</param>
/// <param name="RecruitedDorsalRootFibres">Of which recruited.</param>
/// <param name="Paresthesia">Whether the region receives paresthesia (either source reaches the coverage fraction).</param>
public sealed record RegionCoverage(BodyRegion Region, int DorsalColumnFibres, int RecruitedDorsalColumnFibres, int DorsalRootFibres,
    int RecruitedDorsalRootFibres, bool Paresthesia);
