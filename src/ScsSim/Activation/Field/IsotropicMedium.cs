using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>The simplest volume conductor (<see cref="StimulationSetup.WithMedium"/>), for hand checks and comparisons:
/// an infinite homogeneous isotropic medium, φ = I / (4πσr).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IsotropicMedium : ConductiveMedium
{
    /// <summary>Creates the medium.</summary>
    /// <param name="conductivity">σ; greater than 0 S/m.</param>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive.</exception>
    public IsotropicMedium(Conductivity conductivity)
    {
        Guard.Positive(conductivity.ToSiemensPerMetre(), nameof(conductivity), " S/m");
        Conductivity = conductivity;
    }

    /// <summary>σ.</summary>
    public Conductivity Conductivity { get; }

    private double ConductivitySiemensPerMetre => Conductivity.ToSiemensPerMetre();

    internal override double PotentialMillivoltsPerMilliampere(double sourceXMm, double sourceYMm, double sourceZMm,
        double xMm, double yMm, double zMm, double csfThicknessMm)
    {
        var dx = xMm - sourceXMm; var dy = yMm - sourceYMm; var dz = zMm - sourceZMm;
        var r = Math.Max(MinimumDistanceMm, Math.Sqrt(dx * dx + dy * dy + dz * dz));
        return 1000 / (4 * Math.PI * ConductivitySiemensPerMetre * r);
    }
}
