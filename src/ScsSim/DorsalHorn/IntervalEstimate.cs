using System.Globalization;

namespace ScsSim.DorsalHorn;

/// <summary>A mean over runs (network seeds) with its 95 % confidence interval (Student's t with n - 1 degrees of freedom).</summary>
/// <remarks>Values that are not finite (for example an index where the WDR neuron was silent without SCS) are left out and not
/// counted. With fewer than two values the interval is NaN; with none the mean is NaN too. Immutable.</remarks>
/// <param name="Mean">Mean of the finite values.</param>
/// <param name="Lower">Lower end of the 95 % interval.</param>
/// <param name="Upper">Upper end of the 95 % interval.</param>
/// <param name="Count">Number of finite values.</param>
public readonly record struct IntervalEstimate(double Mean, double Lower, double Upper, int Count)
{
    /// <summary>The mean and 95 % interval of <paramref name="values"/>.</summary>
    /// <param name="values">The values (non-finite ones are left out).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">The values are null.</exception>
    public static IntervalEstimate Of(IEnumerable<double> values)
    {
        var v = Guard.NotNull(values, nameof(values)).Where(double.IsFinite).ToArray();
        if (v.Length == 0) return new(double.NaN, double.NaN, double.NaN, 0);
        var mean = v.Average();
        if (v.Length == 1) return new(mean, double.NaN, double.NaN, 1);
        var sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
        var half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, v.Length - 1, 0.975) * sd / Math.Sqrt(v.Length);
        return new(mean, mean - half, mean + half, v.Length);
    }

    /// <summary>Half the width of the interval (NaN when not defined).</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Whether <paramref name="value"/> lies inside the interval (false when it is not defined).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>"0.42 (95 % CI 0.30-0.54, n = 5)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("0.00");

    /// <summary>The estimate with the given number format.</summary>
    /// <param name="format">A .NET numeric format, for example "0.00".</param>
    /// <returns>The text (invariant culture).</returns>
    public string ToString(string format)
    {
        var c = CultureInfo.InvariantCulture;
        return Count < 2 ? $"{Mean.ToString(format, c)} (n = {Count})"
            : $"{Mean.ToString(format, c)} (95 % CI {Lower.ToString(format, c)} to {Upper.ToString(format, c)}, n = {Count})";
    }
}
