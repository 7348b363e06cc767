namespace ScsSim.Quantities;

/// <summary>A rate of energy, such as the average power delivered to tissue or drawn from a battery.</summary>
/// <remarks>
/// Stored in W. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("nW")</c>), always in invariant culture; parses the same text with or without a space
/// (units: nW, µW, mW, W).
/// Range: finite, magnitude at most 1e100 W (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Power : IComparable<Power>, IFormattable, IParsable<Power>, IScalarQuantity<Power>
{
    private static readonly UnitScale Units = new("power", new Unit("nW", 1e-09), new Unit("µW", 1e-06, "uW"), new Unit("mW", 0.001), new Unit("W", 1));

    private readonly double _watts;

    private Power(double watts) => _watts = watts;

    /// <summary>Zero.</summary>
    public static Power Zero => default;

    /// <summary>Creates a power from a value in nW.</summary>
    /// <param name="nanowatts">The value in nW; finite, from -1e109 nW to 1e109 nW.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e109 nW.</exception>
    public static Power FromNanowatts(double nanowatts) => new(ScalarQuantity.FromUnit(nanowatts, 1e-09, nameof(nanowatts), "nW", nonNegative: false));

    /// <summary>The value in nW.</summary>
    /// <returns>The power in nW.</returns>
    public double ToNanowatts() => _watts / 1e-09;

    /// <summary>Creates a power from a value in µW.</summary>
    /// <param name="microwatts">The value in µW; finite, from -1e106 µW to 1e106 µW.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e106 µW.</exception>
    public static Power FromMicrowatts(double microwatts) => new(ScalarQuantity.FromUnit(microwatts, 1e-06, nameof(microwatts), "µW", nonNegative: false));

    /// <summary>The value in µW.</summary>
    /// <returns>The power in µW.</returns>
    public double ToMicrowatts() => _watts / 1e-06;

    /// <summary>Creates a power from a value in mW.</summary>
    /// <param name="milliwatts">The value in mW; finite, from -1e103 mW to 1e103 mW.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 mW.</exception>
    public static Power FromMilliwatts(double milliwatts) => new(ScalarQuantity.FromUnit(milliwatts, 0.001, nameof(milliwatts), "mW", nonNegative: false));

    /// <summary>The value in mW.</summary>
    /// <returns>The power in mW.</returns>
    public double ToMilliwatts() => _watts / 0.001;

    /// <summary>Creates a power from a value in W.</summary>
    /// <param name="watts">The value in W; finite, from -1e100 W to 1e100 W.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 W.</exception>
    public static Power FromWatts(double watts) => new(ScalarQuantity.FromUnit(watts, 1, nameof(watts), "W", nonNegative: false));

    /// <summary>The value in W.</summary>
    /// <returns>The power in W.</returns>
    public double ToWatts() => _watts;

    double IScalarQuantity<Power>.StorageValue => _watts;

    static Power IScalarQuantity<Power>.FromStorageValue(double value) => FromWatts(value);

    static UnitScale IScalarQuantity<Power>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Power FromResult(double watts, string operation) => new(ScalarQuantity.Result(watts, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 W).</exception>
    public static Power operator +(Power left, Power right) => new(ScalarQuantity.Result(left._watts + right._watts, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 W).</exception>
    public static Power operator -(Power left, Power right) => new(ScalarQuantity.Result(left._watts - right._watts, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Power operator -(Power value) => new(-value._watts);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 W).</exception>
    public static Power operator *(Power value, double factor) =>
        new(ScalarQuantity.Result(value._watts * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 W).</exception>
    public static Power operator *(double factor, Power value) =>
        new(ScalarQuantity.Result(value._watts * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 W).</exception>
    public static Power operator /(Power value, double divisor) =>
        new(ScalarQuantity.Result(value._watts / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Power left, Power right) => ScalarQuantity.Ratio(left._watts, right._watts, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Power left, Power right) => left._watts < right._watts;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Power left, Power right) => left._watts > right._watts;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Power left, Power right) => left._watts <= right._watts;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Power left, Power right) => left._watts >= right._watts;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Power Abs() => new(Math.Abs(_watts));

    /// <inheritdoc/>
    public int CompareTo(Power other) => _watts.CompareTo(other._watts);

    /// <summary>Formats with the most readable unit, for example "120 µW".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "nW"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "120 µW" or "2.5W".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Power Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Power>(s);

    /// <summary>Tries to parse text such as "120 µW".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Power result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "120 µW".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Power result) => ScalarQuantity.TryParse(s, out result);
}
