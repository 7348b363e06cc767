namespace ScsSim.Quantities;

/// <summary>
/// A repetition rate, stored exactly as a whole number of millihertz so that periods are exact
/// rationals (130 Hz at 1 MHz is 1e9 / 130000 samples, not a rounded float). Never negative.
/// </summary>
/// <remarks>
/// Resolution 1 mHz: factories taking a <see cref="double"/> round to the nearest millihertz and reject a
/// non-zero value that would round to zero. Units: mHz, Hz, kHz, MHz. Formats "50 Hz", "10 kHz".
/// Immutable value type: instances are thread-safe.
/// </remarks>
public readonly partial record struct Frequency : IComparable<Frequency>, IFormattable, IParsable<Frequency>
{
    private const long MillihertzPerHertz = 1_000;

    private static readonly ExactUnitScale Units = new("frequency", "1 mHz",
        ("mHz", 1, []), ("Hz", MillihertzPerHertz, ["hz"]), ("kHz", 1_000 * MillihertzPerHertz, ["khz"]),
        ("MHz", 1_000_000 * MillihertzPerHertz, []));

    private readonly long _millihertz;

    private Frequency(long millihertz) => _millihertz = millihertz;

    /// <summary>Zero.</summary>
    public static Frequency Zero => default;

    /// <summary>Creates a frequency from a whole number of millihertz.</summary>
    /// <param name="millihertz">0 or more.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static Frequency FromMillihertz(long millihertz) => new(Guard.InRange(millihertz, 0, long.MaxValue, nameof(millihertz), " mHz"));

    /// <summary>Creates a frequency from hertz, rounded to the nearest millihertz.</summary>
    /// <param name="hertz">0 Hz, or from 0.0005 Hz to about 9.2e15 Hz.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, out of range, or below the 1 mHz resolution.</exception>
    public static Frequency FromHertz(double hertz) => FromScaled(hertz, MillihertzPerHertz, nameof(hertz), " Hz");

    /// <summary>Creates a frequency from kilohertz, rounded to the nearest millihertz.</summary>
    /// <param name="kilohertz">0 kHz, or from 5e-7 kHz to about 9.2e12 kHz.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative, out of range, or below the 1 mHz resolution.</exception>
    public static Frequency FromKilohertz(double kilohertz) => FromScaled(kilohertz, 1_000 * MillihertzPerHertz, nameof(kilohertz), " kHz");

    private static Frequency FromScaled(double value, long millihertzPerUnit, string paramName, string unit)
    {
        Guard.InRange(value, 0, (double)long.MaxValue / millihertzPerUnit, paramName, unit);
        // Checked after the conversion too: at the very top of the range the product rounds to 2^63, one past the largest long.
        var scaled = Math.Round(value * millihertzPerUnit, MidpointRounding.AwayFromZero);
        if (!(scaled < long.MaxValue))
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{paramName} must be below {(double)long.MaxValue / millihertzPerUnit:G4}{unit} (the range of a frequency); got {value:G6}{unit}."));
        var millihertz = (long)scaled;
        if (value > 0 && millihertz == 0)
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be 0 or at least the 1 mHz resolution of a frequency; got {value}{unit}.");
        return new(millihertz);
    }

    /// <summary>
    /// A rate the model computed (for example spikes over a run), rounded to the nearest millihertz (midpoints away from zero).
    /// Unlike <see cref="FromHertz"/> it does not refuse a tiny positive value: a rate below 0.5 mHz is legitimate output and
    /// reads as 0 Hz, since 1 mHz is the resolution of every computed rate.
    /// </summary>
    /// <param name="hertz">A finite rate, 0 Hz or more.</param>
    internal static Frequency FromComputedHertz(double hertz)
    {
        Guard.InRange(hertz, 0, (double)long.MaxValue / MillihertzPerHertz / 2, nameof(hertz), " Hz");
        return new((long)Math.Round(hertz * MillihertzPerHertz, MidpointRounding.AwayFromZero));
    }

    /// <summary>The exact number of millihertz.</summary>
    /// <returns>The frequency in millihertz.</returns>
    public long ToMillihertz() => _millihertz;

    /// <summary>The frequency in hertz.</summary>
    /// <returns>The frequency in hertz.</returns>
    public double ToHertz() => _millihertz / (double)MillihertzPerHertz;

    /// <summary>The frequency in kilohertz.</summary>
    /// <returns>The frequency in kilohertz.</returns>
    public double ToKilohertz() => _millihertz / (1_000.0 * MillihertzPerHertz);

    /// <summary>The period 1 / f, rounded to the nearest nanosecond (the exact period is a rational; the waveform engine uses that).</summary>
    /// <returns>The period.</returns>
    /// <exception cref="InvalidOperationException">The frequency is zero.</exception>
    public Duration Period()
    {
        if (_millihertz == 0) throw new InvalidOperationException("A frequency of 0 Hz has no period.");
        // 1e12 ns·mHz / f, rounded half up, in integer arithmetic.
        const long NanosecondMillihertz = 1_000_000_000_000;
        return Duration.FromNanoseconds((NanosecondMillihertz + _millihertz / 2) / _millihertz);
    }

    /// <summary>Compares two frequencies.</summary>
    public static bool operator <(Frequency left, Frequency right) => left._millihertz < right._millihertz;

    /// <summary>Compares two frequencies.</summary>
    public static bool operator >(Frequency left, Frequency right) => left._millihertz > right._millihertz;

    /// <summary>Compares two frequencies.</summary>
    public static bool operator <=(Frequency left, Frequency right) => left._millihertz <= right._millihertz;

    /// <summary>Compares two frequencies.</summary>
    public static bool operator >=(Frequency left, Frequency right) => left._millihertz >= right._millihertz;

    /// <summary>The number of cycles in a duration (f · t).</summary>
    public static double operator *(Frequency frequency, Duration duration) =>
        frequency._millihertz / (double)MillihertzPerHertz * duration.ToSeconds();

    /// <summary>The ratio of two frequencies, a finite number.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static double operator /(Frequency left, Frequency right) =>
        right._millihertz == 0
            ? throw new DivideByZeroException("The ratio of two frequencies is undefined when the divisor is 0 Hz.")
            : (double)left._millihertz / right._millihertz;

    /// <inheritdoc/>
    public int CompareTo(Frequency other) => _millihertz.CompareTo(other._millihertz);

    /// <summary>Formats with the most readable unit, for example "50 Hz" or "10 kHz", exactly.</summary>
    /// <returns>The frequency and its unit, invariant culture.</returns>
    public override string ToString() => Units.Format(_millihertz, null);

    /// <summary>Formats in the unit named by <paramref name="format"/> ("mHz", "Hz", "kHz", "MHz"), or the most readable one.</summary>
    /// <param name="format">Null, a unit symbol ("mA"), a numeric format ("G4", "0.00") or both as "unit:numeric" ("mA:0.0").</param>
    /// <param name="formatProvider">Ignored: the text is always invariant culture.</param>
    /// <returns>The frequency and its unit, exactly.</returns>
    /// <exception cref="FormatException">The format names a unit that is not a unit of frequency.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => Units.Format(_millihertz, format);

    /// <summary>Parses text such as "50Hz", "10 kHz" or "130.5 Hz" exactly.</summary>
    /// <param name="s">A number followed by a unit of frequency.</param>
    /// <param name="provider">Ignored: the text is always read in invariant culture.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="FormatException">The text is not a non-negative number with a unit of frequency, or it is finer than 1 mHz.</exception>
    public static Frequency Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!Units.TryParse(s, out var mHz, out var error)) throw new FormatException(error);
        return mHz >= 0 ? new(mHz) : throw new FormatException($"'{s}' is negative; a frequency is 0 Hz or more.");
    }

    /// <summary>Tries to parse text such as "50Hz".</summary>
    /// <param name="s">A number followed by a unit of frequency.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The frequency, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, IFormatProvider? provider, out Frequency result) => TryParse(s, out result);

    /// <summary>Tries to parse text such as "50Hz".</summary>
    /// <param name="s">A number followed by a unit of frequency.</param>
    /// <param name="result">The frequency, or zero.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? s, out Frequency result)
    {
        var ok = Units.TryParse(s, out var mHz, out _) && mHz >= 0;
        result = ok ? new(mHz) : default;
        return ok;
    }
}
