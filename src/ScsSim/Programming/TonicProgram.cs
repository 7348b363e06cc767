using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>What <see cref="StimulationProgram.Tonic"/> makes, for conventional paresthesia-based SCS: one pulse every
/// period.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TonicProgram : PulseTrainProgram
{
    internal TonicProgram(PulseShape pulse, Frequency frequency)
        : base(pulse, frequency)
    {
    }

    /// <inheritdoc/>
    public override string Family => "tonic";

    /// <inheritdoc/>
    public override StimulationProgram WithPulse(PulseShape pulse) => new TonicProgram(pulse, Frequency);
}
