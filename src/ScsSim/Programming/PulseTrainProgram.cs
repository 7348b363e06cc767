using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>The shared shape of <see cref="TonicProgram"/> and <see cref="HighFrequencyProgram"/>, for code that
/// handles both: one pulse every period at a single rate.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record PulseTrainProgram : StimulationProgram
{
    private protected PulseTrainProgram(PulseShape pulse, Frequency frequency)
    {
        Pulse = RequireChargeBalanced(pulse, nameof(pulse));
        Frequency = RequirePositive(frequency, nameof(frequency));
        RequireFits(pulse.TotalDuration, frequency, "The pulse with its recharge", nameof(frequency));
    }

    /// <inheritdoc/>
    public override PulseShape Pulse { get; }

    /// <summary>Pulse rate.</summary>
    public Frequency Frequency { get; }

    /// <inheritdoc/>
    public override double PulsesPerSecond => Frequency.ToHertz();

    /// <inheritdoc/>
    public override Charge NetChargePerPeriod => Pulse.NetCharge;

    internal override TimingPattern Timing => TimingPattern.Single(Frequency, Pulse.TotalDuration);

    internal override IEnumerable<(string, Frequency)> Rates => [("frequency", Frequency)];

    /// <summary>For example "tonic 50 Hz, 5 mA × 300 µs, active symmetric recharge".</summary>
    /// <returns>The description.</returns>
    /// <remarks>Sealed, so the derived records use it instead of synthesising their own.</remarks>
    public sealed override string ToString() => $"{Family} {Frequency}, {Pulse}";
}
