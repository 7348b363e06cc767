namespace ScsSim.Benchmarks;

/// <summary>The gate's margin and the measurement it comes from (kept apart so a re-measurement changes one file).</summary>
internal static class MarginDerivation
{
    /// <summary>PLACEHOLDER until measured.</summary>
    public const double Margin = 0.05;

    public const string Text = "not yet measured";
}
