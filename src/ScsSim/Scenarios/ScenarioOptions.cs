using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Scenarios;

/// <summary>How a scenario is simulated: network run length, model parameters and the recruitment-to-network mapping.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScenarioOptions
{
    /// <summary>10 s of network time, default parameters, the default activation grid.</summary>
    public static ScenarioOptions Default { get; } = new();

    /// <summary>Simulated network time per run (two runs: with and without SCS); 0.1 s to 1 h (default 10 s).</summary>
    public Duration NetworkDuration { get; init; } = Duration.FromSeconds(10);

    /// <summary>Gate-control parameters (default <see cref="GateControlParameters.Default"/>).</summary>
    public GateControlParameters Network { get; init; } = GateControlParameters.Default;

    /// <summary>Perception, discomfort and coverage criteria (default <see cref="RecruitmentCriteria.Default"/>).</summary>
    public RecruitmentCriteria Criteria { get; init; } = RecruitmentCriteria.Default;

    /// <summary>Use the coarse activation grid (about 3x faster, thresholds within about 6 %) instead of the default one.</summary>
    public bool CoarseActivationGrid { get; init; }

    /// <summary>
    /// Share of a painful dermatome's dorsal-column fibres whose recruitment drives all of the network's A-beta inputs
    /// (default 0.003, <em>tuned</em> so that the conventional example, about 1.25x perception with half of the painful regions
    /// covered, drives all inputs). The network's 15 A-beta inputs stand for the large, low-threshold collaterals of the painful
    /// dermatomes; the recruited share of the network inputs is the recruited share of the painful dermatomes' dorsal-column
    /// fibres divided by this, at most 1. Not a measured quantity: a bridge between the activation and dorsal-horn models.
    /// </summary>
    public double ABetaSaturationFraction { get; init; } = 0.003;

    internal void Validate()
    {
        Guard.InRange(NetworkDuration.ToNanoseconds(), 100_000_000, 3_600_000_000_000, nameof(NetworkDuration), " ns");
        Guard.NotNull(Network, nameof(Network)).Validate();
        Guard.NotNull(Criteria, nameof(Criteria));
        Guard.InRange(ABetaSaturationFraction, 1e-6, 1, nameof(ABetaSaturationFraction));
    }
}
