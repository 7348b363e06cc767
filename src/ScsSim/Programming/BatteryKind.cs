using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>Part of a <see cref="BatterySpecification"/>: whether the battery is recharged (the energy report gives
/// days between charges) or replaced with the device (it gives service years).</summary>
public enum BatteryKind
{
    /// <summary>A rechargeable cell: battery life is the interval between charges.</summary>
    Rechargeable,

    /// <summary>A primary (non-rechargeable) cell: battery life is the device's service life.</summary>
    Primary,
}
