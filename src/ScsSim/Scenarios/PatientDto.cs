using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

internal sealed class PatientDto
{
    [JsonPropertyName("vertebra")] public required string Vertebra { get; init; }
    [JsonPropertyName("lateralOffset_mm")] public required double LateralOffsetMm { get; init; }
    [JsonPropertyName("csfThickness_mm")] public required double CsfThicknessMm { get; init; }
    [JsonPropertyName("rostroCaudalOffset_mm")] public double? RostroCaudalOffsetMm { get; init; }
    [JsonPropertyName("posture"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Posture { get; init; }
    [JsonPropertyName("additionalLeads"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public LeadPlacementDto[]? AdditionalLeads { get; init; }
    [JsonPropertyName("contactImpedance_ohm")] public required double ContactImpedanceOhm { get; init; }
    [JsonPropertyName("painfulRegions")] public required RegionDto[] PainfulRegions { get; init; }
    [JsonPropertyName("painState")] public required PainStateDto PainState { get; init; }
}
