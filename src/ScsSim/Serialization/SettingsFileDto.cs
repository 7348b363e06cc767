using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

// The on-disk shape of a settings file, used for writing. Units are part of every property name; these types carry no
// logic. Reading does not go through them: SettingsReader walks the parsed document itself (after StrictJson has refused
// syntax errors and duplicate keys), so that every problem gets its JSON path and a message in the file's own words.

internal sealed class SettingsFileDto
{
    [JsonPropertyName("version")] public required int Version { get; init; }
    [JsonPropertyName("device")] public DeviceDto? Device { get; init; }
    [JsonPropertyName("electrodes")] public ElectrodesDto? Electrodes { get; init; }
    [JsonPropertyName("program")] public ProgramDto? Program { get; init; }
    [JsonPropertyName("programSet")] public ProgramSetDto? ProgramSet { get; init; }
    [JsonPropertyName("impedance_ohm")] public double? ImpedanceOhm { get; init; }
}
