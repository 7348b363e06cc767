using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The volume conductor around the lead: how the potential of a point current source falls off with distance.
/// Coordinates (all in the field models): x lateral (positive to the patient's right), y depth below the dorsal surface
/// of the spinal cord (positive into the cord, negative towards the lead), z rostro-caudal (positive caudal).
/// </summary>
/// <remarks>
/// Three kinds: <see cref="IsotropicMedium"/> (closed form φ = I / (4πσr)), <see cref="AnisotropicMedium"/> (white matter
/// with a longitudinal and a transverse conductivity) and <see cref="LayeredDorsalCsfMedium"/> (epidural fat, a dorsal
/// CSF layer of given thickness and the cord, by image sources). Source of the point-source formula: any text on volume
/// conduction, e.g. Plonsey R, Barr RC, Bioelectricity (2007); the anisotropic form: Rattay F, Electrical Nerve
/// Stimulation (1990).
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public abstract record ConductiveMedium
{
    private protected ConductiveMedium() { }

    /// <summary>An infinite homogeneous isotropic medium.</summary>
    /// <param name="conductivitySiemensPerMetre">Conductivity σ in S/m; greater than 0.</param>
    /// <returns>The medium.</returns>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive.</exception>
    public static IsotropicMedium Isotropic(double conductivitySiemensPerMetre) => new(conductivitySiemensPerMetre);

    /// <summary>
    /// Infinite anisotropic white matter: σ along the fibres (z) and σ across them (x, y). Defaults 0.6 and 0.083 S/m
    /// (<see cref="TissueConductivity"/>).
    /// </summary>
    /// <param name="longitudinalSiemensPerMetre">σ along z, S/m; greater than 0.</param>
    /// <param name="transverseSiemensPerMetre">σ along x and y, S/m; greater than 0.</param>
    /// <returns>The medium.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public static AnisotropicMedium WhiteMatter(
        double longitudinalSiemensPerMetre = TissueConductivity.WhiteMatterLongitudinalSiemensPerMetre,
        double transverseSiemensPerMetre = TissueConductivity.WhiteMatterTransverseSiemensPerMetre) =>
        new(longitudinalSiemensPerMetre, transverseSiemensPerMetre);

    /// <summary>
    /// The layered model with default conductivities: epidural fat above, CSF of the lead placement's thickness, the cord
    /// (isotropic geometric-mean white matter) below.
    /// </summary>
    public static LayeredDorsalCsfMedium LayeredDefault { get; } = new();

    /// <summary>
    /// Potential in mV at (x, y, z) of a point source of 1 mA at (sx, sy, sz), all in mm.
    /// </summary>
    /// <param name="sourceXMm">Source x, mm.</param>
    /// <param name="sourceYMm">Source depth y, mm.</param>
    /// <param name="sourceZMm">Source z, mm.</param>
    /// <param name="xMm">Point x, mm.</param>
    /// <param name="yMm">Point depth y, mm.</param>
    /// <param name="zMm">Point z, mm.</param>
    /// <param name="csfThicknessMm">Dorsal CSF thickness, mm (used by the layered model only).</param>
    /// <returns>mV per mA.</returns>
    internal abstract double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm);

    /// <summary>Checks that a field point lies where this medium defines the potential.</summary>
    /// <param name="depthMm">Depth of the point, mm.</param>
    /// <param name="csfThicknessMm">Dorsal CSF thickness, mm.</param>
    /// <param name="paramName">Name to report.</param>
    internal virtual void ValidateFieldPointDepth(double depthMm, double csfThicknessMm, string paramName) =>
        Guard.Finite(depthMm, paramName);

    /// <summary>
    /// Potential of a point source of <paramref name="current"/> at distance <paramref name="distance"/> in an infinite
    /// isotropic medium of conductivity σ: the closed form φ = I / (4πσr).
    /// </summary>
    /// <param name="current">Source current (signed: a cathodic, negative, current gives a negative potential).</param>
    /// <param name="distance">Distance from the source; greater than 0.</param>
    /// <param name="conductivitySiemensPerMetre">σ in S/m; greater than 0.</param>
    /// <returns>The potential.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The distance or the conductivity is not positive.</exception>
    public static Voltage PointSourcePotential(Current current, Length distance, double conductivitySiemensPerMetre)
    {
        var rMm = Guard.Positive(distance.ToMillimetres(), nameof(distance), " mm");
        Guard.Positive(conductivitySiemensPerMetre, nameof(conductivitySiemensPerMetre), " S/m");
        // I[mA] / (4π σ[S/m] r[mm]) is in V (the 1e-3 of mA and of mm cancel); ×1000 for mV.
        return Voltage.FromMillivolts(1000 * current.ToMilliamperes() / (4 * Math.PI * conductivitySiemensPerMetre * rMm));
    }

    /// <summary>Distances closer than this (mm) to a source are treated as this distance, to keep the potential finite.</summary>
    /// <remarks>Fibres never come this close to a contact in the supported geometries (the lead lies above the CSF).</remarks>
    internal const double MinimumDistanceMm = 1e-3;
}

/// <summary>An infinite homogeneous isotropic medium: φ = I / (4πσr).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IsotropicMedium : ConductiveMedium
{
    /// <summary>Creates the medium.</summary>
    /// <param name="conductivitySiemensPerMetre">σ in S/m; greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive.</exception>
    public IsotropicMedium(double conductivitySiemensPerMetre) =>
        ConductivitySiemensPerMetre = Guard.Positive(conductivitySiemensPerMetre, nameof(conductivitySiemensPerMetre), " S/m");

    /// <summary>σ in S/m.</summary>
    public double ConductivitySiemensPerMetre { get; }

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var dx = xMm - sourceXMm; var dy = yMm - sourceYMm; var dz = zMm - sourceZMm;
        var r = Math.Max(MinimumDistanceMm, Math.Sqrt(dx * dx + dy * dy + dz * dz));
        return 1000 / (4 * Math.PI * ConductivitySiemensPerMetre * r);
    }
}

/// <summary>
/// Infinite anisotropic white matter, σ_L along the fibres (z) and σ_T across (x, y):
/// φ = I / (4π · σ_T · √σ_L · √((x² + y²)/σ_T + z²/σ_L)).
/// </summary>
/// <remarks>Source: the anisotropic point-source solution, e.g. Rattay F, Electrical Nerve Stimulation (1990), ch. 3. Immutable and thread-safe.</remarks>
public sealed record AnisotropicMedium : ConductiveMedium
{
    /// <summary>Creates the medium.</summary>
    /// <param name="longitudinalSiemensPerMetre">σ along z, S/m; greater than 0.</param>
    /// <param name="transverseSiemensPerMetre">σ along x and y, S/m; greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public AnisotropicMedium(double longitudinalSiemensPerMetre, double transverseSiemensPerMetre)
    {
        LongitudinalSiemensPerMetre = Guard.Positive(longitudinalSiemensPerMetre, nameof(longitudinalSiemensPerMetre), " S/m");
        TransverseSiemensPerMetre = Guard.Positive(transverseSiemensPerMetre, nameof(transverseSiemensPerMetre), " S/m");
    }

    /// <summary>σ along the fibres (z), S/m.</summary>
    public double LongitudinalSiemensPerMetre { get; }

    /// <summary>σ across the fibres (x, y), S/m.</summary>
    public double TransverseSiemensPerMetre { get; }

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var dx = xMm - sourceXMm; var dy = yMm - sourceYMm; var dz = zMm - sourceZMm;
        var sT = TransverseSiemensPerMetre; var sL = LongitudinalSiemensPerMetre;
        var scaled = Math.Sqrt((dx * dx + dy * dy) / sT + dz * dz / sL);
        var r = Math.Max(MinimumDistanceMm / Math.Sqrt(sT), scaled);
        return 1000 / (4 * Math.PI * sT * Math.Sqrt(sL) * r);
    }
}

/// <summary>
/// Three planar layers: epidural fat above (where the lead lies), a dorsal CSF layer of the lead placement's thickness,
/// and the spinal cord below (y ≥ 0), each homogeneous and isotropic; solved exactly for planar layers by an infinite
/// series of image sources.
/// </summary>
/// <remarks>
/// <para>Source in the fat at height c above the CSF, CSF thickness h, σ₀ fat, σ₁ CSF, σ₂ cord. With reflection
/// coefficients k₁₀ = (σ₁ − σ₀)/(σ₁ + σ₀), k₁₂ = (σ₁ − σ₂)/(σ₁ + σ₂), q = k₁₀·k₁₂, K = 2I / (4π(σ₀ + σ₁)) and
/// R(Z) = √(ρ² + Z²) (ρ the horizontal distance):
/// in the cord at depth y: φ = K (1 + k₁₂) Σₙ qⁿ / R(c + h + y + 2nh);
/// in the CSF at height u above the cord: φ = K Σₙ qⁿ [1/R(c + h − u + 2nh) + k₁₂ / R(c + h + u + 2nh)].
/// With equal conductivities it reduces to I / (4πσr). The series is summed until qⁿ &lt; 1e-10.</para>
/// <para>Approximation and limits: the layers are flat and infinite (the real CSF annulus is curved, and thins laterally);
/// the dura is ignored; the cord is isotropic with σ₂ = √(σ_L σ_T) ≈ 0.223 S/m by default (the anisotropic cord has no
/// simple image solution), so the anisotropy's lengthening of the field along the cord is not captured; grey matter, bone
/// and the ventral CSF are absent. What it captures is the effect He et al. observed: the well-conducting CSF between
/// lead and cord shunts current, so a thicker layer raises thresholds (He J, Barolat G, Holsheimer J, Struijk JJ, Pain
/// 59:55, 1994). The image method for planar layers: e.g. Plonsey R, Barr RC, Bioelectricity (2007).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LayeredDorsalCsfMedium : ConductiveMedium
{
    /// <summary>Creates the layered medium; defaults from <see cref="TissueConductivity"/>.</summary>
    /// <param name="fatSiemensPerMetre">Epidural fat σ₀, S/m (default 0.04); greater than 0.</param>
    /// <param name="csfSiemensPerMetre">CSF σ₁, S/m (default 1.7); greater than 0.</param>
    /// <param name="cordSiemensPerMetre">Cord σ₂, S/m (default √(0.6 · 0.083) ≈ 0.223); greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public LayeredDorsalCsfMedium(double fatSiemensPerMetre = TissueConductivity.EpiduralFatSiemensPerMetre,
        double csfSiemensPerMetre = TissueConductivity.CerebrospinalFluidSiemensPerMetre, double? cordSiemensPerMetre = null)
    {
        FatSiemensPerMetre = Guard.Positive(fatSiemensPerMetre, nameof(fatSiemensPerMetre), " S/m");
        CsfSiemensPerMetre = Guard.Positive(csfSiemensPerMetre, nameof(csfSiemensPerMetre), " S/m");
        CordSiemensPerMetre = Guard.Positive(cordSiemensPerMetre ?? TissueConductivity.WhiteMatterEffectiveIsotropicSiemensPerMetre,
            nameof(cordSiemensPerMetre), " S/m");
    }

    /// <summary>Epidural fat σ₀, S/m.</summary>
    public double FatSiemensPerMetre { get; }

    /// <summary>CSF σ₁, S/m.</summary>
    public double CsfSiemensPerMetre { get; }

    /// <summary>Cord σ₂, S/m.</summary>
    public double CordSiemensPerMetre { get; }

    internal override void ValidateFieldPointDepth(double depthMm, double csfThicknessMm, string paramName)
    {
        if (!double.IsFinite(depthMm) || depthMm < -csfThicknessMm)
            throw new ArgumentOutOfRangeException(paramName, depthMm,
                $"{paramName} must lie in the CSF or the cord for the layered model (allowed range: ≥ −{csfThicknessMm:G4} mm, the CSF thickness); got {depthMm:G6} mm.");
    }

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var h = csfThicknessMm;
        var c = -h - sourceYMm; // height of the source above the top of the CSF
        if (c < 0) throw new ArgumentOutOfRangeException(nameof(sourceYMm), sourceYMm, $"The source must lie in the epidural fat, above the CSF (depth ≤ −{h:G4} mm).");
        double s0 = FatSiemensPerMetre, s1 = CsfSiemensPerMetre, s2 = CordSiemensPerMetre;
        var k10 = (s1 - s0) / (s1 + s0);
        var k12 = (s1 - s2) / (s1 + s2);
        var q = k10 * k12;
        var k = 1000 * 2 / (4 * Math.PI * (s0 + s1));
        var dx = xMm - sourceXMm; var dz = zMm - sourceZMm;
        var rho2 = dx * dx + dz * dz;
        double sum = 0, qn = 1;
        if (yMm >= 0)
        {
            for (var n = 0; n < 10_000 && Math.Abs(qn) > 1e-10; n++, qn *= q)
            {
                var zv = c + h + yMm + 2 * n * h;
                sum += qn / Math.Max(MinimumDistanceMm, Math.Sqrt(rho2 + zv * zv));
            }
            return k * (1 + k12) * sum;
        }
        var u = -yMm;
        for (var n = 0; n < 10_000 && Math.Abs(qn) > 1e-10; n++, qn *= q)
        {
            var down = c + h - u + 2 * n * h;
            var up = c + h + u + 2 * n * h;
            sum += qn * (1 / Math.Max(MinimumDistanceMm, Math.Sqrt(rho2 + down * down)) + k12 / Math.Sqrt(rho2 + up * up));
        }
        return k * sum;
    }
}
