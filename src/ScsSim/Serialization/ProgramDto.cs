using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

// One polymorphic family: the base names its derived types (and their "kind"), so they are read together.

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TonicDto), "tonic")]
[JsonDerivedType(typeof(BurstDto), "burst")]
[JsonDerivedType(typeof(HighFrequencyDto), "highFrequency")]
[JsonDerivedType(typeof(CyclingDto), "cycling")]
internal abstract class ProgramDto;

internal sealed class TonicDto : ProgramDto
{
    [JsonPropertyName("pulse")] public required PulseDto Pulse { get; init; }
    [JsonPropertyName("frequency_Hz")] public required double FrequencyHz { get; init; }
}

internal sealed class HighFrequencyDto : ProgramDto
{
    [JsonPropertyName("pulse")] public required PulseDto Pulse { get; init; }
    [JsonPropertyName("frequency_Hz")] public required double FrequencyHz { get; init; }
}

internal sealed class BurstDto : ProgramDto
{
    [JsonPropertyName("pulse")] public required PulseDto Pulse { get; init; }
    [JsonPropertyName("intraBurstFrequency_Hz")] public required double IntraBurstFrequencyHz { get; init; }
    [JsonPropertyName("pulsesPerBurst")] public required int PulsesPerBurst { get; init; }
    [JsonPropertyName("burstFrequency_Hz")] public required double BurstFrequencyHz { get; init; }
    [JsonPropertyName("burstRecharge")] public string? BurstRecharge { get; init; }
}

internal sealed class CyclingDto : ProgramDto
{
    [JsonPropertyName("program")] public required ProgramDto Program { get; init; }
    [JsonPropertyName("onTime_s")] public required double OnTimeS { get; init; }
    [JsonPropertyName("offTime_s")] public required double OffTimeS { get; init; }
    [JsonPropertyName("ramp_s")] public double? RampS { get; init; }
}
