namespace ScsSim.Quantities;

/// <summary>A surface area, such as the geometric area of an electrode contact. Never negative.</summary>
/// <remarks>
/// Stored in mm². Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µm²")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µm², mm², cm², m²).
/// Range: 0 to 1e100 mm² (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Area : IComparable<Area>, IFormattable, IParsable<Area>, IScalarQuantity<Area>
{
    private static readonly UnitScale Units = new("area", new Unit("µm²", 1e-06, "um2", "µm2", "um^2"), new Unit("mm²", 1, "mm2", "mm^2"), new Unit("cm²", 100, "cm2", "cm^2"), new Unit("m²", 1000000, "m2", "m^2"));

    private readonly double _squareMillimetres;

    private Area(double squareMillimetres) => _squareMillimetres = squareMillimetres;

    /// <summary>Zero.</summary>
    public static Area Zero => default;

    /// <summary>Creates an area from a value in µm².</summary>
    /// <param name="squareMicrometres">The value in µm²; 0 µm² to 1e106 µm².</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e106 µm².</exception>
    public static Area FromSquareMicrometres(double squareMicrometres) => new(ScalarQuantity.FromUnit(squareMicrometres, 1e-06, nameof(squareMicrometres), "µm²", nonNegative: true));

    /// <summary>The value in µm².</summary>
    /// <returns>The area in µm².</returns>
    public double ToSquareMicrometres() => _squareMillimetres / 1e-06;

    /// <summary>Creates an area from a value in mm².</summary>
    /// <param name="squareMillimetres">The value in mm²; 0 mm² to 1e100 mm².</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e100 mm².</exception>
    public static Area FromSquareMillimetres(double squareMillimetres) => new(ScalarQuantity.FromUnit(squareMillimetres, 1, nameof(squareMillimetres), "mm²", nonNegative: true));

    /// <summary>The value in mm².</summary>
    /// <returns>The area in mm².</returns>
    public double ToSquareMillimetres() => _squareMillimetres;

    /// <summary>Creates an area from a value in cm².</summary>
    /// <param name="squareCentimetres">The value in cm²; 0 cm² to 1e98 cm².</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e98 cm².</exception>
    public static Area FromSquareCentimetres(double squareCentimetres) => new(ScalarQuantity.FromUnit(squareCentimetres, 100, nameof(squareCentimetres), "cm²", nonNegative: true));

    /// <summary>The value in cm².</summary>
    /// <returns>The area in cm².</returns>
    public double ToSquareCentimetres() => _squareMillimetres / 100;

    /// <summary>Creates an area from a value in m².</summary>
    /// <param name="squareMetres">The value in m²; 0 m² to 1e94 m².</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e94 m².</exception>
    public static Area FromSquareMetres(double squareMetres) => new(ScalarQuantity.FromUnit(squareMetres, 1000000, nameof(squareMetres), "m²", nonNegative: true));

    /// <summary>The value in m².</summary>
    /// <returns>The area in m².</returns>
    public double ToSquareMetres() => _squareMillimetres / 1000000;

    double IScalarQuantity<Area>.StorageValue => _squareMillimetres;

    static Area IScalarQuantity<Area>.FromStorageValue(double value) => FromSquareMillimetres(value);

    static UnitScale IScalarQuantity<Area>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Area FromResult(double squareMillimetres, string operation) => new(ScalarQuantity.Result(squareMillimetres, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm²).</exception>
    public static Area operator +(Area left, Area right) => new(ScalarQuantity.Result(left._squareMillimetres + right._squareMillimetres, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values; the result is never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>: the difference would be negative.</exception>
    public static Area operator -(Area left, Area right) => new(ScalarQuantity.NonNegativeDifference(left._squareMillimetres, right._squareMillimetres, Units.QuantityName));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm²).</exception>
    public static Area operator *(Area value, double factor) =>
        new(ScalarQuantity.Result(value._squareMillimetres * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm²).</exception>
    public static Area operator *(double factor, Area value) =>
        new(ScalarQuantity.Result(value._squareMillimetres * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and greater than 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm²).</exception>
    public static Area operator /(Area value, double divisor) =>
        new(ScalarQuantity.Result(value._squareMillimetres / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Area left, Area right) => ScalarQuantity.Ratio(left._squareMillimetres, right._squareMillimetres, Units.QuantityName);

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
