using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// A myelinated-fibre cable model that answers the questions every activation analysis asks of one fibre in one electrode
/// field: does this pulse fire it, what is the lowest amplitude that does (<see cref="Threshold"/>), over which amplitude
/// ranges does it fire and where is propagation blocked (<see cref="FiringWindows"/>), and how does the threshold depend
/// on pulse width (<see cref="StrengthDuration"/>). Implemented by <see cref="McNealFibreModel"/>.
/// </summary>
/// <remarks>
/// <para>"Fires" means a propagating action potential: one that arrives at a monitor node outside the stimulated region,
/// on either side. Close to a contact, with long pulses, a fibre can fire at low amplitude, stop firing over an
/// intermediate range (the anodal surround hyperpolarises the nodes beside the cathode and blocks propagation) and fire
/// again higher up (Ranck 1975; Rattay 1986; the activation and block thresholds PyFibers reports). A bisection that
/// assumes firing grows with amplitude can land on the upper edge of such a block window, far above the true threshold.</para>
/// <para>The search here therefore finds the lowest firing amplitude: it tests amplitudes on a fixed logarithmic grid,
/// <see cref="GridPointsPerDecade"/> per decade (steps of 26 %), downward for as long as the cable shows any local
/// excitation (a node reaching the firing level, propagated or not), so that a block window cannot hide a lower firing
/// range; upward from the first grid point when nothing below it is excited. The edge found is then bisected
/// geometrically to <see cref="ThresholdRelativeAccuracy"/>. Assumption (stated, tested): local excitation, unlike
/// propagation, does not vanish as the amplitude rises; a firing window narrower than one grid step can be missed.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public abstract partial class FibreModel
{
    /// <summary>Relative width of the final bisection bracket: 1 %.</summary>
    public const double ThresholdRelativeAccuracy = 0.01;

    /// <summary>Grid points per decade of amplitude in the threshold and firing-window scans: 10 (steps of 10^0.1 ≈ 1.26).</summary>
    public const int GridPointsPerDecade = 10;

    /// <summary>Smallest amplitude searched, mA (0.1 µA): a fibre that fires there is reported at this amplitude.</summary>
    internal const double MinimumSearchMa = 1e-4;

    private protected FibreModel()
    {
    }

    /// <summary>Largest integration step (a tenth of the pulse width is used when smaller).</summary>
    public abstract Duration TimeStep { get; }

    /// <summary>Simulated time after the end of the stimulus; a quiet cable ends a run earlier.</summary>
    public abstract Duration Tail { get; }

    /// <summary>Temperature of the nodal kinetics.</summary>
    public abstract Temperature Temperature { get; }

    /// <summary>Whether one pulse, at its own amplitude, makes a propagating action potential.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="pulse">The pulse (its amplitude is used; monophasic pulses are allowed).</param>
    /// <returns>True when an action potential propagates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fibre lies where the field is not modelled, or a fibre value is out of range.</exception>
    public bool Fires(ElectrodeField field, StraightFibre fibre, PulseShape pulse)
    {
        Guard.NotNull(pulse, nameof(pulse));
        var run = Prepare(field, fibre, pulse);
        var a = pulse.Amplitude.ToMilliamperes();
        return a > 0 && run.Fires(a, CancellationToken.None);
    }

    /// <summary>The threshold: the lowest amplitude of a pulse shape that fires the fibre, or null when none up to
    /// <paramref name="maximum"/> does (see the remarks of <see cref="FibreModel"/> for the search).</summary>
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
        var maxMa = MaximumMa(maximum, 100);
        cancellationToken.ThrowIfCancellationRequested();
        var t = ThresholdMa(Prepare(field, fibre, pulse), 1, maxMa, cancellationToken);
        return double.IsFinite(t) ? Current.FromMilliamperes(t) : null;
    }

    /// <summary>The amplitude ranges over which a pulse shape fires the fibre, up to <paramref name="maximum"/>: the
    /// activation threshold, the block threshold (the lower edge of the first range where propagation fails again) and
    /// the re-excitation threshold above it, as PyFibers reports activation and block thresholds.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="fibre">The fibre.</param>
    /// <param name="pulse">The pulse shape (its amplitude is ignored).</param>
    /// <param name="maximum">Largest amplitude scanned; greater than 0 (default 100 mA).</param>
    /// <param name="cancellationToken">Cancels the scan (checked every 1,024 cable time steps).</param>
    /// <returns>The windows; edges within 1 %. Ranges narrower than one grid step (26 %) can be missed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fibre lies where the field is not modelled, a fibre value or the maximum is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public FiringWindows FiringWindows(ElectrodeField field, StraightFibre fibre, PulseShape pulse, Current? maximum = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(pulse, nameof(pulse));
        var maxMa = MaximumMa(maximum, 100);
        return Windows(Prepare(field, fibre, pulse), maxMa, cancellationToken);
    }

    private static FiringWindows Windows(PreparedRun run, double maxMa, CancellationToken cancellationToken)
    {
        var intervals = FiringIntervalsMa(run, maxMa, cancellationToken)
            .Select(i => new FiringInterval(Current.FromMilliamperes(i.From), double.IsFinite(i.To) ? Current.FromMilliamperes(i.To) : null))
            .ToArray();
        return new FiringWindows(intervals, Current.FromMilliamperes(maxMa));
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
            var t = ThresholdMa(Prepare(field, fibre, pulse.WithPulseWidth(w)), guess, 100, cancellationToken);
            if (!double.IsFinite(t)) throw new InvalidOperationException($"The fibre is not excited below 100 mA at {w}.");
            points.Add((w, Current.FromMilliamperes(t)));
            guess = t;
        }
        points.Reverse();
        return new StrengthDurationCurve(points);
    }

    private static double MaximumMa(Current? maximum, double defaultMa) =>
        Guard.InRange((maximum ?? Current.FromMilliamperes(defaultMa)).ToMilliamperes(), 1e-3, 1e4, "maximum", " mA");

    /// <summary>A cable ready to run with one pulse shape's sampled waveform.</summary>
    /// <summary>One fibre's cable and stimulus, ready for runs at any amplitude. "Fires" means an action potential reaches a
    /// monitor node; with <paramref name="SustainedAfterMs"/> above 0, one that arrives after that time (a train's firing
    /// after its onset response), which needs the whole run.</summary>
    internal readonly record struct PreparedRun(IFibreCable Cable, double[] Waveform, int StimulusSteps, double SustainedAfterMs = 0)
    {
        public bool Fires(double amplitudeMa, CancellationToken cancellationToken)
        {
            if (SustainedAfterMs <= 0) return Cable.CountPropagated(Waveform, StimulusSteps, amplitudeMa, 1, null, cancellationToken) > 0;
            var arrivals = new List<double>();
            Cable.CountPropagated(Waveform, StimulusSteps, amplitudeMa, int.MaxValue, arrivals, cancellationToken);
            var after = SustainedAfterMs;
            return arrivals.Exists(t => t > after);
        }
    }

    /// <summary>The integration step for a pulse: <see cref="TimeStep"/>, or a tenth of the pulse width when smaller (at least 100 ns).</summary>
    internal long StepFor(PulseShape pulse) => Math.Max(100, Math.Min(TimeStep.ToNanoseconds(), pulse.PulseWidth.ToNanoseconds() / 10));

    /// <summary>The model's cable for one straight fibre parallel to the cord (x lateral, y depth, mm) with its nodes
    /// shifted along z by <paramref name="nodeShiftMm"/> from "a node under the cathode centre".</summary>
    internal abstract IFibreCable CreateCable(ElectrodeField field, double diameterUm, double xMm, double yMm, double nodeShiftMm, long dtNs);

    /// <summary>Where the nodes of a fibre lie and which two are monitored (indices among the nodes).</summary>
    internal readonly record struct NodeLayout(int Nodes, int Before, double FirstNodeZMm, double InternodeMm, int MonitorLeft, int MonitorRight);

    /// <summary>The nodes of a straight fibre: the active contacts plus <paramref name="marginMm"/> on each side (at least
    /// <paramref name="minimumEachSide"/> internodes), a node under the cathode centre shifted by
    /// <paramref name="nodeShiftMm"/>, monitor nodes two thirds of the margin beyond the contacts (at least 3 internodes
    /// from the centre, at least 1 from the ends).</summary>
    private protected static NodeLayout Layout(ElectrodeField field, double internodeMm, double xMm, double yMm, double nodeShiftMm,
        double marginMm, int minimumEachSide, int maximumNodes)
    {
        var (zMin, zMax) = field.ActiveExtentZMm;
        var centre = field.CathodeCentroidZMm + nodeShiftMm;
        var before = Math.Max((int)Math.Ceiling((centre - (zMin - marginMm)) / internodeMm), minimumEachSide);
        var after = Math.Max((int)Math.Ceiling((zMax + marginMm - centre) / internodeMm), minimumEachSide);
        var count = before + after + 1;
        if (count > maximumNodes)
            throw new ArgumentOutOfRangeException("fibre", count, $"The fibre would need {count} nodes (at most {maximumNodes}): diameter too small for this field extent.");
        var firstZ = centre - before * internodeMm;
        var monitorOffset = 2.0 / 3 * marginMm;
        var left = Math.Clamp((int)Math.Round((zMin - monitorOffset - firstZ) / internodeMm), 1, before - 3);
        var right = Math.Clamp((int)Math.Round((zMax + monitorOffset - firstZ) / internodeMm), before + 3, count - 2);
        return new NodeLayout(count, before, firstZ, internodeMm, left, right);
    }

    internal PreparedRun Prepare(ElectrodeField field, StraightFibre fibre, PulseShape pulse)
    {
        Guard.NotNull(field, nameof(field));
        Guard.NotNull(fibre, nameof(fibre)).Validate();
        Guard.NotNull(pulse, nameof(pulse));
        var dt = StepFor(pulse);
        var cable = CreateCable(field, fibre.Diameter.ToMicrometres(), fibre.Lateral.ToMillimetres(), fibre.Depth.ToMillimetres(),
            fibre.NodeShift.ToMillimetres(), dt);
        return PrepareRun(cable, pulse, dt);
    }

    internal PreparedRun PrepareRun(IFibreCable cable, PulseShape pulse, long dtNs) =>
        new(cable, SampleWaveform(pulse, dtNs, Tail), (int)Math.Ceiling(pulse.TotalDuration.ToNanoseconds() / (double)dtNs));

    /// <summary>The signed cathode current per mA of amplitude at each step's midpoint, over the pulse and the tail.</summary>
    internal static double[] SampleWaveform(PulseShape pulse, long dtNs, Duration tail)
    {
        var unit = pulse.WithAmplitude(Current.FromMilliamperes(1));
        var steps = (int)Math.Ceiling((unit.TotalDuration + tail).ToNanoseconds() / (double)dtNs);
        var w = new double[steps];
        for (var k = 0; k < steps; k++) w[k] = unit.CurrentAt(Duration.FromNanoseconds(k * dtNs + dtNs / 2)).ToMilliamperes();
        return w;
    }

    /// <summary>Amplitude of grid point k, mA: 10^(k / <see cref="GridPointsPerDecade"/>).</summary>
    private static double GridMa(int k) => Math.Pow(10, k / (double)GridPointsPerDecade);

    private static int GridIndexAtOrBelow(double ma) => (int)Math.Floor(Math.Log10(ma) * GridPointsPerDecade + 1e-9);

    /// <summary>
    /// The lowest firing amplitude (mA) within 1 %, +∞ when nothing up to <paramref name="maxMa"/> fires. Starts at the grid
    /// point at or below <paramref name="guessMa"/>; see the class remarks.
    /// </summary>
    internal static double ThresholdMa(PreparedRun run, double guessMa, double maxMa, CancellationToken cancellationToken = default)
    {
        var kMin = GridIndexAtOrBelow(MinimumSearchMa);
        var kMax = GridIndexAtOrBelow(maxMa);
        double At(int k) => k > kMax ? maxMa : GridMa(k);
        var k0 = Math.Clamp(GridIndexAtOrBelow(Math.Clamp(guessMa, MinimumSearchMa, maxMa)), kMin, kMax);
        int? lowestFiring = null;
        // Downward while anything is excited: a firing range may lie below a block window.
        var k = k0;
        for (; k >= kMin; k--)
        {
            if (run.Fires(At(k), cancellationToken)) lowestFiring = k;
            else if (!run.Cable.LastRunExcited) break;
        }
        if (lowestFiring == kMin) return MinimumSearchMa; // fires all the way down to the search floor
        if (lowestFiring is null)
        {
            // Nothing at or below the start fires: go up until something does (the last point is the maximum itself).
            for (k = k0 + 1; k <= kMax + 1 && lowestFiring is null; k++)
            {
                if (k == kMax + 1 && GridMa(kMax) >= maxMa * (1 - 1e-9)) break;
                if (run.Fires(At(k), cancellationToken)) lowestFiring = k;
            }
            if (lowestFiring is null) return double.PositiveInfinity;
        }
        return BisectEdge(run, At(lowestFiring.Value - 1), At(lowestFiring.Value), cancellationToken);
    }

    /// <summary>Geometric bisection of a firing edge between a non-firing <paramref name="quietMa"/> and a firing
    /// <paramref name="firingMa"/> (either order); returns the geometric midpoint of the final 1 % bracket.</summary>
    private static double BisectEdge(PreparedRun run, double quietMa, double firingMa, CancellationToken cancellationToken)
    {
        while (Math.Max(quietMa, firingMa) / Math.Min(quietMa, firingMa) > 1 + ThresholdRelativeAccuracy)
        {
            var mid = Math.Sqrt(quietMa * firingMa);
            if (run.Fires(mid, cancellationToken)) firingMa = mid; else quietMa = mid;
        }
        return Math.Sqrt(quietMa * firingMa);
    }

    /// <summary>The firing intervals (mA, upper edge +∞ when firing continues to <paramref name="maxMa"/>): the threshold
    /// search, then every grid point above it, each change bisected.</summary>
    internal static List<(double From, double To)> FiringIntervalsMa(PreparedRun run, double maxMa, CancellationToken cancellationToken)
    {
        var result = new List<(double, double)>();
        var from = ThresholdMa(run, 1, maxMa, cancellationToken);
        if (!double.IsFinite(from)) return result;
        var kMax = GridIndexAtOrBelow(maxMa);
        var previousMa = from;
        var firing = true;
        for (var k = GridIndexAtOrBelow(from) + 1; k <= kMax + 1; k++)
        {
            var a = k > kMax ? maxMa : GridMa(k);
            if (a <= previousMa) continue;
            var fires = run.Fires(a, cancellationToken);
            if (fires != firing)
            {
                var edge = BisectEdge(run, fires ? previousMa : a, fires ? a : previousMa, cancellationToken);
                if (firing) result.Add((from, edge)); else from = edge;
                firing = fires;
            }
            previousMa = a;
        }
        if (firing) result.Add((from, double.PositiveInfinity));
        return result;
    }
}
