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

/// <summary>Formatting and parsing shared by every floating-point quantity.</summary>
internal static class ScalarQuantity
{
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
