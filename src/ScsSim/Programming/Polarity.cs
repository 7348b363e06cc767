using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>A <see cref="PulseShape"/> setting: which sign the first phase has at the cathode contacts (cathodic first,
/// the usual choice, or anodic first).</summary>
public enum Polarity
{
    /// <summary>The first phase is cathodic (negative) at the cathodes: the usual choice, it excites at lower amplitude.</summary>
    CathodicFirst,

    /// <summary>The first phase is anodic (positive) at the cathodes.</summary>
    AnodicFirst,
}
