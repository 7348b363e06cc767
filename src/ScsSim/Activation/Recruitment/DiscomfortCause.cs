namespace ScsSim.Activation;

/// <summary>Why the usage range ends where it does: whether dorsal-root or dorsal-column recruitment sets the
/// discomfort threshold.</summary>
public enum DiscomfortCause
{
    /// <summary>Dorsal-root recruitment (segmental effects).</summary>
    DorsalRoot,

    /// <summary>A large share of the dorsal columns.</summary>
    DorsalColumn,
}
