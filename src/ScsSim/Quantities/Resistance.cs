namespace ScsSim.Quantities;

/// <summary>An electrical resistance, such as the load impedance seen by the stimulator. Never negative.</summary>
/// <remarks>
/// Stored in Ω. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("Ω")</c>), always in invariant culture; parses the same text with or without a space
/// (units: Ω, kΩ, MΩ).
/// Range: 0 to 1e100 Ω (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Resistance : IComparable<Resistance>, IFormattable, IParsable<Resistance>, IScalarQuantity<Resistance>
{
    private static readonly UnitScale Units = new("resistance", new Unit("Ω", 1, "ohm", "Ohm", "ohms"), new Unit("kΩ", 1000, "kohm", "kOhm"), new Unit("MΩ", 1000000, "Mohm", "MOhm"));

    private readonly double _ohms;

    private Resistance(double ohms) => _ohms = ohms;

    /// <summary>Zero.</summary>
    public static Resistance Zero => default;

    /// <summary>Creates a resistance from a value in Ω.</summary>
    /// <param name="ohms">The value in Ω; 0 Ω to 1e100 Ω.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e100 Ω.</exception>
    public static Resistance FromOhms(double ohms) => new(ScalarQuantity.FromUnit(ohms, 1, nameof(ohms), "Ω", nonNegative: true));

    /// <summary>The value in Ω.</summary>
    /// <returns>The resistance in Ω.</returns>
    public double ToOhms() => _ohms;

    /// <summary>Creates a resistance from a value in kΩ.</summary>
    /// <param name="kiloohms">The value in kΩ; 0 kΩ to 1e97 kΩ.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e97 kΩ.</exception>
    public static Resistance FromKiloohms(double kiloohms) => new(ScalarQuantity.FromUnit(kiloohms, 1000, nameof(kiloohms), "kΩ", nonNegative: true));

    /// <summary>The value in kΩ.</summary>
    /// <returns>The resistance in kΩ.</returns>
    public double ToKiloohms() => _ohms / 1000;

    /// <summary>Creates a resistance from a value in MΩ.</summary>
    /// <param name="megaohms">The value in MΩ; 0 MΩ to 1e94 MΩ.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e94 MΩ.</exception>
    public static Resistance FromMegaohms(double megaohms) => new(ScalarQuantity.FromUnit(megaohms, 1000000, nameof(megaohms), "MΩ", nonNegative: true));

    /// <summary>The value in MΩ.</summary>
    /// <returns>The resistance in MΩ.</returns>
    public double ToMegaohms() => _ohms / 1000000;

    double IScalarQuantity<Resistance>.StorageValue => _ohms;

    static Resistance IScalarQuantity<Resistance>.FromStorageValue(double value) => FromOhms(value);

    static UnitScale IScalarQuantity<Resistance>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Resistance FromResult(double ohms, string operation) => new(ScalarQuantity.Result(ohms, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 Ω).</exception>
    public static Resistance operator +(Resistance left, Resistance right) => new(ScalarQuantity.Result(left._ohms + right._ohms, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values; the result is never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>: the difference would be negative.</exception>
    public static Resistance operator -(Resistance left, Resistance right) => new(ScalarQuantity.NonNegativeDifference(left._ohms, right._ohms, Units.QuantityName));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 Ω).</exception>
    public static Resistance operator *(Resistance value, double factor) =>
        new(ScalarQuantity.Result(value._ohms * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 Ω).</exception>
    public static Resistance operator *(double factor, Resistance value) =>
        new(ScalarQuantity.Result(value._ohms * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and greater than 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 Ω).</exception>
    public static Resistance operator /(Resistance value, double divisor) =>
        new(ScalarQuantity.Result(value._ohms / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Resistance left, Resistance right) => ScalarQuantity.Ratio(left._ohms, right._ohms, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Resistance left, Resistance right) => left._ohms < right._ohms;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Resistance left, Resistance right) => left._ohms > right._ohms;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Resistance left, Resistance right) => left._ohms <= right._ohms;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Resistance left, Resistance right) => left._ohms >= right._ohms;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Resistance Abs() => new(Math.Abs(_ohms));

    /// <inheritdoc/>
    public int CompareTo(Resistance other) => _ohms.CompareTo(other._ohms);

    /// <summary>Formats with the most readable unit, for example "525 Ω".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "Ω"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "525 Ω" or "2.5MΩ".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Resistance Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Resistance>(s);

    /// <summary>Tries to parse text such as "525 Ω".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Resistance result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "525 Ω".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Resistance result) => ScalarQuantity.TryParse(s, out result);
}
