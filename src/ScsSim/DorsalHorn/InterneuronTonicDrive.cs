namespace ScsSim.DorsalHorn;

/// <summary>
/// The direct effect of a kilohertz field on the dorsal horn's inhibitory interneurons, as a constant excitatory
/// conductance (in units of a cell's leak) added to every inhibitory interneuron while SCS is on
/// (<see cref="GateControlParameters.KilohertzInhibitoryDrive"/>).
/// </summary>
/// <remarks>
/// Lee et al. 2020 (Neuroscience 428:132; abstract) found that low-intensity, sub-sensory-threshold 10 kHz SCS, but not
/// 1 kHz or 5 kHz, selectively activates inhibitory interneurons of the superficial dorsal horn, without activating
/// dorsal-column fibres. The paper's dose-response is not modelled (not available here); the conductance is
/// <c>strength × frequency factor × min(1, relative amplitude)</c>: the frequency factor is 0 up to 5 kHz, rises linearly
/// to 1 at 10 kHz (between the frequencies tested) and stays 1 above (not tested); the field in the dorsal horn is
/// proportional to the current (a linear medium), and the effect is taken as proportional to the field up to the
/// perception threshold and held there above it (above perception the dorsal-column drive dominates; assumed).
/// </remarks>
/// <param name="FromStep">First network step with the drive on.</param>
/// <param name="ToStep">First step with it off again (<see cref="int.MaxValue"/>: never).</param>
/// <param name="Conductance">The added conductance, in units of the interneuron's leak.</param>
internal sealed record InterneuronTonicDrive(int FromStep, int ToStep, double Conductance)
{
    /// <summary>Pulse rate at and below which the drive is 0 (Lee et al. 2020: no effect at 5 kHz).</summary>
    internal const double NoEffectAtOrBelowHz = 5_000;

    /// <summary>Pulse rate from which the drive is full (Lee et al. 2020: effect at 10 kHz).</summary>
    internal const double FullEffectFromHz = 10_000;

    /// <summary>Share of the full drive at a pulse rate (see remarks).</summary>
    internal static double FrequencyFactor(double pulsesPerSecond) =>
        Math.Clamp((pulsesPerSecond - NoEffectAtOrBelowHz) / (FullEffectFromHz - NoEffectAtOrBelowHz), 0, 1);

    /// <summary>The drive of <paramref name="scs"/> in a run of <paramref name="steps"/> steps, or null when it is 0 (no SCS, the
    /// mechanism switched off, a rate of 5 kHz or less, or no amplitude).</summary>
    internal static InterneuronTonicDrive? For(GateControlParameters p, ScsDrive? scs, double timeStepMs, int steps)
    {
        if (scs is null) return null;
        var g = p.KilohertzInhibitoryDrive * FrequencyFactor(scs.Program.PulsesPerSecond) * Math.Min(1, scs.RelativeAmplitude);
        if (g <= 0) return null;
        var from = (long)Math.Ceiling(scs.Start.ToMilliseconds() / timeStepMs - 1e-9);
        var to = scs.Stop is { } stop ? (long)Math.Ceiling(stop.ToMilliseconds() / timeStepMs - 1e-9) : int.MaxValue;
        if (from >= steps) return null;
        return new InterneuronTonicDrive((int)from, (int)Math.Min(int.MaxValue, to), g);
    }
}
