using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>Which tract a fibre belongs to.</summary>
public enum FibreTract
{
    /// <summary>A dorsal-column fibre (ascending collateral of a primary afferent): paresthesia in its dermatome.</summary>
    DorsalColumn,

    /// <summary>A dorsal-root fibre at the lateral edge, entering at the lead's level: segmental (often unpleasant) effects.</summary>
    DorsalRoot,
}

/// <summary>Settings of a generated fibre population; defaults documented with their sources.</summary>
/// <remarks>
/// <para>Dorsal-column diameters: log-normal with median 3.5 µm and log-standard deviation 0.434, truncated to 1.5-16 µm,
/// so that about 0.5 % of fibres exceed 10.7 µm, as Feirabend et al. found for the superficial dorsal columns (Feirabend
/// HKP, Choufoer H, Ploeger S, Holsheimer J, van Gool JD, Brain 125:1137, 2002); the same distribution is used at every
/// depth (an approximation).</para>
/// <para>Geometry (approximate defaults, overridable): dorsal-column half-width 2.5 mm and modelled depth 1 mm (deeper
/// fibres are not recruited at clinical amplitudes in Holsheimer's models, e.g. Holsheimer J, Neuromodulation 5:25, 2002);
/// dorsal-root fibres at 3.5 mm from the midline (the dorsal root entry zone, just lateral to the dorsal columns),
/// 0-0.3 mm deep, log-normal diameters with median 8 µm and log-standard deviation 0.3, truncated to 4-16 µm (the large
/// Aβ afferents of the root, larger than their thinning dorsal-column branches). These two dorsal-root values are
/// assumptions, calibrated so that a midline guarded tripole over 3 mm of CSF has a usage range (discomfort over
/// perception) of about 1.45, narrowing as the CSF thickens — the behaviour Holsheimer's models and patients show
/// (Holsheimer J, Neuromodulation 5:25, 2002; He et al., Pain 59:55, 1994). In this model dorsal-root fibres owe their lower thresholds to that size; the extra
/// excitability of their curved path into the cord (Struijk JJ, Holsheimer J, Boom HBK, IEEE Trans Biomed Eng 40:632,
/// 1993) is not modelled.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record FibrePopulationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="dorsalColumnFibreCount">1 to 1,000,000 (default 10,000).</param>
    /// <param name="dorsalRootFibresPerSide">0 to 100,000 (default 100).</param>
    /// <param name="dorsalColumnMedianDiameterMicrometres">1 to 15 µm (default 3.5); together with the log-standard deviation it must
    /// put at least <see cref="MinimumTruncatedShare"/> of the log-normal within the 1.5-16 µm truncation.</param>
    /// <param name="dorsalColumnLogStandardDeviation">0.01 to 2 (default 0.434).</param>
    /// <param name="dorsalRootMedianDiameterMicrometres">1 to 20 µm (default 8); together with the log-standard deviation it must put
    /// at least <see cref="MinimumTruncatedShare"/> of the log-normal within the 4-16 µm truncation.</param>
    /// <param name="dorsalRootLogStandardDeviation">0.01 to 2 (default 0.3).</param>
    /// <param name="dorsalColumnHalfWidthMillimetres">0.5 to 5 mm (default 2.5).</param>
    /// <param name="modelledDepthMillimetres">0.1 to 3 mm (default 1).</param>
    /// <param name="dorsalRootLateralMillimetres">At least the half-width, up to 6 mm (default 3.5).</param>
    /// <param name="dorsalRootMaximumDepthMillimetres">0 to 1 mm (default 0.3).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or a median and log-standard deviation put less than
    /// <see cref="MinimumTruncatedShare"/> of the distribution within its truncation (the message gives the medians that work
    /// with that log-standard deviation).</exception>
    public FibrePopulationOptions(int dorsalColumnFibreCount = 10_000, int dorsalRootFibresPerSide = 100,
        double dorsalColumnMedianDiameterMicrometres = 3.5, double dorsalColumnLogStandardDeviation = 0.434,
        double dorsalRootMedianDiameterMicrometres = 8, double dorsalRootLogStandardDeviation = 0.3,
        double dorsalColumnHalfWidthMillimetres = 2.5, double modelledDepthMillimetres = 1,
        double dorsalRootLateralMillimetres = 3.5, double dorsalRootMaximumDepthMillimetres = 0.3)
    {
        DorsalColumnFibreCount = (int)Guard.InRange(dorsalColumnFibreCount, 1, 1_000_000, nameof(dorsalColumnFibreCount));
        DorsalRootFibresPerSide = (int)Guard.InRange(dorsalRootFibresPerSide, 0, 100_000, nameof(dorsalRootFibresPerSide));
        DorsalColumnMedianDiameterMicrometres = Guard.InRange(dorsalColumnMedianDiameterMicrometres, 1, 15, nameof(dorsalColumnMedianDiameterMicrometres), " µm");
        DorsalColumnLogStandardDeviation = Guard.InRange(dorsalColumnLogStandardDeviation, 0.01, 2, nameof(dorsalColumnLogStandardDeviation));
        DorsalRootMedianDiameterMicrometres = Guard.InRange(dorsalRootMedianDiameterMicrometres, 1, 20, nameof(dorsalRootMedianDiameterMicrometres), " µm");
        DorsalRootLogStandardDeviation = Guard.InRange(dorsalRootLogStandardDeviation, 0.01, 2, nameof(dorsalRootLogStandardDeviation));
        TruncationHoldsEnough(DorsalColumnMedianDiameterMicrometres, DorsalColumnLogStandardDeviation, DorsalColumnMinimumDiameterMicrometres,
            nameof(dorsalColumnMedianDiameterMicrometres), "dorsal-column");
        TruncationHoldsEnough(DorsalRootMedianDiameterMicrometres, DorsalRootLogStandardDeviation, DorsalRootMinimumDiameterMicrometres,
            nameof(dorsalRootMedianDiameterMicrometres), "dorsal-root");
        DorsalColumnHalfWidthMillimetres = Guard.InRange(dorsalColumnHalfWidthMillimetres, 0.5, 5, nameof(dorsalColumnHalfWidthMillimetres), " mm");
        ModelledDepthMillimetres = Guard.InRange(modelledDepthMillimetres, 0.1, 3, nameof(modelledDepthMillimetres), " mm");
        DorsalRootLateralMillimetres = Guard.InRange(dorsalRootLateralMillimetres, DorsalColumnHalfWidthMillimetres, 6, nameof(dorsalRootLateralMillimetres), " mm");
        DorsalRootMaximumDepthMillimetres = Guard.InRange(dorsalRootMaximumDepthMillimetres, 0, 1, nameof(dorsalRootMaximumDepthMillimetres), " mm");
    }

    /// <summary>The defaults.</summary>
    public static FibrePopulationOptions Default { get; } = new();

    /// <summary>
    /// Smallest share of a diameter distribution that must lie within its truncation: 0.001 (0.1 %). Diameters are drawn by
    /// rejection (drawing until one falls inside), which needs on average 1 / share draws; below this share the options
    /// describe fibres that the truncation almost entirely excludes, and they are refused. The defaults keep 97 % (dorsal
    /// columns) and 99.7 % (dorsal roots).
    /// </summary>
    public const double MinimumTruncatedShare = 0.001;

    /// <summary>Share of a log-normal (median, log-sd) within [min, <see cref="MaximumDiameterMicrometres"/>].</summary>
    internal static double TruncatedShare(double median, double logSd, double min) =>
        NormalCdf((Math.Log(MaximumDiameterMicrometres) - Math.Log(median)) / logSd) - NormalCdf((Math.Log(min) - Math.Log(median)) / logSd);

    private static void TruncationHoldsEnough(double median, double logSd, double min, string paramName, string tract)
    {
        var share = TruncatedShare(median, logSd, min);
        if (share >= MinimumTruncatedShare) return;
        // The medians that keep enough of the distribution inside, for this log-sd (the share rises towards the truncation's centre).
        double Bound(double outside)
        {
            double inside = Math.Sqrt(min * MaximumDiameterMicrometres), far = outside;
            for (var k = 0; k < 200; k++)
            {
                var mid = Math.Sqrt(inside * far);
                if (TruncatedShare(mid, logSd, min) >= MinimumTruncatedShare) inside = mid; else far = mid;
            }
            return inside;
        }
        var low = Bound(1e-3); var high = Bound(1e3);
        throw new ArgumentOutOfRangeException(paramName, median, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{paramName} {median:G4} µm with a log-standard deviation of {logSd:G4} puts {share:G3} of the {tract} diameters within the truncation " +
            $"{min:G4}-{MaximumDiameterMicrometres:G4} µm; at least {MinimumTruncatedShare:G3} must lie there. With this log-standard deviation use a median " +
            $"between {low:G4} and {high:G4} µm, or widen the log-standard deviation."));
    }

    /// <summary>Standard normal CDF, Φ(z) = erfc(−z/√2)/2.</summary>
    internal static double NormalCdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>Complementary error function, relative error below about 1.2e-7 (a Chebyshev-fitted exponential form; ample
    /// for the share check, which compares against 0.001).</summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
            t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /// <summary>Minimum diameter of the dorsal-column truncation, µm.</summary>
    public const double DorsalColumnMinimumDiameterMicrometres = 1.5;

    /// <summary>Maximum diameter of both truncations, µm.</summary>
    public const double MaximumDiameterMicrometres = 16;

    /// <summary>Minimum diameter of the dorsal-root truncation, µm.</summary>
    public const double DorsalRootMinimumDiameterMicrometres = 4;

    /// <summary>Number of dorsal-column fibres (both sides).</summary>
    public int DorsalColumnFibreCount { get; }

    /// <summary>Dorsal-root fibres on each side.</summary>
    public int DorsalRootFibresPerSide { get; }

    /// <summary>Median dorsal-column fibre diameter, µm.</summary>
    public double DorsalColumnMedianDiameterMicrometres { get; }

    /// <summary>Standard deviation of ln(diameter) in the dorsal columns.</summary>
    public double DorsalColumnLogStandardDeviation { get; }

    /// <summary>Median dorsal-root fibre diameter, µm.</summary>
    public double DorsalRootMedianDiameterMicrometres { get; }

    /// <summary>Standard deviation of ln(diameter) in the dorsal roots.</summary>
    public double DorsalRootLogStandardDeviation { get; }

    /// <summary>Half-width of the dorsal columns (midline to lateral edge), mm.</summary>
    public double DorsalColumnHalfWidthMillimetres { get; }

    /// <summary>Depth of the modelled dorsal-column slab, mm.</summary>
    public double ModelledDepthMillimetres { get; }

    /// <summary>Distance of the dorsal-root fibres from the midline, mm.</summary>
    public double DorsalRootLateralMillimetres { get; }

    /// <summary>Deepest dorsal-root fibre, mm.</summary>
    public double DorsalRootMaximumDepthMillimetres { get; }
}

/// <summary>One fibre of a population, before it is placed at a spinal level.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Tract">Dorsal column or dorsal root.</param>
/// <param name="Side">Left or right.</param>
/// <param name="Diameter">Fibre diameter.</param>
/// <param name="Depth">Depth below the dorsal cord surface.</param>
/// <param name="Dermatome">The dermatome a dorsal-column fibre serves; null for dorsal-root fibres (they serve the segment at the lead).</param>
/// <param name="BandPosition">Position within its dermatome's mediolateral band, 0 (medial) to 1 (lateral); 0 for dorsal-root fibres.</param>
public sealed record PopulationFibre(FibreTract Tract, BodySide Side, Length Diameter, Length Depth, Dermatome? Dermatome, double BandPosition);

/// <summary>
/// A seeded, reproducible population of dorsal-column fibres (with the dermatome each serves) and dorsal-root fibres at
/// the lateral edges. Placing it at a cord segment (<see cref="LateralPosition"/>) lays the dermatomes present there
/// out medial (caudal) to lateral (rostral) in equal bands.
/// </summary>
/// <remarks>Distributions and sources in <see cref="FibrePopulationOptions"/>; order in <see cref="SpinalAnatomy"/>.
/// Same seed and options, same population (System.Random with a seed, sequential draws). Immutable once generated: safe to
/// share between threads.</remarks>
public sealed class FibrePopulation
{
    internal readonly FibreTract[] Tract;
    internal readonly BodySide[] Side;
    internal readonly double[] DiameterUm, DepthMm, Band;
    internal readonly int[] DermatomeSegment; // 0 for dorsal-root fibres

    private FibrePopulation(FibrePopulationOptions options, int seed, int count)
    {
        Options = options; Seed = seed;
        Tract = new FibreTract[count]; Side = new BodySide[count]; DiameterUm = new double[count]; DepthMm = new double[count];
        Band = new double[count]; DermatomeSegment = new int[count];
    }

    /// <summary>Generates a population.</summary>
    /// <param name="seed">Random seed; the same seed and options give the same population.</param>
    /// <param name="options">Settings (default <see cref="FibrePopulationOptions.Default"/>).</param>
    /// <returns>The population: dorsal-column fibres first, then dorsal-root fibres (left, then right).</returns>
    public static FibrePopulation Generate(int seed, FibrePopulationOptions? options = null)
    {
        options ??= FibrePopulationOptions.Default;
        var count = options.DorsalColumnFibreCount + 2 * options.DorsalRootFibresPerSide;
        var p = new FibrePopulation(options, seed, count);
        var random = new Random(seed);
        var dermatomeCount = SpinalAnatomy.CaudalSegment - SpinalAnatomy.RostralSegment + 1;
        for (var i = 0; i < options.DorsalColumnFibreCount; i++)
        {
            p.Tract[i] = FibreTract.DorsalColumn;
            p.Side[i] = random.Next(2) == 0 ? BodySide.Left : BodySide.Right;
            p.DermatomeSegment[i] = SpinalAnatomy.RostralSegment + random.Next(dermatomeCount);
            p.Band[i] = random.NextDouble();
            p.DepthMm[i] = random.NextDouble() * options.ModelledDepthMillimetres;
            p.DiameterUm[i] = TruncatedLogNormal(random, options.DorsalColumnMedianDiameterMicrometres, options.DorsalColumnLogStandardDeviation,
                FibrePopulationOptions.DorsalColumnMinimumDiameterMicrometres, FibrePopulationOptions.MaximumDiameterMicrometres);
        }
        for (var j = 0; j < 2 * options.DorsalRootFibresPerSide; j++)
        {
            var i = options.DorsalColumnFibreCount + j;
            p.Tract[i] = FibreTract.DorsalRoot;
            p.Side[i] = j < options.DorsalRootFibresPerSide ? BodySide.Left : BodySide.Right;
            p.DepthMm[i] = random.NextDouble() * options.DorsalRootMaximumDepthMillimetres;
            p.DiameterUm[i] = TruncatedLogNormal(random, options.DorsalRootMedianDiameterMicrometres, options.DorsalRootLogStandardDeviation,
                FibrePopulationOptions.DorsalRootMinimumDiameterMicrometres, FibrePopulationOptions.MaximumDiameterMicrometres);
        }
        return p;
    }

    /// <summary>Most draws one diameter may take. The options guarantee a share of at least
    /// <see cref="FibrePopulationOptions.MinimumTruncatedShare"/> inside the truncation, so reaching this is (1 − 0.001)^10⁷, about e^−10000: never.</summary>
    internal const int MaximumDrawsPerDiameter = 10_000_000;

    private static double TruncatedLogNormal(Random random, double median, double logSd, double min, double max)
    {
        for (var attempt = 0; attempt < MaximumDrawsPerDiameter; attempt++)
        {
            // Box-Muller from two uniforms in (0, 1].
            var u1 = 1 - random.NextDouble(); var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            var d = median * Math.Exp(logSd * z);
            if (d >= min && d <= max) return d; // rejection sampling: the truncation is part of the distribution, not a clamp
        }
        throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"No diameter within {min:G4}-{max:G4} µm after {MaximumDrawsPerDiameter} draws from a log-normal with median {median:G4} µm and log-standard deviation {logSd:G4}."));
    }

    /// <summary>The settings.</summary>
    public FibrePopulationOptions Options { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>Number of fibres.</summary>
    public int Count => Tract.Length;

    /// <summary>The fibre at an index.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The fibre.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre.</exception>
    public PopulationFibre this[int index]
    {
        get
        {
            Guard.InRange(index, 0, Count - 1, nameof(index));
            return new PopulationFibre(Tract[index], Side[index], Length.FromMicrometres(DiameterUm[index]), Length.FromMillimetres(DepthMm[index]),
                DermatomeSegment[index] == 0 ? null : (Dermatome)DermatomeSegment[index], Band[index]);
        }
    }

    /// <summary>Whether a fibre is in the cord at a segment: dorsal-column fibres whose dermatome enters at or caudal to it; dorsal-root fibres always.</summary>
    internal bool PresentAt(int index, double segment) =>
        Tract[index] == FibreTract.DorsalRoot || DermatomeSegment[index] >= (int)Math.Round(segment, MidpointRounding.AwayFromZero);

    /// <summary>The lateral position x (mm, positive right) of a fibre present at a segment.</summary>
    internal double LateralMm(int index, double segment)
    {
        var sign = Side[index] == BodySide.Left ? -1.0 : 1.0;
        if (Tract[index] == FibreTract.DorsalRoot) return sign * Options.DorsalRootLateralMillimetres;
        var first = Math.Max(SpinalAnatomy.RostralSegment, (int)Math.Round(segment, MidpointRounding.AwayFromZero));
        var bands = SpinalAnatomy.CaudalSegment - first + 1;
        var band = SpinalAnatomy.CaudalSegment - DermatomeSegment[index]; // 0 = most caudal = most medial
        return sign * Options.DorsalColumnHalfWidthMillimetres * (band + Band[index]) / bands;
    }

    /// <summary>The lateral position of a fibre when the dorsal columns are those of a segment.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <param name="segment">Cord segment number (T1 = 1, S1 = 18).</param>
    /// <returns>x, positive to the right; null when the fibre has not yet entered the cord at that segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre, or the segment is not finite.</exception>
    public Length? LateralPosition(int index, double segment)
    {
        Guard.InRange(index, 0, Count - 1, nameof(index));
        Guard.Finite(segment, nameof(segment));
        return PresentAt(index, segment) ? Length.FromMillimetres(LateralMm(index, segment)) : null;
    }
}
