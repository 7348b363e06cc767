using System.Text.Json.Serialization;

namespace ScsSim.Scenarios;

internal sealed class PainStateDto
{
    [JsonPropertyName("aBetaRate_Hz")] public required double ABetaRateHz { get; init; }
    [JsonPropertyName("aDeltaRate_Hz")] public required double ADeltaRateHz { get; init; }
    [JsonPropertyName("cRate_Hz")] public required double CRateHz { get; init; }
    [JsonPropertyName("cFibreVolleys")] public VolleysDto? CFibreVolleys { get; init; }
}
