using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// A volume conductor for <see cref="StimulationSetup.WithMedium"/> when the cord's anisotropy matters: infinite
/// anisotropic white matter, σ_L along the fibres (z) and σ_T across (x, y): φ = I / (4π · σ_T · √σ_L · √((x² + y²)/σ_T
/// + z²/σ_L)).
/// </summary>
/// <remarks>Source: the anisotropic point-source solution, e.g. Rattay F, Electrical Nerve Stimulation (1990), ch. 3. Immutable and thread-safe.</remarks>
public sealed record AnisotropicMedium : ConductiveMedium
{
    /// <summary>Creates the medium.</summary>
    /// <param name="longitudinal">σ along z; greater than 0 S/m.</param>
    /// <param name="transverse">σ along x and y; greater than 0 S/m.</param>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public AnisotropicMedium(Conductivity longitudinal, Conductivity transverse)
    {
        Guard.Positive(longitudinal.ToSiemensPerMetre(), nameof(longitudinal), " S/m");
        Guard.Positive(transverse.ToSiemensPerMetre(), nameof(transverse), " S/m");
        Longitudinal = longitudinal;
        Transverse = transverse;
    }

    /// <summary>σ along the fibres (z).</summary>
    public Conductivity Longitudinal { get; }

    /// <summary>σ across the fibres (x, y).</summary>
    public Conductivity Transverse { get; }

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var dx = xMm - sourceXMm; var dy = yMm - sourceYMm; var dz = zMm - sourceZMm;
        var sT = Transverse.ToSiemensPerMetre(); var sL = Longitudinal.ToSiemensPerMetre();
        var scaled = Math.Sqrt((dx * dx + dy * dy) / sT + dz * dz / sL);
        var r = Math.Max(MinimumDistanceMm / Math.Sqrt(sT), scaled);
        return 1000 / (4 * Math.PI * sT * Math.Sqrt(sL) * r);
    }
}
