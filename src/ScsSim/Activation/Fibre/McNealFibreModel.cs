using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For exact single-fibre thresholds and strength-duration curves, and the model behind every setup's threshold surface
/// (<see cref="StimulationSetup.WithFibreModel"/>): the McNeal (1976) / Reilly SENN myelinated-fibre cable model: nodes of Ranvier every L = 100·D along a straight fibre,
/// Frankenhaeuser-Huxley kinetics at every node, driven by the extracellular potential of an <see cref="ElectrodeField"/>
/// at each node for the whole pulse shape (<see cref="PulseShape.CurrentAt"/>: monophasic, biphasic, interphase gap,
/// passive recharge, either polarity). A threshold is the smallest amplitude that makes a propagating action potential.
/// </summary>
/// <remarks>
/// <para>Sources: McNeal DR, IEEE Trans Biomed Eng 23:329 (1976); Reilly JP, Freeman VT, Larkin WD, IEEE Trans Biomed Eng
/// 32:1001 (1985) (SENN: active nodes throughout); Frankenhaeuser B, Huxley AF, J Physiol 171:302 (1964). Constants in
/// <see cref="MyelinatedFibreParameters"/> and in the kinetics (P_Na 8e-3, P_K 1.2e-3, P_p 0.54e-3 cm/s, g_L 30.3 mS/cm²,
/// rates as published (20 °C data) with GHK at 295.18 K as McNeal used them, or Q10-scaled to another temperature
/// (<see cref="Temperature"/>); resting potential −70 mV).</para>
/// <para>Numerics: node potentials by a backward-Euler cable (tridiagonal solve, sealed ends), gates by exponential Euler
/// from 0.1-mV tables, ionic currents explicit; time step <see cref="TimeStep"/> (default 2 µs, at most a tenth of the
/// pulse width); the current is sampled at each step's midpoint. The fibre spans the active contacts plus a margin of
/// max(6 mm, 3 × the distance from the nearest lead axis) on each side, with a node under the cathode centre (shifted by
/// <see cref="StraightFibre.NodeShift"/>). A node "fires" when it is depolarised by 80 mV (membrane at +10 mV); the action
/// potential propagates once a node <c>4</c> internodes from the first node to fire also fires. The run ends at the end
/// of the pulse plus <see cref="Tail"/>, or earlier once every node has stayed below 5 mV of depolarisation for 100 µs
/// after the pulse. Thresholds by bracketing and geometric bisection until the bracket is within 1 %; the midpoint is
/// returned (within 0.5 % of the bracketed threshold).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FibreCableModel : IEquatable<FibreCableModel>
{
    /// <summary>Relative width of the final bisection bracket: 1 %.</summary>
    public const double ThresholdRelativeAccuracy = 0.01;

    /// <summary>Creates the model.</summary>
    /// <param name="parameters">Fibre constants (default McNeal 1976).</param>
    /// <param name="timeStep">Integration step; 0.1 to 10 µs (default 2 µs).</param>
    /// <param name="tail">Simulated time after the end of the pulse; 0.2 to 20 ms (default 1.5 ms).</param>
    /// <param name="temperature">Temperature of the nodal kinetics, 5 to 42 °C (default <see cref="McNealTemperature"/>:
    /// the rates exactly as Frankenhaeuser and Huxley published them; other values scale every rate by Q10 = 3 per 10 °C, an
    /// assumption — Frankenhaeuser and Moore, J Physiol 169:431, 1963, measured Q10s of about 2-3 for the nodal rate constants).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public FibreCableModel(MyelinatedFibreParameters? parameters = null, Duration? timeStep = null, Duration? tail = null,
        Temperature? temperature = null)
    {
        Temperature = temperature ?? McNealTemperature;
        Guard.InRange(Temperature.ToDegreesCelsius(), 5, 42, nameof(temperature), " °C");
        Parameters = parameters ?? MyelinatedFibreParameters.McNeal;
        TimeStep = timeStep ?? Duration.FromMicroseconds(2);
        Tail = tail ?? Duration.FromMilliseconds(1.5);
        Guard.InRange(TimeStep.ToNanoseconds(), 100, 10_000, nameof(timeStep), " ns");
        Guard.InRange(Tail.ToNanoseconds(), 200_000, 20_000_000, nameof(tail), " ns");
    }

    /// <summary>McNeal's temperature, 295.18 K = 22.03 °C (the GHK temperature of McNeal 1976; FH rates unscaled).</summary>
    public static Temperature McNealTemperature { get; } = Temperature.FromKelvins(FrankenhaeuserHuxleyNode.McNealTemperatureK);

    /// <summary>Temperature of the nodal kinetics.</summary>
    public Temperature Temperature { get; }

    internal double TemperatureK => Temperature.ToKelvins();

    /// <summary>The model with McNeal's constants and the default numerics.</summary>
    public static FibreCableModel Default { get; } = new();

    /// <summary>Fibre constants.</summary>
    public MyelinatedFibreParameters Parameters { get; }

    /// <summary>Largest integration step (a tenth of the pulse width is used when smaller).</summary>
    public Duration TimeStep { get; }

    /// <summary>Simulated time after the end of the pulse.</summary>
    public Duration Tail { get; }

    /// <summary>Whether two models compute the same thresholds (same constants, numerics and temperature).</summary>
    /// <param name="other">The other model.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(FibreCableModel? other) =>
        other is not null && Parameters == other.Parameters && TimeStep == other.TimeStep && Tail == other.Tail
        && Temperature.Equals(other.Temperature);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FibreCableModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parameters, TimeStep, Tail, Temperature);

    /// <summary>Whether one pulse, at its own amplitude, makes a propagating action potential.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="pulse">The pulse (its amplitude is used).</param>
    /// <returns>True when an action potential propagates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fibre lies where the field is not modelled, or a fibre value is out of range.</exception>
    public bool Fires(ElectrodeField field, StraightFibre fibre, PulseShape pulse)
    {
        Guard.NotNull(pulse, nameof(pulse));
        var run = Prepare(field, fibre, pulse);
        return pulse.Amplitude.ToMilliamperes() > 0 && run.Simulation.Fires(run.Waveform, run.StimulusSteps, pulse.Amplitude.ToMilliamperes());
    }

    /// <summary>The threshold amplitude of a pulse shape for one fibre, or null when it exceeds <paramref name="maximum"/>.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="pulse">The pulse shape (its amplitude is ignored).</param>
    /// <param name="maximum">Largest amplitude searched; greater than 0 (default 100 mA).</param>
    /// <param name="cancellationToken">Cancels the search (checked every 1,024 cable time steps).</param>
    /// <returns>The threshold within 1 %, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fibre lies where the field is not modelled, a fibre value or the maximum is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public Current? Threshold(ElectrodeField field, StraightFibre fibre, PulseShape pulse, Current? maximum = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(pulse, nameof(pulse));
        var maxMa = Guard.Positive((maximum ?? Current.FromMilliamperes(100)).ToMilliamperes(), nameof(maximum), " mA");
        cancellationToken.ThrowIfCancellationRequested();
        var run = Prepare(field, fibre, pulse);
        var t = ThresholdMa(run, 1, maxMa, cancellationToken);
        return double.IsFinite(t) ? Current.FromMilliamperes(t) : null;
    }

    /// <summary>
    /// Thresholds at several pulse widths for one fibre, with the Weiss and Lapicque fits (rheobase, chronaxie).
    /// </summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="pulse">The pulse shape whose width is varied (amplitude ignored).</param>
    /// <param name="pulseWidths">Three or more distinct widths.</param>
    /// <param name="cancellationToken">Cancels the searches (checked every 1,024 cable time steps).</param>
    /// <returns>The curve and its fits.</returns>
    /// <exception cref="ArgumentException">Fewer than three distinct widths.</exception>
    /// <exception cref="InvalidOperationException">The fibre cannot be excited below 100 mA at some width.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public StrengthDurationCurve StrengthDuration(ElectrodeField field, StraightFibre fibre, PulseShape pulse, IEnumerable<Duration> pulseWidths,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(pulse, nameof(pulse));
        var widths = Guard.NotNull(pulseWidths, nameof(pulseWidths)).Distinct().OrderBy(w => w).ToArray();
        if (widths.Length < 3) throw new ArgumentException("pulseWidths needs at least three distinct widths.", nameof(pulseWidths));
        var points = new List<(Duration, Current)>();
        var guess = 1.0;
        foreach (var w in widths.Reverse())
        {
            var run = Prepare(field, fibre, pulse.WithPulseWidth(w));
            var t = ThresholdMa(run, guess, 100, cancellationToken);
            if (!double.IsFinite(t)) throw new InvalidOperationException($"The fibre is not excited below 100 mA at {w}.");
            points.Add((w, Current.FromMilliamperes(t)));
            guess = t;
        }
        points.Reverse();
        return new StrengthDurationCurve(points);
    }

    internal readonly record struct PreparedRun(CableSimulation Simulation, double[] Waveform, int StimulusSteps);

    internal PreparedRun Prepare(ElectrodeField field, StraightFibre fibre, PulseShape pulse)
    {
        Guard.NotNull(field, nameof(field));
        Guard.NotNull(fibre, nameof(fibre)).Validate();
        var potentials = NodePotentials(field, fibre.Diameter.ToMicrometres(), fibre.Lateral.ToMillimetres(), fibre.Depth.ToMillimetres(),
            fibre.NodeShift.ToMillimetres());
        return PrepareRun(potentials, fibre.Diameter.ToMicrometres(), pulse);
    }

    internal long StepFor(PulseShape pulse) => Math.Max(100, Math.Min(TimeStep.ToNanoseconds(), pulse.PulseWidth.ToNanoseconds() / 10));

    internal PreparedRun PrepareRun(double[] unitPotentials, double diameterUm, PulseShape pulse)
    {
        var dt = StepFor(pulse);
        var waveform = CableSimulation.SampleWaveform(pulse, dt, Tail);
        var stimulusSteps = (int)Math.Ceiling(pulse.TotalDuration.ToNanoseconds() / (double)dt);
        return new PreparedRun(new CableSimulation(unitPotentials, diameterUm, Parameters, dt, TemperatureK), waveform, stimulusSteps);
    }

    /// <summary>Unit potentials (mV per mA) at the nodes of a straight fibre.</summary>
    internal double[] NodePotentials(ElectrodeField field, double diameterUm, double xMm, double yMm, double nodeShiftMm)
    {
        var internodeMm = diameterUm * Parameters.InternodeToFibreDiameterRatio * 1e-3;
        var (zMin, zMax) = field.ActiveExtentZMm;
        var distance = field.DistanceToNearestLeadMm(xMm, yMm);
        var margin = Math.Max(6, 3 * distance);
        var centre = field.CathodeCentroidZMm + nodeShiftMm;
        var before = (int)Math.Ceiling((centre - (zMin - margin)) / internodeMm);
        var after = (int)Math.Ceiling((zMax + margin - centre) / internodeMm);
        before = Math.Max(before, 10); after = Math.Max(after, 10);
        var count = before + after + 1;
        if (count > 4001) throw new ArgumentOutOfRangeException("fibre", count, $"The fibre would need {count} nodes (at most 4001): diameter too small for this field extent.");
        var potentials = new double[count];
        field.PotentialsAlongZ(xMm, yMm, centre - before * internodeMm, internodeMm, potentials);
        return potentials;
    }

    /// <summary>Threshold (mA) by bracketing from a guess and geometric bisection to 1 %; +∞ above maxMa.</summary>
    internal static double ThresholdMa(PreparedRun run, double guessMa, double maxMa, CancellationToken cancellationToken = default)
    {
        bool Fires(double a) => run.Simulation.Fires(run.Waveform, run.StimulusSteps, a, cancellationToken);
        const double step = 1.6;
        double lo, hi;
        var g = Math.Min(Math.Max(guessMa, 1e-4), maxMa);
        if (Fires(g))
        {
            hi = g; lo = g / step;
            while (Fires(lo))
            {
                hi = lo; lo /= step;
                if (lo < 1e-6) return lo;
            }
        }
        else
        {
            lo = g; hi = Math.Min(g * step, maxMa);
            while (!Fires(hi))
            {
                if (hi >= maxMa) return double.PositiveInfinity;
                lo = hi; hi = Math.Min(hi * step, maxMa);
            }
        }
        while (hi / lo > 1 + ThresholdRelativeAccuracy)
        {
            var mid = Math.Sqrt(lo * hi);
            if (Fires(mid)) hi = mid; else lo = mid;
        }
        return Math.Sqrt(lo * hi);
    }
}
