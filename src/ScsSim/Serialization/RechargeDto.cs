using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

// One polymorphic family: the base names its derived types (and their "kind"), so they are read together.

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ActiveSymmetricDto), "activeSymmetric")]
[JsonDerivedType(typeof(ActiveAsymmetricDto), "activeAsymmetric")]
[JsonDerivedType(typeof(PassiveDto), "passive")]
internal abstract class RechargeDto;

internal sealed class ActiveSymmetricDto : RechargeDto;

internal sealed class ActiveAsymmetricDto : RechargeDto
{
    [JsonPropertyName("widthRatio")] public required double WidthRatio { get; init; }
}

internal sealed class PassiveDto : RechargeDto
{
    [JsonPropertyName("timeConstant_us")] public required double TimeConstantMicroseconds { get; init; }
    [JsonPropertyName("window_us")] public required double WindowMicroseconds { get; init; }
}
