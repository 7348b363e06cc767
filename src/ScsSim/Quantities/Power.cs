namespace ScsSim.Quantities;

/// <summary>A rate of energy, such as the average power delivered to tissue or drawn from a battery.</summary>
/// <remarks>
/// Stored in W. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("nW")</c>), always in invariant culture; parses the same text with or without a space
/// (units: nW, µW, mW, W).
/// </remarks>
public readonly partial record struct Power : IComparable<Power>, IFormattable, IParsable<Power>, IScalarQuantity<Power>
{
    private static readonly UnitScale Units = new("power", new Unit("nW", 1e-09), new Unit("µW", 1e-06, "uW"), new Unit("mW", 0.001), new Unit("W", 1));

    private readonly double _watts;

    private Power(double watts) => _watts = watts;

    /// <summary>Zero.</summary>
    public static Power Zero => default;

    /// <summary>Creates a power from a value in nW.</summary>
    /// <param name="nanowatts">The value in nW; any finite value.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Power FromNanowatts(double nanowatts) => new(Guard.Finite(nanowatts, nameof(nanowatts)) * 1e-09);

    /// <summary>The value in nW.</summary>
    /// <returns>The power in nW.</returns>
    public double ToNanowatts() => _watts / 1e-09;

    /// <summary>Creates a power from a value in µW.</summary>
    /// <param name="microwatts">The value in µW; any finite value.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Power FromMicrowatts(double microwatts) => new(Guard.Finite(microwatts, nameof(microwatts)) * 1e-06);

    /// <summary>The value in µW.</summary>
    /// <returns>The power in µW.</returns>
    public double ToMicrowatts() => _watts / 1e-06;

    /// <summary>Creates a power from a value in mW.</summary>
    /// <param name="milliwatts">The value in mW; any finite value.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Power FromMilliwatts(double milliwatts) => new(Guard.Finite(milliwatts, nameof(milliwatts)) * 0.001);

    /// <summary>The value in mW.</summary>
    /// <returns>The power in mW.</returns>
    public double ToMilliwatts() => _watts / 0.001;

    /// <summary>Creates a power from a value in W.</summary>
    /// <param name="watts">The value in W; any finite value.</param>
    /// <returns>The power.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Power FromWatts(double watts) => new(Guard.Finite(watts, nameof(watts)));

    /// <summary>The value in W.</summary>
    /// <returns>The power in W.</returns>
    public double ToWatts() => _watts;

    double IScalarQuantity<Power>.StorageValue => _watts;

    static Power IScalarQuantity<Power>.FromStorageValue(double value) => FromWatts(value);

    static UnitScale IScalarQuantity<Power>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Power operator +(Power left, Power right) => new(left._watts + right._watts);

    /// <summary>Subtracts two values.</summary>
    public static Power operator -(Power left, Power right) => new(left._watts - right._watts);

    /// <summary>Negates a value.</summary>
    public static Power operator -(Power value) => new(-value._watts);

    /// <summary>Scales a value.</summary>
    public static Power operator *(Power value, double factor) => new(value._watts * factor);

    /// <summary>Scales a value.</summary>
    public static Power operator *(double factor, Power value) => new(value._watts * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Power operator /(Power value, double divisor) => new(value._watts / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Power left, Power right) => left._watts / right._watts;

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
