using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

internal sealed class ProgramSetDto
{
    [JsonPropertyName("areas")] public required AreaDto[] Areas { get; init; }
}
