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
    private readonly double[][]? _windowsMa;    // per fibre, for kilohertz trains: from, to, from, to, ... (null otherwise)
    private readonly Windows _dc, _dr, _drLeft, _drRight, _all;

    private RecruitmentAnalysis(FibrePopulation population, ThresholdSurface surface, RecruitmentCriteria criteria, double segment, Duration pulseWidth,
        TrainFactors? trainFactors)
    {
        Population = population; Surface = surface; Criteria = criteria; CordSegment = segment; PulseWidth = pulseWidth; TrainFactors = trainFactors;
        var n = population.Count;
        _thresholdMa = new double[n];
        var xReference = surface.Field.ReferenceLateralMm;
        var lnPw = Math.Log(pulseWidth.ToMicroseconds());
        var dc = new Windows.Builder(); var drL = new Windows.Builder(); var drR = new Windows.Builder();
        if (trainFactors?.SustainedFiring is not null) _windowsMa = new double[n][];
        for (var i = 0; i < n; i++)
        {
            if (!population.PresentAt(i, segment)) { _thresholdMa[i] = double.NaN; continue; }
            var offset = population.LateralMm(i, segment) - xReference;
            var d = population.DiameterUm[i]; var y = population.DepthMm[i];
            if (!surface.Covers(d, y, Math.Abs(offset)))
                throw new ArgumentException($"Fibre {i} (diameter {d:G4} µm, depth {y:G4} mm, {Math.Abs(offset):G4} mm from the lead axis) lies outside the threshold surface's grid; use a grid that covers the population.", nameof(surface));
            var single = surface.ThresholdMa(d, y, offset, lnPw);
            // A kilohertz train fires the fibre inside its reference diameter's windows (scaled by this fibre's single-pulse
            // threshold) and blocks it between them; any other train from its train threshold up.
            var windows = trainFactors?.WindowFactorsAt(d) is { } factors ? factors.Select(f => f * single).ToArray()
                : [single * (trainFactors?.FactorAt(d) ?? 1), double.PositiveInfinity];
            if (_windowsMa is not null) _windowsMa[i] = windows;
            _thresholdMa[i] = windows.Length > 0 ? windows[0] : double.PositiveInfinity;
            var group = population.Tract[i] == FibreTract.DorsalColumn ? dc : population.Side[i] == BodySide.Left ? drL : drR;
            group.Add(windows, d);
        }
        _dc = dc.Build(); _drLeft = drL.Build(); _drRight = drR.Build();
        _dr = Windows.Builder.Merge(drL, drR).Build();
        _all = Windows.Builder.Merge(dc, drL, drR).Build();
        DorsalRootDermatome = SpinalAnatomy.DermatomeAtSegment(segment);
        (PerceptionThreshold, DiscomfortThreshold, DiscomfortCause) = Thresholds();
    }

    /// <summary>
    /// The firing windows of one group of fibres as two sorted lists, the windows' lower edges and their upper (block)
    /// edges, each with the running sum of its fibres' diameters: the fibres firing at an amplitude are the lower edges
    /// below it minus the block edges below it, and so is the sum of their diameters (the ECAP proxy).
    /// </summary>
    private sealed class Windows(double[] starts, double[] startDiameters, double[] ends, double[] endDiameters, int fibres)
    {
        public int Fibres { get; } = fibres;

        /// <summary>Fibres firing at <paramref name="amplitudeMa"/> (inside one of their windows [from, to)).</summary>
        public int FiringAt(double amplitudeMa) => CountAtOrBelow(starts, amplitudeMa) - CountAtOrBelow(ends, amplitudeMa);

        /// <summary>The diameters (µm) of the fibres firing at <paramref name="amplitudeMa"/>, summed.</summary>
        public double DiametersFiringAt(double amplitudeMa) =>
            startDiameters[CountAtOrBelow(starts, amplitudeMa)] - endDiameters[CountAtOrBelow(ends, amplitudeMa)];

        /// <summary>The lowest amplitude at which at least <paramref name="count"/> fibres fire, or +∞.</summary>
        public double LowestWithAtLeast(int count)
        {
            for (var j = count - 1; j < starts.Length; j++)
                if (FiringAt(starts[j]) >= count) return starts[j];
            return double.PositiveInfinity;
        }

        public sealed class Builder
        {
            private readonly List<(double Edge, double Diameter)> _starts = [], _ends = [];
            private int _fibres;

            public void Add(double[] windows, double diameterUm)
            {
                _fibres++;
                for (var w = 0; w < windows.Length; w += 2)
                {
                    _starts.Add((windows[w], diameterUm));
                    if (double.IsFinite(windows[w + 1])) _ends.Add((windows[w + 1], diameterUm));
                }
            }

            public static Builder Merge(params Builder[] parts)
            {
                var merged = new Builder { _fibres = parts.Sum(p => p._fibres) };
                foreach (var p in parts) { merged._starts.AddRange(p._starts); merged._ends.AddRange(p._ends); }
                return merged;
            }

            public Windows Build()
            {
                var (s, sd) = SortedWithRunningSum(_starts);
                var (e, ed) = SortedWithRunningSum(_ends);
                return new Windows(s, sd, e, ed, _fibres);
            }

            private static (double[] Edges, double[] RunningSum) SortedWithRunningSum(List<(double Edge, double Diameter)> edges)
            {
                var keys = edges.Select(x => x.Edge).ToArray();
                var diameters = edges.Select(x => x.Diameter).ToArray();
                Array.Sort(keys, diameters);
                var sum = new double[keys.Length + 1];
                for (var i = 0; i < keys.Length; i++) sum[i + 1] = sum[i] + diameters[i];
                return (keys, sum);
            }
        }
    }

    /// <summary>Whether fibre <paramref name="i"/> (present at the segment) fires at <paramref name="amplitudeMa"/>.</summary>
    private bool Fires(int i, double amplitudeMa)
    {
        if (_windowsMa is null) return _thresholdMa[i] <= amplitudeMa;
        var windows = _windowsMa[i];
        for (var w = 0; w < windows.Length; w += 2)
            if (windows[w] <= amplitudeMa && amplitudeMa < windows[w + 1]) return true;
        return false;
    }

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
    public int DorsalColumnFibreCount => _dc.Fibres;

    /// <summary>Dorsal-root fibres (both sides).</summary>
    public int DorsalRootFibreCount => _dr.Fibres;

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
        // The lowest amplitude at which the share of a group fires (with kilohertz block, fibres can drop out above it).
        static double LowestReaching(Windows group, double fraction) =>
            group.Fibres == 0 ? double.PositiveInfinity : group.LowestWithAtLeast(Math.Max(1, (int)Math.Ceiling(fraction * group.Fibres)));
        var perception = LowestReaching(_dc, Criteria.PerceptionDorsalColumnFraction);
        var root = Math.Min(LowestReaching(_drLeft, Criteria.DiscomfortDorsalRootFraction), LowestReaching(_drRight, Criteria.DiscomfortDorsalRootFraction));
        var column = LowestReaching(_dc, Criteria.DiscomfortDorsalColumnFraction);
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
        _dc.Fibres == 0 ? 0 : _dc.FiringAt(CheckAmplitude(amplitude, nameof(amplitude))) / (double)_dc.Fibres;

    /// <summary>Share of the dorsal-root fibres (both sides) recruited.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public double DorsalRootFractionAt(Current amplitude) =>
        _dr.Fibres == 0 ? 0 : _dr.FiringAt(CheckAmplitude(amplitude, nameof(amplitude))) / (double)_dr.Fibres;

    /// <summary>ECAP proxy per pulse: the sum of the diameters (µm) of all recruited fibres.</summary>
    /// <param name="amplitude">0 mA or more.</param>
    /// <returns>µm.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amplitude is negative.</exception>
    public double EcapProxyAt(Current amplitude) => _all.DiametersFiringAt(CheckAmplitude(amplitude, nameof(amplitude)));

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
        var n = (double)Math.Max(1, _dc.Fibres);
        for (var i = 0; i < amplitudes.Length; i++)
            destination[i] = _dc.FiringAt(CheckAmplitude(amplitudes[i], nameof(amplitudes))) / n;
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
            if (!Fires(i, a)) continue;
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
                if (Fires(i, a)) dcHit[k, side]++;
            }
            else
            {
                drTotal[side]++;
                if (Fires(i, a)) drHit[side]++;
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
