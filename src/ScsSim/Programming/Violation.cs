namespace ScsSim.Programming;

/// <summary>One entry of a <see cref="ValidationReport"/>: a setting a device cannot deliver, or a limit it exceeds,
/// with the value, the limit and a message for the clinician.</summary>
/// <param name="Parameter">The setting, as named in the API and in settings files (for example "amplitude").</param>
/// <param name="Value">The value, with its unit.</param>
/// <param name="Limit">The limit it breaks, with its unit (for example "≤ 25.5 mA").</param>
/// <param name="Message">What is wrong, in words a clinician would use.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Violation(string Parameter, string Value, string Limit, string Message)
{
    /// <summary>For example "amplitude = 30 mA (limit ≤ 25.5 mA): ...".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Parameter} = {Value} (limit {Limit}): {Message}";
}
