using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

/// <summary>A lead in a settings document: percutaneous (the default kind) or paddle, each with its own properties.</summary>
internal sealed class LeadDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("kind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }
    [JsonPropertyName("contactCount"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? ContactCount { get; init; }
    [JsonPropertyName("rowsPerColumn"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int[]? RowsPerColumn { get; init; }
    [JsonPropertyName("contactLength_mm")] public required double ContactLengthMillimetres { get; init; }
    [JsonPropertyName("contactWidth_mm"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? ContactWidthMillimetres { get; init; }
    [JsonPropertyName("diameter_mm"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? DiameterMillimetres { get; init; }
    [JsonPropertyName("spacing_mm")] public required double SpacingMillimetres { get; init; }
    [JsonPropertyName("columnSpacing_mm"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? ColumnSpacingMillimetres { get; init; }
}
