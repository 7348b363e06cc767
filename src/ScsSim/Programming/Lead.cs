using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>The lead a clinician implants, for building an <see cref="ElectrodeConfiguration"/>: a cylindrical lead
/// with evenly spaced ring contacts, numbered 0 (most distal, rostral tip) upwards.</summary>
/// <remarks>
/// The preset <see cref="Percutaneous8"/> is a typical 8-contact percutaneous lead (3 mm contacts, 1.3 mm diameter,
/// 4 mm edge-to-edge spacing): its contact area π·1.3·3 = 12.25 mm² is the default used in ../shared/REFERENCES.md.
/// These figures are typical, not one maker's product data. Any other lead can be described with the constructor.
/// The dimension limits (1 nm to 1 km) keep the contact area above zero and the charge density finite.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Lead
{
    /// <summary>Creates a lead.</summary>
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
    }

    /// <summary>A typical 8-contact percutaneous lead: 3 mm contacts, 1.3 mm diameter, 4 mm spacing.</summary>
    public static Lead Percutaneous8 { get; } =
        new("8-contact percutaneous", 8, Length.FromMillimetres(3), Length.FromMillimetres(1.3), Length.FromMillimetres(4));

    /// <summary>Label for display.</summary>
    public string Name { get; }

    /// <summary>Number of contacts.</summary>
    public int ContactCount { get; }

    /// <summary>Length of each ring contact along the lead.</summary>
    public Length ContactLength { get; }

    /// <summary>Lead diameter.</summary>
    public Length Diameter { get; }

    /// <summary>Edge-to-edge gap between neighbouring contacts.</summary>
    public Length Spacing { get; }

    /// <summary>Centre-to-centre distance between neighbouring contacts.</summary>
    public Length Pitch => ContactLength + Spacing;

    /// <summary>Geometric surface of one ring contact: π · diameter · length (the area used for charge density).</summary>
    public Area ContactArea => Area.FromSquareMillimetres(Math.PI * Diameter.ToMillimetres() * ContactLength.ToMillimetres());

    /// <summary>Distance along the lead from the centre of contact 0 to the centre of <paramref name="contact"/>.</summary>
    /// <param name="contact">0 to <see cref="ContactCount"/> − 1.</param>
    /// <returns>The distance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such contact.</exception>
    public Length ContactCentre(int contact) =>
        Pitch * Guard.InRange(contact, 0, ContactCount - 1, nameof(contact));
}
