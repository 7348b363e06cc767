namespace ScsSim.Activation;

/// <summary>The skin areas a coverage map, a painful region or a migration report names: the dermatomes modelled, rostral
/// to caudal; each value is its spinal segment number (T1 = 1, L1 = 13, S1 = 18).</summary>
/// <remarks>
/// <para>Segment under a vertebra (adult, approximate, after standard anatomy atlases such as Netter's): the cord
/// segments lie above the vertebra of the same number, increasingly so caudally — T4 vertebra ≈ T6 segment, T6 ≈ T8.5,
/// T7 ≈ T9.5, T8 ≈ T10.5, T9 ≈ T12, T10 ≈ L1.5, T11 ≈ L3.5, T12 ≈ L5.5, L1 ≈ S2 (conus). Linear between these points;
/// individual anatomy varies by about one segment.</para>
/// <para>Dermatome order: dorsal-root fibres ascend in the ipsilateral dorsal column, and fibres entering at each higher
/// segment are added laterally, so at a given level the more caudal dermatomes lie more medially (the fasciculus
/// gracilis; e.g. Smith MC, Deacon P, J Anat 1984; Feirabend HKP et al., Brain 125:1137, 2002). At a segment S the
/// dorsal column carries the dermatomes entering at or below S.</para>
/// </remarks>
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
