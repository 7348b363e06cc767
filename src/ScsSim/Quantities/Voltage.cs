namespace ScsSim.Quantities;

/// <summary>An electric potential difference, such as an electrode voltage or a compliance limit.</summary>
/// <remarks>
/// Stored in V. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("V")</c>), always in invariant culture; parses the same text with or without a space
/// (units: V, mV).
/// </remarks>
public readonly partial record struct Voltage : IComparable<Voltage>, IFormattable, IParsable<Voltage>, IScalarQuantity<Voltage>
{
    private static readonly UnitScale Units = new("voltage", new Unit("V", 1), new Unit("mV", 0.001));

    private readonly double _volts;

    private Voltage(double volts) => _volts = volts;

    /// <summary>Zero.</summary>
    public static Voltage Zero => default;

    /// <summary>Creates a voltage from a value in V.</summary>
    /// <param name="volts">The value in V; any finite value.</param>
    /// <returns>The voltage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Voltage FromVolts(double volts) => new(Guard.Finite(volts, nameof(volts)));

    /// <summary>The value in V.</summary>
    /// <returns>The voltage in V.</returns>
    public double ToVolts() => _volts;

    /// <summary>Creates a voltage from a value in mV.</summary>
    /// <param name="millivolts">The value in mV; any finite value.</param>
    /// <returns>The voltage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Voltage FromMillivolts(double millivolts) => new(Guard.Finite(millivolts, nameof(millivolts)) * 0.001);

    /// <summary>The value in mV.</summary>
    /// <returns>The voltage in mV.</returns>
    public double ToMillivolts() => _volts / 0.001;

    double IScalarQuantity<Voltage>.StorageValue => _volts;

    static Voltage IScalarQuantity<Voltage>.FromStorageValue(double value) => FromVolts(value);

    static UnitScale IScalarQuantity<Voltage>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Voltage operator +(Voltage left, Voltage right) => new(left._volts + right._volts);

    /// <summary>Subtracts two values.</summary>
    public static Voltage operator -(Voltage left, Voltage right) => new(left._volts - right._volts);

    /// <summary>Negates a value.</summary>
    public static Voltage operator -(Voltage value) => new(-value._volts);

    /// <summary>Scales a value.</summary>
    public static Voltage operator *(Voltage value, double factor) => new(value._volts * factor);

    /// <summary>Scales a value.</summary>
    public static Voltage operator *(double factor, Voltage value) => new(value._volts * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Voltage operator /(Voltage value, double divisor) => new(value._volts / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Voltage left, Voltage right) => left._volts / right._volts;

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
