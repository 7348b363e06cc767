using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

/// <summary>Source-generated serialisation of the settings file's DTOs (writing only; reading walks the parsed document).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SettingsFileDto))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
