using System.Globalization;

namespace ScsSim.Quantities;

/// <summary>
/// An absolute temperature, such as the temperature of the nodal kinetics of a fibre model. Never below absolute zero.
/// </summary>
/// <remarks>
/// Stored in K. Formats in °C by default (<c>ToString()</c>, the unit of physiology) or in a named unit
/// (<c>ToString("K")</c>), always in invariant culture; parses the same text with or without a space
/// (units: K, °C, also spelled degC or ℃; a bare "C" is refused because it is the symbol of the coulomb).
/// °C = K − 273.15 (the definition of the Celsius scale).
/// Range: 0 K to 1e100 K; no value is ever NaN or infinite.
/// Unlike the other quantities it has no sum or scaling: the units differ by an offset, so 20 °C + 20 °C or 2 × 20 °C
/// would depend on the unit. Compare temperatures, or subtract their values in one unit.
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly record struct Temperature : IComparable<Temperature>, IFormattable, IParsable<Temperature>
{
    /// <summary>0 °C in kelvins: the offset of the Celsius scale.</summary>
    private const double CelsiusZeroKelvins = 273.15;

    private const double MaxKelvins = ScalarQuantity.MaxStorageMagnitude;

    private readonly double _kelvins;

    private Temperature(double kelvins) => _kelvins = kelvins;

    /// <summary>Absolute zero, 0 K.</summary>
    public static Temperature AbsoluteZero => default;

    /// <summary>Creates a temperature from a value in K.</summary>
    /// <param name="kelvins">The value in K; 0 K to 1e100 K.</param>
    /// <returns>The temperature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, or above 1e100 K.</exception>
    public static Temperature FromKelvins(double kelvins)
    {
        if (!double.IsFinite(kelvins) || kelvins < 0 || kelvins > MaxKelvins)
            throw new ArgumentOutOfRangeException(nameof(kelvins), kelvins,
                $"{nameof(kelvins)} must be a finite number from 0 K to {Show(MaxKelvins)} K; got {Show(kelvins)} K.");
        return new(kelvins + 0.0); // + 0.0 turns −0 into +0
    }

    /// <summary>Creates a temperature from a value in °C.</summary>
    /// <param name="degreesCelsius">The value in °C; −273.15 °C (absolute zero) to 1e100 °C.</param>
    /// <returns>The temperature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, below −273.15 °C, or above 1e100 °C.</exception>
    public static Temperature FromDegreesCelsius(double degreesCelsius)
    {
        var kelvins = degreesCelsius + CelsiusZeroKelvins;
        if (!double.IsFinite(degreesCelsius) || kelvins < 0 || kelvins > MaxKelvins)
            throw new ArgumentOutOfRangeException(nameof(degreesCelsius), degreesCelsius,
                $"{nameof(degreesCelsius)} must be a finite number from -273.15 °C to {Show(MaxKelvins - CelsiusZeroKelvins)} °C; got {Show(degreesCelsius)} °C.");
        return new(kelvins + 0.0);
    }

    /// <summary>The value in K.</summary>
    /// <returns>The temperature in K.</returns>
    public double ToKelvins() => _kelvins;

    /// <summary>The value in °C.</summary>
    /// <returns>The temperature in °C.</returns>
    public double ToDegreesCelsius() => _kelvins - CelsiusZeroKelvins;

    /// <summary>Compares two values.</summary>
    public static bool operator <(Temperature left, Temperature right) => left._kelvins < right._kelvins;

    /// <summary>Compares two values.</summary>
    public static bool operator >(Temperature left, Temperature right) => left._kelvins > right._kelvins;

    /// <summary>Compares two values.</summary>
    public static bool operator <=(Temperature left, Temperature right) => left._kelvins <= right._kelvins;

    /// <summary>Compares two values.</summary>
    public static bool operator >=(Temperature left, Temperature right) => left._kelvins >= right._kelvins;

    /// <inheritdoc/>
    public int CompareTo(Temperature other) => _kelvins.CompareTo(other._kelvins);

    /// <summary>Formats in °C, for example "37 °C".</summary>
    /// <returns>The value and its unit, invariant culture.</returns>
    public override string ToString() => ToString(null);

    /// <summary>Formats in the unit named by <paramref name="format"/> (for example "K"), or in °C when it is null or empty.</summary>
    /// <param name="format">Null, a unit ("K", "°C", "degC"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("K:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The value and its unit.</returns>
    /// <exception cref="FormatException">The format names a unit that is not a unit of temperature.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null)
    {
        var (unitText, numberFormat) = QuantityText.SplitFormat(format, s => UnitOf(s) is not null);
        var kelvin = unitText is not null && (UnitOf(unitText) ?? throw new FormatException(UnknownUnit(unitText)));
        var number = kelvin ? _kelvins : ToDegreesCelsius();
        return $"{number.ToString(numberFormat ?? "G6", CultureInfo.InvariantCulture)} {(kelvin ? "K" : "°C")}";
    }

    /// <summary>Parses text such as "37 °C" or "310.15K".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of temperature, or the value is out of range.</exception>
    public static Temperature Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var result, out var error) ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse text such as "37 °C".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <param name="result">The parsed value, or absolute zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Temperature result) => TryParse(s, out result, out _);

    /// <summary>Tries to parse text such as "37 °C".</summary>
    /// <param name="s">A number followed by a unit.</param>
    /// <param name="result">The parsed value, or absolute zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Temperature result) => TryParse(s, out result, out _);

    private static bool TryParse(string? text, out Temperature result, out string error)
    {
        result = default;
        if (!QuantityText.TrySplit(text, out var number, out var unitText, out error)) return false;
        if (UnitOf(unitText) is not { } kelvin)
        {
            error = UnknownUnit(unitText);
            return false;
        }
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error = $"'{number}' is not a finite number.";
            return false;
        }
        try
        {
            result = kelvin ? FromKelvins(value) : FromDegreesCelsius(value);
            return true;
        }
        catch (ArgumentOutOfRangeException e)
        {
            error = $"'{text}' is not a valid temperature: {e.Message}";
            return false;
        }
    }

    /// <summary>True for kelvins, false for degrees Celsius, null for anything else.</summary>
    private static bool? UnitOf(string spelling) => spelling switch
    {
        "K" => true,
        "°C" or "degC" or "℃" => false,
        _ => null,
    };

    private static string UnknownUnit(string spelling) => $"'{spelling}' is not a unit of temperature; use one of: K, °C, degC, ℃.";

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
