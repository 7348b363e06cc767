namespace ScsSim.Quantities;

/// <summary>An electric potential difference, such as an electrode voltage or a compliance limit.</summary>
/// <remarks>
/// Stored in V. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("V")</c>), always in invariant culture; parses the same text with or without a space
/// (units: V, mV).
/// Range: finite, magnitude at most 1e100 V (far beyond anything physical, so products of quantities stay finite); no value is ever NaN or infinite.
/// Arithmetic whose result leaves the range throws <see cref="OverflowException"/>.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Voltage : IComparable<Voltage>, IFormattable, IParsable<Voltage>, IScalarQuantity<Voltage>
{
    private static readonly UnitScale Units = new("voltage", new Unit("V", 1), new Unit("mV", 0.001));

    private readonly double _volts;

    private Voltage(double volts) => _volts = volts;

    /// <summary>Zero.</summary>
    public static Voltage Zero => default;

    /// <summary>Creates a voltage from a value in V.</summary>
    /// <param name="volts">The value in V; finite, from -1e100 V to 1e100 V.</param>
    /// <returns>The voltage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e100 V.</exception>
    public static Voltage FromVolts(double volts) => new(ScalarQuantity.FromUnit(volts, 1, nameof(volts), "V", nonNegative: false));

    /// <summary>The value in V.</summary>
    /// <returns>The voltage in V.</returns>
    public double ToVolts() => _volts;

    /// <summary>Creates a voltage from a value in mV.</summary>
    /// <param name="millivolts">The value in mV; finite, from -1e103 mV to 1e103 mV.</param>
    /// <returns>The voltage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, or its magnitude exceeds 1e103 mV.</exception>
    public static Voltage FromMillivolts(double millivolts) => new(ScalarQuantity.FromUnit(millivolts, 0.001, nameof(millivolts), "mV", nonNegative: false));

    /// <summary>The value in mV.</summary>
    /// <returns>The voltage in mV.</returns>
    public double ToMillivolts() => _volts / 0.001;

    double IScalarQuantity<Voltage>.StorageValue => _volts;

    static Voltage IScalarQuantity<Voltage>.FromStorageValue(double value) => FromVolts(value);

    static UnitScale IScalarQuantity<Voltage>.Scale => Units;

    /// <summary>A result of arithmetic in the storage unit; <see cref="OverflowException"/> when it is out of range.</summary>
    internal static Voltage FromResult(double volts, string operation) => new(ScalarQuantity.Result(volts, Units.QuantityName, operation));

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 V).</exception>
    public static Voltage operator +(Voltage left, Voltage right) => new(ScalarQuantity.Result(left._volts + right._volts, Units.QuantityName, "an addition"));

    /// <summary>Subtracts two values.</summary>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 V).</exception>
    public static Voltage operator -(Voltage left, Voltage right) => new(ScalarQuantity.Result(left._volts - right._volts, Units.QuantityName, "a subtraction"));

    /// <summary>Negates a value.</summary>
    public static Voltage operator -(Voltage value) => new(-value._volts);

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 V).</exception>
    public static Voltage operator *(Voltage value, double factor) =>
        new(ScalarQuantity.Result(value._volts * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Scales a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not finite.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 V).</exception>
    public static Voltage operator *(double factor, Voltage value) =>
        new(ScalarQuantity.Result(value._volts * ScalarQuantity.Factor(factor, nameof(factor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a multiplication"));

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is not finite and not zero.</exception>
    /// <exception cref="OverflowException">The result is beyond the range (magnitude above 1e100 V).</exception>
    public static Voltage operator /(Voltage value, double divisor) =>
        new(ScalarQuantity.Result(value._volts / ScalarQuantity.Divisor(divisor, nameof(divisor), Units.QuantityName, nonNegative: false), Units.QuantityName, "a division"));

    /// <summary>The ratio of two values, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="double"/> (a huge value over a tiny one).</exception>
    public static double operator /(Voltage left, Voltage right) => ScalarQuantity.Ratio(left._volts, right._volts, Units.QuantityName);

    /// <summary>Compares two values.</summary>
    public static bool operator <(Voltage left, Voltage right) => left._volts < right._volts;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Voltage left, Voltage right) => left._volts > right._volts;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Voltage left, Voltage right) => left._volts <= right._volts;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Voltage left, Voltage right) => left._volts >= right._volts;

    /// <summary>The magnitude of the value.</summary>
    /// <returns>The absolute value.</returns>
    public Voltage Abs() => new(Math.Abs(_volts));

    /// <inheritdoc/>
    public int CompareTo(Voltage other) => _volts.CompareTo(other._volts);

    /// <summary>Formats with the most readable unit, for example "3.2 V".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ScalarQuantity.Format(this, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "V"), or the most readable one when it is null or empty.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit this quantity does not have.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => ScalarQuantity.Format(this, format);

    /// <summary>Parses text such as "3.2 V" or "2.5mV".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of this quantity, or the value is out of range.</exception>
    public static Voltage Parse(string s, IFormatProvider? provider = null) => ScalarQuantity.Parse<Voltage>(s);

    /// <summary>Tries to parse text such as "3.2 V".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Voltage result) => ScalarQuantity.TryParse(s, out result);

    /// <summary>Tries to parse text such as "3.2 V".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Voltage result) => ScalarQuantity.TryParse(s, out result);
}
