using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class BatteryDto
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("capacity_mAh")] public required double CapacityMilliampereHours { get; init; }
    [JsonPropertyName("nominalVoltage_V")] public required double NominalVoltageVolts { get; init; }
    [JsonPropertyName("conversionEfficiency")] public required double ConversionEfficiency { get; init; }
    [JsonPropertyName("overheadCurrent_uA")] public required double OverheadCurrentMicroamperes { get; init; }
}
