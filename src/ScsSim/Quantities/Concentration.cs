namespace ScsSim.Quantities;

/// <summary>A concentration (amount of substance per volume), such as the extracellular magnesium that blocks NMDA receptors. Never negative.</summary>
/// <remarks>
/// Stored in mM. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("mM")</c>), always in invariant culture; parses the same text with or without a space
/// (units: mM, µM).
/// Range: 0 to 1e100 mM (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Concentration : IComparable<Concentration>, IFormattable, IParsable<Concentration>, IScalarQuantity<Concentration>
{
    private static readonly UnitScale Units = new("concentration", new Unit("mM", 1), new Unit("µM", 0.001, "uM"));

    private readonly double _millimolar;

    private Concentration(double millimolar) => _millimolar = millimolar;

    /// <summary>Zero.</summary>
    public static Concentration Zero => default;

    /// <summary>Creates a concentration from a value in mM.</summary>
    /// <param name="millimolar">The value in mM; 0 mM to 1e100 mM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e100 mM.</exception>
    public static Concentration FromMillimolar(double millimolar) => new(ScalarQuantity.FromUnit(millimolar, 1, nameof(millimolar), "mM", nonNegative: true));

    /// <summary>The value in mM.</summary>
    /// <returns>The concentration in mM.</returns>
    public double ToMillimolar() => _millimolar;

    /// <summary>Creates a concentration from a value in µM.</summary>
    /// <param name="micromolar">The value in µM; 0 µM to 1e103 µM.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e103 µM.</exception>
    public static Concentration FromMicromolar(double micromolar) => new(ScalarQuantity.FromUnit(micromolar, 0.001, nameof(micromolar), "µM", nonNegative: true));

    /// <summary>The value in µM.</summary>
    /// <returns>The concentration in µM.</returns>
    public double ToMicromolar() => _millimolar / 0.001;

    double IScalarQuantity<Concentration>.StorageValue => _millimolar;

    static Concentration IScalarQuantity<Concentration>.FromStorageValue(double value) => FromMillimolar(value);

    static UnitScale IScalarQuantity<Concentration>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Concentration FromResult(double millimolar, string operation) => new(ScalarQuantity.Result(millimolar, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mM).</exception>
    public static Concentration operator +(Concentration left, Concentration right) => new(ScalarQuantity.Result(left._millimolar + right._millimolar, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values; the result is never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>: the difference would be negative.</exception>
    public static Concentration operator -(Concentration left, Concentration right) => new(ScalarQuantity.NonNegativeDifference(left._millimolar, right._millimolar, Units.QuantityName));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mM).</exception>
    public static Concentration operator *(Concentration value, double factor) =>
        new(ScalarQuantity.Result(value._millimolar * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mM).</exception>
    public static Concentration operator *(double factor, Concentration value) =>
        new(ScalarQuantity.Result(value._millimolar * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and greater than 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mM).</exception>
    public static Concentration operator /(Concentration value, double divisor) =>
        new(ScalarQuantity.Result(value._millimolar / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Concentration left, Concentration right) => ScalarQuantity.Ratio(left._millimolar, right._millimolar, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Concentration left, Concentration right) => left._millimolar < right._millimolar;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Concentration left, Concentration right) => left._millimolar > right._millimolar;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Concentration left, Concentration right) => left._millimolar <= right._millimolar;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Concentration left, Concentration right) => left._millimolar >= right._millimolar;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Concentration Abs() => new(Math.Abs(_millimolar));

    /// <inheritdoc/>
    public int CompareTo(Concentration other) => _millimolar.CompareTo(other._millimolar);

    /// <summary>Formats with the most readable unit, for example "1 mM".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "mM"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "1 mM" or "800µM".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Concentration Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Concentration>(s);

    /// <summary>Tries to parse text such as "1 mM".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Concentration result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "1 mM".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Concentration result) => ScalarQuantity.TryParse(s, out result);
}
