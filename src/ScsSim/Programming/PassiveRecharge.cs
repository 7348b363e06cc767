using ScsSim.Quantities;

namespace ScsSim.Programming;

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
