namespace ScsSim.Quantities;

/// <summary>A charge per unit of electrode surface, as used by the Shannon (1992) safety criterion.</summary>
/// <remarks>
/// Stored in µC/cm². Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µC/cm²")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µC/cm², C/m²).
/// Range: finite, magnitude at most 1e100 µC/cm² (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct ChargeDensity : IComparable<ChargeDensity>, IFormattable, IParsable<ChargeDensity>, IScalarQuantity<ChargeDensity>
{
    private static readonly UnitScale Units = new("charge density", new Unit("µC/cm²", 1, "uC/cm2", "µC/cm2", "uC/cm^2", "µC/cm^2"), new Unit("C/m²", 100, "C/m2", "C/m^2") { Readable = false });

    private readonly double _microcoulombsPerSquareCentimetre;

    private ChargeDensity(double microcoulombsPerSquareCentimetre) => _microcoulombsPerSquareCentimetre = microcoulombsPerSquareCentimetre;

    /// <summary>Zero.</summary>
    public static ChargeDensity Zero => default;

    /// <summary>Creates a charge density from a value in µC/cm².</summary>
    /// <param name="microcoulombsPerSquareCentimetre">The value in µC/cm²; finite, from -1e100 µC/cm² to 1e100 µC/cm².</param>
    /// <returns>The charge density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 µC/cm².</exception>
    public static ChargeDensity FromMicrocoulombsPerSquareCentimetre(double microcoulombsPerSquareCentimetre) => new(ScalarQuantity.FromUnit(microcoulombsPerSquareCentimetre, 1, nameof(microcoulombsPerSquareCentimetre), "µC/cm²", nonNegative: false));

    /// <summary>The value in µC/cm².</summary>
    /// <returns>The charge density in µC/cm².</returns>
    public double ToMicrocoulombsPerSquareCentimetre() => _microcoulombsPerSquareCentimetre;

    /// <summary>Creates a charge density from a value in C/m².</summary>
    /// <param name="coulombsPerSquareMetre">The value in C/m²; finite, from -1e98 C/m² to 1e98 C/m².</param>
    /// <returns>The charge density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e98 C/m².</exception>
    public static ChargeDensity FromCoulombsPerSquareMetre(double coulombsPerSquareMetre) => new(ScalarQuantity.FromUnit(coulombsPerSquareMetre, 100, nameof(coulombsPerSquareMetre), "C/m²", nonNegative: false));

    /// <summary>The value in C/m².</summary>
    /// <returns>The charge density in C/m².</returns>
    public double ToCoulombsPerSquareMetre() => _microcoulombsPerSquareCentimetre / 100;

    double IScalarQuantity<ChargeDensity>.StorageValue => _microcoulombsPerSquareCentimetre;

    static ChargeDensity IScalarQuantity<ChargeDensity>.FromStorageValue(double value) => FromMicrocoulombsPerSquareCentimetre(value);

    static UnitScale IScalarQuantity<ChargeDensity>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static ChargeDensity FromResult(double microcoulombsPerSquareCentimetre, string operation) => new(ScalarQuantity.Result(microcoulombsPerSquareCentimetre, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC/cm²).</exception>
    public static ChargeDensity operator +(ChargeDensity left, ChargeDensity right) => new(ScalarQuantity.Result(left._microcoulombsPerSquareCentimetre + right._microcoulombsPerSquareCentimetre, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC/cm²).</exception>
    public static ChargeDensity operator -(ChargeDensity left, ChargeDensity right) => new(ScalarQuantity.Result(left._microcoulombsPerSquareCentimetre - right._microcoulombsPerSquareCentimetre, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static ChargeDensity operator -(ChargeDensity value) => new(-value._microcoulombsPerSquareCentimetre);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC/cm²).</exception>
    public static ChargeDensity operator *(ChargeDensity value, double factor) =>
        new(ScalarQuantity.Result(value._microcoulombsPerSquareCentimetre * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC/cm²).</exception>
    public static ChargeDensity operator *(double factor, ChargeDensity value) =>
        new(ScalarQuantity.Result(value._microcoulombsPerSquareCentimetre * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 µC/cm²).</exception>
    public static ChargeDensity operator /(ChargeDensity value, double divisor) =>
        new(ScalarQuantity.Result(value._microcoulombsPerSquareCentimetre / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(ChargeDensity left, ChargeDensity right) => ScalarQuantity.Ratio(left._microcoulombsPerSquareCentimetre, right._microcoulombsPerSquareCentimetre, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(ChargeDensity left, ChargeDensity right) => left._microcoulombsPerSquareCentimetre < right._microcoulombsPerSquareCentimetre;

    /// <summary>Compares two values.</summary>
    public static bool operator >(ChargeDensity left, ChargeDensity right) => left._microcoulombsPerSquareCentimetre > right._microcoulombsPerSquareCentimetre;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(ChargeDensity left, ChargeDensity right) => left._microcoulombsPerSquareCentimetre <= right._microcoulombsPerSquareCentimetre;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(ChargeDensity left, ChargeDensity right) => left._microcoulombsPerSquareCentimetre >= right._microcoulombsPerSquareCentimetre;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public ChargeDensity Abs() => new(Math.Abs(_microcoulombsPerSquareCentimetre));

    /// <inheritdoc/>
    public int CompareTo(ChargeDensity other) => _microcoulombsPerSquareCentimetre.CompareTo(other._microcoulombsPerSquareCentimetre);

    /// <summary>Formats with the most readable unit, for example "12.2 µC/cm²".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "µC/cm²"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "12.2 µC/cm²" or "2.5C/m²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static ChargeDensity Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<ChargeDensity>(s);

    /// <summary>Tries to parse text such as "12.2 µC/cm²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out ChargeDensity result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "12.2 µC/cm²".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out ChargeDensity result) => ScalarQuantity.TryParse(s, out result);
}
