using ScsSim.Quantities;

namespace ScsSim.Programming;

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
