namespace ScsSim.Activation;

/// <summary>
/// One fibre of one cable model in one unit field (potentials per mA of signed cathode current), ready to run at any
/// amplitude: the seam between the threshold searches (single pulses, trains, firing windows) and the cable kernels
/// (McNeal/Frankenhaeuser-Huxley, MRG). Implementations hold their state vectors: one thread at a time.
/// </summary>
internal interface IFibreCable
{
    /// <summary>Integration time step, ns.</summary>
    long TimeStepNs { get; }

    /// <summary>Whether the last run brought any node to the firing level, propagated or not (local excitation: the
    /// threshold search keeps looking below a block window while this is true).</summary>
    bool LastRunExcited { get; }

    /// <summary>
    /// Runs the cable from rest for <paramref name="waveformPerMa"/> × <paramref name="amplitudeMa"/> and counts the action
    /// potentials that propagate out of the stimulated region: arrivals at a monitor node beyond it, counted on each side,
    /// the larger of the two counts returned.
    /// </summary>
    /// <param name="waveformPerMa">Signed cathode current per mA of amplitude at each time step (step midpoints).</param>
    /// <param name="stimulusSteps">Steps until the last pulse has ended; after that a quiet cable ends the run early.</param>
    /// <param name="amplitudeMa">Amplitude, mA (at least 0).</param>
    /// <param name="stopAfter">Return as soon as this many propagated action potentials are counted (1 for a threshold
    /// search; <see cref="int.MaxValue"/> to run the whole waveform).</param>
    /// <param name="arrivalTimesMs">When not null, receives the arrival times at the monitor node on the +z side, ms.</param>
    /// <param name="cancellationToken">Checked every 1,024 steps.</param>
    /// <returns>The number of propagated action potentials counted (at most <paramref name="stopAfter"/>).</returns>
    int CountPropagated(ReadOnlySpan<double> waveformPerMa, int stimulusSteps, double amplitudeMa, int stopAfter,
        List<double>? arrivalTimesMs, CancellationToken cancellationToken);
}
