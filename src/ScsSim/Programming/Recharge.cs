using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// How the charge of the first (stimulating) phase is returned, so that no net charge is left in tissue.
/// </summary>
/// <remarks>
/// Three kinds, as offered by clinical pulse generators, and a fourth for models only:
/// <list type="bullet">
/// <item><see cref="ActiveSymmetricRecharge"/>: a second phase of opposite sign, same amplitude and width.</item>
/// <item><see cref="ActiveAsymmetricRecharge"/>: a lower, longer second phase of equal charge.</item>
/// <item><see cref="PassiveRecharge"/>: the coupling capacitor discharges through the tissue as an exponential.</item>
/// <item><see cref="NoRecharge"/>: a monophasic pulse, for the fibre models' reference cases; device programs refuse it.</item>
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

    /// <summary>No recharge: a monophasic pulse, accepted by the fibre models and analyses, refused by every device program
    /// (see <see cref="PulseShape.IsChargeBalanced"/>).</summary>
    public static NoRecharge None { get; } = new();

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
