using System.Globalization;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Everything the activation model needs for one stimulation setup: the patient's fibres (a seeded population), the
/// lead placement(s), the electrode configuration, the pulse, the volume conductor, the fibre cable model, the threshold
/// grid and the perception/discomfort criteria. The one way into the activation model: <see cref="Recruitment"/> gives
/// thresholds, curves and coverage; <see cref="LeadMigration"/> and <see cref="Reprogramming"/> take a setup.
/// </summary>
/// <remarks>
/// <para>Immutable: the <c>With...</c> methods return a new setup. The expensive parts (the threshold surface, about half a
/// second of cable-model runs, and the recruitment analysis) are computed on first use and shared through a bounded cache
/// keyed by exactly what they depend on: the surface by the electrodes, placements, medium, pulse shape <em>without its
/// amplitude</em> (the field is linear in current), grid and fibre model; the analysis by the surface, the population and
/// the criteria. So a setup that differs only in amplitude reuses the surface and the analysis, and the same setup built
/// twice computes once.</para>
/// <para>Thread-safe: concurrent calls for the same setup wait for one computation; each caller's cancellation token
/// cancels only its own wait (see <see cref="Surface"/>). The cache keeps the 64 most recently
/// used results of each kind; <see cref="ClearCache"/> empties it.</para>
/// </remarks>
public sealed class StimulationSetup : IEquatable<StimulationSetup>
{
    /// <summary>Threshold surfaces, recruitment analyses and fibre populations each kept in the shared cache (64 each:
    /// a surface with its field is a few hundred kilobytes at most, a population of 10,200 fibres about 0.4 MB).</summary>
    internal const int CacheCapacity = 64;

    private static readonly ComputationCache<PopulationKey, FibrePopulation> Populations = new(CacheCapacity);
    private static readonly ComputationCache<SurfaceKey, ThresholdSurface> Surfaces = new(CacheCapacity);
    private static readonly ComputationCache<AnalysisKey, RecruitmentAnalysis> Analyses = new(CacheCapacity);
    // Train factors depend on the field, the program and the fibre model, not on the population: shared across seeds.
    private static readonly ComputationCache<TrainKey, TrainFactors> TrainFactorSets = new(CacheCapacity);

    private readonly LeadPlacement[] _placements;
    private readonly ThresholdSurfaceGrid? _grid; // null: the default grid for the pulse width

    /// <summary>A setup on one lead, with the default population (seed 1), layered medium, McNeal fibre model, default
    /// grid and criteria; change any of them with the <c>With...</c> methods.</summary>
    /// <param name="electrodes">A single-lead electrode configuration.</param>
    /// <param name="placement">Where the lead lies.</param>
    /// <param name="pulse">The pulse; its amplitude is the programmed amplitude (used by migration reports and by
    /// <see cref="RecruitmentAnalysis.CoverageAt"/> callers), its shape and width set the thresholds.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The configuration uses two leads.</exception>
    public StimulationSetup(ElectrodeConfiguration electrodes, LeadPlacement placement, PulseShape pulse)
        : this(electrodes, [Guard.NotNull(placement, nameof(placement))], pulse)
    {
    }

    /// <summary>A setup on one or two leads, with a placement for each (defaults as for the single-lead constructor).</summary>
    /// <param name="electrodes">The electrode configuration.</param>
    /// <param name="placements">One placement per lead of the configuration, in order; all over the same CSF thickness.</param>
    /// <param name="pulse">The pulse (see the single-lead constructor).</param>
    /// <exception cref="ArgumentNullException">An argument or a placement is null.</exception>
    /// <exception cref="ArgumentException">The placements do not match the leads, or their CSF thicknesses differ.</exception>
    public StimulationSetup(ElectrodeConfiguration electrodes, IEnumerable<LeadPlacement> placements, PulseShape pulse)
        : this(Guard.NotNull(electrodes, nameof(electrodes)), CheckedPlacements(electrodes, placements), Guard.NotNull(pulse, nameof(pulse)),
            ConductiveMedium.LayeredDefault, McNealFibreModel.Default, null, RecruitmentCriteria.Default, 1, FibrePopulationOptions.Default)
    {
    }

    private StimulationSetup(ElectrodeConfiguration electrodes, LeadPlacement[] placements, PulseShape pulse, ConductiveMedium medium,
        FibreModel fibreModel, ThresholdSurfaceGrid? grid, RecruitmentCriteria criteria, ulong populationSeed, FibrePopulationOptions populationOptions)
    {
        Electrodes = electrodes; _placements = placements; Pulse = pulse; Medium = medium; FibreModel = fibreModel; _grid = grid;
        Criteria = criteria; PopulationSeed = populationSeed; PopulationOptions = populationOptions;
    }

    private static LeadPlacement[] CheckedPlacements(ElectrodeConfiguration electrodes, IEnumerable<LeadPlacement> placements)
    {
        var list = Guard.NotNull(placements, nameof(placements)).Select(p => Guard.NotNull(p, nameof(placements))).ToArray();
        // The field checks lead count and CSF thickness with messages in the user's words; build it once here to fail early.
        _ = new ElectrodeField(electrodes, list, ConductiveMedium.LayeredDefault);
        return list;
    }

    /// <summary>The electrode configuration.</summary>
    public ElectrodeConfiguration Electrodes { get; }

    /// <summary>One placement per lead, in the configuration's lead order.</summary>
    public IReadOnlyList<LeadPlacement> Placements => _placements;

    /// <summary>The pulse: its shape and width set the thresholds; its amplitude is the programmed amplitude.</summary>
    public PulseShape Pulse { get; }

    /// <summary>The volume conductor (default <see cref="ConductiveMedium.LayeredDefault"/>).</summary>
    public ConductiveMedium Medium { get; }

    /// <summary>The fibre cable model (default <see cref="McNealFibreModel.Default"/>, McNeal 1976).</summary>
    public FibreModel FibreModel { get; }

    /// <summary>The threshold grid: the one given, or <see cref="ThresholdSurfaceGrid.DefaultFor"/> the pulse width.</summary>
    public ThresholdSurfaceGrid Grid => _grid ?? ThresholdSurfaceGrid.DefaultFor(Pulse.PulseWidth);

    /// <summary>Perception, discomfort and coverage criteria (default <see cref="RecruitmentCriteria.Default"/>).</summary>
    public RecruitmentCriteria Criteria { get; }

    /// <summary>Seed of the patient's fibre population (default 1): the same seed gives the same fibres on every runtime.</summary>
    public ulong PopulationSeed { get; }

    /// <summary>Settings of the fibre population (default <see cref="FibrePopulationOptions.Default"/>).</summary>
    public FibrePopulationOptions PopulationOptions { get; }

    /// <summary>The same setup with another population.</summary>
    /// <param name="seed">The population seed.</param>
    /// <param name="options">Population settings (default <see cref="FibrePopulationOptions.Default"/>).</param>
    /// <returns>The new setup.</returns>
    public StimulationSetup WithPopulation(ulong seed, FibrePopulationOptions? options = null) =>
        new(Electrodes, _placements, Pulse, Medium, FibreModel, _grid, Criteria, seed, options ?? FibrePopulationOptions.Default) { Program = Program };

    /// <summary>The same setup with another electrode configuration on the same lead(s).</summary>
    /// <param name="electrodes">The configuration; as many leads as placements.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The configuration is null.</exception>
    /// <exception cref="ArgumentException">The configuration does not use as many leads as there are placements.</exception>
    public StimulationSetup WithElectrodes(ElectrodeConfiguration electrodes)
    {
        Guard.NotNull(electrodes, nameof(electrodes));
        return new(electrodes, CheckedPlacements(electrodes, _placements), Pulse, Medium, FibreModel, _grid, Criteria, PopulationSeed, PopulationOptions) { Program = Program };
    }

    /// <summary>The same setup with the lead(s) placed elsewhere.</summary>
    /// <param name="placements">One placement per lead.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The list or a placement is null.</exception>
    /// <exception cref="ArgumentException">The placements do not match the leads, or their CSF thicknesses differ.</exception>
    public StimulationSetup WithPlacements(IEnumerable<LeadPlacement> placements) =>
        new(Electrodes, CheckedPlacements(Electrodes, placements), Pulse, Medium, FibreModel, _grid, Criteria, PopulationSeed, PopulationOptions) { Program = Program };

    /// <summary>The same setup with every lead moved together (a migration).</summary>
    /// <param name="rostroCaudal">Displacement along the cord, positive caudal.</param>
    /// <param name="lateral">Displacement across the cord, positive to the right.</param>
    /// <returns>The new setup (dorsal CSF thickness unchanged).</returns>
    public StimulationSetup Moved(Length rostroCaudal, Length lateral) => WithPlacements(_placements.Select(p => p.Moved(rostroCaudal, lateral)));

    /// <summary>The same setup with another pulse (a new width or shape computes a new surface; a new amplitude does not).</summary>
    /// <param name="pulse">The pulse.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The pulse is null.</exception>
    public StimulationSetup WithPulse(PulseShape pulse) =>
        new(Electrodes, _placements, Guard.NotNull(pulse, nameof(pulse)), Medium, FibreModel, _grid, Criteria, PopulationSeed, PopulationOptions)
        { Program = Program?.WithPulse(pulse) };

    /// <summary>The same setup driven by a program's pulse train instead of one pulse: the pulse becomes the program's, and
    /// <see cref="Recruitment"/> multiplies every fibre's single-pulse threshold by the program's <see cref="TrainFactors"/>
    /// at its diameter (computed once per program, field and fibre model: 16 train-threshold searches, seconds).</summary>
    /// <param name="program">The program (tonic, burst, high frequency, cycling), or null for single-pulse analyses.</param>
    /// <returns>The new setup.</returns>
    public StimulationSetup WithProgram(StimulationProgram? program) =>
        new(Electrodes, _placements, program?.Pulse ?? Pulse, Medium, FibreModel, _grid, Criteria, PopulationSeed, PopulationOptions) { Program = program };

    /// <summary>The program whose pulse train drives the analyses, or null when they use single pulses (the default).</summary>
    public StimulationProgram? Program { get; private init; }

    /// <summary>The same setup at another amplitude (shares this setup's surface and analysis).</summary>
    /// <param name="amplitude">The programmed amplitude.</param>
    /// <returns>The new setup.</returns>
    public StimulationSetup WithAmplitude(Current amplitude) => WithPulse(Pulse.WithAmplitude(amplitude));

    /// <summary>The same setup in another volume conductor.</summary>
    /// <param name="medium">The medium.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The medium is null.</exception>
    public StimulationSetup WithMedium(ConductiveMedium medium) =>
        new(Electrodes, _placements, Pulse, Guard.NotNull(medium, nameof(medium)), FibreModel, _grid, Criteria, PopulationSeed, PopulationOptions) { Program = Program };

    /// <summary>The same setup with another fibre cable model.</summary>
    /// <param name="fibreModel">The model.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The model is null.</exception>
    public StimulationSetup WithFibreModel(FibreModel fibreModel) =>
        new(Electrodes, _placements, Pulse, Medium, Guard.NotNull(fibreModel, nameof(fibreModel)), _grid, Criteria, PopulationSeed, PopulationOptions) { Program = Program };

    /// <summary>The same setup on another threshold grid.</summary>
    /// <param name="grid">The grid; it must include the pulse width and cover the population (checked by <see cref="Recruitment"/>).
    /// Null returns to the default grid for the pulse width.</param>
    /// <returns>The new setup.</returns>
    public StimulationSetup WithGrid(ThresholdSurfaceGrid? grid) =>
        new(Electrodes, _placements, Pulse, Medium, FibreModel, grid, Criteria, PopulationSeed, PopulationOptions) { Program = Program };

    /// <summary>The same setup with other criteria.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The new setup.</returns>
    /// <exception cref="ArgumentNullException">The criteria are null.</exception>
    public StimulationSetup WithCriteria(RecruitmentCriteria criteria) =>
        new(Electrodes, _placements, Pulse, Medium, FibreModel, _grid, Guard.NotNull(criteria, nameof(criteria)), PopulationSeed, PopulationOptions) { Program = Program };

    /// <summary>The patient's fibres (generated once per seed and options, then shared).</summary>
    public FibrePopulation Population =>
        Populations.GetOrCompute(new PopulationKey(PopulationSeed, PopulationOptions), _ => FibrePopulation.Generate(PopulationSeed, PopulationOptions), CancellationToken.None);

    /// <summary>The electrode field of this setup (cheap: built on each call).</summary>
    public ElectrodeField Field => new(Electrodes, _placements, Medium);

    /// <summary>The threshold surface: computed on first use (about half a second on the default grid, plus about 0.1 s the first time the field's line tables are built), then shared by every
    /// setup with the same electrodes, placements, medium, pulse shape (any amplitude), grid and fibre model.</summary>
    /// <param name="progress">Grid points done, while this call computes the surface (one report when it was cached).</param>
    /// <param name="cancellationToken">Cancels this call: the computation (checked at every grid point and every 1,024 cable
    /// time steps) or, when another caller is computing the same surface, the wait for it.</param>
    /// <returns>The surface; its <see cref="ThresholdSurface.Pulse"/> is this setup's pulse at 1 mA.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A grid point lies where the field is not modelled.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ThresholdSurface Surface(IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var key = SurfaceKeyOf();
        var computed = false;
        var surface = Surfaces.GetOrCompute(key, ct =>
        {
            computed = true;
            return ThresholdSurface.Compute(new ElectrodeField(Electrodes, _placements, Medium), key.Pulse, key.Grid, FibreModel, progress: progress, cancellationToken: ct);
        }, cancellationToken);
        if (!computed) progress?.Report(new SweepProgress(surface.Grid.PointCount, surface.Grid.PointCount));
        return surface;
    }

    /// <summary>The recruitment analysis (perception and discomfort thresholds, recruitment curves, coverage, ECAP proxy):
    /// computed on first use from <see cref="Surface"/> and <see cref="Population"/> (and, with a <see cref="Program"/>, its
    /// <see cref="TrainFactors"/>), then shared like the surface.</summary>
    /// <param name="progress">Steps done of all the steps while this call computes the analysis: the surface's grid points,
    /// then one per train-factor diameter; one report when it was cached.</param>
    /// <param name="cancellationToken">Cancels this call (see <see cref="Surface"/>).</param>
    /// <returns>The analysis at the pulse width.</returns>
    /// <exception cref="ArgumentException">The population lies outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cathodes lie outside the modelled T4-L1 range, or the grid does not
    /// include the pulse width.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public RecruitmentAnalysis Recruitment(IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var surfaceKey = SurfaceKeyOf();
        // Cheap checks first, so a lead outside the modelled range fails before half a second of cable runs.
        RecruitmentAnalysis.SegmentAtCathodes(Field);
        var program = Program?.WithAmplitude(Current.FromMilliamperes(1));
        var surfaceSteps = Grid.PointCount * (Field.IsMirrorSymmetric ? 1 : 2);
        var trainSteps = program is null ? 0 : Grid.Diameters.Count;
        var total = surfaceSteps + trainSteps;
        var computed = false;
        var analysis = Analyses.GetOrCompute(new AnalysisKey(surfaceKey, new PopulationKey(PopulationSeed, PopulationOptions), Criteria, program), ct =>
        {
            computed = true;
            var surface = Surface(progress is null ? null : new Offset(progress, 0, total), ct);
            var factorsComputed = false;
            var factors = program is null ? null
                : TrainFactorSets.GetOrCompute(new TrainKey(surfaceKey, program), ct2 =>
                {
                    factorsComputed = true;
                    return TrainFactors.Compute(Field, program, FibreModel, Grid.Diameters,
                        progress: progress is null ? null : new Offset(progress, surfaceSteps, total), cancellationToken: ct2);
                }, ct);
            if (factors is not null && !factorsComputed) progress?.Report(new SweepProgress(total, total));
            return RecruitmentAnalysis.FromSurface(Population, surface, Criteria, Pulse.PulseWidth, factors);
        }, cancellationToken);
        if (!computed) progress?.Report(new SweepProgress(total, total));
        return analysis;
    }

    /// <summary>Reports one stage's progress as part of a whole: done + offset of total.</summary>
    private sealed class Offset(IProgress<SweepProgress> whole, int offset, int total) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => whole.Report(new SweepProgress(Math.Min(offset + value.Completed, total), total));
    }

    /// <summary>Whether this setup's surface is already in the cache (for tests and for callers deciding whether to show progress).</summary>
    public bool IsSurfaceCached => Surfaces.Contains(SurfaceKeyOf());

    /// <summary>Empties the shared cache of surfaces, analyses and populations (computations in progress still finish).</summary>
    public static void ClearCache()
    {
        Populations.Clear(); Surfaces.Clear(); Analyses.Clear(); TrainFactorSets.Clear();
    }

    internal static long SurfaceComputations => Surfaces.Computations;

    private SurfaceKey SurfaceKeyOf() => new(Electrodes, _placements, Medium, Pulse.WithAmplitude(Current.FromMilliamperes(1)), Grid, FibreModel);

    /// <summary>Whether two setups describe the same stimulation (every member equal; placements in order).</summary>
    /// <param name="other">The other setup.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(StimulationSetup? other) =>
        other is not null && Pulse == other.Pulse && PopulationSeed == other.PopulationSeed && PopulationOptions == other.PopulationOptions
        && Criteria == other.Criteria && SurfaceKeyOf() == other.SurfaceKeyOf() && Equals(Program, other.Program);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StimulationSetup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SurfaceKeyOf(), Pulse, PopulationSeed, Criteria, Program);

    /// <summary>A one-line description: configuration, placement(s), pulse, population seed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Electrodes} at {string.Join(" + ", _placements.Select(p => p.ToString()))}, {(Program is null ? Pulse.ToString() : Program.ToString())}, population seed {PopulationSeed}");

    private readonly record struct PopulationKey(ulong Seed, FibrePopulationOptions Options);

    private readonly record struct TrainKey(SurfaceKey Surface, StimulationProgram Program);

    private readonly record struct AnalysisKey(SurfaceKey Surface, PopulationKey Population, RecruitmentCriteria Criteria, StimulationProgram? Program);

    private sealed record SurfaceKey(ElectrodeConfiguration Electrodes, LeadPlacement[] Placements, ConductiveMedium Medium, PulseShape Pulse,
        ThresholdSurfaceGrid Grid, FibreModel Model)
    {
        public bool Equals(SurfaceKey? other) =>
            other is not null && Electrodes == other.Electrodes && Placements.AsSpan().SequenceEqual(other.Placements) && Medium == other.Medium
            && Pulse == other.Pulse && Grid == other.Grid && Model.Equals(other.Model);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Electrodes); foreach (var p in Placements) hash.Add(p);
            hash.Add(Medium); hash.Add(Pulse); hash.Add(Grid); hash.Add(Model);
            return hash.ToHashCode();
        }
    }
}
