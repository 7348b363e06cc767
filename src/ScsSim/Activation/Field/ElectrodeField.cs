using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>How a contact is represented as a current source.</summary>
public enum ContactSourceModel
{
    /// <summary>A point source at the contact centre.</summary>
    Point,

    /// <summary>
    /// A line source along the lead axis over the contact length, discretised into equal point sources (the current of a
    /// ring contact is spread along its length; its ring shape matters only within about one lead radius).
    /// </summary>
    Line,
}

/// <summary>
/// The extracellular potential of one electrode configuration on one lead, for a unit (1 mA) signed cathode current:
/// every cathode contributes its fraction with the cathode current's sign, every lead anode its fraction with the
/// opposite sign; the share returned through the pulse generator's case is a distant anode and contributes nothing.
/// The field is linear in current: <see cref="PotentialAt"/> scales it.
/// </summary>
/// <remarks>
/// Superposition of point or discretised line sources (Plonsey R, Barr RC, Bioelectricity, 2007) in a
/// <see cref="ConductiveMedium"/>. Geometry as in <see cref="ConductiveMedium"/> and <see cref="LeadPlacement"/>.
/// Only single-lead configurations are modelled.
/// </remarks>
public sealed class ElectrodeField
{
    private readonly double[] _sourceX, _sourceY, _sourceZ, _sourceWeight;

    /// <summary>Builds the field.</summary>
    /// <param name="configuration">A single-lead configuration.</param>
    /// <param name="placement">Where the lead lies.</param>
    /// <param name="medium">The volume conductor (default: <see cref="ConductiveMedium.LayeredDefault"/>).</param>
    /// <param name="sourceModel">Point or line sources (default line).</param>
    /// <param name="pointsPerContact">Point sources per contact for the line model; 1 to 64 (default 5).</param>
    /// <exception cref="ArgumentNullException">The configuration or placement is null.</exception>
    /// <exception cref="ArgumentException">The configuration uses two leads.</exception>
    /// <exception cref="ArgumentOutOfRangeException">pointsPerContact is out of range, or the source model is not defined.</exception>
    public ElectrodeField(ElectrodeConfiguration configuration, LeadPlacement placement, ConductiveMedium? medium = null,
        ContactSourceModel sourceModel = ContactSourceModel.Line, int pointsPerContact = 5)
    {
        Configuration = Guard.NotNull(configuration, nameof(configuration));
        Placement = Guard.NotNull(placement, nameof(placement));
        Medium = medium ?? ConductiveMedium.LayeredDefault;
        if (configuration.Leads.Count != 1)
            throw new ArgumentException($"configuration has {configuration.Leads.Count} leads; the activation model supports one lead.", nameof(configuration));
        if (!Enum.IsDefined(sourceModel))
            throw new ArgumentOutOfRangeException(nameof(sourceModel), sourceModel, "sourceModel must be Point or Line.");
        Guard.InRange(pointsPerContact, 1, 64, nameof(pointsPerContact));
        SourceModel = sourceModel;
        var lead = configuration.Leads[0];
        var perContact = sourceModel == ContactSourceModel.Point ? 1 : pointsPerContact;
        var count = configuration.Contacts.Count * perContact;
        _sourceX = new double[count]; _sourceY = new double[count]; _sourceZ = new double[count]; _sourceWeight = new double[count];
        var csf = placement.CsfThickness.ToMillimetres();
        var axisDepth = -(csf + lead.Diameter.ToMillimetres() / 2);
        var i = 0;
        foreach (var contact in configuration.Contacts)
        {
            var centreZ = ContactCentreZMm(contact.Contact);
            var sign = contact.Role == ContactRole.Cathode ? 1.0 : -1.0;
            for (var k = 0; k < perContact; k++, i++)
            {
                // Midpoints of perContact equal segments of the contact.
                var along = perContact == 1 ? 0 : ((k + 0.5) / perContact - 0.5) * lead.ContactLength.ToMillimetres();
                _sourceX[i] = placement.LateralOffset.ToMillimetres();
                _sourceY[i] = axisDepth;
                _sourceZ[i] = centreZ + along;
                _sourceWeight[i] = sign * contact.FractionPercent / 100 / perContact;
            }
        }
        CathodeCentroidZMm = configuration.Cathodes.Sum(c => ContactCentreZMm(c.Contact) * c.FractionPercent) / 100;
    }

    /// <summary>The electrode configuration.</summary>
    public ElectrodeConfiguration Configuration { get; }

    /// <summary>Where the lead lies.</summary>
    public LeadPlacement Placement { get; }

    /// <summary>The volume conductor.</summary>
    public ConductiveMedium Medium { get; }

    /// <summary>Point or line sources.</summary>
    public ContactSourceModel SourceModel { get; }

    /// <summary>Rostro-caudal coordinate (mm) of the fraction-weighted centre of the cathodes.</summary>
    internal double CathodeCentroidZMm { get; }

    /// <summary>Rostro-caudal extent (mm) of the active contacts: first and last contact centre.</summary>
    internal (double Min, double Max) ActiveExtentZMm =>
        (Configuration.Contacts.Min(c => ContactCentreZMm(c.Contact)), Configuration.Contacts.Max(c => ContactCentreZMm(c.Contact)));

    internal double LeadLateralMm => Placement.LateralOffset.ToMillimetres();

    internal double ContactCentreZMm(int contact)
    {
        var lead = Configuration.Leads[0];
        return Placement.CentreZMm + lead.ContactCentre(contact).ToMillimetres() - lead.ContactCentre(lead.ContactCount - 1).ToMillimetres() / 2;
    }

    /// <summary>The potential at a point for a signed cathode current.</summary>
    /// <param name="cathodeCurrent">The current at the cathodes, negative while cathodic (as <see cref="PulseShape.CurrentAt"/>).</param>
    /// <param name="lateral">x: lateral position, positive to the right of the midline.</param>
    /// <param name="depth">y: depth below the dorsal cord surface (negative in the CSF; the layered model needs ≥ −CSF thickness).</param>
    /// <param name="rostroCaudal">z: rostro-caudal position, mm from the reference 25 mm × vertebra number, positive caudal.</param>
    /// <returns>The extracellular potential.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The point lies where the medium is not modelled.</exception>
    public Voltage PotentialAt(Current cathodeCurrent, Length lateral, Length depth, Length rostroCaudal) =>
        Voltage.FromMillivolts(cathodeCurrent.ToMilliamperes() *
            PotentialPerMilliampere(lateral.ToMillimetres(), depth.ToMillimetres(), rostroCaudal.ToMillimetres()));

    /// <summary>Potential (mV) at a point for +1 mA of cathode current (the field shape; multiply by the signed current).</summary>
    internal double PotentialPerMilliampere(double xMm, double yMm, double zMm)
    {
        var csf = Placement.CsfThickness.ToMillimetres();
        Medium.ValidateFieldPointDepth(yMm, csf, "depth");
        double sum = 0;
        for (var i = 0; i < _sourceWeight.Length; i++)
            sum += _sourceWeight[i] * Medium.PotentialMillivoltsPerMilliampere(_sourceX[i], _sourceY[i], _sourceZ[i], xMm, yMm, zMm, csf);
        return sum;
    }

    /// <summary>Fills <paramref name="destination"/> with the unit potentials (mV per mA) at evenly spaced points along z.</summary>
    internal void PotentialsAlongZ(double xMm, double yMm, double z0Mm, double spacingMm, Span<double> destination)
    {
        for (var n = 0; n < destination.Length; n++) destination[n] = PotentialPerMilliampere(xMm, yMm, z0Mm + n * spacingMm);
    }
}
