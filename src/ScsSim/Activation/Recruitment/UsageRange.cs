using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>The amplitude window a clinician programs in: from the perception threshold to the discomfort threshold,
/// with what sets the upper end.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Perception">Perception threshold.</param>
/// <param name="Discomfort">Discomfort threshold.</param>
/// <param name="Cause">What sets the discomfort threshold.</param>
public sealed record UsageRange(Current Perception, Current Discomfort, DiscomfortCause Cause)
{
    /// <summary>Discomfort over perception (Holsheimer's "usage range" as a ratio).</summary>
    public double Ratio => Discomfort / Perception;

    /// <summary>Whether an amplitude lies in [perception, discomfort).</summary>
    /// <param name="amplitude">The amplitude.</param>
    /// <returns>True inside the range.</returns>
    public bool Contains(Current amplitude) => amplitude >= Perception && amplitude < Discomfort;
}
