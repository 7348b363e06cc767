using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

internal sealed class VolleysDto
{
    [JsonPropertyName("interval_ms")] public required double IntervalMs { get; init; }
    [JsonPropertyName("firstVolley_ms")] public required double FirstVolleyMs { get; init; }
    [JsonPropertyName("latencySpread_ms")] public required double LatencySpreadMs { get; init; }
    [JsonPropertyName("responseWindow_ms")] public required double ResponseWindowMs { get; init; }
}
