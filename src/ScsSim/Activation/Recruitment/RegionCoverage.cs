namespace ScsSim.Activation;

/// <summary>Paresthesia in one dermatome on one side at one amplitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Region">Dermatome and side.</param>
/// <param name="DorsalColumnFibres">Dorsal-column fibres of the region present at the lead.</param>
/// <param name="RecruitedDorsalColumnFibres">Of which recruited.</param>
/// <param name="DorsalRootFibres">Dorsal-root fibres of the region at the lead (the root's own segment only).</param>
/// <param name="RecruitedDorsalRootFibres">Of which recruited.</param>
/// <param name="Paresthesia">Whether the region receives paresthesia (either source reaches the coverage fraction).</param>
public sealed record RegionCoverage(BodyRegion Region, int DorsalColumnFibres, int RecruitedDorsalColumnFibres, int DorsalRootFibres,
    int RecruitedDorsalRootFibres, bool Paresthesia);
