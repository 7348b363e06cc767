using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Scenarios;

/// <summary>How a scenario is simulated: the measurement policy, model parameters and the recruitment-to-network mapping.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScenarioOptions
{
    /// <summary>The default measurement policy (3 s warm-up, 10 s window, 5 seeds), default parameters, the default activation grid.</summary>
    public static ScenarioOptions Default { get; } = new();

    /// <summary>How the pain-transmission readout is measured: warm-up, window and network seeds (default
    /// <see cref="MeasurementPolicy.Default"/>, the policy the sweeps and the command line use too).</summary>
    public MeasurementPolicy Measurement { get; init; } = MeasurementPolicy.Default;

    /// <summary>Gate-control parameters (default <see cref="GateControlParameters.Default"/>).</summary>
    public GateControlParameters Network { get; init; } = GateControlParameters.Default;

    /// <summary>Perception, discomfort and coverage criteria (default <see cref="RecruitmentCriteria.Default"/>).</summary>
    public RecruitmentCriteria Criteria { get; init; } = RecruitmentCriteria.Default;

    /// <summary>Use the coarse activation grid (about 3x faster, thresholds within about 6 %) instead of the default one.</summary>
    public bool CoarseActivationGrid { get; init; }

    /// <summary>
    /// Dorsal-column afferents of the painful dermatomes that converge on the gate-control network (default
    /// <see cref="AfferentConvergence.DorsalColumnAfferents"/>, about 5,700, from anatomy): each of the network's A-beta inputs
    /// stands for an equal bundle of them and is driven when one of its bundle is recruited (<see cref="AfferentConvergence.DrivenShare"/>).
    /// At least the network's A-beta input count, at most 10^9.
    /// </summary>
    public double DorsalColumnAfferents { get; init; } = AfferentConvergence.DorsalColumnAfferents;

    internal void Validate()
    {
        Guard.NotNull(Measurement, nameof(Measurement)).Validate();
        Guard.NotNull(Network, nameof(Network)).Validate();
        Guard.NotNull(Criteria, nameof(Criteria));
        Guard.InRange(DorsalColumnAfferents, Network.ABetaFibres, 1e9, nameof(DorsalColumnAfferents));
    }
}
