namespace ScsSim.Quantities;

/// <summary>
/// What a floating-point quantity exposes to the shared formatting and parsing code: its value in
/// its storage unit and its table of units.
/// </summary>
internal interface IScalarQuantity<TSelf> where TSelf : struct, IScalarQuantity<TSelf>
{
    double StorageValue { get; }

    static abstract TSelf FromStorageValue(double value);

    static abstract UnitScale Scale { get; }
}

/// <summary>Formatting, parsing, range and arithmetic rules shared by every floating-point quantity.</summary>
/// <remarks>
/// Every floating-point quantity holds a finite value of magnitude at most <see cref="MaxStorageMagnitude"/> in its
/// storage unit (1e100 mA, 1e100 Ω, ...): far beyond anything physical, and small enough that any product of three
/// quantities is still a finite double. Factories check the range after converting to the storage unit, so a finite
/// input that would overflow in the conversion is refused with the caller's parameter name. Operators whose result
/// leaves the range throw <see cref="OverflowException"/>; no quantity ever holds NaN or an infinity.
/// </remarks>
internal static class ScalarQuantity
{
    /// <summary>The largest magnitude a floating-point quantity holds, in its storage unit.</summary>
    public const double MaxStorageMagnitude = 1e100;

    private static string Show(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The storage value of <paramref name="value"/> given in a unit of <paramref name="factor"/> storage units; refuses
    /// NaN, infinities, values whose magnitude exceeds the range in that unit, and (when <paramref name="nonNegative"/>)
    /// negative values, naming <paramref name="paramName"/>. −0 is stored as +0.
    /// </summary>
    public static double FromUnit(double value, double factor, string paramName, string unit, bool nonNegative)
    {
        var limit = MaxStorageMagnitude / factor;
        var stored = value * factor + 0.0; // + 0.0 turns −0 into +0
        if (!double.IsFinite(value) || Math.Abs(value) > limit || Math.Abs(stored) > MaxStorageMagnitude || (nonNegative && value < 0))
        {
            var low = nonNegative ? "0" : "-" + Show(limit);
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be a finite number from {low} {unit} to {Show(limit)} {unit}; got {Show(value)} {unit}.");
        }
        return stored;
    }

    /// <summary>An operator's result in storage units; <see cref="OverflowException"/> when it leaves the range.</summary>
    public static double Result(double value, string quantityName, string operation)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > MaxStorageMagnitude)
            throw new OverflowException(
                $"The {quantityName} resulting from {operation} is beyond the range of {quantityName} (magnitude at most {Show(MaxStorageMagnitude)} in its storage unit).");
        return value + 0.0;
    }

    /// <summary>The difference of two non-negative values; <see cref="ArgumentOutOfRangeException"/> naming "right" when it would be negative.</summary>
    public static double NonNegativeDifference(double left, double right, string quantityName)
    {
        var difference = left - right;
        if (difference < 0)
            throw new ArgumentOutOfRangeException(nameof(right), right,
                $"right must not exceed left ({Show(left)}) when subtracting: values of {quantityName} are never negative; got {Show(right)}.");
        return difference + 0.0;
    }

    /// <summary>Checks a scale factor: finite (and not negative for a non-negative quantity).</summary>
    public static double Factor(double factor, string paramName, string quantityName, bool nonNegative)
    {
        if (!double.IsFinite(factor) || (nonNegative && factor < 0))
            throw new ArgumentOutOfRangeException(paramName, factor, nonNegative
                ? $"{paramName} must be a finite number of at least 0 (values of {quantityName} are never negative); got {Show(factor)}."
                : $"{paramName} must be a finite number; got {Show(factor)}.");
        return factor;
    }

    /// <summary>Checks a divisor: finite and non-zero (and positive for a non-negative quantity).</summary>
    public static double Divisor(double divisor, string paramName, string quantityName, bool nonNegative)
    {
        if (!double.IsFinite(divisor) || divisor == 0 || (nonNegative && divisor < 0))
            throw new ArgumentOutOfRangeException(paramName, divisor, nonNegative
                ? $"{paramName} must be a finite number greater than 0 (values of {quantityName} are never negative); got {Show(divisor)}."
                : $"{paramName} must be a finite, non-zero number; got {Show(divisor)}.");
        return divisor;
    }

    /// <summary>left / right as a finite number: <see cref="DivideByZeroException"/> when right is zero, <see cref="OverflowException"/> when the ratio is beyond double.</summary>
    public static double Ratio(double left, double right, string quantityName)
    {
        if (right == 0) throw new DivideByZeroException($"The ratio of two values of {quantityName} is undefined when the divisor is zero.");
        var ratio = left / right;
        if (!double.IsFinite(ratio)) throw new OverflowException($"The ratio of two values of {quantityName} is beyond the range of double.");
        return ratio;
    }

    public static string Format<T>(T quantity, string? unitSymbol) where T : struct, IScalarQuantity<T> =>
        T.Scale.Format(quantity.StorageValue, unitSymbol);

    public static T Parse<T>(string text) where T : struct, IScalarQuantity<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return T.Scale.TryParse(text, out var value, out var error)
            ? Create<T>(value, text)
            : throw new FormatException(error);
    }

    public static bool TryParse<T>(string? text, out T result) where T : struct, IScalarQuantity<T>
    {
        result = default;
        if (!T.Scale.TryParse(text, out var value, out _)) return false;
        try { result = Create<T>(value, text!); }
        catch (FormatException) { return false; }
        return true;
    }

    // Goes through the type's own factory so its range rules (for example "area is not negative") hold.
    private static T Create<T>(double value, string text) where T : struct, IScalarQuantity<T>
    {
        try { return T.FromStorageValue(value); }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"'{text}' is not a valid {T.Scale.QuantityName}: {e.Message}", e);
        }
    }
}
