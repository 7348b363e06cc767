namespace ScsSim.Quantities;

/// <summary>A distance, such as a contact length, a lead diameter or a distance from a fibre. Negative values are displacements in the opposite direction.</summary>
/// <remarks>
/// Stored in mm. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µm")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µm, mm, cm, m).
/// </remarks>
public readonly partial record struct Length : IComparable<Length>, IFormattable, IParsable<Length>, IScalarQuantity<Length>
{
    private static readonly UnitScale Units = new("length", new Unit("µm", 0.001, "um"), new Unit("mm", 1), new Unit("cm", 10), new Unit("m", 1000));

    private readonly double _millimetres;

    private Length(double millimetres) => _millimetres = millimetres;

    /// <summary>Zero.</summary>
    public static Length Zero => default;

    /// <summary>Creates a length from a value in µm.</summary>
    /// <param name="micrometres">The value in µm; any finite value.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Length FromMicrometres(double micrometres) => new(Guard.Finite(micrometres, nameof(micrometres)) * 0.001);

    /// <summary>The value in µm.</summary>
    /// <returns>The length in µm.</returns>
    public double ToMicrometres() => _millimetres / 0.001;

    /// <summary>Creates a length from a value in mm.</summary>
    /// <param name="millimetres">The value in mm; any finite value.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Length FromMillimetres(double millimetres) => new(Guard.Finite(millimetres, nameof(millimetres)));

    /// <summary>The value in mm.</summary>
    /// <returns>The length in mm.</returns>
    public double ToMillimetres() => _millimetres;

    /// <summary>Creates a length from a value in cm.</summary>
    /// <param name="centimetres">The value in cm; any finite value.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Length FromCentimetres(double centimetres) => new(Guard.Finite(centimetres, nameof(centimetres)) * 10);

    /// <summary>The value in cm.</summary>
    /// <returns>The length in cm.</returns>
    public double ToCentimetres() => _millimetres / 10;

    /// <summary>Creates a length from a value in m.</summary>
    /// <param name="metres">The value in m; any finite value.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Length FromMetres(double metres) => new(Guard.Finite(metres, nameof(metres)) * 1000);

    /// <summary>The value in m.</summary>
    /// <returns>The length in m.</returns>
    public double ToMetres() => _millimetres / 1000;

    double IScalarQuantity<Length>.StorageValue => _millimetres;

    static Length IScalarQuantity<Length>.FromStorageValue(double value) => FromMillimetres(value);

    static UnitScale IScalarQuantity<Length>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Length operator +(Length left, Length right) => new(left._millimetres + right._millimetres);

    /// <summary>Subtracts two values.</summary>
    public static Length operator -(Length left, Length right) => new(left._millimetres - right._millimetres);

    /// <summary>Negates a value.</summary>
    public static Length operator -(Length value) => new(-value._millimetres);

    /// <summary>Scales a value.</summary>
    public static Length operator *(Length value, double factor) => new(value._millimetres * factor);

    /// <summary>Scales a value.</summary>
    public static Length operator *(double factor, Length value) => new(value._millimetres * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Length operator /(Length value, double divisor) => new(value._millimetres / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Length left, Length right) => left._millimetres / right._millimetres;

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
