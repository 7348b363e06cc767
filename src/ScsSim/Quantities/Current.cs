namespace ScsSim.Quantities;

/// <summary>An electric current, such as a stimulation amplitude. Negative values are currents of the opposite direction.</summary>
/// <remarks>
/// Stored in mA. Formats with the most readable unit (<c>ToString()</c>) or a named one
/// (<c>ToString("A")</c>), always in invariant culture; parses the same text with or without a space
/// (units: A, mA, µA).
/// </remarks>
public readonly partial record struct Current : IComparable<Current>, IFormattable, IParsable<Current>, IScalarQuantity<Current>
{
    private static readonly UnitScale Units = new("current", new Unit("A", 1000), new Unit("mA", 1), new Unit("µA", 0.001, "uA"));

    private readonly double _milliamperes;

    private Current(double milliamperes) => _milliamperes = milliamperes;

    /// <summary>Zero.</summary>
    public static Current Zero => default;

    /// <summary>Creates a current from a value in A.</summary>
    /// <param name="amperes">The value in A; any finite value.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Current FromAmperes(double amperes) => new(Guard.Finite(amperes, nameof(amperes)) * 1000);

    /// <summary>The value in A.</summary>
    /// <returns>The current in A.</returns>
    public double ToAmperes() => _milliamperes / 1000;

    /// <summary>Creates a current from a value in mA.</summary>
    /// <param name="milliamperes">The value in mA; any finite value.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Current FromMilliamperes(double milliamperes) => new(Guard.Finite(milliamperes, nameof(milliamperes)));

    /// <summary>The value in mA.</summary>
    /// <returns>The current in mA.</returns>
    public double ToMilliamperes() => _milliamperes;

    /// <summary>Creates a current from a value in µA.</summary>
    /// <param name="microamperes">The value in µA; any finite value.</param>
    /// <returns>The current.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Current FromMicroamperes(double microamperes) => new(Guard.Finite(microamperes, nameof(microamperes)) * 0.001);

    /// <summary>The value in µA.</summary>
    /// <returns>The current in µA.</returns>
    public double ToMicroamperes() => _milliamperes / 0.001;

    double IScalarQuantity<Current>.StorageValue => _milliamperes;

    static Current IScalarQuantity<Current>.FromStorageValue(double value) => FromMilliamperes(value);

    static UnitScale IScalarQuantity<Current>.Scale => Units;

    /// <summary>Adds two values.</summary>
    public static Current operator +(Current left, Current right) => new(left._milliamperes + right._milliamperes);

    /// <summary>Subtracts two values.</summary>
    public static Current operator -(Current left, Current right) => new(left._milliamperes - right._milliamperes);

    /// <summary>Negates a value.</summary>
    public static Current operator -(Current value) => new(-value._milliamperes);

    /// <summary>Scales a value.</summary>
    public static Current operator *(Current value, double factor) => new(value._milliamperes * factor);

    /// <summary>Scales a value.</summary>
    public static Current operator *(double factor, Current value) => new(value._milliamperes * factor);

    /// <summary>Divides a value by a number.</summary>
    public static Current operator /(Current value, double divisor) => new(value._milliamperes / divisor);

    /// <summary>The ratio of two values.</summary>
    public static double operator /(Current left, Current right) => left._milliamperes / right._milliamperes;

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
