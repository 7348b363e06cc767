using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class AreaDto
{
    [JsonPropertyName("program")] public required ProgramDto Program { get; init; }
    [JsonPropertyName("electrodes")] public required ElectrodesDto Electrodes { get; init; }
    [JsonPropertyName("offset_us")] public double? OffsetMicroseconds { get; init; }
}
