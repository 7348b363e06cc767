using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class LeadDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("contactCount")] public required int ContactCount { get; init; }
    [JsonPropertyName("contactLength_mm")] public required double ContactLengthMillimetres { get; init; }
    [JsonPropertyName("diameter_mm")] public required double DiameterMillimetres { get; init; }
    [JsonPropertyName("spacing_mm")] public required double SpacingMillimetres { get; init; }
}
