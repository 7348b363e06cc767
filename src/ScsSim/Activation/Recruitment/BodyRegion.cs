namespace ScsSim.Activation;

/// <summary>A dermatome on one side of the body: how a patient's painful regions, a coverage map and a migration report
/// name an area of skin.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Dermatome">The dermatome.</param>
/// <param name="Side">The side.</param>
public readonly record struct BodyRegion(Dermatome Dermatome, BodySide Side)
{
    /// <summary>For example "L4 left".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Dermatome} {(Side == BodySide.Left ? "left" : "right")}";
}
