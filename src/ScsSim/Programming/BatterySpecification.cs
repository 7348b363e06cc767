using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// The battery of a pulse generator (<see cref="DeviceProfile.Battery"/>), from which
/// <see cref="ScsSim.Safety.EnergyAnalysis"/> estimates battery life or the days between charges: capacity, nominal
/// voltage, kind, overhead current and conversion efficiency.
/// </summary>
/// <param name="Kind">Rechargeable or primary.</param>
/// <param name="Capacity">Usable capacity; greater than 0 (any capacity a <see cref="BatteryCapacity"/> holds).</param>
/// <param name="NominalVoltage">Nominal cell voltage; 1 mV to 1 kV.</param>
/// <param name="ConversionEfficiency">Fraction of battery power that reaches the tissue through the output stage, 1e-6 to 1.</param>
/// <param name="OverheadCurrent">Battery current drawn with the output off (electronics, telemetry); 0 mA to 1 kA.</param>
/// <remarks>
/// Every value is checked when the specification is created and when a <c>with</c> expression sets it; the limits
/// (far wider than any real cell) keep the battery power and drain of <see cref="Safety.EnergyAnalysis"/> finite.
/// Immutable and thread-safe.
/// </remarks>
/// <exception cref="ArgumentOutOfRangeException">A value is out of its range; the exception names it (for example "ConversionEfficiency").</exception>
public sealed record BatterySpecification(BatteryKind Kind, BatteryCapacity Capacity, Voltage NominalVoltage, double ConversionEfficiency,
    Current OverheadCurrent)
{
    /// <summary>Rechargeable or primary.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="BatteryKind"/>.</exception>
    public BatteryKind Kind { get; init => field = CheckKind(value); } = CheckKind(Kind);

    /// <summary>Usable capacity; greater than 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is zero.</exception>
    public BatteryCapacity Capacity { get; init => field = CheckCapacity(value); } = CheckCapacity(Capacity);

    /// <summary>Nominal cell voltage; 1 mV to 1 kV.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The voltage is below 1 mV or above 1 kV.</exception>
    public Voltage NominalVoltage { get; init => field = CheckVoltage(value); } = CheckVoltage(NominalVoltage);

    /// <summary>Fraction of battery power that reaches the tissue, 1e-6 to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is NaN or outside 1e-6 to 1.</exception>
    public double ConversionEfficiency { get; init => field = CheckEfficiency(value); } = CheckEfficiency(ConversionEfficiency);

    /// <summary>Battery current drawn with the output off; 0 mA to 1 kA.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The current is negative or above 1 kA.</exception>
    public Current OverheadCurrent { get; init => field = CheckOverhead(value); } = CheckOverhead(OverheadCurrent);

    private static BatteryKind CheckKind(BatteryKind kind) => Enum.IsDefined(kind)
        ? kind
        : throw new ArgumentOutOfRangeException(nameof(Kind), kind, $"Kind must be Rechargeable or Primary; got {(int)kind}.");

    private static BatteryCapacity CheckCapacity(BatteryCapacity capacity) => capacity > BatteryCapacity.Zero
        ? capacity
        : throw new ArgumentOutOfRangeException(nameof(Capacity), capacity, $"Capacity must be greater than 0 mAh; got {capacity}.");

    private static Voltage CheckVoltage(Voltage voltage) => voltage.ToVolts() >= Limits.MinBatteryVolts && voltage.ToVolts() <= Limits.MaxBatteryVolts
        ? voltage
        : throw new ArgumentOutOfRangeException(nameof(NominalVoltage), voltage, $"NominalVoltage must be from 1 mV to 1 kV; got {voltage}.");

    private static double CheckEfficiency(double efficiency) =>
        Guard.InRange(efficiency, Limits.MinConversionEfficiency, 1, nameof(ConversionEfficiency));

    private static Current CheckOverhead(Current overhead) =>
        Guard.InRange(overhead, 0, Limits.MaxAmplitudeMilliamperes, nameof(OverheadCurrent));
}
