using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Activation;

// Pulse trains: the program's own pulses (tonic, burst, 10 kHz, cycling), rendered exactly by the waveform engine.
public abstract partial class FibreModel
{
    /// <summary>How much of a program a train analysis simulates unless told otherwise: 100 ms (4 pulses at 40 Hz, 120 at
    /// 1.2 kHz, 1,000 at 10 kHz; long enough for temporal summation and for kilohertz onset responses to settle).</summary>
    public static Duration DefaultTrainDuration { get; } = Duration.FromMilliseconds(100);

    /// <summary>What a fibre does during the first <paramref name="duration"/> of a program at the program's own amplitude:
    /// how many action potentials propagate, how many pulses it follows, when they arrive.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="program">The program; its amplitude is used.</param>
    /// <param name="duration">Simulated stimulation time; 1 ms to 2 s (default <see cref="DefaultTrainDuration"/>).</param>
    /// <param name="cancellationToken">Cancels the run (checked every 1,024 cable time steps).</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or the program does not fit the cable's sample grid.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public TrainResponse Response(ElectrodeField field, StraightFibre fibre, StimulationProgram program, Duration? duration = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(program, nameof(program));
        var window = TrainDuration(duration);
        var (run, pulses) = PrepareTrain(field, fibre, program, window);
        var arrivals = new List<double>();
        var count = run.Cable.CountPropagated(run.Waveform, run.StimulusSteps, program.Pulse.Amplitude.ToMilliamperes(), int.MaxValue, arrivals, cancellationToken);
        return new TrainResponse(program.Pulse.Amplitude, window, pulses, count, arrivals.Select(Duration.FromMilliseconds));
    }

    /// <summary>The train threshold: the lowest amplitude at which the program makes the fibre fire (a propagated action
    /// potential) at least once within <paramref name="duration"/>, found by the same search as <see cref="Threshold"/>.
    /// It falls with frequency where pulses summate.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="program">The program (its amplitude is ignored).</param>
    /// <param name="duration">Simulated stimulation time; 1 ms to 2 s (default <see cref="DefaultTrainDuration"/>).</param>
    /// <param name="maximum">Largest amplitude searched (default 100 mA).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The threshold within 1 %, or null above the maximum.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or the program does not fit the cable's sample grid.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public Current? TrainThreshold(ElectrodeField field, StraightFibre fibre, StimulationProgram program, Duration? duration = null,
        Current? maximum = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(program, nameof(program));
        var maxMa = MaximumMa(maximum, 100);
        var (run, _) = PrepareTrain(field, fibre, program, TrainDuration(duration));
        var t = ThresholdMa(run, 1, maxMa, cancellationToken);
        return double.IsFinite(t) ? Current.FromMilliamperes(t) : null;
    }

    /// <summary>The amplitude windows in which a program's train keeps the fibre firing after its onset response, as
    /// <see cref="FiringWindows(ElectrodeField, StraightFibre, PulseShape, Current?, CancellationToken)"/> gives them for
    /// one pulse: the activation threshold of sustained firing, the block threshold (where a kilohertz train stops the
    /// fibre after its onset action potentials) and re-excitation above it.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="program">The program; its amplitude is ignored.</param>
    /// <param name="duration">Simulated stimulation time; 1 ms to 2 s (default <see cref="DefaultTrainDuration"/>). Firing
    /// counts when an action potential arrives after the first fifth of it (20 ms of the default 100 ms: the onset
    /// response of a kilohertz train is over by then; measured for a 12 µm McNeal fibre, see MODEL.md).</param>
    /// <param name="maximum">Largest amplitude searched; 0.001 to 10,000 mA (default 100 mA).</param>
    /// <param name="cancellationToken">Cancels the search (checked every 1,024 cable time steps).</param>
    /// <returns>The windows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or maximum is out of range, or the fibre is not modelled.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <remarks>Every run simulates the whole window (no early stop), so this costs tens to hundreds of train runs.</remarks>
    public FiringWindows TrainFiringWindows(ElectrodeField field, StraightFibre fibre, StimulationProgram program, Duration? duration = null,
        Current? maximum = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(program, nameof(program));
        var window = TrainDuration(duration);
        var maxMa = MaximumMa(maximum, 100);
        var (run, _) = PrepareTrain(field, fibre, program, window);
        return Windows(run with { SustainedAfterMs = window.ToMilliseconds() / 5 }, maxMa, cancellationToken);
    }

    private static Duration TrainDuration(Duration? duration) =>
        Guard.InRange(duration ?? DefaultTrainDuration, Duration.FromMilliseconds(1), Duration.FromSeconds(2), "duration");

    /// <summary>The cable and the program's waveform per mA of amplitude over the window and the tail, sampled at the
    /// cable step (the largest divisor of 1 s in whole nanoseconds not above <see cref="StepFor"/>, so the waveform engine
    /// places every pulse on the step grid exactly), with the number of pulses that start inside the window (later pulses are cut off).</summary>
    internal (PreparedRun Run, long Pulses) PrepareTrain(ElectrodeField field, StraightFibre fibre, StimulationProgram program, Duration window)
    {
        Guard.NotNull(field, nameof(field));
        Guard.NotNull(fibre, nameof(fibre)).Validate();
        var dt = StepFor(program.Pulse);
        while (1_000_000_000 % dt != 0) dt--;
        var schedule = WaveformSchedule.Compile(program.WithAmplitude(Current.FromMilliamperes(1)), Frequency.FromHertz(1e9 / dt));
        var windowSteps = schedule.SamplesIn(window);
        var waveform = schedule.Render<double>(window + Tail);
        // Only the pulses that start inside the window are delivered (each one whole, with its recharge).
        var pulses = schedule.CountPulseOnsets(0, windowSteps);
        var stop = schedule.PulseOnset(pulses);
        if (stop < waveform.Length) waveform.AsSpan((int)stop).Clear();
        // The engine's samples are instants of the analytic waveform; the cable reads one value per step.
        var cable = CreateCable(field, fibre.Diameter.ToMicrometres(), fibre.Lateral.ToMillimetres(), fibre.Depth.ToMillimetres(),
            fibre.NodeShift.ToMillimetres(), dt);
        return (new PreparedRun(cable, waveform, (int)Math.Min(stop, waveform.Length)), pulses);
    }
}
