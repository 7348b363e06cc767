using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// How the charge of the first (stimulating) phase is returned, so that no net charge is left in tissue.
/// </summary>
/// <remarks>
/// Three kinds, as offered by clinical pulse generators:
/// <list type="bullet">
/// <item><see cref="ActiveSymmetricRecharge"/>: a second phase of opposite sign, same amplitude and width.</item>
/// <item><see cref="ActiveAsymmetricRecharge"/>: a lower, longer second phase of equal charge.</item>
/// <item><see cref="PassiveRecharge"/>: the coupling capacitor discharges through the tissue as an exponential.</item>
/// </list>
/// Every kind is immutable and thread-safe.
/// </remarks>
public abstract record Recharge
{
    private protected Recharge()
    {
    }

    /// <summary>An active second phase of opposite sign with the same amplitude and width as the first.</summary>
    public static ActiveSymmetricRecharge ActiveSymmetric { get; } = new();

    /// <summary>An active second phase of equal charge, <paramref name="widthRatio"/> times longer and as many times lower.</summary>
    /// <param name="widthRatio">Second-phase width / first-phase width; 1 to 100.</param>
    /// <returns>The recharge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is outside 1 to 100 or not finite.</exception>
    public static ActiveAsymmetricRecharge ActiveAsymmetric(double widthRatio) => new(widthRatio);

    /// <summary>Passive recharge through the coupling capacitor: an exponential with time constant
    /// <paramref name="timeConstant"/> over a window of <paramref name="window"/>.</summary>
    /// <param name="timeConstant">The RC time constant of coupling capacitor and tissue; 1 ns to 1000 s.</param>
    /// <param name="window">How long the recharge switch is closed; 1 ns to 1000 s.</param>
    /// <returns>The recharge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either duration is outside 1 ns to 1000 s.</exception>
    public static PassiveRecharge Passive(Duration timeConstant, Duration window) => new(timeConstant, window);

    /// <summary>The width of the recharge phase for a first phase of the given width.</summary>
    /// <param name="firstPhaseWidth">The width of the stimulating phase.</param>
    /// <returns>The duration of the recharge phase.</returns>
    public abstract Duration RechargeWidth(Duration firstPhaseWidth);

    /// <summary>
    /// The magnitude of the recharge current at the start of the recharge phase that returns
    /// <paramref name="charge"/> over <see cref="RechargeWidth"/>.
    /// </summary>
    /// <param name="charge">The charge of the stimulating phase(s) to return.</param>
    /// <param name="firstPhaseWidth">The width of the stimulating phase.</param>
    /// <returns>The peak recharge current (positive).</returns>
    /// <exception cref="DivideByZeroException">The recharge width is zero.</exception>
    /// <exception cref="OverflowException">The current is beyond the range of <see cref="Current"/>.</exception>
    public abstract Current PeakCurrent(Charge charge, Duration firstPhaseWidth);
}

/// <summary>One <see cref="Recharge"/> choice of a <see cref="PulseShape"/>: an active second phase of opposite sign,
/// same amplitude and same width as the first.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ActiveSymmetricRecharge : Recharge
{
    internal ActiveSymmetricRecharge()
    {
    }

    /// <inheritdoc/>
    public override Duration RechargeWidth(Duration firstPhaseWidth) => firstPhaseWidth;

    /// <inheritdoc/>
    public override Current PeakCurrent(Charge charge, Duration firstPhaseWidth) => charge / firstPhaseWidth;
}

/// <summary>
/// An active second phase of equal charge, <see cref="WidthRatio"/> times longer and as many times lower than the
/// first (less likely to excite on the recharge phase).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ActiveAsymmetricRecharge : Recharge
{
    internal ActiveAsymmetricRecharge(double widthRatio) =>
        WidthRatio = Guard.InRange(widthRatio, 1, 100, nameof(widthRatio));

    /// <summary>Second-phase width / first-phase width, 1 to 100.</summary>
    public double WidthRatio { get; }

    /// <summary>The second phase's width: the first's times <see cref="WidthRatio"/>, rounded to the nearest nanosecond.</summary>
    /// <param name="firstPhaseWidth">The width of the stimulating phase.</param>
    /// <returns>The recharge width.</returns>
    /// <exception cref="OverflowException">The width is beyond the range of <see cref="Duration"/> (never for a <see cref="PulseShape"/>'s width).</exception>
    public override Duration RechargeWidth(Duration firstPhaseWidth)
    {
        var nanoseconds = Math.Round(firstPhaseWidth.ToNanoseconds() * WidthRatio, MidpointRounding.AwayFromZero);
        if (!(nanoseconds >= long.MinValue && nanoseconds < long.MaxValue))
            throw new OverflowException($"{firstPhaseWidth} × {WidthRatio} is beyond the range of a duration.");
        return Duration.FromNanoseconds((long)nanoseconds);
    }

    /// <summary>The amplitude that returns exactly <paramref name="charge"/> over the (rounded) recharge width.</summary>
    /// <param name="charge">The charge to return.</param>
    /// <param name="firstPhaseWidth">The width of the stimulating phase.</param>
    /// <returns>The recharge amplitude.</returns>
    public override Current PeakCurrent(Charge charge, Duration firstPhaseWidth) => charge / RechargeWidth(firstPhaseWidth);
}

/// <summary>
/// Passive recharge: after the stimulating phase the output is switched to ground and the series coupling
/// capacitor discharges through the tissue, a current I(t) = I0 · exp(−t / τ) over the recharge window.
/// </summary>
/// <remarks>
/// In steady state the capacitor keeps a small residual charge from window to window, so that each window returns
/// exactly the charge of the stimulating phase: with q the phase charge and W the window,
/// I0 = q / (τ · (1 − exp(−W / τ))). (Derivation: the residual r satisfies (r + q) · exp(−W/τ) = r, and the window
/// returns (r + q) − r = q, starting from I0 = (r + q) / τ.) A window much shorter than τ therefore behaves like a
/// short, strong active phase; a window of 5 τ or more leaves less than 1 % of the charge on the capacitor.
/// Source: the coupling-capacitor charge-balancing scheme described by Merrill, Bikson &amp; Jefferys,
/// J Neurosci Methods 141:171 (2005).
/// Immutable and thread-safe.
/// </remarks>
public sealed record PassiveRecharge : Recharge
{
    internal PassiveRecharge(Duration timeConstant, Duration window)
    {
        Guard.InRange(timeConstant, Duration.FromNanoseconds(1), Limits.MaxPhase, nameof(timeConstant));
        Guard.InRange(window, Duration.FromNanoseconds(1), Limits.MaxPhase, nameof(window));
        TimeConstant = timeConstant;
        Window = window;
    }

    /// <summary>The RC time constant τ of coupling capacitor and tissue.</summary>
    public Duration TimeConstant { get; }

    /// <summary>How long the recharge switch is closed.</summary>
    public Duration Window { get; }

    /// <inheritdoc/>
    public override Duration RechargeWidth(Duration firstPhaseWidth) => Window;

    /// <summary>I0 = q / (τ · (1 − exp(−W / τ))): the steady-state starting current.</summary>
    /// <param name="charge">The charge to return.</param>
    /// <param name="firstPhaseWidth">Unused: passive recharge depends only on τ and the window.</param>
    /// <returns>The starting recharge current.</returns>
    public override Current PeakCurrent(Charge charge, Duration firstPhaseWidth)
    {
        var tauNs = (double)TimeConstant.ToNanoseconds();
        var fractionReturned = -double.ExpM1(-Window.ToNanoseconds() / tauNs);
        return Current.FromResult(charge.ToMicrocoulombs() / (tauNs * 1e-6 * fractionReturned), "passive recharge peak current");
    }

    /// <summary>The recharge current at time <paramref name="sinceStart"/> into the window, as a fraction of the peak.</summary>
    /// <param name="sinceStart">Time since the window opened; 0 or more.</param>
    /// <returns>exp(−t / τ), from 1 down to 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sinceStart"/> is negative (the window has not opened).</exception>
    public double DecayAt(Duration sinceStart) =>
        Math.Exp(-Guard.InRange(sinceStart, Duration.Zero, Duration.FromNanoseconds(long.MaxValue), nameof(sinceStart)).ToNanoseconds()
                 / (double)TimeConstant.ToNanoseconds());
}
