using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

/// <summary>A second lead's placement in a scenario file: the patient's CSF thickness is shared, so it is not repeated.</summary>
internal sealed class LeadPlacementDto
{
    [JsonPropertyName("vertebra")] public required string Vertebra { get; init; }
    [JsonPropertyName("lateralOffset_mm")] public required double LateralOffsetMm { get; init; }
    [JsonPropertyName("rostroCaudalOffset_mm")] public double? RostroCaudalOffsetMm { get; init; }
}
