namespace ScsSim.Quantities;

/// <summary>
/// An exact span of time, stored as a whole number of nanoseconds so that durations never accumulate
/// floating-point error (a pulse width, an interphase gap, a cycling on-time, 24 hours of signal).
/// </summary>
/// <remarks>
/// Range ±9.2e18 ns (about ±292 years); resolution 1 ns. Factories taking a <see cref="double"/> round to the
/// nearest nanosecond (midpoints away from zero). Formats with the most readable unit ("300 µs", "1.5 ms");
/// parses "300us", "0.3 ms", "30 s" exactly through decimal arithmetic and rejects text finer than 1 ns.
/// Units: ns, µs (us), ms, s, min, h. Sums, differences and whole-number multiples are exact and throw
/// <see cref="OverflowException"/> beyond the range. Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Duration : IComparable<Duration>, IFormattable, IParsable<Duration>
{
    private const long NanosecondsPerMicrosecond = 1_000;
    private const long NanosecondsPerMillisecond = 1_000_000;
    private const long NanosecondsPerSecond = 1_000_000_000;

    private static readonly ExactUnitScale Units = new("duration", "1 ns",
        ("ns", 1, []), ("µs", NanosecondsPerMicrosecond, ["us"]), ("ms", NanosecondsPerMillisecond, []),
        ("s", NanosecondsPerSecond, []), ("min", 60 * NanosecondsPerSecond, []), ("h", 3600 * NanosecondsPerSecond, []));

    private readonly long _nanoseconds;

    private Duration(long nanoseconds) => _nanoseconds = nanoseconds;

    /// <summary>Zero.</summary>
    public static Duration Zero => default;

    /// <summary>Creates a duration from a whole number of nanoseconds.</summary>
    /// <param name="nanoseconds">Any value of <see cref="long"/>.</param>
    /// <returns>The duration.</returns>
    public static Duration FromNanoseconds(long nanoseconds) => new(nanoseconds);

    /// <summary>Creates a duration from microseconds, rounded to the nearest nanosecond.</summary>
    /// <param name="microseconds">A finite value within about ±9.2e15 µs.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or out of range.</exception>
    public static Duration FromMicroseconds(double microseconds) => FromScaled(microseconds, NanosecondsPerMicrosecond, nameof(microseconds));

    /// <summary>Creates a duration from milliseconds, rounded to the nearest nanosecond.</summary>
    /// <param name="milliseconds">A finite value within about ±9.2e12 ms.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or out of range.</exception>
    public static Duration FromMilliseconds(double milliseconds) => FromScaled(milliseconds, NanosecondsPerMillisecond, nameof(milliseconds));

    /// <summary>Creates a duration from seconds, rounded to the nearest nanosecond.</summary>
    /// <param name="seconds">A finite value within about ±9.2e9 s.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite or out of range.</exception>
    public static Duration FromSeconds(double seconds) => FromScaled(seconds, NanosecondsPerSecond, nameof(seconds));

    private static Duration FromScaled(double value, long nanosecondsPerUnit, string paramName)
    {
        // The range is checked after the conversion: the rounded count of nanoseconds must fit a long
        // ((double)long.MaxValue is 2^63, one past the largest long, hence the strict comparison).
        var nanoseconds = Math.Round(value * nanosecondsPerUnit, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(value) || !(nanoseconds >= long.MinValue && nanoseconds < long.MaxValue))
        {
            var limit = ((double)long.MaxValue / nanosecondsPerUnit).ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be a finite number from -{limit} to {limit} (the range of a duration, about ±292 years); got {value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        return new((long)nanoseconds);
    }

    /// <summary>The exact number of nanoseconds.</summary>
    /// <returns>The duration in nanoseconds.</returns>
    public long ToNanoseconds() => _nanoseconds;

    /// <summary>The duration in microseconds.</summary>
    /// <returns>The duration in microseconds (exact below 2^53 ns).</returns>
    public double ToMicroseconds() => _nanoseconds / (double)NanosecondsPerMicrosecond;

    /// <summary>The duration in milliseconds.</summary>
    /// <returns>The duration in milliseconds.</returns>
    public double ToMilliseconds() => _nanoseconds / (double)NanosecondsPerMillisecond;

    /// <summary>The duration in seconds.</summary>
    /// <returns>The duration in seconds.</returns>
    public double ToSeconds() => _nanoseconds / (double)NanosecondsPerSecond;

    /// <summary>Adds two durations exactly.</summary>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Duration"/>.</exception>
    public static Duration operator +(Duration left, Duration right) => new(checked(left._nanoseconds + right._nanoseconds));

    /// <summary>Subtracts two durations exactly.</summary>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Duration"/>.</exception>
    public static Duration operator -(Duration left, Duration right) => new(checked(left._nanoseconds - right._nanoseconds));

    /// <summary>Negates a duration.</summary>
    /// <exception cref="OverflowException">The value is the most negative duration, whose negation does not exist.</exception>
    public static Duration operator -(Duration value) => new(checked(-value._nanoseconds));

    /// <summary>Multiplies a duration by a whole number exactly.</summary>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Duration"/>.</exception>
    public static Duration operator *(Duration value, long factor) => new(checked(value._nanoseconds * factor));

    /// <summary>Multiplies a duration by a whole number exactly.</summary>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Duration"/>.</exception>
    public static Duration operator *(long factor, Duration value) => new(checked(value._nanoseconds * factor));

    /// <summary>The ratio of two durations, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static double operator /(Duration left, Duration right) =>
        right._nanoseconds == 0
            ? throw new DivideByZeroException("The ratio of two durations is undefined when the divisor is zero.")
            : (double)left._nanoseconds / right._nanoseconds;

    /// <summary>Compares two durations.</summary>
    public static bool operator <(Duration left, Duration right) => left._nanoseconds < right._nanoseconds;

    /// <summary>Compares two durations.</summary>
    public static bool operator >(Duration left, Duration right) => left._nanoseconds > right._nanoseconds;

    /// <summary>Compares two durations.</summary>
    public static bool operator <=(Duration left, Duration right) => left._nanoseconds <= right._nanoseconds;

    /// <summary>Compares two durations.</summary>
    public static bool operator >=(Duration left, Duration right) => left._nanoseconds >= right._nanoseconds;

    /// <inheritdoc/>
    public int CompareTo(Duration other) => _nanoseconds.CompareTo(other._nanoseconds);

    /// <summary>Formats with the most readable unit, for example "300 µs" or "1.5 ms", exactly.</summary>
    /// <returns>The duration and its unit, invariant culture.</returns>
    public override string ToString() => Units.Format(_nanoseconds, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> ("ns", "µs", "us", "ms", "s", "min", "h"), or the most readable one.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The duration and its unit, exactly.</returns>
    /// <exception cref="FormatException">The format names a unit that is not a unit of time.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => Units.Format(_nanoseconds, format);

    /// <summary>Parses text such as "300us", "0.3 ms" or "30 s" exactly.</summary>
    /// <param name="s">A number followed by a unit of time.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException">The text is not a number with a unit of time, or it is finer than 1 ns or out of range.</exception>
    public static Duration Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Units.TryParse(s, out var ns, out var error) ? new(ns) : throw new FormatException(error);
    }

    /// <summary>Tries to parse text such as "300us".</summary>
    /// <param name="s">A number followed by a unit of time.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The duration, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Duration result) => TryParse(s, out result);

    /// <summary>Tries to parse text such as "300us".</summary>
    /// <param name="s">A number followed by a unit of time.</param>
    /// <param name="result">The duration, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Duration result)
    {
        var ok = Units.TryParse(s, out var ns, out _);
        result = new(ns);
        return ok;
    }
}
