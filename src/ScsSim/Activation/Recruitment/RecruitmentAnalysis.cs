using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// What a setup recruits (<see cref="StimulationSetup.Recruitment"/>), for reading thresholds, curves and coverage at any
/// amplitude: which fibres of a population one program recruits, with per-fibre thresholds from a <see cref="ThresholdSurface"/>, the
/// recruitment curve, perception and discomfort thresholds, the usage range, the dermatomal coverage map and an ECAP
/// proxy. Thresholds are computed once; every amplitude query is then a binary search.
/// </summary>
/// <remarks>
/// The dorsal columns at the lead are those of the cord segment under the fraction-weighted cathode centre
/// (<see cref="Dermatome"/>); dorsal-root fibres serve that segment's dermatome. Recruitment follows the threshold
/// model's assumptions (straight fibres, node under the cathode centre; <see cref="ThresholdSurface"/>). The ECAP proxy
/// sums the diameters of recruited fibres (a single fibre's extracellular action potential grows with its diameter):
/// a relative measure per pulse, not a voltage. Immutable once computed: safe to share between threads.
/// </remarks>
public sealed class RecruitmentAnalysis
{
    private readonly double[] _thresholdMa;     // per fibre; NaN when not present at the segment
    private readonly double[] _dcSorted, _drSorted, _drLeftSorted, _drRightSorted;
    private readonly double[] _allSorted, _ecapPrefix; // all present fibres by threshold; prefix sums of diameters

    private RecruitmentAnalysis(FibrePopulation population, ThresholdSurface surface, RecruitmentCriteria criteria, double segment, Duration pulseWidth,
        TrainFactors? trainFactors)
    {
        Population = population; Surface = surface; Criteria = criteria; CordSegment = segment; PulseWidth = pulseWidth; TrainFactors = trainFactors;
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
            var t = surface.ThresholdMa(d, y, offset, lnPw) * (trainFactors?.FactorAt(d) ?? 1);
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
    /// <param name="trainFactors">When given, every fibre's single-pulse threshold is multiplied by the train factor at its
    /// diameter: the analysis is of that program's pulse train (see <see cref="StimulationSetup.WithProgram"/>).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">The population or surface is null.</exception>
    /// <exception cref="ArgumentException">The population lies outside the grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cathodes lie outside the modelled T4-L1 range, or the width is outside the grid.</exception>
    public static RecruitmentAnalysis FromSurface(FibrePopulation population, ThresholdSurface surface, RecruitmentCriteria? criteria = null,
        Duration? pulseWidth = null, TrainFactors? trainFactors = null)
    {
        Guard.NotNull(population, nameof(population));
        Guard.NotNull(surface, nameof(surface));
        var width = pulseWidth ?? surface.Pulse.PulseWidth;
        var widths = surface.Grid.PulseWidthsUs;
        if (widths.Length == 1) Guard.InRange(width.ToMicroseconds(), widths[0] - 1e-3, widths[0] + 1e-3, nameof(pulseWidth), " µs");
        else Guard.InRange(width.ToMicroseconds(), widths[0], widths[^1], nameof(pulseWidth), " µs");
        var segment = SegmentAtCathodes(surface.Field);
        return new RecruitmentAnalysis(population, surface, criteria ?? RecruitmentCriteria.Default, segment, width, trainFactors);
    }

    internal static double SegmentAtCathodes(ElectrodeField field)
    {
        var vertebral = field.CathodeCentroidZMm / LeadPlacement.VertebralPitchMm;
        try { return SpinalAnatomy.SegmentAtVertebralPosition(vertebral); }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException("placement", vertebral,
                $"The cathodes lie at vertebral position {vertebral:G4}; the model covers T4 (4) to L1 (13).");
        }
    }

    /// <summary>The fibres.</summary>
    public FibrePopulation Population { get; }

    /// <summary>The pulse-train factors applied to the surface's single-pulse thresholds, or null for a single-pulse analysis.</summary>
    public TrainFactors? TrainFactors { get; }

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
    internal Current? ThresholdOf(int fibreIndex)
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

    /// <summary>How deep the dorsal-column fibres recruited at an amplitude lie, in bands from the cord surface to the
    /// population's modelled depth.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <param name="bandWidth">Width of a depth band; 0.01 mm to the modelled depth (default 0.1 mm).</param>
    /// <returns>The recruited fibres' depths in order of recruitment, and the bands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative or the band width out of range.</exception>
    public DepthDistribution DorsalColumnDepthsAt(Current amplitude, Length? bandWidth = null)
    {
        var a = CheckAmplitude(amplitude, nameof(amplitude));
        var deepest = Population.Options.ModelledDepthMm;
        var width = Guard.InRange((bandWidth ?? Length.FromMillimetres(0.1)).ToMillimetres(), 0.01, deepest, nameof(bandWidth), " mm");
        var bands = (int)Math.Ceiling(deepest / width - 1e-9);
        var present = new int[bands]; var hit = new int[bands];
        var recruited = new List<(double T, double Depth)>();
        for (var i = 0; i < _thresholdMa.Length; i++)
        {
            var t = _thresholdMa[i];
            if (double.IsNaN(t) || Population.Tract[i] != FibreTract.DorsalColumn) continue;
            var y = Population.DepthMm[i];
            var band = Math.Min(bands - 1, (int)(y / width));
            present[band]++;
            if (t > a) continue;
            hit[band]++;
            recruited.Add((t, y));
        }
        recruited.Sort((p, q) => p.T.CompareTo(q.T));
        var bins = Enumerable.Range(0, bands).Select(b => new DepthBin(Length.FromMillimetres(b * width),
            Length.FromMillimetres(Math.Min(deepest, (b + 1) * width)), hit[b], present[b])).ToArray();
        return new DepthDistribution(amplitude, recruited.Select(r => Length.FromMillimetres(r.Depth)).ToArray(), bins);
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
