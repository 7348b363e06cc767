namespace ScsSim.Activation;

/// <summary>What sets the discomfort threshold.</summary>
public enum DiscomfortCause
{
    /// <summary>Dorsal-root recruitment (segmental effects).</summary>
    DorsalRoot,

    /// <summary>A large share of the dorsal columns.</summary>
    DorsalColumn,
}
