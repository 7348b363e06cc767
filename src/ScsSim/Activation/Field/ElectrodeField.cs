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
    // A contact's point sources lie on one or more source lines parallel to the cord (a ring contact: one, on the lead's
    // axis; a paddle contact: three across its width); on each line, at the midpoints of equal segments of its length.
    // Per active contact: centre z, signed weight and its source lines; per source line: x, y, the z offsets and whether
    // an insulating backing lies above it (a paddle).
    private readonly record struct SourceLine(double X, double Y, double[] OffsetsMm, bool Insulated);
    private readonly SourceLine[] _lines;
    private readonly int[][] _contactLines;
    private readonly double[] _contactZ, _contactWeight;
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
        var lines = new List<SourceLine>();
        int LineOf(SourceLine line)
        {
            var i = lines.FindIndex(l => l.X == line.X && l.Y == line.Y && l.Insulated == line.Insulated && l.OffsetsMm.AsSpan().SequenceEqual(line.OffsetsMm));
            if (i >= 0) return i;
            lines.Add(line);
            return lines.Count - 1;
        }
        var contacts = configuration.Contacts;
        _contactLines = new int[contacts.Count][];
        for (var i = 0; i < contacts.Count; i++)
        {
            var lead = configuration.Leads[contacts[i].Lead];
            var offsets = Enumerable.Range(0, perContact)
                .Select(k => perContact == 1 ? 0 : ((k + 0.5) / perContact - 0.5) * lead.ContactLength.ToMillimetres()).ToArray();
            var x = _placements[contacts[i].Lead].LateralOffset.ToMillimetres() + lead.ContactLateralOffset(contacts[i].Contact).ToMillimetres();
            if (lead.Kind == LeadKind.Paddle)
            {
                // On the dura (its ~0.3 mm neglected, as for a percutaneous lead), the backing insulating the side away from the cord.
                var across = perContact == 1 ? 1 : 3;
                _contactLines[i] = Enumerable.Range(0, across).Select(k => LineOf(new SourceLine(
                    x + (across == 1 ? 0 : ((k + 0.5) / across - 0.5) * lead.ContactWidth.ToMillimetres()), -csf, offsets, true))).ToArray();
            }
            else
                _contactLines[i] = [LineOf(new SourceLine(x, -(csf + lead.Diameter.ToMillimetres() / 2), offsets, false))];
        }
        _lines = [.. lines];
        _contactZ = contacts.Select(c => ContactCentreZMm(c.Lead, c.Contact)).ToArray();
        _contactWeight = contacts.Select(c => (c.Role == ContactRole.Cathode ? 1.0 : -1.0) * c.FractionPercent / 100).ToArray();
        CathodeCentroidZMm = configuration.Cathodes.Sum(c => ContactCentreZMm(c.Lead, c.Contact) * c.FractionPercent) / 100;
        ReferenceLateralMm = _placements.Average(p => p.LateralOffset.ToMillimetres());
        // Mirror symmetry about the reference axis, which the threshold surface's lateral offsets are measured from (one
        // lead's active contacts on a two-lead configuration, or one paddle column, lie in a plane beside it).
        IsMirrorSymmetric = MirrorSymmetric();
    }

    // Whether the weighted sources map onto themselves under x → 2·reference − x.
    private bool MirrorSymmetric()
    {
        var sources = Enumerable.Range(0, _contactZ.Length).SelectMany(i => _contactLines[i].Select(l =>
            (X: Math.Round(_lines[l].X - ReferenceLateralMm, 9), _lines[l].Y, Z: _contactZ[i], W: _contactWeight[i] / _contactLines[i].Length,
             _lines[l].Insulated, Points: _lines[l].OffsetsMm.Length))).ToArray();
        var mirrored = sources.Select(s => s with { X = -s.X == 0 ? 0 : -s.X }).Order().ToArray();
        return sources.Order().SequenceEqual(mirrored);
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

    /// <summary>Whether the weighted sources are their own mirror image about the vertical plane of the reference axis
    /// (then the field is mirror-symmetric about it and a threshold surface needs one side).</summary>
    internal bool IsMirrorSymmetric { get; }

    /// <summary>Rostro-caudal extent (mm) of the active contacts: first and last contact centre.</summary>
    internal (double Min, double Max) ActiveExtentZMm =>
        (Configuration.Contacts.Min(c => ContactCentreZMm(c.Lead, c.Contact)), Configuration.Contacts.Max(c => ContactCentreZMm(c.Lead, c.Contact)));

    /// <summary>Distance (mm) in the transverse plane from a point to the nearest active source line (a lead axis, or a
    /// paddle contact's centre line).</summary>
    internal double DistanceToNearestLeadMm(double xMm, double yMm) =>
        _lines.Min(l => Math.Sqrt((xMm - l.X) * (xMm - l.X) + (yMm - l.Y) * (yMm - l.Y)));

    internal double ContactCentreZMm(int contact) => ContactCentreZMm(0, contact);

    internal double ContactCentreZMm(int lead, int contact)
    {
        var l = Configuration.Leads[lead];
        return _placements[lead].CentreZMm + l.ContactCentre(contact).ToMillimetres() - l.ArrayLength.ToMillimetres() / 2;
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
        var profiles = new PotentialProfile[_lines.Length];
        for (var l = 0; l < profiles.Length; l++)
            profiles[l] = Medium.AlongZ(_lines[l].X, _lines[l].Y, xMm, yMm, csf, _lines[l].OffsetsMm, _lines[l].Insulated);
        return new FieldLine(this, profiles);
    }

    /// <summary>The unit potential along one line parallel to the cord: the sum over the active contacts, each the mean
    /// of its source lines' profiles.</summary>
    internal sealed class FieldLine(ElectrodeField field, PotentialProfile[] profiles)
    {
        /// <summary>Potential (mV per mA of cathode current) at rostro-caudal position z (mm).</summary>
        public double At(double zMm)
        {
            double sum = 0;
            for (var i = 0; i < field._contactWeight.Length; i++)
            {
                var lines = field._contactLines[i];
                double contact = 0;
                foreach (var l in lines) contact += profiles[l].At(zMm - field._contactZ[i]);
                sum += field._contactWeight[i] * (lines.Length == 1 ? contact : contact / lines.Length);
            }
            return sum;
        }
    }
}
