using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>What a program costs the battery (from <see cref="EnergyAnalysis"/>), for comparing programs: energy per
/// pulse, TEED, battery drain and power, and the battery life or the days between charges.</summary>
/// <param name="EnergyPerPulse">Energy of the phases the output stage drives in one pulse (stimulating phase and any active recharge).</param>
/// <param name="TeedPerSecond">TEED: driven energy per second, averaged over cycling (ramps counted at their mean squared amplitude).</param>
/// <param name="BatteryPower">Average power drawn from the battery: TEED / efficiency + overhead.</param>
/// <param name="BatteryDrain">Average battery current.</param>
/// <param name="BatteryKind">Rechargeable or primary.</param>
/// <param name="BatteryLife">
/// Time from full to empty at this drain (the interval between charges for a rechargeable); null when the battery
/// never empties by this load: at zero drain (0 mA and no overhead current), or when the time is longer than a
/// <see cref="Duration"/> holds (about 292 years, far beyond any battery's shelf life).
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnergyReport(
    Energy EnergyPerPulse,
    Power TeedPerSecond,
    Power BatteryPower,
    Current BatteryDrain,
    BatteryKind BatteryKind,
    Duration? BatteryLife)
{
    /// <summary>Days between charges (meaningful for a rechargeable battery); null when <see cref="BatteryLife"/> is null.</summary>
    public double? DaysBetweenCharges => BatteryLife?.ToSeconds() / 86_400;

    /// <summary>Years of service (meaningful for a primary cell); null when <see cref="BatteryLife"/> is null.</summary>
    public double? ServiceYears => BatteryLife?.ToSeconds() / (365.25 * 86_400);

    /// <summary>The battery life as text: for example "12.3 days" (rechargeable), "8.1 years" (primary), or "unlimited (beyond 292 years)".</summary>
    public string BatteryLifeText => BatteryLife is null
        ? "unlimited (beyond 292 years)"
        : BatteryKind == BatteryKind.Primary
            ? ServiceYears!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " years"
            : DaysBetweenCharges!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " days";
}
