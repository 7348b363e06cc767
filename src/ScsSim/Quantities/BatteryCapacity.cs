namespace ScsSim.Quantities;

/// <summary>The charge a battery holds when full, in ampere-hours. Never negative.</summary>
/// <remarks>
/// Stored in mAh. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("mAh")</c>), always in invariant culture; parses the same text with or without a space
/// (units: mAh, Ah).
/// Range: 0 to 1e100 mAh (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct BatteryCapacity : IComparable<BatteryCapacity>, IFormattable, IParsable<BatteryCapacity>, IScalarQuantity<BatteryCapacity>
{
    private static readonly UnitScale Units = new("battery capacity", new Unit("mAh", 1), new Unit("Ah", 1000));

    private readonly double _milliampereHours;

    private BatteryCapacity(double milliampereHours) => _milliampereHours = milliampereHours;

    /// <summary>Zero.</summary>
    public static BatteryCapacity Zero => default;

    /// <summary>Creates a battery capacity from a value in mAh.</summary>
    /// <param name="milliampereHours">The value in mAh; 0 mAh to 1e100 mAh.</param>
    /// <returns>The battery capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e100 mAh.</exception>
    public static BatteryCapacity FromMilliampereHours(double milliampereHours) => new(ScalarQuantity.FromUnit(milliampereHours, 1, nameof(milliampereHours), "mAh", nonNegative: true));

    /// <summary>The value in mAh.</summary>
    /// <returns>The battery capacity in mAh.</returns>
    public double ToMilliampereHours() => _milliampereHours;

    /// <summary>Creates a battery capacity from a value in Ah.</summary>
    /// <param name="ampereHours">The value in Ah; 0 Ah to 1e97 Ah.</param>
    /// <returns>The battery capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e97 Ah.</exception>
    public static BatteryCapacity FromAmpereHours(double ampereHours) => new(ScalarQuantity.FromUnit(ampereHours, 1000, nameof(ampereHours), "Ah", nonNegative: true));

    /// <summary>The value in Ah.</summary>
    /// <returns>The battery capacity in Ah.</returns>
    public double ToAmpereHours() => _milliampereHours / 1000;

    double IScalarQuantity<BatteryCapacity>.StorageValue => _milliampereHours;

    static BatteryCapacity IScalarQuantity<BatteryCapacity>.FromStorageValue(double value) => FromMilliampereHours(value);

    static UnitScale IScalarQuantity<BatteryCapacity>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static BatteryCapacity FromResult(double milliampereHours, string operation) => new(ScalarQuantity.Result(milliampereHours, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mAh).</exception>
    public static BatteryCapacity operator +(BatteryCapacity left, BatteryCapacity right) => new(ScalarQuantity.Result(left._milliampereHours + right._milliampereHours, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values; the result is never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>: the difference would be negative.</exception>
    public static BatteryCapacity operator -(BatteryCapacity left, BatteryCapacity right) => new(ScalarQuantity.NonNegativeDifference(left._milliampereHours, right._milliampereHours, Units.QuantityName));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mAh).</exception>
    public static BatteryCapacity operator *(BatteryCapacity value, double factor) =>
        new(ScalarQuantity.Result(value._milliampereHours * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite and at least 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mAh).</exception>
    public static BatteryCapacity operator *(double factor, BatteryCapacity value) =>
        new(ScalarQuantity.Result(value._milliampereHours * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and greater than 0.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 mAh).</exception>
    public static BatteryCapacity operator /(BatteryCapacity value, double divisor) =>
        new(ScalarQuantity.Result(value._milliampereHours / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: true), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(BatteryCapacity left, BatteryCapacity right) => ScalarQuantity.Ratio(left._milliampereHours, right._milliampereHours, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(BatteryCapacity left, BatteryCapacity right) => left._milliampereHours < right._milliampereHours;

    /// <summary>Compares two values.</summary>
    public static bool operator >(BatteryCapacity left, BatteryCapacity right) => left._milliampereHours > right._milliampereHours;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(BatteryCapacity left, BatteryCapacity right) => left._milliampereHours <= right._milliampereHours;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(BatteryCapacity left, BatteryCapacity right) => left._milliampereHours >= right._milliampereHours;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public BatteryCapacity Abs() => new(Math.Abs(_milliampereHours));

    /// <inheritdoc/>
    public int CompareTo(BatteryCapacity other) => _milliampereHours.CompareTo(other._milliampereHours);

    /// <summary>Formats with the most readable unit, for example "325 mAh".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "mAh"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "325 mAh" or "2.5Ah".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static BatteryCapacity Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<BatteryCapacity>(s);

    /// <summary>Tries to parse text such as "325 mAh".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out BatteryCapacity result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "325 mAh".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out BatteryCapacity result) => ScalarQuantity.TryParse(s, out result);
}
