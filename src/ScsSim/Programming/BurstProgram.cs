using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>What <see cref="StimulationProgram.Burst"/> makes, for burst SCS: groups of closely spaced pulses repeated
/// at a lower rate.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BurstProgram : StimulationProgram
{
    internal BurstProgram(PulseShape pulse, Frequency intraBurstFrequency, int pulsesPerBurst, Frequency burstFrequency, BurstRecharge recharge)
    {
        Pulse = RequireChargeBalanced(pulse, nameof(pulse));
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
