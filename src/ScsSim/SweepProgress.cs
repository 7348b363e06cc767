namespace ScsSim;

/// <summary>
/// Progress of long work made of points (a sweep, a threshold surface): how many are done of how many. In the root
/// namespace because every layer that reports progress uses it (Activation must not depend on DorsalHorn).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Completed">Points done.</param>
/// <param name="Total">Points in the sweep.</param>
public readonly record struct SweepProgress(int Completed, int Total)
{
    /// <summary>Completed / total, 0-1.</summary>
    public double Fraction => Total == 0 ? 1 : Completed / (double)Total;
}
