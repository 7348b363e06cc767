using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Literature conductivities of spinal tissues, for building a medium from them (for example
/// <c>ConductiveMedium.Isotropic(TissueConductivity.GreyMatter)</c>); they are also the defaults of the field models.
/// </summary>
/// <remarks>
/// Source: the values used in the spinal cord stimulation models of Holsheimer and Struijk (e.g. Holsheimer J, Struijk JJ,
/// Tas NR, Stereotact Funct Neurosurg 1995; Struijk JJ et al., IEEE Trans Biomed Eng 1993) as collected in
/// ../shared/REFERENCES.md ("Electric field and myelinated fibres").
/// </remarks>
public static class TissueConductivity
{
    /// <summary>Cerebrospinal fluid: 1.7 S/m.</summary>
    public static Conductivity CerebrospinalFluid { get; } = Conductivity.FromSiemensPerMetre(1.7);

    /// <summary>White matter along the fibres (rostro-caudal): 0.6 S/m.</summary>
    public static Conductivity WhiteMatterLongitudinal { get; } = Conductivity.FromSiemensPerMetre(0.6);

    /// <summary>White matter across the fibres: 0.083 S/m.</summary>
    public static Conductivity WhiteMatterTransverse { get; } = Conductivity.FromSiemensPerMetre(0.083);

    /// <summary>Grey matter: 0.23 S/m.</summary>
    public static Conductivity GreyMatter { get; } = Conductivity.FromSiemensPerMetre(0.23);

    /// <summary>Epidural fat: 0.04 S/m.</summary>
    public static Conductivity EpiduralFat { get; } = Conductivity.FromSiemensPerMetre(0.04);

    /// <summary>Vertebral bone: 0.02 S/m.</summary>
    public static Conductivity Bone { get; } = Conductivity.FromSiemensPerMetre(0.02);

    /// <summary>
    /// Geometric mean of the longitudinal and transverse white-matter conductivities, √(0.6 · 0.083) ≈ 0.223 S/m: the
    /// isotropic stand-in for the anisotropic cord that earlier releases used in the layered model (<see cref="LayeredDorsalCsfMedium.WithIsotropicCord"/>).
    /// </summary>
    public static Conductivity WhiteMatterEffectiveIsotropic { get; } =
        Conductivity.FromSiemensPerMetre(Math.Sqrt(WhiteMatterLongitudinal.ToSiemensPerMetre() * WhiteMatterTransverse.ToSiemensPerMetre()));
}
