namespace ScsSim.Quantities;

/// <summary>An amount of energy, such as the energy delivered by one pulse or drawn from a battery in a day.</summary>
/// <remarks>
/// Stored in J. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("nJ")</c>), always in invariant culture; parses the same text with or without a space
/// (units: nJ, µJ, mJ, J, kJ).
/// Range: finite, magnitude at most 1e100 J (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Energy : IComparable<Energy>, IFormattable, IParsable<Energy>, IScalarQuantity<Energy>
{
    private static readonly UnitScale Units = new("energy", new Unit("nJ", 1e-09), new Unit("µJ", 1e-06, "uJ"), new Unit("mJ", 0.001), new Unit("J", 1), new Unit("kJ", 1000));

    private readonly double _joules;

    private Energy(double joules) => _joules = joules;

    /// <summary>Zero.</summary>
    public static Energy Zero => default;

    /// <summary>Creates a energy from a value in nJ.</summary>
    /// <param name="nanojoules">The value in nJ; finite, from -1e109 nJ to 1e109 nJ.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e109 nJ.</exception>
    public static Energy FromNanojoules(double nanojoules) => new(ScalarQuantity.FromUnit(nanojoules, 1e-09, nameof(nanojoules), "nJ", nonNegative: false));

    /// <summary>The value in nJ.</summary>
    /// <returns>The energy in nJ.</returns>
    public double ToNanojoules() => _joules / 1e-09;

    /// <summary>Creates a energy from a value in µJ.</summary>
    /// <param name="microjoules">The value in µJ; finite, from -1e106 µJ to 1e106 µJ.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e106 µJ.</exception>
    public static Energy FromMicrojoules(double microjoules) => new(ScalarQuantity.FromUnit(microjoules, 1e-06, nameof(microjoules), "µJ", nonNegative: false));

    /// <summary>The value in µJ.</summary>
    /// <returns>The energy in µJ.</returns>
    public double ToMicrojoules() => _joules / 1e-06;

    /// <summary>Creates a energy from a value in mJ.</summary>
    /// <param name="millijoules">The value in mJ; finite, from -1e103 mJ to 1e103 mJ.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 mJ.</exception>
    public static Energy FromMillijoules(double millijoules) => new(ScalarQuantity.FromUnit(millijoules, 0.001, nameof(millijoules), "mJ", nonNegative: false));

    /// <summary>The value in mJ.</summary>
    /// <returns>The energy in mJ.</returns>
    public double ToMillijoules() => _joules / 0.001;

    /// <summary>Creates a energy from a value in J.</summary>
    /// <param name="joules">The value in J; finite, from -1e100 J to 1e100 J.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 J.</exception>
    public static Energy FromJoules(double joules) => new(ScalarQuantity.FromUnit(joules, 1, nameof(joules), "J", nonNegative: false));

    /// <summary>The value in J.</summary>
    /// <returns>The energy in J.</returns>
    public double ToJoules() => _joules;

    /// <summary>Creates a energy from a value in kJ.</summary>
    /// <param name="kilojoules">The value in kJ; finite, from -1e97 kJ to 1e97 kJ.</param>
    /// <returns>The energy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e97 kJ.</exception>
    public static Energy FromKilojoules(double kilojoules) => new(ScalarQuantity.FromUnit(kilojoules, 1000, nameof(kilojoules), "kJ", nonNegative: false));

    /// <summary>The value in kJ.</summary>
    /// <returns>The energy in kJ.</returns>
    public double ToKilojoules() => _joules / 1000;

    double IScalarQuantity<Energy>.StorageValue => _joules;

    static Energy IScalarQuantity<Energy>.FromStorageValue(double value) => FromJoules(value);

    static UnitScale IScalarQuantity<Energy>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Energy FromResult(double joules, string operation) => new(ScalarQuantity.Result(joules, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 J).</exception>
    public static Energy operator +(Energy left, Energy right) => new(ScalarQuantity.Result(left._joules + right._joules, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 J).</exception>
    public static Energy operator -(Energy left, Energy right) => new(ScalarQuantity.Result(left._joules - right._joules, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Energy operator -(Energy value) => new(-value._joules);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 J).</exception>
    public static Energy operator *(Energy value, double factor) =>
        new(ScalarQuantity.Result(value._joules * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 J).</exception>
    public static Energy operator *(double factor, Energy value) =>
        new(ScalarQuantity.Result(value._joules * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 J).</exception>
    public static Energy operator /(Energy value, double divisor) =>
        new(ScalarQuantity.Result(value._joules / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Energy left, Energy right) => ScalarQuantity.Ratio(left._joules, right._joules, Units.QuantityName);

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
