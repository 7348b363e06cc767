using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class PulseDto
{
    [JsonPropertyName("amplitude_mA")] public required double AmplitudeMilliamperes { get; init; }
    [JsonPropertyName("pulseWidth_us")] public required double PulseWidthMicroseconds { get; init; }
    [JsonPropertyName("interphaseGap_us")] public double? InterphaseGapMicroseconds { get; init; }
    [JsonPropertyName("polarity")] public string? Polarity { get; init; }
    [JsonPropertyName("recharge")] public RechargeDto? Recharge { get; init; }
}
