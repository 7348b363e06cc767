namespace ScsSim.Quantities;

/// <summary>A charge per unit of electrode surface, as used by the Shannon (1992) safety criterion.</summary>
/// <remarks>
/// Stored in µC/cm². Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("µC/cm²")</c>), always in invariant culture; parses the same text with or without a space
/// (units: µC/cm², C/m²).
/// </remarks>
public readonly partial record struct ChargeDensity : IComparable<ChargeDensity>, IFormattable, IParsable<ChargeDensity>, IScalarQuantity<ChargeDensity>
{
    private static readonly UnitScale Units = new("charge density", new Unit("µC/cm²", 1, "uC/cm2", "µC/cm2", "uC/cm^2", "µC/cm^2"), new Unit("C/m²", 100, "C/m2", "C/m^2") { Readable = false });

    private readonly double _microcoulombsPerSquareCentimetre;

    private ChargeDensity(double microcoulombsPerSquareCentimetre) => _microcoulombsPerSquareCentimetre = microcoulombsPerSquareCentimetre;

    /// <summary>Zero.</summary>
    public static ChargeDensity Zero => default;

    /// <summary>Creates a charge density from a value in µC/cm².</summary>
    /// <param name="microcoulombsPerSquareCentimetre">The value in µC/cm²; any finite value.</param>
    /// <returns>The charge density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static ChargeDensity FromMicrocoulombsPerSquareCentimetre(double microcoulombsPerSquareCentimetre) => new(Guard.Finite(microcoulombsPerSquareCentimetre, nameof(microcoulombsPerSquareCentimetre)));

    /// <summary>The value in µC/cm².</summary>
    /// <returns>The charge density in µC/cm².</returns>
    public double ToMicrocoulombsPerSquareCentimetre() => _microcoulombsPerSquareCentimetre;

    /// <summary>Creates a charge density from a value in C/m².</summary>
    /// <param name="coulombsPerSquareMetre">The value in C/m²; any finite value.</param>
    /// <returns>The charge density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static ChargeDensity FromCoulombsPerSquareMetre(double coulombsPerSquareMetre) => new(Guard.Finite(coulombsPerSquareMetre, nameof(coulombsPerSquareMetre)) * 100);

    /// <summary>The value in C/m².</summary>
    /// <returns>The charge density in C/m².</returns>
    public double ToCoulombsPerSquareMetre() => _microcoulombsPerSquareCentimetre / 100;

    double IScalarQuantity<ChargeDensity>.StorageValue => _microcoulombsPerSquareCentimetre;

    static ChargeDensity IScalarQuantity<ChargeDensity>.FromStorageValue(double value) => FromMicrocoulombsPerSquareCentimetre(value);

    static UnitScale IScalarQuantity<ChargeDensity>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static ChargeDensity operator +(ChargeDensity left, ChargeDensity right) => new(left._microcoulombsPerSquareCentimetre + right._microcoulombsPerSquareCentimetre);

    /// <summary>Subtracts two values.</summary>
    public static ChargeDensity operator -(ChargeDensity left, ChargeDensity right) => new(left._microcoulombsPerSquareCentimetre - right._microcoulombsPerSquareCentimetre);

    /// <summary>Negates a value.</summary>
    public static ChargeDensity operator -(ChargeDensity value) => new(-value._microcoulombsPerSquareCentimetre);

    /// <summary>Scales a value.</summary>
    public static ChargeDensity operator *(ChargeDensity value, double factor) => new(value._microcoulombsPerSquareCentimetre * factor);

    /// <summary>Scales a value.</summary>
    public static ChargeDensity operator *(double factor, ChargeDensity value) => new(value._microcoulombsPerSquareCentimetre * factor);

    /// <summary>Divides a value by a number.</summary>
    public static ChargeDensity operator /(ChargeDensity value, double divisor) => new(value._microcoulombsPerSquareCentimetre / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(ChargeDensity left, ChargeDensity right) => left._microcoulombsPerSquareCentimetre / right._microcoulombsPerSquareCentimetre;

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
