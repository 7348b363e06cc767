using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// A periodic pattern of busy intervals (each pulse with its recharge), exact in nanoseconds: the period is a
/// rational (1e12 / f[mHz] ns) and so are the interval starts. Used to prove that interleaved programs never overlap.
/// </summary>
internal sealed class TimingPattern(Rational periodNs, IReadOnlyList<(Rational StartNs, Duration Length)> busy)
{
    public const long NanosecondMillihertz = 1_000_000_000_000;

    public Rational PeriodNs { get; } = periodNs;

    public IReadOnlyList<(Rational StartNs, Duration Length)> Busy { get; } = busy;

    public static Rational PeriodOf(Frequency frequency) => new(NanosecondMillihertz, frequency.ToMillihertz());

    public static TimingPattern Single(Frequency frequency, Duration length) => new(PeriodOf(frequency), [(Rational.Zero, length)]);

    /// <summary>
    /// The first time at which two patterns, shifted by their offsets, are busy together; null if never.
    /// </summary>
    /// <remarks>
    /// Interval a (start x, length da) of one pattern and b (start y, length db) of the other recur at x + m·Pa and
    /// y + n·Pb. The differences m·Pa − n·Pb are exactly the multiples of g = gcd(Pa, Pb), so the two overlap for
    /// some m, n if and only if some δ + k·g lies in (−da, db), where δ = x − y (a starts before b ends and b starts
    /// before a ends). With r = δ mod g that is r &lt; db or r − g &gt; −da. Exact for all rational periods; no simulation needed.
    /// </remarks>
    public static bool Overlaps(TimingPattern a, Duration offsetA, TimingPattern b, Duration offsetB, out string detail)
    {
        var g = Rational.GreatestCommonDivisor(a.PeriodNs, b.PeriodNs);
        foreach (var (startA, lengthA) in a.Busy)
        foreach (var (startB, lengthB) in b.Busy)
        {
            var delta = startA + offsetA.ToNanoseconds() - (startB + offsetB.ToNanoseconds());
            var r = delta.Modulo(g);
            Rational da = lengthA.ToNanoseconds(), db = lengthB.ToNanoseconds();
            if (r < db || r - g > Rational.Zero - da)
            {
                detail = $"a {lengthA} busy interval starting {Duration.FromNanoseconds((long)Math.Round(startA.ToDouble()))} into one period " +
                         $"meets a {lengthB} interval starting {Duration.FromNanoseconds((long)Math.Round(startB.ToDouble()))} into the other's";
                return true;
            }
        }
        detail = string.Empty;
        return false;
    }
}
