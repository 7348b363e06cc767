using ScsSim.Quantities;

namespace ScsSim.Programming;

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
