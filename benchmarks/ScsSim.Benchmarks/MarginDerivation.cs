namespace ScsSim.Benchmarks;

/// <summary>The gate's margin, its measurement and the known misses (kept apart so a re-measurement changes one file).</summary>
internal static class MarginDerivation
{
    /// <summary>PLACEHOLDER until measured.</summary>
    public const double Margin = 0.05;

    public const string Text = "not yet measured";

    public static readonly IReadOnlyDictionary<string, string> KnownMisses = new Dictionary<string, string>(StringComparer.Ordinal);
}
