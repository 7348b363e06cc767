namespace ScsSim.Quantities;

/// <summary>An electric current, such as a stimulation amplitude. Negative values are currents of the opposite direction.</summary>
/// <remarks>
/// Stored in mA. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("A")</c>), always in invariant culture; parses the same text with or without a space
/// (units: A, mA, µA).
/// Range: finite, magnitude at most 1e100 mA (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Current : IComparable<Current>, IFormattable, IParsable<Current>, IScalarQuantity<Current>
{
    private static readonly UnitScale Units = new("current", new Unit("A", 1000), new Unit("mA", 1), new Unit("µA", 0.001, "uA"));

    private readonly double _milliamperes;

    private Current(double milliamperes) => _milliamperes = milliamperes;

    /// <summary>Zero.</summary>
    public static Current Zero => default;

    /// <summary>Creates a current from a value in A.</summary>
    /// <param name="amperes">The value in A; finite, from -1e97 A to 1e97 A.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e97 A.</exception>
    public static Current FromAmperes(double amperes) => new(ScalarQuantity.FromUnit(amperes, 1000, nameof(amperes), "A", nonNegative: false));

    /// <summary>The value in A.</summary>
    /// <returns>The current in A.</returns>
    public double ToAmperes() => _milliamperes / 1000;

    /// <summary>Creates a current from a value in mA.</summary>
    /// <param name="milliamperes">The value in mA; finite, from -1e100 mA to 1e100 mA.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 mA.</exception>
    public static Current FromMilliamperes(double milliamperes) => new(ScalarQuantity.FromUnit(milliamperes, 1, nameof(milliamperes), "mA", nonNegative: false));

    /// <summary>The value in mA.</summary>
    /// <returns>The current in mA.</returns>
    public double ToMilliamperes() => _milliamperes;

    /// <summary>Creates a current from a value in µA.</summary>
    /// <param name="microamperes">The value in µA; finite, from -1e103 µA to 1e103 µA.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 µA.</exception>
    public static Current FromMicroamperes(double microamperes) => new(ScalarQuantity.FromUnit(microamperes, 0.001, nameof(microamperes), "µA", nonNegative: false));

    /// <summary>The value in µA.</summary>
    /// <returns>The current in µA.</returns>
    public double ToMicroamperes() => _milliamperes / 0.001;

    double IScalarQuantity<Current>.StorageValue => _milliamperes;

    static Current IScalarQuantity<Current>.FromStorageValue(double value) => FromMilliamperes(value);

    static UnitScale IScalarQuantity<Current>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Current FromResult(double milliamperes, string operation) => new(ScalarQuantity.Result(milliamperes, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mA).</exception>
    public static Current operator +(Current left, Current right) => new(ScalarQuantity.Result(left._milliamperes + right._milliamperes, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mA).</exception>
    public static Current operator -(Current left, Current right) => new(ScalarQuantity.Result(left._milliamperes - right._milliamperes, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Current operator -(Current value) => new(-value._milliamperes);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mA).</exception>
    public static Current operator *(Current value, double factor) =>
        new(ScalarQuantity.Result(value._milliamperes * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mA).</exception>
    public static Current operator *(double factor, Current value) =>
        new(ScalarQuantity.Result(value._milliamperes * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mA).</exception>
    public static Current operator /(Current value, double divisor) =>
        new(ScalarQuantity.Result(value._milliamperes / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Current left, Current right) => ScalarQuantity.Ratio(left._milliamperes, right._milliamperes, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Current left, Current right) => left._milliamperes < right._milliamperes;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Current left, Current right) => left._milliamperes > right._milliamperes;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Current left, Current right) => left._milliamperes <= right._milliamperes;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Current left, Current right) => left._milliamperes >= right._milliamperes;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Current Abs() => new(Math.Abs(_milliamperes));

    /// <inheritdoc/>
    public int CompareTo(Current other) => _milliamperes.CompareTo(other._milliamperes);

    /// <summary>Formats with the most readable unit, for example "5 mA".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "A"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "5 mA" or "2.5µA".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Current Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Current>(s);

    /// <summary>Tries to parse text such as "5 mA".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Current result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "5 mA".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Current result) => ScalarQuantity.TryParse(s, out result);
}
