using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>The lead a clinician implants, for building an <see cref="ElectrodeConfiguration"/>: a cylindrical
/// percutaneous lead with evenly spaced ring contacts, or a surgical paddle with flat contacts in columns
/// (<see cref="Paddle"/>); contacts are numbered from 0 (most distal, rostral tip) upwards, a paddle's column by column
/// from the patient's left.</summary>
/// <remarks>
/// The preset <see cref="Percutaneous8"/> is a typical 8-contact percutaneous lead (3 mm contacts, 1.3 mm diameter,
/// 4 mm edge-to-edge spacing): its contact area π·1.3·3 = 12.25 mm² is the default used in ../shared/REFERENCES.md.
/// The paddle presets <see cref="Paddle16"/> (16 contacts in 3 columns) and <see cref="Paddle32"/> (32 in 5) have the
/// layouts the field issue names; their dimensions are typical of surgical paddles, not one maker's product data.
/// Any other lead can be described with the constructor or <see cref="Paddle"/>.
/// The dimension limits (1 nm to 1 km) keep the contact area above zero and the charge density finite.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Lead
{
    private readonly int[] _rowsPerColumn;

    /// <summary>Creates a percutaneous lead.</summary>
    /// <param name="name">A label for display; not empty.</param>
    /// <param name="contactCount">1 to 32.</param>
    /// <param name="contactLength">Length of each ring contact along the lead; 1 nm to 1 km.</param>
    /// <param name="diameter">Lead (and contact) diameter; 1 nm to 1 km.</param>
    /// <param name="spacing">Edge-to-edge gap between neighbouring contacts; 0 to 1 km.</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or dimension is out of range.</exception>
    public Lead(string name, int contactCount, Length contactLength, Length diameter, Length spacing)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name must not be empty.", nameof(name));
        Name = name;
        ContactCount = (int)Guard.InRange(contactCount, 1, 32, nameof(contactCount));
        Guard.InRange(contactLength, Limits.MinLeadDimensionMillimetres, Limits.MaxLeadDimensionMillimetres, nameof(contactLength));
        Guard.InRange(diameter, Limits.MinLeadDimensionMillimetres, Limits.MaxLeadDimensionMillimetres, nameof(diameter));
        Guard.InRange(spacing, 0, Limits.MaxLeadDimensionMillimetres, nameof(spacing));
        ContactLength = contactLength;
        Diameter = diameter;
        Spacing = spacing;
        Kind = LeadKind.Percutaneous;
        _rowsPerColumn = [contactCount];
        ContactWidth = diameter;
    }

    private Lead(string name, int[] rowsPerColumn, Length contactLength, Length contactWidth, Length rowSpacing, Length columnSpacing)
    {
        Name = name;
        Kind = LeadKind.Paddle;
        _rowsPerColumn = rowsPerColumn;
        ContactCount = rowsPerColumn.Sum();
        ContactLength = contactLength;
        ContactWidth = contactWidth;
        Spacing = rowSpacing;
        ColumnSpacing = columnSpacing;
        Diameter = Length.Zero;
    }

    /// <summary>Creates a surgical paddle lead: flat rectangular contacts in columns along the cord on one face of an
    /// insulating backing, columns centred on the paddle's axis and each column's rows centred on the longest column's.</summary>
    /// <param name="name">A label for display; not empty.</param>
    /// <param name="rowsPerColumn">Contacts in each column, from the patient's left; 1 to 8 columns of 1 to 32 contacts, at most 32 in all.</param>
    /// <param name="contactLength">Length of a contact along the cord; 1 nm to 1 km.</param>
    /// <param name="contactWidth">Width of a contact across the cord; 1 nm to 1 km.</param>
    /// <param name="spacing">Edge-to-edge gap between neighbouring contacts of a column; 0 to 1 km.</param>
    /// <param name="columnSpacing">Edge-to-edge gap between neighbouring columns; 0 to 1 km.</param>
    /// <returns>The paddle.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentNullException">The column list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or dimension is out of range.</exception>
    public static Lead Paddle(string name, IEnumerable<int> rowsPerColumn, Length contactLength, Length contactWidth, Length spacing, Length columnSpacing)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name must not be empty.", nameof(name));
        var rows = Guard.NotNull(rowsPerColumn, nameof(rowsPerColumn)).ToArray();
        if (rows.Length is < 1 or > 8)
            throw new ArgumentOutOfRangeException(nameof(rowsPerColumn), rows.Length, $"rowsPerColumn must list 1 to 8 columns; it lists {rows.Length}.");
        for (var j = 0; j < rows.Length; j++)
            if (rows[j] is < 1 or > 32)
                throw new ArgumentOutOfRangeException(nameof(rowsPerColumn), rows[j], $"rowsPerColumn: column {j} must hold 1 to 32 contacts; got {rows[j]}.");
        if (rows.Sum() > 32)
            throw new ArgumentOutOfRangeException(nameof(rowsPerColumn), rows.Sum(), $"rowsPerColumn: a paddle holds at most 32 contacts; these columns hold {rows.Sum()}.");
        Guard.InRange(contactLength, Limits.MinLeadDimensionMillimetres, Limits.MaxLeadDimensionMillimetres, nameof(contactLength));
        Guard.InRange(contactWidth, Limits.MinLeadDimensionMillimetres, Limits.MaxLeadDimensionMillimetres, nameof(contactWidth));
        Guard.InRange(spacing, 0, Limits.MaxLeadDimensionMillimetres, nameof(spacing));
        Guard.InRange(columnSpacing, 0, Limits.MaxLeadDimensionMillimetres, nameof(columnSpacing));
        return new Lead(name, rows, contactLength, contactWidth, spacing, columnSpacing);
    }

    /// <summary>A typical 8-contact percutaneous lead: 3 mm contacts, 1.3 mm diameter, 4 mm spacing.</summary>
    public static Lead Percutaneous8 { get; } =
        new("8-contact percutaneous", 8, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4));

    /// <summary>A typical 16-contact paddle in 3 columns (5, 6, 5): 3 × 1.5 mm contacts, 1.5 mm gaps along and across
    /// (columns 3 mm apart, 9 mm across the outer contacts' edges). Typical, not a maker's product.</summary>
    public static Lead Paddle16 { get; } = Paddle("16-contact paddle (5-6-5)", [5, 6, 5], Length.FromMillimetres(3), Length.FromMillimetres(1.5),
        Length.FromMillimetres(1.5), Length.FromMillimetres(1.5));

    /// <summary>A typical 32-contact paddle in 5 columns (6, 7, 6, 7, 6): 2 × 1 mm contacts, 1 mm gaps along and across
    /// (columns 2 mm apart, 9 mm across). Typical, not a maker's product.</summary>
    public static Lead Paddle32 { get; } = Paddle("32-contact paddle (6-7-6-7-6)", [6, 7, 6, 7, 6], Length.FromMillimetres(2), Length.FromMillimetres(1),
        Length.FromMillimetres(1), Length.FromMillimetres(1));

    /// <summary>Label for display.</summary>
    public string Name { get; }

    /// <summary>Percutaneous or paddle.</summary>
    public LeadKind Kind { get; }

    /// <summary>Number of contacts.</summary>
    public int ContactCount { get; }

    /// <summary>Contacts in each column, from the patient's left (one column for a percutaneous lead).</summary>
    public IReadOnlyList<int> RowsPerColumn => _rowsPerColumn;

    /// <summary>Length of each contact along the lead.</summary>
    public Length ContactLength { get; }

    /// <summary>Width of a paddle contact across the cord; for a percutaneous lead its diameter.</summary>
    public Length ContactWidth { get; }

    /// <summary>Lead diameter (0 for a paddle, whose contacts lie on its flat face).</summary>
    public Length Diameter { get; }

    /// <summary>Edge-to-edge gap between neighbouring contacts of a column.</summary>
    public Length Spacing { get; }

    /// <summary>Edge-to-edge gap between neighbouring columns of a paddle (0 for a percutaneous lead).</summary>
    public Length ColumnSpacing { get; }

    /// <summary>Centre-to-centre distance between neighbouring contacts of a column.</summary>
    public Length Pitch => ContactLength + Spacing;

    /// <summary>Centre-to-centre distance between neighbouring columns of a paddle.</summary>
    public Length ColumnPitch => Kind == LeadKind.Paddle ? ContactWidth + ColumnSpacing : Length.Zero;

    /// <summary>Distance along the lead from the first row to the last (the array's length between contact centres).</summary>
    public Length ArrayLength => Pitch * (_rowsPerColumn.Max() - 1);

    /// <summary>Geometric surface of one contact (the area used for charge density): π · diameter · length for a ring,
    /// length · width for a paddle contact (one face exposed).</summary>
    public Area ContactArea => Area.FromSquareMillimetres(Kind == LeadKind.Paddle
        ? ContactLength.ToMillimetres() * ContactWidth.ToMillimetres()
        : Math.PI * Diameter.ToMillimetres() * ContactLength.ToMillimetres());

    /// <summary>Distance along the lead from the first row (the centre of contact 0 of a percutaneous lead) to the centre
    /// of <paramref name="contact"/>.</summary>
    /// <param name="contact">0 to <see cref="ContactCount"/> − 1.</param>
    /// <returns>The distance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such contact.</exception>
    public Length ContactCentre(int contact)
    {
        var (column, row) = ColumnAndRow(contact);
        return Pitch * (row + (_rowsPerColumn.Max() - _rowsPerColumn[column]) / 2.0);
    }

    /// <summary>Offset across the cord of <paramref name="contact"/>'s centre from the lead's axis, positive to the
    /// patient's right (0 for a percutaneous lead).</summary>
    /// <param name="contact">0 to <see cref="ContactCount"/> − 1.</param>
    /// <returns>The offset.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such contact.</exception>
    public Length ContactLateralOffset(int contact) => ColumnPitch * (ColumnAndRow(contact).Column - (_rowsPerColumn.Length - 1) / 2.0);

    /// <summary>The column (from the patient's left) and the row within it of a contact.</summary>
    /// <param name="contact">0 to <see cref="ContactCount"/> − 1.</param>
    /// <returns>Column and row, from 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such contact.</exception>
    public (int Column, int Row) ColumnAndRow(int contact)
    {
        var row = Guard.InRange(contact, 0, ContactCount - 1, nameof(contact));
        var column = 0;
        while (row >= _rowsPerColumn[column]) row -= _rowsPerColumn[column++];
        return (column, (int)row);
    }

    /// <summary>Whether two leads have the same kind, name, layout and dimensions.</summary>
    /// <param name="other">The other lead.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Lead? other) =>
        other is not null && Kind == other.Kind && Name == other.Name && _rowsPerColumn.AsSpan().SequenceEqual(other._rowsPerColumn)
        && ContactLength == other.ContactLength && ContactWidth == other.ContactWidth && Diameter == other.Diameter
        && Spacing == other.Spacing && ColumnSpacing == other.ColumnSpacing;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Name, RecordMembers.HashSequence(_rowsPerColumn), ContactLength, ContactWidth, Diameter, Spacing, ColumnSpacing);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Name), Name), (nameof(Kind), Kind.ToString()),
        (nameof(RowsPerColumn), RecordMembers.Format(_rowsPerColumn)), (nameof(ContactLength), ContactLength.ToString()),
        (nameof(ContactWidth), ContactWidth.ToString()), (nameof(Diameter), Diameter.ToString()), (nameof(Spacing), Spacing.ToString()),
        (nameof(ColumnSpacing), ColumnSpacing.ToString()));
}
