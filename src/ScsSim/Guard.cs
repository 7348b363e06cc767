using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim;

/// <summary>
/// Validation at the door: every physically meaningless argument is rejected with an exception that
/// names the parameter, the value and the allowed range. Nothing is clamped.
/// </summary>
internal static class Guard
{
    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be a finite number (allowed range: -inf < {paramName} < +inf); got {Show(value)}.");
        return value;
    }

    public static double NonNegative(double value, string paramName, string unit = "")
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be finite and at least 0{unit} (allowed range: 0{unit} to +inf); got {Show(value)}{unit}.");
        return value;
    }

    public static double Positive(double value, string paramName, string unit = "")
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be finite and greater than 0{unit} (allowed range: > 0{unit}); got {Show(value)}{unit}.");
        return value;
    }

    public static double InRange(double value, double min, double max, string paramName, string unit = "")
    {
        if (!double.IsFinite(value) || value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be between {Show(min)}{unit} and {Show(max)}{unit}; got {Show(value)}{unit}.");
        return value;
    }

    public static long InRange(long value, long min, long max, string paramName, string unit = "")
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be between {min}{unit} and {max}{unit}; got {value}{unit}.");
        return value;
    }

    /// <summary>A duration from <paramref name="min"/> to <paramref name="max"/>, both included, said in readable units.</summary>
    public static Duration InRange(Duration value, Duration min, Duration max, string paramName)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be from {min} to {max}; got {value}.");
        return value;
    }

    /// <summary>A current from <paramref name="minMilliamperes"/> to <paramref name="maxMilliamperes"/> mA, both included.</summary>
    public static Current InRange(Current value, double minMilliamperes, double maxMilliamperes, string paramName)
    {
        var mA = value.ToMilliamperes();
        if (mA < minMilliamperes || mA > maxMilliamperes)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be from {Current.FromMilliamperes(minMilliamperes)} to {Current.FromMilliamperes(maxMilliamperes)}; got {value}.");
        return value;
    }

    /// <summary>A length from <paramref name="minMillimetres"/> to <paramref name="maxMillimetres"/> mm, both included.</summary>
    public static Length InRange(Length value, double minMillimetres, double maxMillimetres, string paramName)
    {
        var mm = value.ToMillimetres();
        if (mm < minMillimetres || mm > maxMillimetres)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be from {Length.FromMillimetres(minMillimetres)} to {Length.FromMillimetres(maxMillimetres)}; got {value}.");
        return value;
    }

    public static T NotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
}
