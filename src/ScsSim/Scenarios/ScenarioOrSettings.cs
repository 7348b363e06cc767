using ScsSim.Serialization;

namespace ScsSim.Scenarios;

/// <summary>
/// What <see cref="ScenarioJson.ReadDocument"/> found in a document that may be either kind: a scenario or a settings
/// document. Exactly one of <see cref="Scenario"/> and <see cref="Settings"/> is set. For tools that accept both files, such
/// as the command-line sample, so that a file is parsed once and recognised by its properties, not by searching its text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScenarioOrSettings
{
    internal ScenarioOrSettings(Scenario? scenario, StimulationSettings? settings)
    {
        if ((scenario is null) == (settings is null)) throw new ArgumentException("exactly one of scenario and settings must be set.", nameof(scenario));
        Scenario = scenario;
        Settings = settings;
    }

    /// <summary>The scenario, when the document is a scenario; otherwise null.</summary>
    public Scenario? Scenario { get; }

    /// <summary>The settings, when the document is a settings document; otherwise null.</summary>
    public StimulationSettings? Settings { get; }
}
