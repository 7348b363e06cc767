namespace ScsSim.Quantities;

/// <summary>An electric charge, such as the charge carried by one phase of a pulse.</summary>
/// <remarks>
/// Stored in µC. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("C")</c>), always in invariant culture; parses the same text with or without a space
/// (units: C, mC, µC, nC).
/// </remarks>
public readonly partial record struct Charge : IComparable<Charge>, IFormattable, IParsable<Charge>, IScalarQuantity<Charge>
{
    private static readonly UnitScale Units = new("charge", new Unit("C", 1000000), new Unit("mC", 1000), new Unit("µC", 1, "uC"), new Unit("nC", 0.001));

    private readonly double _microcoulombs;

    private Charge(double microcoulombs) => _microcoulombs = microcoulombs;

    /// <summary>Zero.</summary>
    public static Charge Zero => default;

    /// <summary>Creates a charge from a value in C.</summary>
    /// <param name="coulombs">The value in C; any finite value.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Charge FromCoulombs(double coulombs) => new(Guard.Finite(coulombs, nameof(coulombs)) * 1000000);

    /// <summary>The value in C.</summary>
    /// <returns>The charge in C.</returns>
    public double ToCoulombs() => _microcoulombs / 1000000;

    /// <summary>Creates a charge from a value in mC.</summary>
    /// <param name="millicoulombs">The value in mC; any finite value.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Charge FromMillicoulombs(double millicoulombs) => new(Guard.Finite(millicoulombs, nameof(millicoulombs)) * 1000);

    /// <summary>The value in mC.</summary>
    /// <returns>The charge in mC.</returns>
    public double ToMillicoulombs() => _microcoulombs / 1000;

    /// <summary>Creates a charge from a value in µC.</summary>
    /// <param name="microcoulombs">The value in µC; any finite value.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Charge FromMicrocoulombs(double microcoulombs) => new(Guard.Finite(microcoulombs, nameof(microcoulombs)));

    /// <summary>The value in µC.</summary>
    /// <returns>The charge in µC.</returns>
    public double ToMicrocoulombs() => _microcoulombs;

    /// <summary>Creates a charge from a value in nC.</summary>
    /// <param name="nanocoulombs">The value in nC; any finite value.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Charge FromNanocoulombs(double nanocoulombs) => new(Guard.Finite(nanocoulombs, nameof(nanocoulombs)) * 0.001);

    /// <summary>The value in nC.</summary>
    /// <returns>The charge in nC.</returns>
    public double ToNanocoulombs() => _microcoulombs / 0.001;

    double IScalarQuantity<Charge>.StorageValue => _microcoulombs;

    static Charge IScalarQuantity<Charge>.FromStorageValue(double value) => FromMicrocoulombs(value);

    static UnitScale IScalarQuantity<Charge>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Charge operator +(Charge left, Charge right) => new(left._microcoulombs + right._microcoulombs);

    /// <summary>Subtracts two values.</summary>
    public static Charge operator -(Charge left, Charge right) => new(left._microcoulombs - right._microcoulombs);

    /// <summary>Negates a value.</summary>
    public static Charge operator -(Charge value) => new(-value._microcoulombs);

    /// <summary>Scales a value.</summary>
    public static Charge operator *(Charge value, double factor) => new(value._microcoulombs * factor);

    /// <summary>Scales a value.</summary>
    public static Charge operator *(double factor, Charge value) => new(value._microcoulombs * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Charge operator /(Charge value, double divisor) => new(value._microcoulombs / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Charge left, Charge right) => left._microcoulombs / right._microcoulombs;

    /// <summary>Compares two values.</summary>
    public static bool operator <(Charge left, Charge right) => left._microcoulombs < right._microcoulombs;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Charge left, Charge right) => left._microcoulombs > right._microcoulombs;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Charge left, Charge right) => left._microcoulombs <= right._microcoulombs;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Charge left, Charge right) => left._microcoulombs >= right._microcoulombs;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Charge Abs() => new(Math.Abs(_microcoulombs));

    /// <inheritdoc/>
    public int CompareTo(Charge other) => _microcoulombs.CompareTo(other._microcoulombs);

    /// <summary>Formats with the most readable unit, for example "1.5 µC".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "C"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "1.5 µC" or "2.5nC".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Charge Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Charge>(s);

    /// <summary>Tries to parse text such as "1.5 µC".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Charge result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "1.5 µC".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Charge result) => ScalarQuantity.TryParse(s, out result);
}
