using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>What <see cref="StimulationProgram.Cycling"/> makes, for saving battery: another
/// program alternates with silence (for example 30 s on, 90 s off).</summary>
/// <remarks>The wrapped program restarts at the beginning of every on-time; during a ramp its amplitude rises linearly from 0. Immutable and thread-safe.</remarks>
public sealed record CyclingProgram : StimulationProgram
{
    internal CyclingProgram(StimulationProgram program, Duration onTime, Duration offTime, Duration ramp)
    {
        Program = Guard.NotNull(program, nameof(program));
        if (program is CyclingProgram)
            throw new ArgumentException("program must not itself be a cycling program: wrap the inner program once.", nameof(program));
        Guard.InRange(onTime, Duration.FromNanoseconds(1), Limits.MaxCycle, nameof(onTime));
        Guard.InRange(offTime, Duration.Zero, Limits.MaxCycle, nameof(offTime));
        Guard.InRange(ramp, Duration.Zero, onTime, nameof(ramp));
        OnTime = onTime;
        OffTime = offTime;
        Ramp = ramp;
    }

    /// <summary>The program that runs during the on-time.</summary>
    public StimulationProgram Program { get; }

    /// <summary>How long the program runs in each cycle.</summary>
    public Duration OnTime { get; }

    /// <summary>How long the output is off in each cycle.</summary>
    public Duration OffTime { get; }

    /// <summary>Linear amplitude ramp at the start of each on-time (part of the on-time).</summary>
    public Duration Ramp { get; }

    /// <inheritdoc/>
    public override PulseShape Pulse => Program.Pulse;

    /// <inheritdoc/>
    public override string Family => "cycling";

    /// <inheritdoc/>
    public override double DutyCycle => OnTime / (OnTime + OffTime);

    /// <inheritdoc/>
    public override double PulsesPerSecond => Program.PulsesPerSecond * DutyCycle;

    /// <inheritdoc/>
    public override Charge NetChargePerPeriod => Program.NetChargePerPeriod;

    /// <inheritdoc/>
    public override StimulationProgram WithPulse(PulseShape pulse) => new CyclingProgram(Program.WithPulse(pulse), OnTime, OffTime, Ramp);

    // Conservative for interleaving: a cycling program may be on whenever its inner program would pulse.
    internal override TimingPattern Timing => Program.Timing;

    internal override IEnumerable<(string, Frequency)> Rates => Program.Rates;

    /// <summary>For example "cycling 30 s on / 90 s off: tonic 50 Hz, ...".</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() =>
        $"cycling {OnTime} on / {OffTime} off{(Ramp > Duration.Zero ? $", ramp {Ramp}" : "")}: {Program}";
}
