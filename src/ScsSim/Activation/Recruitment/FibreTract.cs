namespace ScsSim.Activation;

/// <summary>Which tract a fibre belongs to.</summary>
internal enum FibreTract
{
    /// <summary>A dorsal-column fibre (ascending collateral of a primary afferent): paresthesia in its dermatome.</summary>
    DorsalColumn,

    /// <summary>A dorsal-root fibre at the lateral edge, entering at the lead's level: segmental (often unpleasant) effects.</summary>
    DorsalRoot,
}
