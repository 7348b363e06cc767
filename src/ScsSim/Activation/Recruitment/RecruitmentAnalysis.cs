using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>A dermatome on one side of the body.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Dermatome">The dermatome.</param>
/// <param name="Side">The side.</param>
public readonly record struct BodyRegion(Dermatome Dermatome, BodySide Side)
{
    /// <summary>For example "L4 left".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Dermatome} {(Side == BodySide.Left ? "left" : "right")}";
}

/// <summary>
/// When a virtual patient perceives the stimulation, when it becomes uncomfortable, and when a dermatome counts as
/// covered by paresthesia. These are modelling choices (configurable), not measured constants.
/// </summary>
/// <remarks>
/// Perception: the first few large dorsal-column fibres (default 0.1 % of those present). Discomfort: recruitment of the
/// dorsal-root fibres on either side (default 5 % of a side's roots) — the segmental, often unpleasant effect Holsheimer
/// describes (Holsheimer J, Neuromodulation 5:25, 2002) — or of a large share of the dorsal columns (default 20 %),
/// whichever comes first. Coverage: a dermatome on one side receives paresthesia when at least 0.5 % of its dorsal-column
/// fibres (or of that side's dorsal-root fibres, for the root's own dermatome) are recruited.
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record RecruitmentCriteria
{
    /// <summary>Creates criteria.</summary>
    /// <param name="perceptionDorsalColumnFraction">Share of the dorsal-column fibres recruited at perception; greater than 0 up to 1 (default 0.001).</param>
    /// <param name="discomfortDorsalRootFraction">Share of one side's dorsal-root fibres recruited at discomfort; greater than 0 up to 1 (default 0.05).</param>
    /// <param name="discomfortDorsalColumnFraction">Share of the dorsal-column fibres recruited at discomfort; greater than 0 up to 1 (default 0.2).</param>
    /// <param name="coverageFraction">Share of a dermatome's fibres that must be recruited for paresthesia there; greater than 0 up to 1 (default 0.005).</param>
    /// <exception cref="ArgumentOutOfRangeException">A fraction is out of range.</exception>
    public RecruitmentCriteria(double perceptionDorsalColumnFraction = 0.001, double discomfortDorsalRootFraction = 0.05,
        double discomfortDorsalColumnFraction = 0.2, double coverageFraction = 0.005)
    {
        PerceptionDorsalColumnFraction = Fraction(perceptionDorsalColumnFraction, nameof(perceptionDorsalColumnFraction));
        DiscomfortDorsalRootFraction = Fraction(discomfortDorsalRootFraction, nameof(discomfortDorsalRootFraction));
        DiscomfortDorsalColumnFraction = Fraction(discomfortDorsalColumnFraction, nameof(discomfortDorsalColumnFraction));
        CoverageFraction = Fraction(coverageFraction, nameof(coverageFraction));
    }

    private static double Fraction(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0 || value > 1)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0 and at most 1; got {value:G6}.");
        return value;
    }

    /// <summary>The defaults.</summary>
    public static RecruitmentCriteria Default { get; } = new();

    /// <summary>Share of the dorsal-column fibres recruited at perception.</summary>
    public double PerceptionDorsalColumnFraction { get; }

    /// <summary>Share of one side's dorsal-root fibres recruited at discomfort.</summary>
    public double DiscomfortDorsalRootFraction { get; }

    /// <summary>Share of the dorsal-column fibres recruited at discomfort.</summary>
    public double DiscomfortDorsalColumnFraction { get; }

    /// <summary>Share of a dermatome's fibres recruited for paresthesia there.</summary>
    public double CoverageFraction { get; }
}

/// <summary>What sets the discomfort threshold.</summary>
public enum DiscomfortCause
{
    /// <summary>Dorsal-root recruitment (segmental effects).</summary>
    DorsalRoot,

    /// <summary>A large share of the dorsal columns.</summary>
    DorsalColumn,
}

/// <summary>The usage range: from perception to discomfort.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Perception">Perception threshold.</param>
/// <param name="Discomfort">Discomfort threshold.</param>
/// <param name="Cause">What sets the discomfort threshold.</param>
public sealed record UsageRange(Current Perception, Current Discomfort, DiscomfortCause Cause)
{
    /// <summary>Discomfort over perception (Holsheimer's "usage range" as a ratio).</summary>
    public double Ratio => Discomfort / Perception;

    /// <summary>Whether an amplitude lies in [perception, discomfort).</summary>
    /// <param name="amplitude">The amplitude.</param>
    /// <returns>True inside the range.</returns>
    public bool Contains(Current amplitude) => amplitude >= Perception && amplitude < Discomfort;
}

/// <summary>Recruitment at a list of amplitudes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Amplitudes">The amplitudes.</param>
/// <param name="DorsalColumnFraction">Share of the dorsal-column fibres present that are recruited.</param>
/// <param name="DorsalRootFraction">Share of the dorsal-root fibres recruited (both sides).</param>
/// <param name="EcapProxy">ECAP proxy (sum of recruited fibre diameters, µm) per pulse.</param>
public sealed record RecruitmentCurve(IReadOnlyList<Current> Amplitudes, IReadOnlyList<double> DorsalColumnFraction,
    IReadOnlyList<double> DorsalRootFraction, IReadOnlyList<double> EcapProxy)
{
    /// <summary>Whether two curves have the same points.</summary>
    /// <param name="other">The other curve.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RecruitmentCurve? other) =>
        other is not null && RecordMembers.SequenceEqual(Amplitudes, other.Amplitudes) && RecordMembers.SequenceEqual(DorsalColumnFraction, other.DorsalColumnFraction)
        && RecordMembers.SequenceEqual(DorsalRootFraction, other.DorsalRootFraction) && RecordMembers.SequenceEqual(EcapProxy, other.EcapProxy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordMembers.HashSequence(Amplitudes), RecordMembers.HashSequence(DorsalColumnFraction),
        RecordMembers.HashSequence(DorsalRootFraction), RecordMembers.HashSequence(EcapProxy));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitudes), RecordMembers.Format(Amplitudes)),
        (nameof(DorsalColumnFraction), RecordMembers.Format(DorsalColumnFraction)), (nameof(DorsalRootFraction), RecordMembers.Format(DorsalRootFraction)),
        (nameof(EcapProxy), RecordMembers.Format(EcapProxy)));
}

/// <summary>Paresthesia in one dermatome on one side at one amplitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Region">Dermatome and side.</param>
/// <param name="DorsalColumnFibres">Dorsal-column fibres of the region present at the lead.</param>
/// <param name="RecruitedDorsalColumnFibres">Of which recruited.</param>
/// <param name="DorsalRootFibres">Dorsal-root fibres of the region at the lead (the root's own segment only).</param>
/// <param name="RecruitedDorsalRootFibres">Of which recruited.</param>
/// <param name="Paresthesia">Whether the region receives paresthesia (either source reaches the coverage fraction).</param>
public sealed record RegionCoverage(BodyRegion Region, int DorsalColumnFibres, int RecruitedDorsalColumnFibres, int DorsalRootFibres,
    int RecruitedDorsalRootFibres, bool Paresthesia);

/// <summary>A dermatomal coverage map: which dermatomes receive paresthesia at one amplitude.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DermatomalCoverage
{
    internal DermatomalCoverage(Current amplitude, IReadOnlyList<RegionCoverage> regions)
    {
        Amplitude = amplitude;
        Regions = regions;
    }

    /// <summary>The amplitude.</summary>
    public Current Amplitude { get; }

    /// <summary>Every modelled dermatome on both sides, rostral to caudal, left before right.</summary>
    public IReadOnlyList<RegionCoverage> Regions { get; }

    /// <summary>Whether two maps are the same: same amplitude, same regions in order.</summary>
    /// <param name="other">The other map.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DermatomalCoverage? other) => other is not null && Amplitude == other.Amplitude && RecordMembers.SequenceEqual(Regions, other.Regions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amplitude, RecordMembers.HashSequence(Regions));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Amplitude), Amplitude),
        (nameof(Covered), RecordMembers.Format(Covered)), (nameof(Regions), $"{Regions.Count} regions"));

    /// <summary>The regions with paresthesia.</summary>
    public IEnumerable<BodyRegion> Covered => Regions.Where(r => r.Paresthesia).Select(r => r.Region);

    /// <summary>Whether a region receives paresthesia.</summary>
    /// <param name="region">The region.</param>
    /// <returns>True when covered.</returns>
    public bool IsCovered(BodyRegion region) => Regions.Any(r => r.Region == region && r.Paresthesia);

    /// <summary>Share of the target regions that receive paresthesia.</summary>
    /// <param name="targets">One or more regions (for example the painful dermatomes).</param>
    /// <returns>0 to 1.</returns>
    /// <exception cref="ArgumentException">No targets.</exception>
    public double CoverageOf(IEnumerable<BodyRegion> targets)
    {
        var t = Guard.NotNull(targets, nameof(targets)).Distinct().ToArray();
        if (t.Length == 0) throw new ArgumentException("targets must list at least one region.", nameof(targets));
        return t.Count(IsCovered) / (double)t.Length;
    }
}

/// <summary>
/// Which fibres of a population one program recruits: per-fibre thresholds from a <see cref="ThresholdSurface"/>, the
/// recruitment curve, perception and discomfort thresholds, the usage range, the dermatomal coverage map and an ECAP
/// proxy. Thresholds are computed once; every amplitude query is then a binary search.
/// </summary>
/// <remarks>
/// The dorsal columns at the lead are those of the cord segment under the fraction-weighted cathode centre
/// (<see cref="SpinalAnatomy"/>); dorsal-root fibres serve that segment's dermatome. Recruitment follows the threshold
/// model's assumptions (straight fibres, node under the cathode centre; <see cref="ThresholdSurface"/>). The ECAP proxy
/// sums the diameters of recruited fibres (a single fibre's extracellular action potential grows with its diameter):
/// a relative measure per pulse, not a voltage. Immutable once computed: safe to share between threads.
/// </remarks>
public sealed class RecruitmentAnalysis
{
    private readonly double[] _thresholdMa;     // per fibre; NaN when not present at the segment
    private readonly double[] _dcSorted, _drSorted, _drLeftSorted, _drRightSorted;
    private readonly double[] _allSorted, _ecapPrefix; // all present fibres by threshold; prefix sums of diameters

    private RecruitmentAnalysis(FibrePopulation population, ThresholdSurface surface, RecruitmentCriteria criteria, double segment, Duration pulseWidth)
    {
        Population = population; Surface = surface; Criteria = criteria; CordSegment = segment; PulseWidth = pulseWidth;
        var n = population.Count;
        _thresholdMa = new double[n];
        var xReference = surface.Field.ReferenceLateralMm;
        var lnPw = Math.Log(pulseWidth.ToMicroseconds());
        var dc = new List<double>(n); var drL = new List<double>(); var drR = new List<double>();
        var all = new List<(double T, double D)>(n);
        for (var i = 0; i < n; i++)
        {
            if (!population.PresentAt(i, segment)) { _thresholdMa[i] = double.NaN; continue; }
            var offset = population.LateralMm(i, segment) - xReference;
            var d = population.DiameterUm[i]; var y = population.DepthMm[i];
            if (!surface.Covers(d, y, Math.Abs(offset)))
                throw new ArgumentException($"Fibre {i} (diameter {d:G4} µm, depth {y:G4} mm, {Math.Abs(offset):G4} mm from the lead axis) lies outside the threshold surface's grid; use a grid that covers the population.", nameof(surface));
            var t = surface.ThresholdMa(d, y, offset, lnPw);
            _thresholdMa[i] = t;
            all.Add((t, d));
            if (population.Tract[i] == FibreTract.DorsalColumn) dc.Add(t);
            else if (population.Side[i] == BodySide.Left) drL.Add(t);
            else drR.Add(t);
        }
        _dcSorted = Sorted(dc); _drLeftSorted = Sorted(drL); _drRightSorted = Sorted(drR);
        _drSorted = Sorted(drL.Concat(drR));
        all.Sort((a, b) => a.T.CompareTo(b.T));
        _allSorted = all.Select(a => a.T).ToArray();
        _ecapPrefix = new double[all.Count + 1];
        for (var i = 0; i < all.Count; i++) _ecapPrefix[i + 1] = _ecapPrefix[i] + all[i].D;
        DorsalRootDermatome = SpinalAnatomy.DermatomeAtSegment(segment);
        (PerceptionThreshold, DiscomfortThreshold, DiscomfortCause) = Thresholds();
    }

    private static double[] Sorted(IEnumerable<double> values) { var a = values.ToArray(); Array.Sort(a); return a; }

    /// <summary>Analyses a population with a precomputed surface: the low-level path, for strength-duration work over a
    /// surface with several pulse widths. For one setup use <see cref="StimulationSetup.Recruitment"/>, which computes and
    /// shares the surface and the analysis.</summary>
    /// <param name="population">The fibres.</param>
    /// <param name="surface">The threshold surface of the program.</param>
    /// <param name="criteria">Criteria (default <see cref="RecruitmentCriteria.Default"/>).</param>
    /// <param name="pulseWidth">Pulse width to analyse, within the surface's widths (default: the surface pulse's width).
    /// A surface over several widths gives perception and discomfort strength-duration curves without new cable runs.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">The population or surface is null.</exception>
    /// <exception cref="ArgumentException">The population lies outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cathodes lie outside the modelled T4-L1 range, or the width is outside the grid.</exception>
    public static RecruitmentAnalysis FromSurface(FibrePopulation population, ThresholdSurface surface, RecruitmentCriteria? criteria = null,
        Duration? pulseWidth = null)
    {
        Guard.NotNull(population, nameof(population));
        Guard.NotNull(surface, nameof(surface));
        var width = pulseWidth ?? surface.Pulse.PulseWidth;
        var widths = surface.Grid.PulseWidthsUs;
        if (widths.Length == 1) Guard.InRange(width.ToMicroseconds(), widths[0] - 1e-3, widths[0] + 1e-3, nameof(pulseWidth), " µs");
        else Guard.InRange(width.ToMicroseconds(), widths[0], widths[^1], nameof(pulseWidth), " µs");
        var segment = SegmentAtCathodes(surface.Field);
        return new RecruitmentAnalysis(population, surface, criteria ?? RecruitmentCriteria.Default, segment, width);
    }

    internal static double SegmentAtCathodes(ElectrodeField field)
    {
        var vertebral = field.CathodeCentroidZMm / LeadPlacement.VertebralPitchMillimetres;
        try { return SpinalAnatomy.SegmentAtVertebralPosition(vertebral); }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException("placement", vertebral,
                $"The cathodes lie at vertebral position {vertebral:G4}; the model covers T4 (4) to L1 (13).");
        }
    }

    /// <summary>The fibres.</summary>
    public FibrePopulation Population { get; }

    /// <summary>The threshold surface used.</summary>
    public ThresholdSurface Surface { get; }

    /// <summary>The criteria.</summary>
    public RecruitmentCriteria Criteria { get; }

    /// <summary>The pulse width analysed.</summary>
    public Duration PulseWidth { get; }

    /// <summary>The cord segment number under the cathode centre (T1 = 1, S1 = 18).</summary>
    public double CordSegment { get; }

    /// <summary>The dermatome the dorsal-root fibres at the lead serve (null outside T6 to S1).</summary>
    public Dermatome? DorsalRootDermatome { get; }

    /// <summary>Dorsal-column fibres present at the lead's segment.</summary>
    public int DorsalColumnFibreCount => _dcSorted.Length;

    /// <summary>Dorsal-root fibres (both sides).</summary>
    public int DorsalRootFibreCount => _drSorted.Length;

    /// <summary>Perception threshold, or null when perception is not reached below the surface's maximum.</summary>
    public Current? PerceptionThreshold { get; }

    /// <summary>Discomfort threshold, or null when discomfort is not reached below the surface's maximum.</summary>
    public Current? DiscomfortThreshold { get; }

    /// <summary>What sets the discomfort threshold (meaningful when it is not null).</summary>
    public DiscomfortCause DiscomfortCause { get; }

    /// <summary>From perception to discomfort, or null when either is missing or discomfort comes first.</summary>
    public UsageRange? UsageRange => PerceptionThreshold is { } p && DiscomfortThreshold is { } d && d > p ? new UsageRange(p, d, DiscomfortCause) : null;

    private (Current?, Current?, DiscomfortCause) Thresholds()
    {
        static double KthSmallest(double[] sorted, double fraction) =>
            sorted.Length == 0 ? double.PositiveInfinity : sorted[Math.Max(1, (int)Math.Ceiling(fraction * sorted.Length)) - 1];
        var perception = KthSmallest(_dcSorted, Criteria.PerceptionDorsalColumnFraction);
        var root = Math.Min(KthSmallest(_drLeftSorted, Criteria.DiscomfortDorsalRootFraction), KthSmallest(_drRightSorted, Criteria.DiscomfortDorsalRootFraction));
        var column = KthSmallest(_dcSorted, Criteria.DiscomfortDorsalColumnFraction);
        var discomfort = Math.Min(root, column);
        return (double.IsFinite(perception) ? Current.FromMilliamperes(perception) : null,
            double.IsFinite(discomfort) ? Current.FromMilliamperes(discomfort) : null,
            root <= column ? DiscomfortCause.DorsalRoot : DiscomfortCause.DorsalColumn);
    }

    /// <summary>A fibre's threshold, or null when it is absent at the lead's segment or not recruitable below the maximum.</summary>
    /// <param name="fibreIndex">0 to population count − 1.</param>
    /// <returns>The threshold or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre.</exception>
    public Current? ThresholdOf(int fibreIndex)
    {
        var t = _thresholdMa[Guard.InRange(fibreIndex, 0, _thresholdMa.Length - 1, nameof(fibreIndex))];
        return double.IsFinite(t) ? Current.FromMilliamperes(t) : null;
    }

    private static int CountAtOrBelow(double[] sorted, double amplitudeMa)
    {
        int lo = 0, hi = sorted.Length; // first index with value > amplitude
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= amplitudeMa) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static double CheckAmplitude(Current amplitude, string name) => Guard.NonNegative(amplitude.ToMilliamperes(), name, " mA");

    /// <summary>Share of the dorsal-column fibres present that one pulse of this amplitude recruits.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public double DorsalColumnFractionAt(Current amplitude) =>
        _dcSorted.Length == 0 ? 0 : CountAtOrBelow(_dcSorted, CheckAmplitude(amplitude, nameof(amplitude))) / (double)_dcSorted.Length;

    /// <summary>Share of the dorsal-root fibres (both sides) recruited.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public double DorsalRootFractionAt(Current amplitude) =>
        _drSorted.Length == 0 ? 0 : CountAtOrBelow(_drSorted, CheckAmplitude(amplitude, nameof(amplitude))) / (double)_drSorted.Length;

    /// <summary>ECAP proxy per pulse: the sum of the diameters (µm) of all recruited fibres.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>µm.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public double EcapProxyAt(Current amplitude) => _ecapPrefix[CountAtOrBelow(_allSorted, CheckAmplitude(amplitude, nameof(amplitude)))];

    /// <summary>
    /// The allocation-free kernel of <see cref="Curve"/>: dorsal-column fractions recruited at each amplitude.
    /// </summary>
    /// <param name="amplitudes">Amplitudes, each 0 mA or more.</param>
    /// <param name="destination">Same length as <paramref name="amplitudes"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amplitude is negative.</exception>
    public void DorsalColumnFractions(ReadOnlySpan<Current> amplitudes, Span<double> destination)
    {
        if (destination.Length != amplitudes.Length)
            throw new ArgumentException($"destination has {destination.Length} elements; amplitudes has {amplitudes.Length}.", nameof(destination));
        var n = (double)Math.Max(1, _dcSorted.Length);
        for (var i = 0; i < amplitudes.Length; i++)
            destination[i] = CountAtOrBelow(_dcSorted, CheckAmplitude(amplitudes[i], nameof(amplitudes))) / n;
    }

    /// <summary>The recruitment curve: fractions recruited and ECAP proxy at each amplitude.</summary>
    /// <param name="amplitudes">Amplitudes, each 0 mA or more.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amplitude is negative.</exception>
    public RecruitmentCurve Curve(IEnumerable<Current> amplitudes)
    {
        var a = Guard.NotNull(amplitudes, nameof(amplitudes)).ToArray();
        var dc = new double[a.Length];
        DorsalColumnFractions(a, dc);
        return new RecruitmentCurve(a, dc, a.Select(DorsalRootFractionAt).ToArray(), a.Select(EcapProxyAt).ToArray());
    }

    /// <summary>The dermatomal coverage map at an amplitude.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>Paresthesia per dermatome and side.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public DermatomalCoverage CoverageAt(Current amplitude)
    {
        var a = CheckAmplitude(amplitude, nameof(amplitude));
        const int first = SpinalAnatomy.RostralSegment, count = SpinalAnatomy.CaudalSegment - SpinalAnatomy.RostralSegment + 1;
        var dcTotal = new int[count, 2]; var dcHit = new int[count, 2]; var drTotal = new int[2]; var drHit = new int[2];
        for (var i = 0; i < _thresholdMa.Length; i++)
        {
            var t = _thresholdMa[i];
            if (double.IsNaN(t)) continue;
            var side = (int)Population.Side[i];
            if (Population.Tract[i] == FibreTract.DorsalColumn)
            {
                var k = Population.DermatomeSegment[i] - first;
                dcTotal[k, side]++;
                if (t <= a) dcHit[k, side]++;
            }
            else
            {
                drTotal[side]++;
                if (t <= a) drHit[side]++;
            }
        }
        var regions = new List<RegionCoverage>(2 * count);
        for (var k = 0; k < count; k++)
        for (var side = 0; side < 2; side++)
        {
            var dermatome = (Dermatome)(first + k);
            var isRoot = DorsalRootDermatome == dermatome;
            int rootTotal = isRoot ? drTotal[side] : 0, rootHit = isRoot ? drHit[side] : 0;
            var paresthesia = (dcTotal[k, side] > 0 && dcHit[k, side] >= Criteria.CoverageFraction * dcTotal[k, side] && dcHit[k, side] > 0)
                              || (rootTotal > 0 && rootHit >= Criteria.CoverageFraction * rootTotal && rootHit > 0);
            regions.Add(new RegionCoverage(new BodyRegion(dermatome, (BodySide)side), dcTotal[k, side], dcHit[k, side], rootTotal, rootHit, paresthesia));
        }
        return new DermatomalCoverage(amplitude, regions);
    }
}
