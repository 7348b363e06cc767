using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

internal sealed class RegionDto
{
    [JsonPropertyName("dermatome")] public required string Dermatome { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
}
