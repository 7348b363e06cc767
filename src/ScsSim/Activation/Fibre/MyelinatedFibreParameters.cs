using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Geometry and passive electrical constants of the McNeal (1976) myelinated-fibre cable model; defaults are McNeal's.
/// </summary>
/// <remarks>
/// Source: McNeal DR, Analysis of a model for excitation of myelinated nerve, IEEE Trans Biomed Eng 23:329 (1976); the
/// values as collected in ../shared/REFERENCES.md. The nodal kinetics are Frankenhaeuser and Huxley's (J Physiol 171:302,
/// 1964), with McNeal's constants (see <see cref="FibreCableModel"/>).
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record MyelinatedFibreParameters
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="axonToFibreDiameterRatio">d / D, axon (inner) over fibre (outer) diameter; 0.3 to 1 (McNeal: 0.7).</param>
    /// <param name="internodeToFibreDiameterRatio">L / D, node spacing over fibre diameter; 20 to 300 (McNeal: 100).</param>
    /// <param name="nodeGapMicrometres">Width of a node of Ranvier, µm; 0.5 to 10 (McNeal: 2.5).</param>
    /// <param name="axoplasmResistivityOhmCentimetres">ρ_i, Ω·cm; 10 to 1000 (McNeal: 110).</param>
    /// <param name="membraneCapacitanceMicrofaradsPerSquareCentimetre">c_m of the nodal membrane, µF/cm²; 0.1 to 20 (McNeal: 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public MyelinatedFibreParameters(double axonToFibreDiameterRatio = 0.7, double internodeToFibreDiameterRatio = 100,
        double nodeGapMicrometres = 2.5, double axoplasmResistivityOhmCentimetres = 110, double membraneCapacitanceMicrofaradsPerSquareCentimetre = 2)
    {
        AxonToFibreDiameterRatio = Guard.InRange(axonToFibreDiameterRatio, 0.3, 1, nameof(axonToFibreDiameterRatio));
        InternodeToFibreDiameterRatio = Guard.InRange(internodeToFibreDiameterRatio, 20, 300, nameof(internodeToFibreDiameterRatio));
        NodeGapMicrometres = Guard.InRange(nodeGapMicrometres, 0.5, 10, nameof(nodeGapMicrometres), " µm");
        AxoplasmResistivityOhmCentimetres = Guard.InRange(axoplasmResistivityOhmCentimetres, 10, 1000, nameof(axoplasmResistivityOhmCentimetres), " Ω·cm");
        MembraneCapacitanceMicrofaradsPerSquareCentimetre = Guard.InRange(membraneCapacitanceMicrofaradsPerSquareCentimetre, 0.1, 20,
            nameof(membraneCapacitanceMicrofaradsPerSquareCentimetre), " µF/cm²");
    }

    /// <summary>McNeal's 1976 values.</summary>
    public static MyelinatedFibreParameters McNeal { get; } = new();

    /// <summary>d / D: axon over fibre diameter (McNeal 1976: 0.7).</summary>
    public double AxonToFibreDiameterRatio { get; }

    /// <summary>L / D: internode length over fibre diameter (McNeal 1976: 100).</summary>
    public double InternodeToFibreDiameterRatio { get; }

    /// <summary>Nodal gap width, µm (McNeal 1976: 2.5).</summary>
    public double NodeGapMicrometres { get; }

    /// <summary>Axoplasm resistivity ρ_i, Ω·cm (McNeal 1976: 110).</summary>
    public double AxoplasmResistivityOhmCentimetres { get; }

    /// <summary>Nodal membrane capacitance c_m, µF/cm² (McNeal 1976: 2).</summary>
    public double MembraneCapacitanceMicrofaradsPerSquareCentimetre { get; }

    /// <summary>Node spacing for a fibre diameter.</summary>
    /// <param name="fibreDiameter">Greater than 0.</param>
    /// <returns>L = ratio · D.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The diameter is not positive.</exception>
    public Length InternodeLength(Length fibreDiameter) =>
        Length.FromMicrometres(InternodeToFibreDiameterRatio * Guard.Positive(fibreDiameter.ToMicrometres(), nameof(fibreDiameter), " µm"));
}
