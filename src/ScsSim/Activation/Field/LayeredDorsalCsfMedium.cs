using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The default volume conductor of a setup (<see cref="ConductiveMedium.LayeredDefault"/>), for seeing how the dorsal
/// CSF layer's thickness raises thresholds: three planar layers, epidural fat above (where the lead lies), a dorsal CSF
/// layer of the lead placement's thickness, and the spinal cord below (y ≥ 0) as anisotropic white matter (σ across the
/// fibres and in depth, σ along them); solved exactly.
/// </summary>
/// <remarks>
/// <para>Anisotropic cord (the default): the two-dimensional Fourier solution of <c>LayeredSpectralSolution</c>, checked
/// against the image series below, the anisotropic closed form, a brute-force transform quadrature and a real-space
/// finite-volume solution (MODEL.md); a setup's fibres read it from line tables (<c>PotentialLineTable</c>).</para>
/// <para>Isotropic cord (<see cref="WithIsotropicCord"/>, the model of earlier releases): source in the fat at height c
/// above the CSF, CSF thickness h, σ₀ fat, σ₁ CSF, σ₂ cord. With reflection coefficients k₁₀ = (σ₁ − σ₀)/(σ₁ + σ₀),
/// k₁₂ = (σ₁ − σ₂)/(σ₁ + σ₂), q = k₁₀·k₁₂, K = 2I / (4π(σ₀ + σ₁)) and R(Z) = √(ρ² + Z²) (ρ the horizontal distance):
/// in the cord at depth y: φ = K (1 + k₁₂) Σₙ qⁿ / R(c + h + y + 2nh);
/// in the CSF at height u above the cord: φ = K Σₙ qⁿ [1/R(c + h − u + 2nh) + k₁₂ / R(c + h + u + 2nh)].
/// With equal conductivities it reduces to I / (4πσr). The series is summed until qⁿ &lt; 1e-10. The image method for
/// planar layers: e.g. Plonsey R, Barr RC, Bioelectricity (2007).</para>
/// <para>A paddle's insulating backing replaces the fat by an insulator (σ₀ = 0) for its contacts.</para>
/// <para>Approximation and limits: the layers are flat and infinite (the real CSF annulus is curved, and thins laterally);
/// the dura is ignored; grey matter, bone and the ventral CSF are absent. What it captures is the effect He et al.
/// observed: the well-conducting CSF between lead and cord shunts current, so a thicker layer raises thresholds (He J,
/// Barolat G, Holsheimer J, Struijk JJ, Pain 59:55, 1994), and the cord's anisotropy, which keeps the field near its
/// surface and spreads it along the fibres.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LayeredDorsalCsfMedium : ConductiveMedium
{
    private static readonly ComputationCache<LineKey, PotentialLineTable> Lines = new(LineCacheCapacity);

    /// <summary>Line tables kept across setups (each about 3 kB): enough for the default grid of many placements.</summary>
    internal const int LineCacheCapacity = 4096;

    /// <summary>Drops the shared line tables (benchmarks measure building them).</summary>
    internal static void ClearLineTables() => Lines.Clear();

    private readonly record struct LineKey(LayeredDorsalCsfMedium Medium, double CsfThicknessMm, double SourceHeightMm, double DxMm, double DepthMm,
        int Points, double FirstOffsetMm);

    /// <summary>Creates the layered medium; defaults from <see cref="TissueConductivity"/>.</summary>
    /// <param name="fat">Epidural fat σ₀ (default 0.04 S/m); greater than 0 S/m.</param>
    /// <param name="csf">CSF σ₁ (default 1.7 S/m); greater than 0 S/m.</param>
    /// <param name="cordTransverse">The cord's σ across the fibres, laterally and in depth (default white matter's 0.083 S/m); greater than 0 S/m.</param>
    /// <param name="cordLongitudinal">The cord's σ along the fibres (default white matter's 0.6 S/m); greater than 0 S/m. Equal to
    /// <paramref name="cordTransverse"/> for an isotropic cord.</param>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public LayeredDorsalCsfMedium(Conductivity? fat = null, Conductivity? csf = null, Conductivity? cordTransverse = null, Conductivity? cordLongitudinal = null)
    {
        Fat = fat ?? TissueConductivity.EpiduralFat;
        Csf = csf ?? TissueConductivity.CerebrospinalFluid;
        CordTransverse = cordTransverse ?? TissueConductivity.WhiteMatterTransverse;
        CordLongitudinal = cordLongitudinal ?? TissueConductivity.WhiteMatterLongitudinal;
        Guard.Positive(Fat.ToSiemensPerMetre(), nameof(fat), " S/m");
        Guard.Positive(Csf.ToSiemensPerMetre(), nameof(csf), " S/m");
        Guard.Positive(CordTransverse.ToSiemensPerMetre(), nameof(cordTransverse), " S/m");
        Guard.Positive(CordLongitudinal.ToSiemensPerMetre(), nameof(cordLongitudinal), " S/m");
    }

    /// <summary>
    /// The layered medium of earlier releases: an isotropic cord at the geometric mean √(σ_L σ_T) ≈ 0.223 S/m of white
    /// matter (or the given σ), solved by the image series; for comparison with the anisotropic default.
    /// </summary>
    /// <param name="cord">The cord's σ (default <see cref="TissueConductivity.WhiteMatterEffectiveIsotropic"/>); greater than 0 S/m.</param>
    /// <returns>The medium with default fat and CSF.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The conductivity is not positive.</exception>
    public static LayeredDorsalCsfMedium WithIsotropicCord(Conductivity? cord = null)
    {
        var sigma = cord ?? TissueConductivity.WhiteMatterEffectiveIsotropic;
        Guard.Positive(sigma.ToSiemensPerMetre(), nameof(cord), " S/m");
        return new(cordTransverse: sigma, cordLongitudinal: sigma);
    }

    /// <summary>Epidural fat σ₀.</summary>
    public Conductivity Fat { get; }

    /// <summary>CSF σ₁.</summary>
    public Conductivity Csf { get; }

    /// <summary>The cord's σ across the fibres (lateral and depth).</summary>
    public Conductivity CordTransverse { get; }

    /// <summary>The cord's σ along the fibres (rostro-caudal).</summary>
    public Conductivity CordLongitudinal { get; }

    /// <summary>Whether the cord is isotropic (then the image series is used).</summary>
    public bool IsCordIsotropic => CordTransverse == CordLongitudinal;

    internal override void ValidateFieldPointDepth(double depthMm, double csfThicknessMm, string paramName)
    {
        if (!double.IsFinite(depthMm) || depthMm < -csfThicknessMm)
            throw new ArgumentOutOfRangeException(paramName, depthMm,
                $"{paramName} must lie in the CSF or the cord for the layered model (allowed range: ≥ −{csfThicknessMm:G4} mm, the CSF thickness); got {depthMm:G6} mm.");
    }

    private double SourceHeight(double sourceYMm, double csfThicknessMm)
    {
        var c = -csfThicknessMm - sourceYMm; // height of the source above the top of the CSF
        if (c < 0) throw new ArgumentOutOfRangeException(nameof(sourceYMm), sourceYMm, $"The source must lie in the epidural fat, above the CSF (depth ≤ −{csfThicknessMm:G4} mm).");
        return c;
    }

    internal LayeredSpectralSolution Spectral(double csfThicknessMm, double sourceHeightMm)
    {
        double fat = Fat.ToSiemensPerMetre(), csf = Csf.ToSiemensPerMetre();
        return new((fat, fat), (csf, csf), (CordTransverse.ToSiemensPerMetre(), CordLongitudinal.ToSiemensPerMetre()), csfThicknessMm, sourceHeightMm);
    }

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var c = SourceHeight(sourceYMm, csfThicknessMm);
        return IsCordIsotropic
            ? ImageSeries(c, xMm - sourceXMm, yMm, zMm - sourceZMm, csfThicknessMm)
            : Spectral(csfThicknessMm, c).Evaluate(xMm - sourceXMm, yMm, zMm - sourceZMm).Potential;
    }

    /// <summary>The same layers with an insulator in place of the fat: a paddle's backing, taken as an infinite plane
    /// through its contacts (so the contacts sit on the CSF; the dura is neglected).</summary>
    private LayeredDorsalCsfMedium WithInsulatingBacking() => new(this, fat: Conductivity.Zero);

    // The same CSF and cord over another fat (an insulator, which the public constructor refuses).
    private LayeredDorsalCsfMedium(LayeredDorsalCsfMedium layers, Conductivity fat)
    {
        Fat = fat;
        Csf = layers.Csf;
        CordTransverse = layers.CordTransverse;
        CordLongitudinal = layers.CordLongitudinal;
    }

    internal override PotentialProfile AlongZ(double sourceXMm, double sourceYMm, double xMm, double yMm, double csfThicknessMm,
        double[] offsetsMm, bool insulatedAbove)
    {
        if (insulatedAbove && Fat != Conductivity.Zero)
            return WithInsulatingBacking().AlongZ(sourceXMm, sourceYMm, xMm, yMm, csfThicknessMm, offsetsMm, false);
        if (IsCordIsotropic) return base.AlongZ(sourceXMm, sourceYMm, xMm, yMm, csfThicknessMm, offsetsMm, false);
        var c = SourceHeight(sourceYMm, csfThicknessMm);
        // The field is even in x and z about the source: one table serves both sides.
        var key = new LineKey(this, csfThicknessMm, c, Math.Abs(xMm - sourceXMm), yMm, 1, 0);
        var point = Lines.GetOrCompute(key, _ => new PotentialLineTable(Spectral(csfThicknessMm, c), key.DxMm, yMm), CancellationToken.None);
        if (offsetsMm is [0]) return point;
        // A contact's offsets are the symmetric midpoints of equal segments: their count and first offset name them.
        return Lines.GetOrCompute(key with { Points = offsetsMm.Length, FirstOffsetMm = offsetsMm[0] },
            _ => new PotentialLineTable(point, offsetsMm), CancellationToken.None);
    }

    /// <summary>The image series of the isotropic cord (see the type's remarks); dx, dz from the source, mV per mA.</summary>
    private double ImageSeries(double c, double dx, double yMm, double dz, double h)
    {
        double s0 = Fat.ToSiemensPerMetre(), s1 = Csf.ToSiemensPerMetre(), s2 = CordTransverse.ToSiemensPerMetre();
        var k10 = (s1 - s0) / (s1 + s0);
        var k12 = (s1 - s2) / (s1 + s2);
        var q = k10 * k12;
        var k = 1000 * 2 / (4 * Math.PI * (s0 + s1));
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
