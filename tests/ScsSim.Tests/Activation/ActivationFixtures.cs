using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.Activation;

/// <summary>Expensive model results shared by the activation tests, computed once.</summary>
internal static class ActivationFixtures
{
    public static readonly Lead TestLead = Lead.Percutaneous8;
    public static readonly PulseShape Pulse300 = new(Current.FromMilliamperes(1), Duration.FromMicroseconds(300));

    /// <summary>The 10 kHz, 30 µs kilohertz program at 1 mA (the train tests' kilohertz case).</summary>
    public static readonly HighFrequencyProgram TenKilohertz =
        StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10));
    public static readonly ElectrodeConfiguration Tripole3 = ElectrodeConfiguration.GuardedTripolar(TestLead, 3);
    public static readonly ElectrodeConfiguration Monopole3 = ElectrodeConfiguration.Monopolar(TestLead, 3);

    public static StraightFibre Fibre(double diameterUm, double lateralMm = 0, double depthMm = 0.1) =>
        new(Length.FromMicrometres(diameterUm), Length.FromMillimetres(lateralMm), Length.FromMillimetres(depthMm));

    /// <summary>A monopolar point source in an infinite homogeneous medium (0.2 S/m) and a fibre right below it at
    /// <paramref name="distanceMm"/> from the source: the literature's reference geometry (and NEURON's, eng/mrg-neuron).</summary>
    public static (ElectrodeField Field, StraightFibre Fibre) PointSource(double diameterUm, double distanceMm)
    {
        var placement = LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(3));
        var field = new ElectrodeField(Monopole3, [placement], ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.2)), ContactSourceModel.Point);
        var depth = distanceMm - 3 - TestLead.Diameter.ToMillimetres() / 2;
        return (field, new StraightFibre(Length.FromMicrometres(diameterUm), Length.Zero, Length.FromMillimetres(depth)));
    }

    /// <summary>A monophasic rectangular pulse (no recharge).</summary>
    public static PulseShape Monophasic(double widthUs, Polarity polarity = Polarity.CathodicFirst) =>
        new(Current.Zero, Duration.FromMicroseconds(widthUs), Recharge.None, polarity: polarity);

    public static ElectrodeField MonopoleField(double csfMm = 3) =>
        new(Monopole3, LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(csfMm)));

    /// <summary>Guarded tripole on contact 3, midline over T8, 3 mm CSF, 300 µs at 1 mA, population seed 7.</summary>
    public static readonly StimulationSetup MidlineSetup = new StimulationSetup(Tripole3, LeadPlacement.MidlineT8, Pulse300).WithPopulation(7);

    /// <summary>A setup on this test's population (seed 7).</summary>
    public static StimulationSetup SetupOf(ElectrodeConfiguration electrodes, LeadPlacement placement, PulseShape pulse) =>
        new StimulationSetup(electrodes, placement, pulse).WithPopulation(7);

    /// <summary>A two-lead setup on this test's population (seed 7).</summary>
    public static StimulationSetup SetupOf(ElectrodeConfiguration electrodes, IEnumerable<LeadPlacement> placements, PulseShape pulse) =>
        new StimulationSetup(electrodes, placements, pulse).WithPopulation(7);

    public static FibrePopulation Population => MidlineSetup.Population;

    private static readonly Lazy<RecruitmentAnalysis> MidlineLazy = new(() => MidlineSetup.Recruitment());

    /// <summary>Guarded tripole on contact 3, midline over T8, 3 mm CSF, 300 µs, 10,000 dorsal-column fibres (seed 7).</summary>
    public static RecruitmentAnalysis Midline => MidlineLazy.Value;

    /// <summary>The lowest of 50 amplitudes across the usage range that covers every target (how a clinician programs);
    /// fails the test when none does.</summary>
    public static Current LowestCoveringAmplitude(RecruitmentAnalysis analysis, IReadOnlyCollection<BodyRegion> targets)
    {
        var range = analysis.UsageRange ?? throw new Xunit.Sdk.XunitException("no usage range");
        for (var k = 0; k < 50; k++)
        {
            var amplitude = range.Perception + (range.Discomfort - range.Perception) * (k / 50.0);
            if (analysis.CoverageAt(amplitude).CoverageOf(targets) >= 1) return amplitude;
        }
        throw new Xunit.Sdk.XunitException($"no amplitude in {range} covers {string.Join(", ", targets)}");
    }
}
