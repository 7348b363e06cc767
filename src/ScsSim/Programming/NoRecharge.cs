using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>One <see cref="Recharge"/> choice of a <see cref="PulseShape"/>, for models and analysis only: no recharge at
/// all, a monophasic pulse that leaves its whole charge in tissue.</summary>
/// <remarks>
/// The excitation literature's reference cases (McNeal 1976; Rattay 1986; McIntyre et al. 2002) use monophasic pulses, so
/// the fibre models accept this shape. A device program refuses it (<see cref="PulseShape.IsChargeBalanced"/>): an
/// implanted stimulator must return the charge of every pulse (Merrill, Bikson &amp; Jefferys, J Neurosci Methods 141:171,
/// 2005). Immutable and thread-safe.
/// </remarks>
public sealed record NoRecharge : Recharge
{
    internal NoRecharge()
    {
    }

    /// <summary>Zero: there is no recharge phase.</summary>
    /// <param name="firstPhaseWidth">Unused.</param>
    /// <returns><see cref="Duration.Zero"/>.</returns>
    public override Duration RechargeWidth(Duration firstPhaseWidth) => Duration.Zero;

    /// <summary>Zero: no charge is returned.</summary>
    /// <param name="charge">Unused.</param>
    /// <param name="firstPhaseWidth">Unused.</param>
    /// <returns><see cref="Current.Zero"/>.</returns>
    public override Current PeakCurrent(Charge charge, Duration firstPhaseWidth) => Current.Zero;
}
