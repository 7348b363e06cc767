namespace ScsSim.Serialization;

/// <summary>One thing wrong in a settings or scenario document (JSON path, value, what is allowed), as
/// <see cref="SettingsFormatException.Problems"/> lists them for tools that show every error at once.</summary>
/// <param name="JsonPath">Where, for example "$.program.pulse.amplitude_mA" ("$" is the whole document).</param>
/// <param name="Description">What is wrong and what is allowed, in the words of the file format.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SettingsProblem(string JsonPath, string Description);
