using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For plotting or checking the potential a configuration makes, and the input of every threshold (a setup builds one,
/// <see cref="StimulationSetup.Field"/>): the extracellular potential of one electrode configuration on one or two
/// leads, for a unit (1 mA) signed cathode
/// current: every cathode contributes its fraction with the cathode current's sign, every lead anode its fraction with
/// the opposite sign; the share returned through the pulse generator's case is a distant anode and contributes nothing.
/// The field is linear in current: <see cref="PotentialAt"/> scales it.
/// </summary>
/// <remarks>
/// Superposition of point or discretised line sources (Plonsey R, Barr RC, Bioelectricity, 2007) in a
/// <see cref="ConductiveMedium"/>. Geometry as in <see cref="ConductiveMedium"/> and <see cref="LeadPlacement"/>. Two
/// leads (for example side by side, for current steering across the midline) lie over the same dorsal CSF thickness.
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ElectrodeField
{
    // Per active contact: its lead, centre z and signed weight. Per lead: axis position and the offsets of the contact's
    // point sources from its centre (one point, or the midpoints of equal segments of the contact).
    private readonly int[] _contactLead;
    private readonly double[] _contactZ, _contactWeight;
    private readonly double[] _leadX, _leadY;
    private readonly double[][] _leadOffsets;
    private readonly LeadPlacement[] _placements;

    /// <summary>Builds the field of a single-lead configuration in the default medium with line sources (for another medium
    /// or source model, use the constructor with a list of placements).</summary>
    /// <param name="configuration">A single-lead configuration.</param>
    /// <param name="placement">Where the lead lies.</param>
    /// <exception cref="ArgumentNullException">The configuration or placement is null.</exception>
    /// <exception cref="ArgumentException">The configuration uses two leads (give a placement for each).</exception>
    public ElectrodeField(ElectrodeConfiguration configuration, LeadPlacement placement)
        : this(configuration, [Guard.NotNull(placement, nameof(placement))])
    {
    }

    /// <summary>Builds the field of a configuration on one or two leads, with a placement for each lead.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="placements">One placement per lead of the configuration, in the same order; all with the same CSF thickness.</param>
    /// <param name="medium">The volume conductor (default: <see cref="ConductiveMedium.LayeredDefault"/>).</param>
    /// <param name="sourceModel">Point or line sources (default line).</param>
    /// <param name="pointsPerContact">Point sources per contact for the line model; 1 to 64 (default 5).</param>
    /// <exception cref="ArgumentNullException">The configuration, the list or a placement is null.</exception>
    /// <exception cref="ArgumentException">The number of placements differs from the number of leads, or the CSF thicknesses differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">pointsPerContact is out of range, or the source model is not defined.</exception>
    public ElectrodeField(ElectrodeConfiguration configuration, IReadOnlyList<LeadPlacement> placements, ConductiveMedium? medium = null,
        ContactSourceModel sourceModel = ContactSourceModel.Line, int pointsPerContact = 5)
    {
        Configuration = Guard.NotNull(configuration, nameof(configuration));
        _placements = Guard.NotNull(placements, nameof(placements)).Select(p => Guard.NotNull(p, nameof(placements))).ToArray();
        Medium = medium ?? ConductiveMedium.LayeredDefault;
        if (_placements.Length != configuration.Leads.Count)
            throw new ArgumentException(
                $"configuration has {configuration.Leads.Count} lead(s) but {_placements.Length} placement(s) were given; give one placement per lead.",
                _placements.Length == 1 ? "configuration" : nameof(placements));
        if (_placements.Any(p => p.CsfThickness != _placements[0].CsfThickness))
            throw new ArgumentException("All leads must lie over the same dorsal CSF thickness (the layered model has one CSF layer).", nameof(placements));
        if (!Enum.IsDefined(sourceModel))
            throw new ArgumentOutOfRangeException(nameof(sourceModel), sourceModel, "sourceModel must be Point or Line.");
        Guard.InRange(pointsPerContact, 1, 64, nameof(pointsPerContact));
        SourceModel = sourceModel;
        var perContact = sourceModel == ContactSourceModel.Point ? 1 : pointsPerContact;
        var csf = _placements[0].CsfThickness.ToMillimetres();
        var leads = configuration.Leads.Count;
        _leadX = new double[leads]; _leadY = new double[leads]; _leadOffsets = new double[leads][];
        for (var l = 0; l < leads; l++)
        {
            var lead = configuration.Leads[l];
            _leadX[l] = _placements[l].LateralOffset.ToMillimetres();
            _leadY[l] = -(csf + lead.Diameter.ToMillimetres() / 2);
            _leadOffsets[l] = Enumerable.Range(0, perContact)
                .Select(k => perContact == 1 ? 0 : ((k + 0.5) / perContact - 0.5) * lead.ContactLength.ToMillimetres()).ToArray();
        }
        var contacts = configuration.Contacts;
        _contactLead = contacts.Select(c => c.Lead).ToArray();
        _contactZ = contacts.Select(c => ContactCentreZMm(c.Lead, c.Contact)).ToArray();
        _contactWeight = contacts.Select(c => (c.Role == ContactRole.Cathode ? 1.0 : -1.0) * c.FractionPercent / 100).ToArray();
        CathodeCentroidZMm = configuration.Cathodes.Sum(c => ContactCentreZMm(c.Lead, c.Contact) * c.FractionPercent) / 100;
        ReferenceLateralMm = _placements.Average(p => p.LateralOffset.ToMillimetres());
        IsMirrorSymmetric = _contactLead.All(l => _leadX[l] == _leadX[_contactLead[0]]);
    }

    /// <summary>The electrode configuration.</summary>
    public ElectrodeConfiguration Configuration { get; }

    /// <summary>Where the first lead lies.</summary>
    public LeadPlacement Placement => _placements[0];

    /// <summary>Where each lead lies, in the configuration's lead order.</summary>
    public IReadOnlyList<LeadPlacement> Placements => _placements;

    /// <summary>The volume conductor.</summary>
    public ConductiveMedium Medium { get; }

    /// <summary>Point or line sources.</summary>
    public ContactSourceModel SourceModel { get; }

    /// <summary>Rostro-caudal coordinate (mm) of the fraction-weighted centre of the cathodes.</summary>
    internal double CathodeCentroidZMm { get; }

    /// <summary>Lateral coordinate (mm) of the reference axis: the lead axis for one lead, the mean of the lead axes for two.</summary>
    internal double ReferenceLateralMm { get; }

    /// <summary>Whether every source lies in one vertical plane x = const (then the field is mirror-symmetric about it).</summary>
    internal bool IsMirrorSymmetric { get; }

    /// <summary>Rostro-caudal extent (mm) of the active contacts: first and last contact centre.</summary>
    internal (double Min, double Max) ActiveExtentZMm =>
        (Configuration.Contacts.Min(c => ContactCentreZMm(c.Lead, c.Contact)), Configuration.Contacts.Max(c => ContactCentreZMm(c.Lead, c.Contact)));

    /// <summary>Distance (mm) in the transverse plane from a point to the nearest lead axis.</summary>
    internal double DistanceToNearestLeadMm(double xMm, double yMm) =>
        Enumerable.Range(0, _placements.Length).Min(l =>
        {
            var dx = xMm - _placements[l].LateralOffset.ToMillimetres();
            var dy = yMm + _placements[l].CsfThickness.ToMillimetres() + Configuration.Leads[l].Diameter.ToMillimetres() / 2;
            return Math.Sqrt(dx * dx + dy * dy);
        });

    internal double ContactCentreZMm(int contact) => ContactCentreZMm(0, contact);

    internal double ContactCentreZMm(int lead, int contact)
    {
        var l = Configuration.Leads[lead];
        return _placements[lead].CentreZMm + l.ContactCentre(contact).ToMillimetres() - l.ContactCentre(l.ContactCount - 1).ToMillimetres() / 2;
    }

    /// <summary>The rostro-caudal coordinate z of a contact's centre (the coordinate <see cref="PotentialAt"/> uses).</summary>
    /// <param name="lead">Lead index in the configuration.</param>
    /// <param name="contact">Contact index on that lead.</param>
    /// <returns>z, positive caudal (25 mm × vertebra number at the middle of each vertebra).</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such lead or contact.</exception>
    public Length ContactPosition(int lead, int contact)
    {
        Guard.InRange(lead, 0, _placements.Length - 1, nameof(lead));
        Guard.InRange(contact, 0, Configuration.Leads[lead].ContactCount - 1, nameof(contact));
        return Length.FromMillimetres(ContactCentreZMm(lead, contact));
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
    internal double PotentialPerMilliampere(double xMm, double yMm, double zMm) => LineAt(xMm, yMm).At(zMm);

    /// <summary>Fills <paramref name="destination"/> with the unit potentials (mV per mA) at evenly spaced points along z.</summary>
    internal void PotentialsAlongZ(double xMm, double yMm, double z0Mm, double spacingMm, Span<double> destination)
    {
        var line = LineAt(xMm, yMm);
        for (var n = 0; n < destination.Length; n++) destination[n] = line.At(z0Mm + n * spacingMm);
    }

    /// <summary>The unit potential along the line parallel to the cord through (x, y): what one fibre samples.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The line lies where the medium is not modelled.</exception>
    internal FieldLine LineAt(double xMm, double yMm)
    {
        var csf = Placement.CsfThickness.ToMillimetres();
        Medium.ValidateFieldPointDepth(yMm, csf, "depth");
        var profiles = new PotentialProfile[_leadX.Length];
        for (var l = 0; l < profiles.Length; l++) profiles[l] = Medium.AlongZ(_leadX[l], _leadY[l], xMm, yMm, csf, _leadOffsets[l]);
        return new FieldLine(this, profiles);
    }

    /// <summary>The unit potential along one line parallel to the cord: the sum over the active contacts, each through its
    /// lead's contact profile.</summary>
    internal sealed class FieldLine(ElectrodeField field, PotentialProfile[] profiles)
    {
        /// <summary>Potential (mV per mA of cathode current) at rostro-caudal position z (mm).</summary>
        public double At(double zMm)
        {
            double sum = 0;
            for (var i = 0; i < field._contactWeight.Length; i++)
                sum += field._contactWeight[i] * profiles[field._contactLead[i]].At(zMm - field._contactZ[i]);
            return sum;
        }
    }
}
