using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

/// <summary>Source-generated serialisation of the scenario file's DTOs, the embedded settings DTOs included (writing only).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ScenarioFileDto))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
