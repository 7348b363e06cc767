namespace ScsSim.Quantities;

/// <summary>An electric charge, such as the charge carried by one phase of a pulse.</summary>
/// <remarks>
/// Stored in µC. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("C")</c>), always in invariant culture; parses the same text with or without a space
/// (units: C, mC, µC, nC).
/// Range: finite, magnitude at most 1e100 µC (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Charge : IComparable<Charge>, IFormattable, IParsable<Charge>, IScalarQuantity<Charge>
{
    private static readonly UnitScale Units = new("charge", new Unit("C", 1000000), new Unit("mC", 1000), new Unit("µC", 1, "uC"), new Unit("nC", 0.001));

    private readonly double _microcoulombs;

    private Charge(double microcoulombs) => _microcoulombs = microcoulombs;

    /// <summary>Zero.</summary>
    public static Charge Zero => default;

    /// <summary>Creates a charge from a value in C.</summary>
    /// <param name="coulombs">The value in C; finite, from -1e94 C to 1e94 C.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e94 C.</exception>
    public static Charge FromCoulombs(double coulombs) => new(ScalarQuantity.FromUnit(coulombs, 1000000, nameof(coulombs), "C", nonNegative: false));

    /// <summary>The value in C.</summary>
    /// <returns>The charge in C.</returns>
    public double ToCoulombs() => _microcoulombs / 1000000;

    /// <summary>Creates a charge from a value in mC.</summary>
    /// <param name="millicoulombs">The value in mC; finite, from -1e97 mC to 1e97 mC.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e97 mC.</exception>
    public static Charge FromMillicoulombs(double millicoulombs) => new(ScalarQuantity.FromUnit(millicoulombs, 1000, nameof(millicoulombs), "mC", nonNegative: false));

    /// <summary>The value in mC.</summary>
    /// <returns>The charge in mC.</returns>
    public double ToMillicoulombs() => _microcoulombs / 1000;

    /// <summary>Creates a charge from a value in µC.</summary>
    /// <param name="microcoulombs">The value in µC; finite, from -1e100 µC to 1e100 µC.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 µC.</exception>
    public static Charge FromMicrocoulombs(double microcoulombs) => new(ScalarQuantity.FromUnit(microcoulombs, 1, nameof(microcoulombs), "µC", nonNegative: false));

    /// <summary>The value in µC.</summary>
    /// <returns>The charge in µC.</returns>
    public double ToMicrocoulombs() => _microcoulombs;

    /// <summary>Creates a charge from a value in nC.</summary>
    /// <param name="nanocoulombs">The value in nC; finite, from -1e103 nC to 1e103 nC.</param>
    /// <returns>The charge.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 nC.</exception>
    public static Charge FromNanocoulombs(double nanocoulombs) => new(ScalarQuantity.FromUnit(nanocoulombs, 0.001, nameof(nanocoulombs), "nC", nonNegative: false));

    /// <summary>The value in nC.</summary>
    /// <returns>The charge in nC.</returns>
    public double ToNanocoulombs() => _microcoulombs / 0.001;

    double IScalarQuantity<Charge>.StorageValue => _microcoulombs;

    static Charge IScalarQuantity<Charge>.FromStorageValue(double value) => FromMicrocoulombs(value);

    static UnitScale IScalarQuantity<Charge>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Charge FromResult(double microcoulombs, string operation) => new(ScalarQuantity.Result(microcoulombs, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC).</exception>
    public static Charge operator +(Charge left, Charge right) => new(ScalarQuantity.Result(left._microcoulombs + right._microcoulombs, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC).</exception>
    public static Charge operator -(Charge left, Charge right) => new(ScalarQuantity.Result(left._microcoulombs - right._microcoulombs, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Charge operator -(Charge value) => new(-value._microcoulombs);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC).</exception>
    public static Charge operator *(Charge value, double factor) =>
        new(ScalarQuantity.Result(value._microcoulombs * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC).</exception>
    public static Charge operator *(double factor, Charge value) =>
        new(ScalarQuantity.Result(value._microcoulombs * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC).</exception>
    public static Charge operator /(Charge value, double divisor) =>
        new(ScalarQuantity.Result(value._microcoulombs / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Charge left, Charge right) => ScalarQuantity.Ratio(left._microcoulombs, right._microcoulombs, Units.QuantityName);

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
