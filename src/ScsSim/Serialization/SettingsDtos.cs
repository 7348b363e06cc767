using System.Text.Json.Serialization;

namespace ScsSim.Serialization;

// The on-disk shape of a settings file, used for writing. Units are part of every property name; these types carry no
// logic. Reading does not go through them: SettingsMapper walks the parsed document itself (after StrictJson has refused
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

internal sealed class PulseDto
{
    [JsonPropertyName("amplitude_mA")] public required double AmplitudeMilliamperes { get; init; }
    [JsonPropertyName("pulseWidth_us")] public required double PulseWidthMicroseconds { get; init; }
    [JsonPropertyName("interphaseGap_us")] public double? InterphaseGapMicroseconds { get; init; }
    [JsonPropertyName("polarity")] public string? Polarity { get; init; }
    [JsonPropertyName("recharge")] public RechargeDto? Recharge { get; init; }
}

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

internal sealed class ElectrodesDto
{
    [JsonPropertyName("leads")] public required LeadDto[] Leads { get; init; }
    [JsonPropertyName("contacts")] public required ContactDto[] Contacts { get; init; }
    [JsonPropertyName("caseAnode_percent")] public double? CaseAnodePercent { get; init; }
}

internal sealed class LeadDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("contactCount")] public required int ContactCount { get; init; }
    [JsonPropertyName("contactLength_mm")] public required double ContactLengthMillimetres { get; init; }
    [JsonPropertyName("diameter_mm")] public required double DiameterMillimetres { get; init; }
    [JsonPropertyName("spacing_mm")] public required double SpacingMillimetres { get; init; }
}

internal sealed class ContactDto
{
    [JsonPropertyName("lead")] public required int Lead { get; init; }
    [JsonPropertyName("contact")] public required int Contact { get; init; }
    [JsonPropertyName("role")] public required string Role { get; init; }
    [JsonPropertyName("fraction_percent")] public required double FractionPercent { get; init; }
}

internal sealed class ProgramSetDto
{
    [JsonPropertyName("areas")] public required AreaDto[] Areas { get; init; }
}

internal sealed class AreaDto
{
    [JsonPropertyName("program")] public required ProgramDto Program { get; init; }
    [JsonPropertyName("electrodes")] public required ElectrodesDto Electrodes { get; init; }
    [JsonPropertyName("offset_us")] public double? OffsetMicroseconds { get; init; }
}

internal sealed class DeviceDto
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("maxAmplitude_mA")] public required double MaxAmplitudeMilliamperes { get; init; }
    [JsonPropertyName("amplitudeStep_mA")] public required double AmplitudeStepMilliamperes { get; init; }
    [JsonPropertyName("frequencyRanges")] public required FrequencyRangeDto[] FrequencyRanges { get; init; }
    [JsonPropertyName("minPulseWidth_us")] public required double MinPulseWidthMicroseconds { get; init; }
    [JsonPropertyName("maxPulseWidth_us")] public required double MaxPulseWidthMicroseconds { get; init; }
    [JsonPropertyName("maxChargePerPhase_uC")] public required double MaxChargePerPhaseMicrocoulombs { get; init; }
    [JsonPropertyName("complianceVoltage_V")] public required double ComplianceVoltageVolts { get; init; }
    [JsonPropertyName("contactCount")] public required int ContactCount { get; init; }
    [JsonPropertyName("battery")] public required BatteryDto Battery { get; init; }
}

internal sealed class FrequencyRangeDto
{
    [JsonPropertyName("min_Hz")] public required double MinHz { get; init; }
    [JsonPropertyName("max_Hz")] public required double MaxHz { get; init; }
}

internal sealed class BatteryDto
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("capacity_mAh")] public required double CapacityMilliampereHours { get; init; }
    [JsonPropertyName("nominalVoltage_V")] public required double NominalVoltageVolts { get; init; }
    [JsonPropertyName("conversionEfficiency")] public required double ConversionEfficiency { get; init; }
    [JsonPropertyName("overheadCurrent_uA")] public required double OverheadCurrentMicroamperes { get; init; }
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SettingsFileDto))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
