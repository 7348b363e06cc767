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

    /// <summary>The pulse of a device program, refused when it is monophasic: a stimulator must return every pulse's charge.</summary>
    private protected static PulseShape RequireChargeBalanced(PulseShape pulse, string paramName)
    {
        Guard.NotNull(pulse, paramName);
        if (!pulse.IsChargeBalanced)
            throw new ArgumentException(
                $"{paramName} is monophasic ({pulse}): a device program must return the charge of every pulse; give it a recharge " +
                "(Recharge.ActiveSymmetric, Recharge.ActiveAsymmetric(...) or Recharge.Passive(...)). Monophasic pulses are for the fibre models only.",
                paramName);
        return pulse;
    }

    private protected static Frequency RequirePositive(Frequency frequency, string paramName)
    {
        if (frequency.ToMillihertz() <= 0)
            throw new ArgumentOutOfRangeException(paramName, frequency, $"{paramName} must be greater than 0 Hz; got {frequency}.");
        return frequency;
    }
}
