namespace ScsSim.Quantities;

/// <summary>The charge a battery holds when full, in ampere-hours. Never negative.</summary>
/// <remarks>
/// Stored in mAh. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("mAh")</c>), always in invariant culture; parses the same text with or without a space
/// (units: mAh, Ah).
/// </remarks>
public readonly partial record struct BatteryCapacity : IComparable<BatteryCapacity>, IFormattable, IParsable<BatteryCapacity>, IScalarQuantity<BatteryCapacity>
{
    private static readonly UnitScale Units = new("battery capacity", new Unit("mAh", 1), new Unit("Ah", 1000));

    private readonly double _milliampereHours;

    private BatteryCapacity(double milliampereHours) => _milliampereHours = milliampereHours;

    /// <summary>Zero.</summary>
    public static BatteryCapacity Zero => default;

    /// <summary>Creates a battery capacity from a value in mAh.</summary>
    /// <param name="milliampereHours">The value in mAh; 0 to +inf.</param>
    /// <returns>The battery capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static BatteryCapacity FromMilliampereHours(double milliampereHours) => new(Guard.NonNegative(milliampereHours, nameof(milliampereHours)));

    /// <summary>The value in mAh.</summary>
    /// <returns>The battery capacity in mAh.</returns>
    public double ToMilliampereHours() => _milliampereHours;

    /// <summary>Creates a battery capacity from a value in Ah.</summary>
    /// <param name="ampereHours">The value in Ah; 0 to +inf.</param>
    /// <returns>The battery capacity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite or negative.</exception>
    public static BatteryCapacity FromAmpereHours(double ampereHours) => new(Guard.NonNegative(ampereHours, nameof(ampereHours)) * 1000);

    /// <summary>The value in Ah.</summary>
    /// <returns>The battery capacity in Ah.</returns>
    public double ToAmpereHours() => _milliampereHours / 1000;

    double IScalarQuantity<BatteryCapacity>.StorageValue => _milliampereHours;

    static BatteryCapacity IScalarQuantity<BatteryCapacity>.FromStorageValue(double value) => FromMilliampereHours(value);

    static UnitScale IScalarQuantity<BatteryCapacity>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static BatteryCapacity operator +(BatteryCapacity left, BatteryCapacity right) => new(left._milliampereHours + right._milliampereHours);

    /// <summary>Subtracts two values.</summary>
    public static BatteryCapacity operator -(BatteryCapacity left, BatteryCapacity right) => new(left._milliampereHours - right._milliampereHours);

    /// <summary>Negates a value.</summary>
    public static BatteryCapacity operator -(BatteryCapacity value) => new(-value._milliampereHours);

    /// <summary>Scales a value.</summary>
    public static BatteryCapacity operator *(BatteryCapacity value, double factor) => new(value._milliampereHours * factor);

    /// <summary>Scales a value.</summary>
    public static BatteryCapacity operator *(double factor, BatteryCapacity value) => new(value._milliampereHours * factor);

    /// <summary>Divides a value by a number.</summary>
    public static BatteryCapacity operator /(BatteryCapacity value, double divisor) => new(value._milliampereHours / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(BatteryCapacity left, BatteryCapacity right) => left._milliampereHours / right._milliampereHours;

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
