using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// How a program's pulse train changes fibre thresholds, diameter by diameter, so that recruitment analyses can use the
/// program instead of one pulse without a train simulation per fibre: the ratio of the train threshold
/// (<see cref="FibreModel.TrainThreshold"/>) to the single-pulse threshold (<see cref="FibreModel.Threshold"/>) of a
/// reference fibre at each grid diameter, interpolated in ln D, multiplied into the threshold surface.
/// </summary>
/// <remarks>
/// <para>The reference fibre lies on the field's reference axis, <see cref="ReferenceDepth"/> below the cord surface.
/// Assumption (tested): the ratio depends on the diameter and the program far more than on where the fibre lies, since
/// it comes from the membrane's response to the pulse sequence, not from the field's shape. Measured with McNeal fibres
/// under a guarded tripole: see MODEL.md.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TrainFactors
{
    private readonly double[] _lnD, _factor;
    private readonly double[][]? _windowFactors; // per diameter: from, to, from, to, ... over the single-pulse threshold

    private TrainFactors(StimulationProgram program, Duration window, double[] diametersUm, double[] factors,
        FiringWindows[]? sustained, double[]? singleMa)
    {
        Program = program; Window = window;
        _lnD = diametersUm.Select(v => Math.Log(v)).ToArray(); _factor = factors;
        Diameters = diametersUm.Select(v => Length.FromMicrometres(v)).ToArray();
        SustainedFiring = sustained;
        _windowFactors = sustained?.Select((w, i) => w.Intervals
            .SelectMany(x => new[] { x.From.ToMilliamperes() / singleMa![i], x.To is { } to ? to.ToMilliamperes() / singleMa[i] : double.PositiveInfinity })
            .ToArray()).ToArray();
    }

    /// <summary>How far above its train threshold a kilohertz reference fibre's firing windows are scanned: 4 times, or to
    /// 100 mA if lower (but at least 1.3 times, for a fibre whose train threshold lies near 100 mA). Above the scan the
    /// fibre is taken to stay as it was at the scan's top (blocked or firing).</summary>
    /// <remarks>The range of the measurement in MODEL.md (12 µm McNeal fibre: sustained firing 1.04-1.64 × and 1.73-2.29 ×
    /// its train threshold, blocked from there to at least 4 ×), not a physiological limit.</remarks>
    public const double BlockScanFactor = 4;

    /// <summary>For a kilohertz program (<see cref="HighFrequencyProgram"/>), the reference fibre's sustained-firing
    /// windows at each of <see cref="Diameters"/> (<see cref="FibreModel.TrainFiringWindows"/>: firing after the onset
    /// response; block where a window ends), scanned to <see cref="BlockScanFactor"/> × its train threshold; null for
    /// other programs (their trains do not block). Recruitment analyses count a fibre as recruited inside these windows,
    /// scaled by its own single-pulse threshold (<see cref="RecruitmentAnalysis"/>).</summary>
    public IReadOnlyList<FiringWindows>? SustainedFiring { get; }

    /// <summary>Depth of the reference fibres below the dorsal cord surface: 0.1 mm (where dorsal-column recruitment starts).</summary>
    public static Length ReferenceDepth { get; } = Length.FromMillimetres(0.1);

    /// <summary>The program the factors belong to.</summary>
    public StimulationProgram Program { get; }

    /// <summary>Simulated stretch of the program per train threshold.</summary>
    public Duration Window { get; }

    /// <summary>The diameters computed (those of the request whose reference fibre fires below 100 mA).</summary>
    public IReadOnlyList<Length> Diameters { get; }

    /// <summary>Train threshold over single-pulse threshold at each of <see cref="Diameters"/> (1: the train changes nothing).</summary>
    public IReadOnlyList<double> Factors => _factor;

    /// <summary>The highest tonic rate at which the train is taken to leave thresholds as one pulse sets them: 1,200 Hz.</summary>
    /// <remarks>Measured (MODEL.md, guarded tripole, 300 µs, 100 ms trains, every default grid diameter): McNeal factors
    /// 1.000 at 40, 50, 200, 500 and 1,200 Hz; MRG 1.000 at 50 Hz and 0.993-1.000 at 1,200 Hz. The range of the
    /// measurement, not a physiological limit.</remarks>
    public static Frequency TonicUnchangedUpTo { get; } = Frequency.FromHertz(1200);

    /// <summary>The train an analysis of <paramref name="program"/> must simulate, or null when its single pulse sets the
    /// thresholds: null for tonic programs up to <see cref="TonicUnchangedUpTo"/> (their factors are 1 within 1 %, so
    /// simulating them would cost seconds for nothing); a cycling program's own program (its on-phase at full amplitude:
    /// the ramps are not simulated); every other program itself (bursts, kilohertz trains).</summary>
    /// <param name="program">The program.</param>
    /// <returns>The train to simulate, or null.</returns>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    public static StimulationProgram? TrainToSimulate(StimulationProgram program) => Guard.NotNull(program, nameof(program)) switch
    {
        CyclingProgram c => TrainToSimulate(c.Program),
        TonicProgram t when t.Frequency <= TonicUnchangedUpTo => null,
        var other => other,
    };

    /// <summary>Computes the factors.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="program">The program.</param>
    /// <param name="model">The fibre model.</param>
    /// <param name="diameters">Fibre diameters; at least two.</param>
    /// <param name="window">Simulated stretch per train threshold (default <see cref="FibreModel.DefaultTrainDuration"/>).</param>
    /// <param name="progress">Receives a report after each diameter.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The factors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two diameters.</exception>
    /// <remarks>Diameters whose reference fibre one pulse does not excite below 100 mA are left out (their fibres take the
    /// factor of the thinnest diameter computed; they are not recruited at device amplitudes anyway).</remarks>
    /// <exception cref="InvalidOperationException">No reference fibre is excited below 100 mA, or the train does not excite one that its pulse does.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static TrainFactors Compute(ElectrodeField field, StimulationProgram program, FibreModel model, IEnumerable<Length> diameters,
        Duration? window = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(field, nameof(field)); Guard.NotNull(program, nameof(program)); Guard.NotNull(model, nameof(model));
        var d = Guard.NotNull(diameters, nameof(diameters)).Select(x => x.ToMicrometres()).Distinct().Order().ToArray();
        if (d.Length < 2) throw new ArgumentException("diameters needs at least two distinct diameters.", nameof(diameters));
        var span = window ?? FibreModel.DefaultTrainDuration;
        var kilohertz = program is HighFrequencyProgram;
        // Single-pulse thresholds from the largest diameter down (cheap); once a reference fibre is not excited below
        // 100 mA, thinner ones are not either. Then the trains (seconds each) in parallel, one diameter per task.
        var singles = new List<(double D, double SingleMa)>();
        for (var i = d.Length - 1; i >= 0; i--)
        {
            var single = model.Threshold(field, Reference(field, d[i]), program.Pulse, cancellationToken: cancellationToken);
            if (single is null) break;
            singles.Insert(0, (d[i], single.Value.ToMilliamperes()));
        }
        var computed = new (double D, double Factor, FiringWindows? Sustained, double SingleMa)[singles.Count];
        var done = d.Length - singles.Count;
        if (done > 0) progress?.Report(new SweepProgress(done, d.Length));
        try
        {
            Parallel.For(0, singles.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            {
                var (diameter, singleMa) = singles[k];
                var fibre = Reference(field, diameter);
                var train = model.TrainThreshold(field, fibre, program, span, cancellationToken: cancellationToken)
                    ?? throw new InvalidOperationException($"A {diameter:G4} µm reference fibre fires at {singleMa:G6} mA for one pulse but not below 100 mA for {program}.");
                FiringWindows? sustained = null;
                if (kilohertz)
                {
                    var top = Math.Min(BlockScanFactor * train.ToMilliamperes(), 100);
                    sustained = model.TrainFiringWindows(field, fibre, program, span, Current.FromMilliamperes(Math.Max(top, 1.3 * train.ToMilliamperes())), cancellationToken);
                }
                computed[k] = (diameter, train.ToMilliamperes() / singleMa, sustained, singleMa);
                lock (computed) progress?.Report(new SweepProgress(++done, d.Length)); // in order, one at a time
            });
        }
        catch (AggregateException e)
        {
            // The first failure as itself (an unexcitable train, a cancellation), as the sequential loop threw it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        if (computed.Length == 0)
            throw new InvalidOperationException($"No reference fibre ({d[^1]:G4} µm and thinner, {ReferenceDepth} deep) is excited below 100 mA by one pulse of {program}.");
        progress?.Report(new SweepProgress(d.Length, d.Length));
        var factors = computed.Select(c => c.Factor).ToArray();
        d = computed.Select(c => c.D).ToArray();
        return new TrainFactors(program, span, d, factors, kilohertz ? computed.Select(c => c.Sustained!).ToArray() : null,
            computed.Select(c => c.SingleMa).ToArray());
    }

    private static StraightFibre Reference(ElectrodeField field, double diameterUm) =>
        new(Length.FromMicrometres(diameterUm), Length.FromMillimetres(field.ReferenceLateralMm), ReferenceDepth);

    /// <summary>The factor at a diameter: linear in ln D between computed diameters, the end values beyond them.</summary>
    /// <param name="diameter">Greater than 0.</param>
    /// <returns>Train threshold over single-pulse threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The diameter is not positive.</exception>
    public double FactorAt(Length diameter) => FactorAt(Guard.Positive(diameter.ToMicrometres(), nameof(diameter), " µm"));

    internal double FactorAt(double diameterUm)
    {
        var x = Math.Log(diameterUm);
        if (x <= _lnD[0]) return _factor[0];
        if (x >= _lnD[^1]) return _factor[^1];
        var i = Array.FindLastIndex(_lnD, v => v <= x);
        var f = (x - _lnD[i]) / (_lnD[i + 1] - _lnD[i]);
        return _factor[i] + f * (_factor[i + 1] - _factor[i]);
    }

    /// <summary>
    /// The sustained-firing windows of a fibre of <paramref name="diameterUm"/> over its single-pulse threshold (from, to,
    /// from, to, ...; the last "to" infinite when the fibre still fired at the scan's top), from the computed diameter
    /// nearest in ln D (windows do not interpolate: their number changes from diameter to diameter); null for programs
    /// that do not block.
    /// </summary>
    internal double[]? WindowFactorsAt(double diameterUm)
    {
        if (_windowFactors is null) return null;
        var x = Math.Log(diameterUm);
        var nearest = 0;
        for (var i = 1; i < _lnD.Length; i++)
            if (Math.Abs(_lnD[i] - x) < Math.Abs(_lnD[nearest] - x)) nearest = i;
        return _windowFactors[nearest];
    }

    /// <summary>For example "tonic 50 Hz, ...: ×1.000-1.000 over 1.5-16 µm (100 ms trains)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Program}: ×{_factor.Min():0.000}-{_factor.Max():0.000} over {Diameters[0]}-{Diameters[^1]} ({Window} trains)";
}
