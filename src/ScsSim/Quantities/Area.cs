namespace ScsSim.Quantities;

/// <summary>A surface area, such as the geometric area of an electrode contact. Never negative.</summary>
/// <remarks>
/// Stored in mm². Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µm²")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µm², mm², cm², m²).
/// </remarks>
public readonly partial record struct Area : IComparable<Area>, IFormattable, IParsable<Area>, IScalarQuantity<Area>
{
    private static readonly UnitScale Units = new("area", new Unit("µm²", 1e-06, "um2", "µm2", "um^2"), new Unit("mm²", 1, "mm2", "mm^2"), new Unit("cm²", 100, "cm2", "cm^2"), new Unit("m²", 1000000, "m2", "m^2"));

    private readonly double _squareMillimetres;

    private Area(double squareMillimetres) => _squareMillimetres = squareMillimetres;

    /// <summary>Zero.</summary>
    public static Area Zero => default;

    /// <summary>Creates a area from a value in µm².</summary>
    /// <param name="squareMicrometres">The value in µm²; 0 to +inf.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Area FromSquareMicrometres(double squareMicrometres) => new(Guard.NonNegative(squareMicrometres, nameof(squareMicrometres)) * 1e-06);

    /// <summary>The value in µm².</summary>
    /// <returns>The area in µm².</returns>
    public double ToSquareMicrometres() => _squareMillimetres / 1e-06;

    /// <summary>Creates a area from a value in mm².</summary>
    /// <param name="squareMillimetres">The value in mm²; 0 to +inf.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Area FromSquareMillimetres(double squareMillimetres) => new(Guard.NonNegative(squareMillimetres, nameof(squareMillimetres)));

    /// <summary>The value in mm².</summary>
    /// <returns>The area in mm².</returns>
    public double ToSquareMillimetres() => _squareMillimetres;

    /// <summary>Creates a area from a value in cm².</summary>
    /// <param name="squareCentimetres">The value in cm²; 0 to +inf.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Area FromSquareCentimetres(double squareCentimetres) => new(Guard.NonNegative(squareCentimetres, nameof(squareCentimetres)) * 100);

    /// <summary>The value in cm².</summary>
    /// <returns>The area in cm².</returns>
    public double ToSquareCentimetres() => _squareMillimetres / 100;

    /// <summary>Creates a area from a value in m².</summary>
    /// <param name="squareMetres">The value in m²; 0 to +inf.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Area FromSquareMetres(double squareMetres) => new(Guard.NonNegative(squareMetres, nameof(squareMetres)) * 1000000);

    /// <summary>The value in m².</summary>
    /// <returns>The area in m².</returns>
    public double ToSquareMetres() => _squareMillimetres / 1000000;

    double IScalarQuantity<Area>.StorageValue => _squareMillimetres;

    static Area IScalarQuantity<Area>.FromStorageValue(double value) => FromSquareMillimetres(value);

    static UnitScale IScalarQuantity<Area>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Area operator +(Area left, Area right) => new(left._squareMillimetres + right._squareMillimetres);

    /// <summary>Subtracts two values.</summary>
    public static Area operator -(Area left, Area right) => new(left._squareMillimetres - right._squareMillimetres);

    /// <summary>Negates a value.</summary>
    public static Area operator -(Area value) => new(-value._squareMillimetres);

    /// <summary>Scales a value.</summary>
    public static Area operator *(Area value, double factor) => new(value._squareMillimetres * factor);

    /// <summary>Scales a value.</summary>
    public static Area operator *(double factor, Area value) => new(value._squareMillimetres * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Area operator /(Area value, double divisor) => new(value._squareMillimetres / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Area left, Area right) => left._squareMillimetres / right._squareMillimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator <(Area left, Area right) => left._squareMillimetres < right._squareMillimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Area left, Area right) => left._squareMillimetres > right._squareMillimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Area left, Area right) => left._squareMillimetres <= right._squareMillimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Area left, Area right) => left._squareMillimetres >= right._squareMillimetres;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Area Abs() => new(Math.Abs(_squareMillimetres));

    /// <inheritdoc/>
    public int CompareTo(Area other) => _squareMillimetres.CompareTo(other._squareMillimetres);

    /// <summary>Formats with the most readable unit, for example "12.25 mm²".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "µm²"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "12.25 mm²" or "2.5m²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Area Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Area>(s);

    /// <summary>Tries to parse text such as "12.25 mm²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Area result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "12.25 mm²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Area result) => ScalarQuantity.TryParse(s, out result);
}
