using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>One amplitude range over which a pulse fires a fibre (<see cref="FibreModel.FiringWindows"/>): from its lower
/// edge up to its upper edge, or up to the largest amplitude scanned when <see cref="To"/> is null.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="From">Lowest firing amplitude of the range (within 1 %).</param>
/// <param name="To">Amplitude where firing stops again (within 1 %), or null when it fires up to the scan's maximum.</param>
public sealed record FiringInterval(Current From, Current? To)
{
    /// <summary>Whether an amplitude lies in the range (lower edge included).</summary>
    /// <param name="amplitude">The amplitude.</param>
    /// <returns>True when From ≤ amplitude and (no upper edge or amplitude &lt; To).</returns>
    public bool Contains(Current amplitude) => amplitude >= From && (To is null || amplitude < To.Value);
}
