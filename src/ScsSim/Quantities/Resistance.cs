namespace ScsSim.Quantities;

/// <summary>An electrical resistance, such as the load impedance seen by the stimulator. Never negative.</summary>
/// <remarks>
/// Stored in Ω. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("Ω")</c>), always in invariant culture; parses the same text with or without a space
/// (units: Ω, kΩ, MΩ).
/// </remarks>
public readonly partial record struct Resistance : IComparable<Resistance>, IFormattable, IParsable<Resistance>, IScalarQuantity<Resistance>
{
    private static readonly UnitScale Units = new("resistance", new Unit("Ω", 1, "ohm", "Ohm", "ohms"), new Unit("kΩ", 1000, "kohm", "kOhm"), new Unit("MΩ", 1000000, "Mohm", "MOhm"));

    private readonly double _ohms;

    private Resistance(double ohms) => _ohms = ohms;

    /// <summary>Zero.</summary>
    public static Resistance Zero => default;

    /// <summary>Creates a resistance from a value in Ω.</summary>
    /// <param name="ohms">The value in Ω; 0 to +inf.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Resistance FromOhms(double ohms) => new(Guard.NonNegative(ohms, nameof(ohms)));

    /// <summary>The value in Ω.</summary>
    /// <returns>The resistance in Ω.</returns>
    public double ToOhms() => _ohms;

    /// <summary>Creates a resistance from a value in kΩ.</summary>
    /// <param name="kiloohms">The value in kΩ; 0 to +inf.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Resistance FromKiloohms(double kiloohms) => new(Guard.NonNegative(kiloohms, nameof(kiloohms)) * 1000);

    /// <summary>The value in kΩ.</summary>
    /// <returns>The resistance in kΩ.</returns>
    public double ToKiloohms() => _ohms / 1000;

    /// <summary>Creates a resistance from a value in MΩ.</summary>
    /// <param name="megaohms">The value in MΩ; 0 to +inf.</param>
    /// <returns>The resistance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static Resistance FromMegaohms(double megaohms) => new(Guard.NonNegative(megaohms, nameof(megaohms)) * 1000000);

    /// <summary>The value in MΩ.</summary>
    /// <returns>The resistance in MΩ.</returns>
    public double ToMegaohms() => _ohms / 1000000;

    double IScalarQuantity<Resistance>.StorageValue => _ohms;

    static Resistance IScalarQuantity<Resistance>.FromStorageValue(double value) => FromOhms(value);

    static UnitScale IScalarQuantity<Resistance>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Resistance operator +(Resistance left, Resistance right) => new(left._ohms + right._ohms);

    /// <summary>Subtracts two values.</summary>
    public static Resistance operator -(Resistance left, Resistance right) => new(left._ohms - right._ohms);

    /// <summary>Negates a value.</summary>
    public static Resistance operator -(Resistance value) => new(-value._ohms);

    /// <summary>Scales a value.</summary>
    public static Resistance operator *(Resistance value, double factor) => new(value._ohms * factor);

    /// <summary>Scales a value.</summary>
    public static Resistance operator *(double factor, Resistance value) => new(value._ohms * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Resistance operator /(Resistance value, double divisor) => new(value._ohms / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Resistance left, Resistance right) => left._ohms / right._ohms;

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
