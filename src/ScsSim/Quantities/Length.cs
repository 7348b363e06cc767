namespace ScsSim.Quantities;

/// <summary>A distance, such as a contact length, a lead diameter or a distance from a fibre. Negative values are displacements in the opposite direction.</summary>
/// <remarks>
/// Stored in mm. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µm")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µm, mm, cm, m).
/// Range: finite, magnitude at most 1e100 mm (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Length : IComparable<Length>, IFormattable, IParsable<Length>, IScalarQuantity<Length>
{
    private static readonly UnitScale Units = new("length", new Unit("µm", 0.001, "um"), new Unit("mm", 1), new Unit("cm", 10), new Unit("m", 1000));

    private readonly double _millimetres;

    private Length(double millimetres) => _millimetres = millimetres;

    /// <summary>Zero.</summary>
    public static Length Zero => default;

    /// <summary>Creates a length from a value in µm.</summary>
    /// <param name="micrometres">The value in µm; finite, from -1e103 µm to 1e103 µm.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 µm.</exception>
    public static Length FromMicrometres(double micrometres) => new(ScalarQuantity.FromUnit(micrometres, 0.001, nameof(micrometres), "µm", nonNegative: false));

    /// <summary>The value in µm.</summary>
    /// <returns>The length in µm.</returns>
    public double ToMicrometres() => _millimetres / 0.001;

    /// <summary>Creates a length from a value in mm.</summary>
    /// <param name="millimetres">The value in mm; finite, from -1e100 mm to 1e100 mm.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 mm.</exception>
    public static Length FromMillimetres(double millimetres) => new(ScalarQuantity.FromUnit(millimetres, 1, nameof(millimetres), "mm", nonNegative: false));

    /// <summary>The value in mm.</summary>
    /// <returns>The length in mm.</returns>
    public double ToMillimetres() => _millimetres;

    /// <summary>Creates a length from a value in cm.</summary>
    /// <param name="centimetres">The value in cm; finite, from -1e99 cm to 1e99 cm.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e99 cm.</exception>
    public static Length FromCentimetres(double centimetres) => new(ScalarQuantity.FromUnit(centimetres, 10, nameof(centimetres), "cm", nonNegative: false));

    /// <summary>The value in cm.</summary>
    /// <returns>The length in cm.</returns>
    public double ToCentimetres() => _millimetres / 10;

    /// <summary>Creates a length from a value in m.</summary>
    /// <param name="metres">The value in m; finite, from -1e97 m to 1e97 m.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e97 m.</exception>
    public static Length FromMetres(double metres) => new(ScalarQuantity.FromUnit(metres, 1000, nameof(metres), "m", nonNegative: false));

    /// <summary>The value in m.</summary>
    /// <returns>The length in m.</returns>
    public double ToMetres() => _millimetres / 1000;

    double IScalarQuantity<Length>.StorageValue => _millimetres;

    static Length IScalarQuantity<Length>.FromStorageValue(double value) => FromMillimetres(value);

    static UnitScale IScalarQuantity<Length>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Length FromResult(double millimetres, string operation) => new(ScalarQuantity.Result(millimetres, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm).</exception>
    public static Length operator +(Length left, Length right) => new(ScalarQuantity.Result(left._millimetres + right._millimetres, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm).</exception>
    public static Length operator -(Length left, Length right) => new(ScalarQuantity.Result(left._millimetres - right._millimetres, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Length operator -(Length value) => new(-value._millimetres);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm).</exception>
    public static Length operator *(Length value, double factor) =>
        new(ScalarQuantity.Result(value._millimetres * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm).</exception>
    public static Length operator *(double factor, Length value) =>
        new(ScalarQuantity.Result(value._millimetres * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mm).</exception>
    public static Length operator /(Length value, double divisor) =>
        new(ScalarQuantity.Result(value._millimetres / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Length left, Length right) => ScalarQuantity.Ratio(left._millimetres, right._millimetres, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Length left, Length right) => left._millimetres < right._millimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Length left, Length right) => left._millimetres > right._millimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Length left, Length right) => left._millimetres <= right._millimetres;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Length left, Length right) => left._millimetres >= right._millimetres;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Length Abs() => new(Math.Abs(_millimetres));

    /// <inheritdoc/>
    public int CompareTo(Length other) => _millimetres.CompareTo(other._millimetres);

    /// <summary>Formats with the most readable unit, for example "1.3 mm".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "µm"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "1.3 mm" or "2.5m".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Length Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Length>(s);

    /// <summary>Tries to parse text such as "1.3 mm".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Length result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "1.3 mm".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Length result) => ScalarQuantity.TryParse(s, out result);
}
