using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class ContactDto
{
    [JsonPropertyName("lead")] public required int Lead { get; init; }
    [JsonPropertyName("contact")] public required int Contact { get; init; }
    [JsonPropertyName("role")] public required string Role { get; init; }
    [JsonPropertyName("fraction_percent")] public required double FractionPercent { get; init; }
}
