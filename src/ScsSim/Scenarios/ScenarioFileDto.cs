using System.Text.Json.Serialization;
using ScsSim.Serialization;

namespace ScsSim.Scenarios;

// The on-disk shape of a scenario file, used for writing (reading walks the parsed document, see ScenarioJson). The
// settings part is the settings file's own DTO, so the settings are mapped by SettingsWriter alone, whichever document holds them.

internal sealed class ScenarioFileDto
{
    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("seed")] public required ulong Seed { get; init; }
    [JsonPropertyName("patient")] public required PatientDto Patient { get; init; }
    [JsonPropertyName("settings")] public required SettingsFileDto Settings { get; init; }
}
