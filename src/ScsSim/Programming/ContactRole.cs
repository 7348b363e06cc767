using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>What a contact does in a program (off, cathode or anode), as a clinician sets it in a
/// <see cref="ContactSetting"/>.</summary>
public enum ContactRole
{
    /// <summary>Not used.</summary>
    Off,

    /// <summary>Cathode ("−"): where the first phase is cathodic (for cathodic-first pulses) and excitation starts.</summary>
    Cathode,

    /// <summary>Anode ("+"): where the current returns.</summary>
    Anode,
}
