namespace ScsSim.Scenarios;

/// <summary>
/// How the dorsal-column fibres recruited in the activation model drive the gate-control network's A-beta inputs: each of the
/// network's inputs stands for an equal bundle of the painful dermatomes' dorsal-column afferents, and fires on a pulse when at
/// least one afferent of its bundle is recruited. The driven share of the inputs is then 1 - (1 - r)^m for a recruited fraction
/// r of the dermatomes' fibres and m afferents per input: smooth and monotone in r, with no share of r at which it saturates.
/// </summary>
/// <remarks>
/// The bundle size is m = <see cref="DorsalColumnAfferents"/> / (network A-beta inputs). The afferent count comes from anatomy
/// (sources on each constant); it was not tuned to a model output. The bundle's afferents are not added up: one recruited
/// afferent fires the input as many do (the network's inputs are on/off per pulse), a simplification MODEL.md names.
/// </remarks>
public static class AfferentConvergence
{
    /// <summary>Large neurons in a human L5 dorsal root ganglion: 11,429 on average (Kawamura &amp; Dyck 1978, J Neuropathol Exp
    /// Neurol 37:269, size classes of cell bodies; read in the abstract only). Large cell bodies are taken as the A-beta afferents
    /// (an assumption: a size class, not a conduction-velocity class).</summary>
    public const double LargeGanglionNeurons = 11_429;

    /// <summary>Share of those afferents whose ascending branch still runs in the dorsal columns at the lead's thoracic level and
    /// reaches the painful segment's dorsal horn by its collaterals: 0.5, <em>assumed</em> (no measured value found; the ascending
    /// branches of many large afferents end within a few segments, and about a quarter of the axons of the dorsal funiculus are
    /// propriospinal, Chung et al. 1987, J Comp Neurol 263:68, abstract). The sensitivity of the index to it is in MODEL.md.</summary>
    public const double ShareInThoracicDorsalColumns = 0.5;

    /// <summary>Dorsal-column afferents of a painful dermatome that converge on the network: <see cref="LargeGanglionNeurons"/> ×
    /// <see cref="ShareInThoracicDorsalColumns"/>, about 5,700.</summary>
    public const double DorsalColumnAfferents = LargeGanglionNeurons * ShareInThoracicDorsalColumns;

    /// <summary>Share of <paramref name="networkInputs"/> A-beta inputs driven when a fraction <paramref name="recruitedFraction"/>
    /// of the painful dermatomes' dorsal-column fibres is recruited: 1 - (1 - r)^m with m = <paramref name="afferents"/> /
    /// <paramref name="networkInputs"/> afferents per input.</summary>
    /// <param name="recruitedFraction">Recruited fraction of the painful dermatomes' dorsal-column fibres, 0-1.</param>
    /// <param name="networkInputs">The network's A-beta inputs (<see cref="DorsalHorn.GateControlParameters.ABetaFibres"/>), 1-1000.</param>
    /// <param name="afferents">Afferents converging on the network (default <see cref="DorsalColumnAfferents"/>), at least the
    /// number of inputs.</param>
    /// <returns>The driven share, 0-1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double DrivenShare(double recruitedFraction, int networkInputs, double afferents = DorsalColumnAfferents)
    {
        Guard.InRange(recruitedFraction, 0, 1, nameof(recruitedFraction));
        Guard.InRange(networkInputs, 1, 1000, nameof(networkInputs));
        Guard.InRange(afferents, networkInputs, 1e9, nameof(afferents));
        return 1 - Math.Pow(1 - recruitedFraction, afferents / networkInputs);
    }
}
