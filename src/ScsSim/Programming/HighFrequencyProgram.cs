using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>What <see cref="StimulationProgram.HighFrequency"/> makes, for kilohertz (often paresthesia-free) SCS:
/// tonic timing in the 1-100 kHz range.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record HighFrequencyProgram : PulseTrainProgram
{
    /// <summary>The lowest frequency this family accepts.</summary>
    public static readonly Frequency MinimumFrequency = Frequency.FromKilohertz(1);

    /// <summary>The highest frequency this family accepts.</summary>
    public static readonly Frequency MaximumFrequency = Frequency.FromKilohertz(100);

    internal HighFrequencyProgram(PulseShape pulse, Frequency frequency)
        : base(pulse, RequireKilohertz(frequency))
    {
    }

    private static Frequency RequireKilohertz(Frequency frequency) =>
        frequency >= MinimumFrequency && frequency <= MaximumFrequency
            ? frequency
            : throw new ArgumentOutOfRangeException(nameof(frequency), frequency,
                $"frequency of a high-frequency program must be between {MinimumFrequency} and {MaximumFrequency}; got {frequency} (use a tonic program below 1 kHz).");

    /// <inheritdoc/>
    public override string Family => "high frequency";

    /// <inheritdoc/>
    public override StimulationProgram WithPulse(PulseShape pulse) => new HighFrequencyProgram(pulse, Frequency);
}
