using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.Activation;

/// <summary>Expensive model results shared by the activation tests, computed once.</summary>
internal static class ActivationFixtures
{
    public static readonly Lead TestLead = Lead.Percutaneous8;
    public static readonly PulseShape Pulse300 = new(Current.FromMilliamperes(1), Duration.FromMicroseconds(300));
    public static readonly ElectrodeConfiguration Tripole3 = ElectrodeConfiguration.GuardedTripolar(TestLead, 3);
    public static readonly ElectrodeConfiguration Monopole3 = ElectrodeConfiguration.Monopolar(TestLead, 3);

    public static StraightFibre Fibre(double diameterUm, double lateralMm = 0, double depthMm = 0.1) =>
        new(Length.FromMicrometres(diameterUm), Length.FromMillimetres(lateralMm), Length.FromMillimetres(depthMm));

    public static ElectrodeField MonopoleField(double csfMm = 3) =>
        new(Monopole3, LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(csfMm)));

    private static readonly Lazy<FibrePopulation> PopulationLazy = new(() => FibrePopulation.Generate(7));
    public static FibrePopulation Population => PopulationLazy.Value;

    private static readonly Lazy<RecruitmentAnalysis> MidlineLazy = new(() =>
        RecruitmentAnalysis.Compute(Population, Tripole3, LeadPlacement.MidlineT8, Pulse300));

    /// <summary>Guarded tripole on contact 3, midline over T8, 3 mm CSF, 300 µs, 10,000 dorsal-column fibres (seed 7).</summary>
    public static RecruitmentAnalysis Midline => MidlineLazy.Value;
}
