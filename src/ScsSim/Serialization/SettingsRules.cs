namespace ScsSim.Serialization;

/// <summary>
/// What a document that embeds a settings document (a scenario's <c>"settings"</c>) asks of it: the parts it must hold, and
/// the properties it refuses, each with the reason. The embedded part is read by the same reader as a settings file, so
/// every problem is found in one pass and reported once, at its own path.
/// </summary>
internal sealed class SettingsRules
{
    /// <summary>A settings file on its own: every part optional, nothing refused.</summary>
    public static SettingsRules Standalone { get; } = new();

    public bool RequireProgram { get; init; }

    public bool RequireElectrodes { get; init; }

    public bool RequireDevice { get; init; }

    /// <summary>Property name to the reason it is refused here; the reason is reported at the property, whatever its value.</summary>
    public IReadOnlyDictionary<string, string> Refused { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
