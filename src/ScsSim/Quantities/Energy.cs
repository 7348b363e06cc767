namespace ScsSim.Quantities;

/// <summary>An amount of energy, such as the energy delivered by one pulse or drawn from a battery in a day.</summary>
/// <remarks>
/// Stored in J. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("nJ")</c>), always in invariant culture; parses the same text with or without a space
/// (units: nJ, µJ, mJ, J, kJ).
/// </remarks>
public readonly partial record struct Energy : IComparable<Energy>, IFormattable, IParsable<Energy>, IScalarQuantity<Energy>
{
    private static readonly UnitScale Units = new("energy", new Unit("nJ", 1e-09), new Unit("µJ", 1e-06, "uJ"), new Unit("mJ", 0.001), new Unit("J", 1), new Unit("kJ", 1000));

    private readonly double _joules;

    private Energy(double joules) => _joules = joules;

    /// <summary>Zero.</summary>
    public static Energy Zero => default;

    /// <summary>Creates a energy from a value in nJ.</summary>
    /// <param name="nanojoules">The value in nJ; any finite value.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Energy FromNanojoules(double nanojoules) => new(Guard.Finite(nanojoules, nameof(nanojoules)) * 1e-09);

    /// <summary>The value in nJ.</summary>
    /// <returns>The energy in nJ.</returns>
    public double ToNanojoules() => _joules / 1e-09;

    /// <summary>Creates a energy from a value in µJ.</summary>
    /// <param name="microjoules">The value in µJ; any finite value.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Energy FromMicrojoules(double microjoules) => new(Guard.Finite(microjoules, nameof(microjoules)) * 1e-06);

    /// <summary>The value in µJ.</summary>
    /// <returns>The energy in µJ.</returns>
    public double ToMicrojoules() => _joules / 1e-06;

    /// <summary>Creates a energy from a value in mJ.</summary>
    /// <param name="millijoules">The value in mJ; any finite value.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Energy FromMillijoules(double millijoules) => new(Guard.Finite(millijoules, nameof(millijoules)) * 0.001);

    /// <summary>The value in mJ.</summary>
    /// <returns>The energy in mJ.</returns>
    public double ToMillijoules() => _joules / 0.001;

    /// <summary>Creates a energy from a value in J.</summary>
    /// <param name="joules">The value in J; any finite value.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Energy FromJoules(double joules) => new(Guard.Finite(joules, nameof(joules)));

    /// <summary>The value in J.</summary>
    /// <returns>The energy in J.</returns>
    public double ToJoules() => _joules;

    /// <summary>Creates a energy from a value in kJ.</summary>
    /// <param name="kilojoules">The value in kJ; any finite value.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Energy FromKilojoules(double kilojoules) => new(Guard.Finite(kilojoules, nameof(kilojoules)) * 1000);

    /// <summary>The value in kJ.</summary>
    /// <returns>The energy in kJ.</returns>
    public double ToKilojoules() => _joules / 1000;

    double IScalarQuantity<Energy>.StorageValue => _joules;

    static Energy IScalarQuantity<Energy>.FromStorageValue(double value) => FromJoules(value);

    static UnitScale IScalarQuantity<Energy>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Energy operator +(Energy left, Energy right) => new(left._joules + right._joules);

    /// <summary>Subtracts two values.</summary>
    public static Energy operator -(Energy left, Energy right) => new(left._joules - right._joules);

    /// <summary>Negates a value.</summary>
    public static Energy operator -(Energy value) => new(-value._joules);

    /// <summary>Scales a value.</summary>
    public static Energy operator *(Energy value, double factor) => new(value._joules * factor);

    /// <summary>Scales a value.</summary>
    public static Energy operator *(double factor, Energy value) => new(value._joules * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Energy operator /(Energy value, double divisor) => new(value._joules / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Energy left, Energy right) => left._joules / right._joules;

    /// <summary>Compares two values.</summary>
    public static bool operator <(Energy left, Energy right) => left._joules < right._joules;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Energy left, Energy right) => left._joules > right._joules;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Energy left, Energy right) => left._joules <= right._joules;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Energy left, Energy right) => left._joules >= right._joules;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Energy Abs() => new(Math.Abs(_joules));

    /// <inheritdoc/>
    public int CompareTo(Energy other) => _joules.CompareTo(other._joules);

    /// <summary>Formats with the most readable unit, for example "2.5 µJ".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "nJ"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "2.5 µJ" or "2.5kJ".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Energy Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Energy>(s);

    /// <summary>Tries to parse text such as "2.5 µJ".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Energy result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "2.5 µJ".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Energy result) => ScalarQuantity.TryParse(s, out result);
}
