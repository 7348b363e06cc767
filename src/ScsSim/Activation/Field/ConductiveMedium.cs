using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The volume conductor around the lead, a setup's choice (<see cref="StimulationSetup.WithMedium"/>): how the potential
/// of a point current source falls off with distance.
/// Coordinates (all in the field models): x lateral (positive to the patient's right), y depth below the dorsal surface
/// of the spinal cord (positive into the cord, negative towards the lead), z rostro-caudal (positive caudal).
/// </summary>
/// <remarks>
/// Three kinds: <see cref="IsotropicMedium"/> (closed form φ = I / (4πσr)), <see cref="AnisotropicMedium"/> (white matter
/// with a longitudinal and a transverse conductivity) and <see cref="LayeredDorsalCsfMedium"/> (epidural fat, a dorsal
/// CSF layer of given thickness and the anisotropic cord, by a two-dimensional Fourier transform; image sources for an
/// isotropic cord). Source of the point-source formula: any text on volume
/// conduction, e.g. Plonsey R, Barr RC, Bioelectricity (2007); the anisotropic form: Rattay F, Electrical Nerve
/// Stimulation (1990).
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public abstract record ConductiveMedium
{
    private protected ConductiveMedium() { }

    /// <summary>An infinite homogeneous isotropic medium.</summary>
    /// <param name="conductivity">Conductivity σ; greater than 0 S/m.</param>
    /// <returns>The medium.</returns>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive.</exception>
    public static IsotropicMedium Isotropic(Conductivity conductivity) => new(conductivity);

    /// <summary>
    /// Infinite anisotropic white matter: σ along the fibres (z) and σ across them (x, y). Defaults 0.6 and 0.083 S/m
    /// (<see cref="TissueConductivity"/>).
    /// </summary>
    /// <param name="longitudinal">σ along z; greater than 0 S/m (default <see cref="TissueConductivity.WhiteMatterLongitudinal"/>).</param>
    /// <param name="transverse">σ along x and y; greater than 0 S/m (default <see cref="TissueConductivity.WhiteMatterTransverse"/>).</param>
    /// <returns>The medium.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A conductivity is not positive.</exception>
    public static AnisotropicMedium WhiteMatter(Conductivity? longitudinal = null, Conductivity? transverse = null) =>
        new(longitudinal ?? TissueConductivity.WhiteMatterLongitudinal, transverse ?? TissueConductivity.WhiteMatterTransverse);

    /// <summary>
    /// The layered model with default conductivities: epidural fat above, CSF of the lead placement's thickness, the cord
    /// (anisotropic white matter: 0.083 S/m across the fibres, 0.6 S/m along them) below.
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

    /// <summary>The potential of a unit contact along a line parallel to the cord at (x, y), as a function of the
    /// rostro-caudal distance from the contact's centre: the mean over its point sources at the given offsets along z;
    /// by default the point formula itself.</summary>
    /// <param name="sourceXMm">Source line x, mm.</param>
    /// <param name="sourceYMm">Source line depth, mm.</param>
    /// <param name="xMm">Field line x, mm.</param>
    /// <param name="yMm">Field line depth, mm.</param>
    /// <param name="csfThicknessMm">Dorsal CSF thickness, mm.</param>
    /// <param name="offsetsMm">The contact's point sources along z from its centre, mm.</param>
    /// <param name="insulatedAbove">Whether an insulating plane (a paddle's backing, taken as infinite) lies through the
    /// sources, above them: in a homogeneous medium its image doubles the potential below it.</param>
    internal virtual PotentialProfile AlongZ(double sourceXMm, double sourceYMm, double xMm, double yMm, double csfThicknessMm,
        double[] offsetsMm, bool insulatedAbove) =>
        new PotentialProfile.Exact(this, sourceXMm, sourceYMm, xMm, yMm, csfThicknessMm, offsetsMm, insulatedAbove ? 2 : 1);

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
    /// <param name="conductivity">σ; greater than 0 S/m.</param>
    /// <returns>The potential.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The distance or the conductivity is not positive.</exception>
    internal static Voltage PointSourcePotential(Current current, Length distance, Conductivity conductivity)
    {
        var rMm = Guard.Positive(distance.ToMillimetres(), nameof(distance), " mm");
        var conductivitySiemensPerMetre = Guard.Positive(conductivity.ToSiemensPerMetre(), nameof(conductivity), " S/m");
        // I[mA] / (4π σ[S/m] r[mm]) is in V (the 1e-3 of mA and of mm cancel); ×1000 for mV.
        return Voltage.FromMillivolts(1000 * current.ToMilliamperes() / (4 * Math.PI * conductivitySiemensPerMetre * rMm));
    }

    /// <summary>Distances closer than this (mm) to a source are treated as this distance, to keep the potential finite.</summary>
    /// <remarks>Fibres never come this close to a contact in the supported geometries (the lead lies above the CSF).</remarks>
    internal const double MinimumDistanceMm = 1e-3;
}
