using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For changing the fibre model (a <see cref="McNealFibreModel"/> given to
/// <see cref="StimulationSetup.WithFibreModel"/>): geometry and passive electrical constants of the McNeal (1976)
/// myelinated-fibre cable model; defaults are McNeal's.
/// </summary>
/// <remarks>
/// Source: McNeal DR, Analysis of a model for excitation of myelinated nerve, IEEE Trans Biomed Eng 23:329 (1976); the
/// values as collected in ../shared/REFERENCES.md. The nodal kinetics are Frankenhaeuser and Huxley's (J Physiol 171:302,
/// 1964), with McNeal's constants (see <see cref="McNealFibreModel"/>).
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record MyelinatedFibreParameters
{
    /// <summary>Creates the parameters.</summary>
    /// <param name="axonToFibreDiameterRatio">d / D, axon (inner) over fibre (outer) diameter; 0.3 to 1 (McNeal: 0.7).</param>
    /// <param name="internodeToFibreDiameterRatio">L / D, node spacing over fibre diameter; 20 to 300 (McNeal: 100).</param>
    /// <param name="nodeGap">Width of a node of Ranvier; 0.5 to 10 µm (default McNeal's 2.5 µm).</param>
    /// <param name="axoplasmResistivity">ρ_i; 10 to 1000 Ω·cm (default McNeal's 110 Ω·cm).</param>
    /// <param name="membraneCapacitance">c_m of the nodal membrane; 0.1 to 20 µF/cm² (default McNeal's 2 µF/cm²).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public MyelinatedFibreParameters(double axonToFibreDiameterRatio = 0.7, double internodeToFibreDiameterRatio = 100,
        Length? nodeGap = null, Resistivity? axoplasmResistivity = null, SpecificCapacitance? membraneCapacitance = null)
    {
        AxonToFibreDiameterRatio = Guard.InRange(axonToFibreDiameterRatio, 0.3, 1, nameof(axonToFibreDiameterRatio));
        InternodeToFibreDiameterRatio = Guard.InRange(internodeToFibreDiameterRatio, 20, 300, nameof(internodeToFibreDiameterRatio));
        NodeGap = nodeGap ?? Length.FromMicrometres(2.5);
        AxoplasmResistivity = axoplasmResistivity ?? Resistivity.FromOhmCentimetres(110);
        MembraneCapacitance = membraneCapacitance ?? SpecificCapacitance.FromMicrofaradsPerSquareCentimetre(2);
        Guard.InRange(NodeGapUm, 0.5, 10, nameof(nodeGap), " µm");
        Guard.InRange(AxoplasmResistivityOhmCm, 10, 1000, nameof(axoplasmResistivity), " Ω·cm");
        Guard.InRange(MembraneCapacitanceUfPerCm2, 0.1, 20, nameof(membraneCapacitance), " µF/cm²");
    }

    /// <summary>McNeal's 1976 values.</summary>
    public static MyelinatedFibreParameters McNeal { get; } = new();

    /// <summary>d / D: axon over fibre diameter (McNeal 1976: 0.7).</summary>
    public double AxonToFibreDiameterRatio { get; }

    /// <summary>L / D: internode length over fibre diameter (McNeal 1976: 100).</summary>
    public double InternodeToFibreDiameterRatio { get; }

    /// <summary>Nodal gap width (McNeal 1976: 2.5 µm).</summary>
    public Length NodeGap { get; }

    /// <summary>Axoplasm resistivity ρ_i (McNeal 1976: 110 Ω·cm).</summary>
    public Resistivity AxoplasmResistivity { get; }

    /// <summary>Nodal membrane capacitance c_m (McNeal 1976: 2 µF/cm²).</summary>
    public SpecificCapacitance MembraneCapacitance { get; }

    /// <summary><see cref="NodeGap"/> in µm, for the cable kernel.</summary>
    internal double NodeGapUm => NodeGap.ToMicrometres();

    /// <summary><see cref="AxoplasmResistivity"/> in Ω·cm, for the cable kernel.</summary>
    internal double AxoplasmResistivityOhmCm => AxoplasmResistivity.ToOhmCentimetres();

    /// <summary><see cref="MembraneCapacitance"/> in µF/cm², for the cable kernel.</summary>
    internal double MembraneCapacitanceUfPerCm2 => MembraneCapacitance.ToMicrofaradsPerSquareCentimetre();

    /// <summary>Node spacing for a fibre diameter.</summary>
    /// <param name="fibreDiameter">Greater than 0.</param>
    /// <returns>L = ratio · D.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The diameter is not positive.</exception>
    public Length InternodeLength(Length fibreDiameter) =>
        Length.FromMicrometres(InternodeToFibreDiameterRatio * Guard.Positive(fibreDiameter.ToMicrometres(), nameof(fibreDiameter), " µm"));
}
