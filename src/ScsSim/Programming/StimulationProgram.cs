using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// What the pulse generator repeats: a program family (tonic, burst, high frequency, cycling) with its pulse shape.
/// Create one with <see cref="Tonic"/>, <see cref="Burst"/>, <see cref="HighFrequency"/> or <see cref="Cycling"/>.
/// </summary>
/// <remarks>
/// Every program is checked when it is created: a pulse that does not fit in its period, a burst that does not fit in
/// its burst period, or a zero frequency is physically impossible and throws. Whether a device can deliver it is a
/// separate question, answered by <see cref="DeviceProfile.Validate(StimulationProgram, ElectrodeConfiguration, Resistance)"/>.
/// Clinical ranges for the families are in the README (review PMC8229652; De Ridder et al. 2010 for burst).
/// The pulse's own limits (<see cref="PulseShape"/>: 1 kA, 1000 s phases) and the cycling limits keep every period,
/// burst length and cycle length exact in nanoseconds. Every program is immutable and thread-safe.
/// </remarks>
public abstract record StimulationProgram
{
    private protected StimulationProgram()
    {
    }

    /// <summary>Conventional (tonic) stimulation: one pulse every 1 / <paramref name="frequency"/>.</summary>
    /// <param name="pulse">The pulse shape.</param>
    /// <param name="frequency">Pulse rate; greater than 0 and low enough for the pulse to fit in its period.</param>
    /// <returns>The program.</returns>
    /// <exception cref="ArgumentNullException">The pulse is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is zero or the pulse does not fit in its period.</exception>
    public static TonicProgram Tonic(PulseShape pulse, Frequency frequency) => new(pulse, frequency);

    /// <summary>
    /// Burst stimulation: <paramref name="pulsesPerBurst"/> pulses at <paramref name="intraBurstFrequency"/>, bursts
    /// repeated at <paramref name="burstFrequency"/> (De Ridder: 5 pulses of 1 ms at 500 Hz, 40 bursts a second).
    /// </summary>
    /// <param name="pulse">The pulse shape; with <see cref="BurstRecharge.AfterBurst"/> its recharge must be passive.</param>
    /// <param name="intraBurstFrequency">Pulse rate inside a burst; greater than the burst rate.</param>
    /// <param name="pulsesPerBurst">1 to 1000.</param>
    /// <param name="burstFrequency">Burst rate; greater than 0.</param>
    /// <param name="recharge">Recharge after each pulse, or once (passively) after each burst.</param>
    /// <returns>The program.</returns>
    /// <exception cref="ArgumentNullException">The pulse is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate or count is out of range, or a pulse or burst does not fit in its period.</exception>
    /// <exception cref="ArgumentException">After-burst recharge with a pulse whose recharge is not passive.</exception>
    public static BurstProgram Burst(PulseShape pulse, Frequency intraBurstFrequency, int pulsesPerBurst, Frequency burstFrequency,
        BurstRecharge recharge = BurstRecharge.PerPulse) => new(pulse, intraBurstFrequency, pulsesPerBurst, burstFrequency, recharge);

    /// <summary>High-frequency (kilohertz, paresthesia-free) stimulation such as 10 kHz with 30 µs pulses.</summary>
    /// <param name="pulse">The pulse shape.</param>
    /// <param name="frequency">1 kHz to 100 kHz, low enough for the pulse to fit in its period.</param>
    /// <returns>The program.</returns>
    /// <exception cref="ArgumentNullException">The pulse is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is outside 1-100 kHz or the pulse does not fit in its period.</exception>
    public static HighFrequencyProgram HighFrequency(PulseShape pulse, Frequency frequency) => new(pulse, frequency);

    /// <summary>Cycling: <paramref name="program"/> runs for <paramref name="onTime"/>, then the output is off for <paramref name="offTime"/>.</summary>
    /// <param name="program">The program that cycles; not itself a cycling program.</param>
    /// <param name="onTime">1 ns to 1,000,000 s (about 11.6 days).</param>
    /// <param name="offTime">0 to 1,000,000 s (about 11.6 days).</param>
    /// <param name="ramp">Linear amplitude ramp at the start of each on-time; 0 up to <paramref name="onTime"/>.</param>
    /// <returns>The program.</returns>
    /// <remarks>The limits are far beyond any device's cycling range and keep the cycle length on + off exact.</remarks>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The on-time is outside 1 ns to 1,000,000 s, the off-time outside 0 to 1,000,000 s, or the ramp outside 0 to the on-time.</exception>
    /// <exception cref="ArgumentException">The program is itself a cycling program.</exception>
    public static CyclingProgram Cycling(StimulationProgram program, Duration onTime, Duration offTime, Duration ramp = default) =>
        new(program, onTime, offTime, ramp);

    /// <summary>The pulse shape the program repeats.</summary>
    public abstract PulseShape Pulse { get; }

    /// <summary>The program family, for display: "tonic", "burst", "high frequency" or "cycling".</summary>
    public abstract string Family { get; }

    /// <summary>Mean number of stimulating phases per second, cycling included.</summary>
    public abstract double PulsesPerSecond { get; }

    /// <summary>Fraction of time the program is on (1 unless cycling).</summary>
    public virtual double DutyCycle => 1.0;

    /// <summary>Net charge one repetition period leaves in tissue (zero up to rounding for every program).</summary>
    public abstract Charge NetChargePerPeriod { get; }

    /// <summary>The same program with another pulse shape, validated again.</summary>
    /// <param name="pulse">The new pulse shape.</param>
    /// <returns>A new program.</returns>
    /// <exception cref="ArgumentException">The new pulse does not fit the program's timing.</exception>
    public abstract StimulationProgram WithPulse(PulseShape pulse);

    /// <summary>The same program with another amplitude.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>A new program.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public StimulationProgram WithAmplitude(Current amplitude) => WithPulse(Pulse.WithAmplitude(amplitude));

    /// <summary>The repeating pattern of busy intervals (pulses with their recharge), exact in nanoseconds.</summary>
    internal abstract TimingPattern Timing { get; }

    /// <summary>The frequencies a device must be able to produce for this program, with their names.</summary>
    internal abstract IEnumerable<(string Parameter, Frequency Value)> Rates { get; }

    private protected static void RequireFits(Duration busy, Frequency frequency, string what, string paramName)
    {
        // busy ≤ 1/f  ⇔  busy[ns] · f[mHz] ≤ 1e12, in exact integer arithmetic.
        if ((Int128)busy.ToNanoseconds() * frequency.ToMillihertz() > TimingPattern.NanosecondMillihertz)
        {
            var maxHz = 1e9 / busy.ToNanoseconds();
            throw new ArgumentOutOfRangeException(paramName, frequency,
                $"{what} lasts {busy}, longer than the {frequency.Period()} period of {frequency}: lower {paramName} to at most {maxHz:G6} Hz or shorten the pulse.");
        }
    }

    private protected static Frequency RequirePositive(Frequency frequency, string paramName)
    {
        if (frequency.ToMillihertz() <= 0)
            throw new ArgumentOutOfRangeException(paramName, frequency, $"{paramName} must be greater than 0 Hz; got {frequency}.");
        return frequency;
    }
}

/// <summary>The shared shape of <see cref="TonicProgram"/> and <see cref="HighFrequencyProgram"/>, for code that
/// handles both: one pulse every period at a single rate.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record PulseTrainProgram : StimulationProgram
{
    private protected PulseTrainProgram(PulseShape pulse, Frequency frequency)
    {
        Pulse = Guard.NotNull(pulse, nameof(pulse));
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

/// <summary>Where a <see cref="BurstProgram"/> returns the charge of its pulses: with each pulse, or passively once
/// after the burst.</summary>
public enum BurstRecharge
{
    /// <summary>Each pulse carries its own recharge phase.</summary>
    PerPulse,

    /// <summary>The pulses are monophasic and the coupling capacitor recharges passively once, after the last pulse of each burst.</summary>
    AfterBurst,
}

/// <summary>What <see cref="StimulationProgram.Burst"/> makes, for burst SCS: groups of closely spaced pulses repeated
/// at a lower rate.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BurstProgram : StimulationProgram
{
    internal BurstProgram(PulseShape pulse, Frequency intraBurstFrequency, int pulsesPerBurst, Frequency burstFrequency, BurstRecharge recharge)
    {
        Pulse = Guard.NotNull(pulse, nameof(pulse));
        IntraBurstFrequency = RequirePositive(intraBurstFrequency, nameof(intraBurstFrequency));
        BurstFrequency = RequirePositive(burstFrequency, nameof(burstFrequency));
        PulsesPerBurst = (int)Guard.InRange(pulsesPerBurst, 1, 1000, nameof(pulsesPerBurst));
        if (!Enum.IsDefined(recharge))
            throw new ArgumentOutOfRangeException(nameof(recharge), recharge, $"recharge must be PerPulse or AfterBurst; got {(int)recharge}.");
        Recharge = recharge;
        if (burstFrequency >= intraBurstFrequency)
            throw new ArgumentOutOfRangeException(nameof(burstFrequency), burstFrequency,
                $"burstFrequency must be lower than intraBurstFrequency ({intraBurstFrequency}); got {burstFrequency}.");
        if (recharge == BurstRecharge.AfterBurst && pulse.Recharge is not PassiveRecharge)
            throw new ArgumentException(
                $"After-burst recharge is passive: give the pulse a passive recharge (Recharge.Passive(...)); it has {pulse.Recharge.GetType().Name}.",
                nameof(pulse));
        var pulseBusy = recharge == BurstRecharge.PerPulse ? pulse.TotalDuration : pulse.PulseWidth;
        RequireFits(pulseBusy, intraBurstFrequency, recharge == BurstRecharge.PerPulse ? "The pulse with its recharge" : "The pulse", nameof(intraBurstFrequency));
        RequireFits(BurstDurationRoundedUp(), burstFrequency, "The burst", nameof(burstFrequency));
    }

    /// <inheritdoc/>
    public override PulseShape Pulse { get; }

    /// <summary>Pulse rate inside a burst.</summary>
    public Frequency IntraBurstFrequency { get; }

    /// <summary>Number of pulses in a burst.</summary>
    public int PulsesPerBurst { get; }

    /// <summary>Burst rate.</summary>
    public Frequency BurstFrequency { get; }

    /// <summary>Where the charge is returned.</summary>
    public BurstRecharge Recharge { get; }

    /// <inheritdoc/>
    public override string Family => "burst";

    /// <inheritdoc/>
    public override double PulsesPerSecond => PulsesPerBurst * BurstFrequency.ToHertz();

    /// <summary>Peak current of the passive recharge after a burst (it returns the charge of every pulse in the burst).</summary>
    public Current AfterBurstRechargePeakCurrent =>
        Recharge == BurstRecharge.AfterBurst ? Pulse.Recharge.PeakCurrent(Pulse.ChargePerPhase * PulsesPerBurst, Pulse.PulseWidth) : Current.Zero;

    /// <inheritdoc/>
    public override Charge NetChargePerPeriod => Recharge == BurstRecharge.PerPulse
        ? Pulse.NetCharge * PulsesPerBurst
        : Pulse.ChargePerPhase * PulsesPerBurst - Pulse.RechargeCharge(Pulse.ChargePerPhase * PulsesPerBurst);

    /// <inheritdoc/>
    public override StimulationProgram WithPulse(PulseShape pulse) =>
        new BurstProgram(pulse, IntraBurstFrequency, PulsesPerBurst, BurstFrequency, Recharge);

    /// <summary>Exact busy time of one burst: the last pulse starts (n−1) intra periods after the first.</summary>
    private Rational BurstDuration()
    {
        // In both modes the last pulse ends with a recharge: its own, or the passive one for the whole burst.
        return TimingPattern.PeriodOf(IntraBurstFrequency) * (PulsesPerBurst - 1) + Pulse.TotalDuration.ToNanoseconds();
    }

    private Duration BurstDurationRoundedUp()
    {
        var exact = BurstDuration();
        var whole = System.Numerics.BigInteger.Divide(exact.Numerator + exact.Denominator - 1, exact.Denominator);
        return Duration.FromNanoseconds((long)whole);
    }

    internal override TimingPattern Timing
    {
        get
        {
            var intra = TimingPattern.PeriodOf(IntraBurstFrequency);
            var busy = new List<(Rational, Duration)>();
            for (var k = 0; k < PulsesPerBurst; k++)
            {
                var last = k == PulsesPerBurst - 1;
                var length = Recharge == BurstRecharge.PerPulse || last ? Pulse.TotalDuration : Pulse.PulseWidth;
                busy.Add((intra * k, length));
            }
            return new TimingPattern(TimingPattern.PeriodOf(BurstFrequency), busy);
        }
    }

    internal override IEnumerable<(string, Frequency)> Rates => [("intraBurstFrequency", IntraBurstFrequency), ("burstFrequency", BurstFrequency)];

    /// <summary>For example "burst 5 × 500 Hz at 40 Hz, 0.6 mA × 1 ms, passive recharge after each burst".</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() =>
        $"burst {PulsesPerBurst} × {IntraBurstFrequency} at {BurstFrequency}, {Pulse}{(Recharge == BurstRecharge.AfterBurst ? ", once after each burst" : "")}";
}

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
