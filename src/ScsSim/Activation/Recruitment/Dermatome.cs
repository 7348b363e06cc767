namespace ScsSim.Activation;

/// <summary>Dermatomes modelled, rostral to caudal; each value is its spinal segment number (T1 = 1, L1 = 13, S1 = 18).</summary>
public enum Dermatome
{
    /// <summary>T6 (xiphoid level).</summary>
    T6 = 6,
    /// <summary>T7.</summary>
    T7,
    /// <summary>T8.</summary>
    T8,
    /// <summary>T9.</summary>
    T9,
    /// <summary>T10 (umbilicus).</summary>
    T10,
    /// <summary>T11.</summary>
    T11,
    /// <summary>T12.</summary>
    T12,
    /// <summary>L1 (groin).</summary>
    L1,
    /// <summary>L2 (anterior thigh).</summary>
    L2,
    /// <summary>L3 (knee).</summary>
    L3,
    /// <summary>L4 (medial leg).</summary>
    L4,
    /// <summary>L5 (dorsum of foot).</summary>
    L5,
    /// <summary>S1 (lateral foot, sole).</summary>
    S1,
}
