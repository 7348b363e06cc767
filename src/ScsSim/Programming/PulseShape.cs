using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// One pulse as a clinician programs it: a stimulating phase of <see cref="Amplitude"/> for <see cref="PulseWidth"/>,
/// an optional <see cref="InterphaseGap"/>, and a <see cref="Recharge"/> phase that returns the charge.
/// </summary>
/// <remarks>Immutable and thread-safe; every constructor and <c>With*</c> method validates its input.</remarks>
public sealed record PulseShape
{
    /// <summary>Creates a pulse shape.</summary>
    /// <param name="amplitude">Stimulating-phase current magnitude; 0 mA to 1 kA (1,000,000 mA).</param>
    /// <param name="pulseWidth">Stimulating-phase width; 1 ns to 1000 s.</param>
    /// <param name="recharge">How the charge is returned; active symmetric when null.</param>
    /// <param name="interphaseGap">Pause between the phases; 0 to 1000 s (default 0).</param>
    /// <param name="polarity">Sign of the first phase at the cathodes (default cathodic first).</param>
    /// <remarks>
    /// The limits are far beyond any device but keep every derived value exact or finite: the total duration (at most
    /// 1000 s + 1000 s + 100 × 1000 s), the charge per phase (at most 1e12 µC) and the recharge current.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative or above 1 kA, the width is outside 1 ns to 1000 s, the gap is
    /// negative or above 1000 s, or the polarity is not a defined value.</exception>
    public PulseShape(Current amplitude, Duration pulseWidth, Recharge? recharge = null, Duration interphaseGap = default,
        Polarity polarity = Polarity.CathodicFirst)
    {
        Guard.InRange(amplitude, 0, Limits.MaxAmplitudeMilliamperes, nameof(amplitude));
        Guard.InRange(pulseWidth, Duration.FromNanoseconds(1), Limits.MaxPhase, nameof(pulseWidth));
        Guard.InRange(interphaseGap, Duration.Zero, Limits.MaxPhase, nameof(interphaseGap));
        if (!Enum.IsDefined(polarity))
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"polarity must be CathodicFirst or AnodicFirst; got {(int)polarity}.");
        Amplitude = amplitude;
        PulseWidth = pulseWidth;
        Recharge = recharge ?? Recharge.ActiveSymmetric;
        InterphaseGap = interphaseGap;
        Polarity = polarity;
    }

    /// <summary>Stimulating-phase current magnitude (the "amplitude" on a clinician programmer).</summary>
    public Current Amplitude { get; }

    /// <summary>Stimulating-phase width.</summary>
    public Duration PulseWidth { get; }

    /// <summary>How the charge is returned.</summary>
    public Recharge Recharge { get; }

    /// <summary>Pause between the stimulating and the recharge phase.</summary>
    public Duration InterphaseGap { get; }

    /// <summary>Sign of the first phase at the cathodes.</summary>
    public Polarity Polarity { get; }

    /// <summary>Charge of the stimulating phase: Q = I · PW.</summary>
    public Charge ChargePerPhase => Amplitude * PulseWidth;

    /// <summary>Width of the recharge phase (for passive recharge: its window).</summary>
    public Duration RechargeWidth => Recharge.RechargeWidth(PulseWidth);

    /// <summary>Magnitude of the recharge current at the start of the recharge phase.</summary>
    public Current RechargePeakCurrent => Recharge.PeakCurrent(ChargePerPhase, PulseWidth);

    /// <summary>Time from the start of the stimulating phase to the end of the recharge phase.</summary>
    public Duration TotalDuration => PulseWidth + InterphaseGap + RechargeWidth;

    /// <summary>Time from the start of the stimulating phase to the end of the interphase gap.</summary>
    internal Duration RechargeStart => PulseWidth + InterphaseGap;

    /// <summary>
    /// The current at the cathode contacts <paramref name="sinceOnset"/> after the pulse starts: the analytic definition
    /// of the shape, negative while cathodic. Zero before the onset, in the interphase gap and after the recharge.
    /// </summary>
    /// <param name="sinceOnset">Time since the start of the stimulating phase.</param>
    /// <returns>The signed current (for a cathodic-first pulse: −Amplitude, then the positive recharge).</returns>
    /// <remarks>Phases are half-open intervals [start, end). The waveform engine renders the same definition on a sample grid.</remarks>
    public Current CurrentAt(Duration sinceOnset)
    {
        var sign = Polarity == Polarity.CathodicFirst ? -1.0 : 1.0;
        if (sinceOnset < Duration.Zero || sinceOnset >= TotalDuration) return Current.Zero;
        if (sinceOnset < PulseWidth) return Amplitude * sign;
        if (sinceOnset < RechargeStart) return Current.Zero;
        var peak = RechargePeakCurrent * -sign;
        return Recharge is PassiveRecharge passive ? peak * passive.DecayAt(sinceOnset - RechargeStart) : peak;
    }

    /// <summary>
    /// Net charge one pulse leaves in tissue, computed from the phases analytically: zero up to floating-point rounding
    /// for every charge-balanced shape (each recharge kind returns exactly the stimulating charge by construction); the
    /// whole phase charge for a monophasic pulse (<see cref="NoRecharge"/>).
    /// </summary>
    public Charge NetCharge => ChargePerPhase - RechargeCharge(ChargePerPhase);

    /// <summary>Whether a recharge phase returns the stimulating charge: false only for a monophasic pulse
    /// (<see cref="Programming.Recharge.None"/>), which the fibre models accept and device programs refuse.</summary>
    public bool IsChargeBalanced => Recharge is not NoRecharge;

    internal Charge RechargeCharge(Charge stimulatingCharge) => Recharge switch
    {
        PassiveRecharge p => Charge.FromResult(
            Recharge.PeakCurrent(stimulatingCharge, PulseWidth).ToMilliamperes() * p.TimeConstant.ToNanoseconds() * 1e-6
            * -double.ExpM1(-p.Window.ToNanoseconds() / (double)p.TimeConstant.ToNanoseconds()), "passive recharge charge"),
        _ => Recharge.PeakCurrent(stimulatingCharge, PulseWidth) * RechargeWidth,
    };

    /// <summary>The same shape with another amplitude.</summary>
    /// <param name="amplitude">0 mA to 1 kA.</param>
    /// <returns>A new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative or above 1 kA.</exception>
    public PulseShape WithAmplitude(Current amplitude) => new(amplitude, PulseWidth, Recharge, InterphaseGap, Polarity);

    /// <summary>The same shape with another pulse width.</summary>
    /// <param name="pulseWidth">1 ns to 1000 s.</param>
    /// <returns>A new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is outside 1 ns to 1000 s.</exception>
    public PulseShape WithPulseWidth(Duration pulseWidth) => new(Amplitude, pulseWidth, Recharge, InterphaseGap, Polarity);

    /// <summary>The same shape with another recharge.</summary>
    /// <param name="recharge">The recharge kind.</param>
    /// <returns>A new shape.</returns>
    /// <exception cref="ArgumentNullException">The recharge is null.</exception>
    public PulseShape WithRecharge(Recharge recharge) =>
        new(Amplitude, PulseWidth, Guard.NotNull(recharge, nameof(recharge)), InterphaseGap, Polarity);

    /// <summary>A readable one-line description, such as "5 mA × 300 µs, active symmetric recharge".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var recharge = Recharge switch
        {
            ActiveSymmetricRecharge => "active symmetric recharge",
            ActiveAsymmetricRecharge a => $"active asymmetric recharge (×{a.WidthRatio:0.###})",
            PassiveRecharge p => $"passive recharge (τ {p.TimeConstant}, window {p.Window})",
            NoRecharge => "monophasic (no recharge)",
            _ => Recharge.ToString(),
        };
        var gap = InterphaseGap > Duration.Zero ? $", gap {InterphaseGap}" : "";
        var polarity = Polarity == Polarity.AnodicFirst ? ", anodic first" : "";
        return $"{Amplitude} × {PulseWidth}{gap}, {recharge}{polarity}";
    }
}
