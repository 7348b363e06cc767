using ScsSim.Programming;

namespace ScsSim.Activation;

/// <summary>
/// The continuous space a reprogramming search steers through: a virtual guarded tripole at any rostro-caudal position
/// along any column of contacts (a percutaneous lead is one column; two leads are two; a paddle has its own), and at any
/// lateral position between neighbouring columns, made by superposing the guarded tripoles of the nearest contacts.
/// </summary>
/// <remarks>
/// A guarded tripole on contact r of a column is −1 on r and +½ on r − 1 and r + 1. The virtual tripole at position v
/// between contacts r and r + 1 (fraction t) is (1 − t)·T_r + t·T_{r+1}; between columns j and j + 1 (fraction w) it is
/// (1 − w)·column j + w·column j + 1, each column at its own contacts nearest v. Contact currents then sum (a contact
/// may be cathode in one term and anode in another); the net cathodic currents, normalised to 100 %, are the cathodes'
/// fractions, the net anodic ones the anodes'. The field is linear in the contact currents, so it moves continuously
/// with (v, w): the standard field-steering construction of multi-source stimulators. Immutable.
/// </remarks>
internal sealed class SteeringSpace
{
    private readonly record struct Column(int Lead, double X, int[] Contacts, double[] Z);

    private readonly Column[] _columns;
    private readonly IReadOnlyList<Lead> _leads;

    public SteeringSpace(ElectrodeField field)
    {
        _leads = field.Configuration.Leads;
        var columns = new List<Column>();
        for (var l = 0; l < _leads.Count; l++)
        {
            var lead = _leads[l];
            var x0 = field.Placements[l].LateralOffset.ToMillimetres();
            for (int j = 0, first = 0; j < lead.RowsPerColumn.Count; first += lead.RowsPerColumn[j], j++)
            {
                var contacts = Enumerable.Range(first, lead.RowsPerColumn[j]).ToArray();
                if (contacts.Length < 3) continue; // no guarded tripole fits
                columns.Add(new Column(l, x0 + lead.ContactLateralOffset(first).ToMillimetres(), contacts,
                    contacts.Select(c => field.ContactCentreZMm(l, c)).ToArray()));
            }
        }
        _columns = [.. columns.OrderBy(c => c.X)];
        if (_columns.Length == 0) return;
        // v runs where every column can place a tripole (from its second contact to its last but one).
        MinimumZMm = _columns.Max(c => c.Z[1]);
        MaximumZMm = _columns.Min(c => c.Z[^2]);
        PitchMm = _columns.Min(c => c.Z[1] - c.Z[0]);
    }

    /// <summary>Whether a tripole can be placed at all (some column has three contacts and the columns overlap along z).</summary>
    public bool IsEmpty => _columns.Length == 0 || MaximumZMm < MinimumZMm;

    /// <summary>Columns, ordered from the patient's left.</summary>
    public int Columns => _columns.Length;

    /// <summary>The rostro-caudal range of the virtual cathode, mm.</summary>
    public double MinimumZMm { get; }

    /// <inheritdoc cref="MinimumZMm"/>
    public double MaximumZMm { get; }

    /// <summary>The smallest contact pitch of the columns, mm (the natural step of the search).</summary>
    public double PitchMm { get; }

    /// <summary>The configuration of the virtual tripole at rostro-caudal position <paramref name="zMm"/> and column
    /// coordinate <paramref name="column"/> (0 = leftmost column, fractional between columns).</summary>
    public ElectrodeConfiguration At(double zMm, double column)
    {
        zMm = Math.Clamp(zMm, MinimumZMm, MaximumZMm);
        column = Math.Clamp(column, 0, _columns.Length - 1);
        var j = Math.Clamp((int)column, 0, Math.Max(0, _columns.Length - 2)); // the left column of the pair blended
        var w = _columns.Length == 1 ? 0 : column - j;
        var currents = new Dictionary<(int Lead, int Contact), double>();
        void Add(Column c, double weight)
        {
            if (weight <= 1e-12) return;
            // The bracket of z within the column's tripole positions 1 .. n − 2.
            var r = 1;
            while (r < c.Z.Length - 2 && c.Z[r + 1] <= zMm) r++;
            var t = r < c.Z.Length - 2 ? Math.Clamp((zMm - c.Z[r]) / (c.Z[r + 1] - c.Z[r]), 0, 1) : 0;
            void Tripole(int k, double a)
            {
                if (a <= 1e-12) return;
                Accumulate(c.Lead, c.Contacts[k], -a);
                Accumulate(c.Lead, c.Contacts[k - 1], a / 2);
                Accumulate(c.Lead, c.Contacts[k + 1], a / 2);
            }
            Tripole(r, weight * (1 - t));
            if (t > 0) Tripole(r + 1, weight * t);
        }
        void Accumulate(int lead, int contact, double current) =>
            currents[(lead, contact)] = currents.GetValueOrDefault((lead, contact)) + current;
        Add(_columns[j], 1 - w);
        if (w > 0) Add(_columns[j + 1], w);
        // Fractions to a resolution of 0.1 %, the finest a clinician programmer offers; rounding keeps the sums at 100 %.
        var cathodes = currents.Where(kv => kv.Value < -1e-9).ToArray();
        var anodes = currents.Where(kv => kv.Value > 1e-9).ToArray();
        var settings = Fractions(cathodes, ContactRole.Cathode).Concat(Fractions(anodes, ContactRole.Anode))
            .OrderBy(c => c.Lead).ThenBy(c => c.Contact).ToArray(); // in contact order, as a clinician reads them
        return new ElectrodeConfiguration(_leads, settings);
    }

    private static IEnumerable<ContactSetting> Fractions(KeyValuePair<(int Lead, int Contact), double>[] parts, ContactRole role)
    {
        var total = parts.Sum(p => Math.Abs(p.Value));
        var tenths = parts.Select(p => (int)Math.Round(1000 * Math.Abs(p.Value) / total)).ToArray();
        // Put the rounding remainder on the largest share so the fractions sum to exactly 100 %.
        var largest = Array.IndexOf(tenths, tenths.Max());
        tenths[largest] += 1000 - tenths.Sum();
        for (var i = 0; i < parts.Length; i++)
            if (tenths[i] > 0) yield return new ContactSetting(parts[i].Key.Lead, parts[i].Key.Contact, role, tenths[i] / 10.0);
    }
}
