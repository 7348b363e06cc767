using System.Globalization;

namespace ScsSim.Quantities;

/// <summary>One unit of a quantity: its symbol, how many base units it holds, and accepted spellings.</summary>
internal sealed record Unit(string Symbol, double Factor, params string[] Aliases)
{
    /// <summary>Whether readable formatting may choose this unit (false for units people parse but do not read, such as C/m²).</summary>
    public bool Readable { get; init; } = true;
}

/// <summary>
/// The units of one floating-point quantity: formats a value in the most readable unit (the largest
/// unit in which its magnitude is at least 1) and parses "5mA", "0.3 ms", "12.25 mm²".
/// Always invariant culture; 15 significant digits so formatting and parsing round-trip to 1e-14.
/// </summary>
internal sealed class UnitScale
{
    private readonly Unit[] _ascending;
    private readonly Dictionary<string, Unit> _bySpelling = new(StringComparer.Ordinal);

    public UnitScale(string quantityName, params Unit[] units)
    {
        QuantityName = quantityName;
        _ascending = units.Where(u => u.Readable).OrderBy(u => u.Factor).ToArray();
        foreach (var unit in units)
        {
            _bySpelling[unit.Symbol] = unit;
            foreach (var alias in unit.Aliases) _bySpelling[alias] = unit;
        }
    }

    public string QuantityName { get; }

    public string AcceptedUnits => string.Join(", ", _bySpelling.Keys);

    /// <summary>
    /// Formats a value. <paramref name="format"/> is null (readable unit, 6 significant digits), a unit symbol
    /// ("mA"), a .NET numeric format with the readable unit ("G4", "0.00", "R" to round-trip), or both as "unit:numeric" ("mA:0.0").
    /// </summary>
    public string Format(double baseValue, string? format)
    {
        var (unitSymbol, numberFormat) = QuantityText.SplitFormat(format, _bySpelling.ContainsKey);
        var unit = unitSymbol is null ? Readable(baseValue) : Lookup(unitSymbol);
        var number = (baseValue / unit.Factor).ToString(numberFormat ?? "G6", CultureInfo.InvariantCulture);
        return $"{number} {unit.Symbol}";
    }

    private Unit Readable(double baseValue)
    {
        var magnitude = Math.Abs(baseValue);
        var chosen = _ascending[0];
        foreach (var unit in _ascending)
            if (magnitude >= unit.Factor) chosen = unit;
        return magnitude == 0 ? _ascending.First(u => u.Factor == 1) : chosen;
    }

    private Unit Lookup(string unitSymbol) =>
        _bySpelling.TryGetValue(unitSymbol, out var unit)
            ? unit
            : throw new FormatException($"'{unitSymbol}' is not a unit of {QuantityName}; use one of: {AcceptedUnits}.");

    public bool TryParse(string? text, out double baseValue, out string error)
    {
        baseValue = 0;
        if (!QuantityText.TrySplit(text, out var number, out var unitText, out error)) return false;
        if (!_bySpelling.TryGetValue(unitText, out var unit))
        {
            error = $"'{unitText}' is not a unit of {QuantityName}; use one of: {AcceptedUnits}.";
            return false;
        }
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            error = $"'{number}' is not a finite number.";
            return false;
        }
        baseValue = value * unit.Factor;
        return true;
    }
}

/// <summary>
/// The units of an exactly stored quantity (an integer count of its smallest unit, such as
/// nanoseconds): formats and parses through <see cref="decimal"/> so no digit is ever lost.
/// </summary>
internal sealed class ExactUnitScale
{
    private readonly (string Symbol, long Factor)[] _ascending;
    private readonly Dictionary<string, long> _bySpelling = new(StringComparer.Ordinal);

    public ExactUnitScale(string quantityName, string resolution, params (string Symbol, long Factor, string[] Aliases)[] units)
    {
        QuantityName = quantityName;
        Resolution = resolution;
        _ascending = units.OrderBy(u => u.Factor).Select(u => (u.Symbol, u.Factor)).ToArray();
        foreach (var (symbol, factor, aliases) in units)
        {
            _bySpelling[symbol] = factor;
            foreach (var alias in aliases) _bySpelling[alias] = factor;
        }
    }

    public string QuantityName { get; }

    public string Resolution { get; }

    public string AcceptedUnits => string.Join(", ", _bySpelling.Keys);

    /// <summary>Formats exactly; <paramref name="format"/> as for <see cref="UnitScale.Format"/> (a numeric format may round).</summary>
    public string Format(long count, string? format)
    {
        var (unitSymbol, numberFormat) = QuantityText.SplitFormat(format, _bySpelling.ContainsKey);
        string symbol;
        long factor;
        if (unitSymbol is null)
        {
            (symbol, factor) = _ascending[0];
            // The largest unit in which the magnitude is at least one and the value is a terminating decimal
            // (so "1.5 h" but not "2.1593832427305555... h", which would not parse back exactly).
            foreach (var unit in _ascending)
            {
                if (Math.Abs((decimal)count) >= unit.Factor && IsTerminatingDecimal(count, unit.Factor))
                    (symbol, factor) = unit;
            }
        }
        else if (_bySpelling.TryGetValue(unitSymbol, out factor))
        {
            symbol = _ascending.First(u => u.Factor == factor).Symbol;
        }
        else
        {
            throw new FormatException($"'{unitSymbol}' is not a unit of {QuantityName}; use one of: {AcceptedUnits}.");
        }
        var number = ((decimal)count / factor).ToString(numberFormat ?? "0.############################", CultureInfo.InvariantCulture);
        return $"{number} {symbol}";
    }

    /// <summary>
    /// Whether count / factor has a finite decimal expansion: exactly when the reduced denominator has no prime
    /// factor other than 2 and 5 (decimal division cannot tell: it rounds 1000 s / 60 to 28 digits, which multiplies back).
    /// </summary>
    private static bool IsTerminatingDecimal(long count, long factor)
    {
        var denominator = factor / (long)System.Numerics.BigInteger.GreatestCommonDivisor(count, factor);
        while (denominator % 2 == 0) denominator /= 2;
        while (denominator % 5 == 0) denominator /= 5;
        return denominator == 1;
    }

    public bool TryParse(string? text, out long count, out string error)
    {
        count = 0;
        if (!QuantityText.TrySplit(text, out var number, out var unitText, out error)) return false;
        if (!_bySpelling.TryGetValue(unitText, out var factor))
        {
            error = $"'{unitText}' is not a unit of {QuantityName}; use one of: {AcceptedUnits}.";
            return false;
        }
        if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            error = $"'{number}' is not a number in the range of {QuantityName}.";
            return false;
        }
        decimal scaled;
        try { scaled = value * factor; }
        catch (OverflowException)
        {
            error = $"'{text}' is too large for {QuantityName}.";
            return false;
        }
        if (scaled != decimal.Truncate(scaled))
        {
            error = $"'{text}' is finer than the resolution of {QuantityName} ({Resolution}).";
            return false;
        }
        if (scaled < long.MinValue || scaled > long.MaxValue)
        {
            error = $"'{text}' is too large for {QuantityName}.";
            return false;
        }
        count = (long)scaled;
        return true;
    }
}

/// <summary>Splits "5 mA", "0.3ms", "-1e-3 A" into the number and the unit.</summary>
internal static class QuantityText
{
    /// <summary>Splits a format into its unit part and its numeric part ("mA:0.0", "mA", "G4", null).</summary>
    public static (string? Unit, string? Number) SplitFormat(string? format, Func<string, bool> isUnit)
    {
        if (string.IsNullOrEmpty(format)) return (null, null);
        if (isUnit(format)) return (format, null);
        var colon = format.IndexOf(':');
        if (colon >= 0) return (colon == 0 ? null : format[..colon], colon == format.Length - 1 ? null : format[(colon + 1)..]);
        var first = char.ToUpperInvariant(format[0]);
        if (first is 'G' or 'F' or 'N' or 'E' or 'R' or '0' or '#') return (null, format);
        return (format, null); // not a unit and not a numeric format: reported as an unknown unit
    }

    public static bool TrySplit(string? text, out string number, out string unit, out string error)
    {
        number = unit = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The text is empty; expected a number followed by a unit, such as \"5 mA\".";
            return false;
        }
        var s = text.Trim();
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        var digitsStart = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
        if (i == digitsStart)
        {
            error = $"'{text}' does not start with a number; expected a number followed by a unit, such as \"5 mA\".";
            return false;
        }
        // An exponent only when a digit follows, so a unit may start with 'e' in the future.
        if (i + 1 < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            var j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-')) j++;
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
                i = j;
            }
        }
        number = s[..i];
        unit = s[i..].Trim();
        if (unit.Length == 0)
        {
            error = $"'{text}' has no unit; expected a number followed by a unit, such as \"5 mA\".";
            return false;
        }
        error = string.Empty;
        return true;
    }
}
