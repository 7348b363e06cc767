using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class FrequencyRangeDto
{
    [JsonPropertyName("min_Hz")] public required double MinHz { get; init; }
    [JsonPropertyName("max_Hz")] public required double MaxHz { get; init; }
}
