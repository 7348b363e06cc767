namespace ScsSim.DorsalHorn;

/// <summary>Kind of a cell of the gate-control network, which labels the cells of a simulated network activity.</summary>
internal enum CellKind
{
    /// <summary>Excitatory interneuron (relays C input to the WDR neuron).</summary>
    Excitatory,

    /// <summary>Local inhibitory interneuron (A-beta driven; GABA-A and glycine onto excitatory interneurons and the WDR neuron).</summary>
    LocalInhibitory,

    /// <summary>Surround inhibitory interneuron (A-beta driven; GABA-A and glycine onto the WDR neuron).</summary>
    SurroundInhibitory,

    /// <summary>Wide-dynamic-range projection neuron (the output).</summary>
    Wdr,
}
