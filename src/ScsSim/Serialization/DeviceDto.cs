using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class DeviceDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("maxAmplitude_mA")] public required double MaxAmplitudeMilliamperes { get; init; }
    [JsonPropertyName("amplitudeStep_mA")] public required double AmplitudeStepMilliamperes { get; init; }
    [JsonPropertyName("frequencyRanges")] public required FrequencyRangeDto[] FrequencyRanges { get; init; }
    [JsonPropertyName("minPulseWidth_us")] public required double MinPulseWidthMicroseconds { get; init; }
    [JsonPropertyName("maxPulseWidth_us")] public required double MaxPulseWidthMicroseconds { get; init; }
    [JsonPropertyName("maxChargePerPhase_uC")] public required double MaxChargePerPhaseMicrocoulombs { get; init; }
    [JsonPropertyName("complianceVoltage_V")] public required double ComplianceVoltageVolts { get; init; }
    [JsonPropertyName("contactCount")] public required int ContactCount { get; init; }
    [JsonPropertyName("battery")] public required BatteryDto Battery { get; init; }
}
