using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>For changing the virtual patient's fibres (<see cref="StimulationSetup.WithPopulation"/>): settings of a
/// generated fibre population; defaults documented with their sources.</summary>
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
/// perception) of about 1.45 (tuned on one population, seed 7 of the former System.Random draws: 1.46; with the library's
/// SplitMix64 draws the same values give 1.52 ± 0.06 over seeds 1-20, 95 % interval), narrowing as the CSF thickens — the behaviour Holsheimer's models and patients show
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
    /// <param name="dorsalColumnMedianDiameter">1 to 15 µm (default 3.5); together with the log-standard deviation it must
    /// put at least <see cref="MinimumTruncatedShare"/> of the log-normal within the 1.5-16 µm truncation.</param>
    /// <param name="dorsalColumnLogStandardDeviation">0.01 to 2 (default 0.434).</param>
    /// <param name="dorsalRootMedianDiameter">1 to 20 µm (default 8); together with the log-standard deviation it must put
    /// at least <see cref="MinimumTruncatedShare"/> of the log-normal within the 4-16 µm truncation.</param>
    /// <param name="dorsalRootLogStandardDeviation">0.01 to 2 (default 0.3).</param>
    /// <param name="dorsalColumnHalfWidth">0.5 to 5 mm (default 2.5).</param>
    /// <param name="modelledDepth">0.1 to 3 mm (default 1).</param>
    /// <param name="dorsalRootLateral">At least the half-width, up to 6 mm (default 3.5).</param>
    /// <param name="dorsalRootMaximumDepth">0 to 1 mm (default 0.3).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, or a median and log-standard deviation put less than
    /// <see cref="MinimumTruncatedShare"/> of the distribution within its truncation (the message gives the medians that work
    /// with that log-standard deviation).</exception>
    public FibrePopulationOptions(int dorsalColumnFibreCount = 10_000, int dorsalRootFibresPerSide = 100,
        Length? dorsalColumnMedianDiameter = null, double dorsalColumnLogStandardDeviation = 0.434,
        Length? dorsalRootMedianDiameter = null, double dorsalRootLogStandardDeviation = 0.3,
        Length? dorsalColumnHalfWidth = null, Length? modelledDepth = null,
        Length? dorsalRootLateral = null, Length? dorsalRootMaximumDepth = null)
    {
        DorsalColumnFibreCount = (int)Guard.InRange(dorsalColumnFibreCount, 1, 1_000_000, nameof(dorsalColumnFibreCount));
        DorsalRootFibresPerSide = (int)Guard.InRange(dorsalRootFibresPerSide, 0, 100_000, nameof(dorsalRootFibresPerSide));
        DorsalColumnMedianDiameterUm = Guard.InRange((dorsalColumnMedianDiameter ?? Length.FromMicrometres(3.5)).ToMicrometres(), 1, 15, nameof(dorsalColumnMedianDiameter), " µm");
        DorsalColumnLogStandardDeviation = Guard.InRange(dorsalColumnLogStandardDeviation, 0.01, 2, nameof(dorsalColumnLogStandardDeviation));
        DorsalRootMedianDiameterUm = Guard.InRange((dorsalRootMedianDiameter ?? Length.FromMicrometres(8)).ToMicrometres(), 1, 20, nameof(dorsalRootMedianDiameter), " µm");
        DorsalRootLogStandardDeviation = Guard.InRange(dorsalRootLogStandardDeviation, 0.01, 2, nameof(dorsalRootLogStandardDeviation));
        TruncationHoldsEnough(DorsalColumnMedianDiameterUm, DorsalColumnLogStandardDeviation, DorsalColumnMinimumDiameterUm,
            nameof(dorsalColumnMedianDiameter), "dorsal-column");
        TruncationHoldsEnough(DorsalRootMedianDiameterUm, DorsalRootLogStandardDeviation, DorsalRootMinimumDiameterUm,
            nameof(dorsalRootMedianDiameter), "dorsal-root");
        DorsalColumnHalfWidthMm = Guard.InRange((dorsalColumnHalfWidth ?? Length.FromMillimetres(2.5)).ToMillimetres(), 0.5, 5, nameof(dorsalColumnHalfWidth), " mm");
        ModelledDepthMm = Guard.InRange((modelledDepth ?? Length.FromMillimetres(1)).ToMillimetres(), 0.1, 3, nameof(modelledDepth), " mm");
        DorsalRootLateralMm = Guard.InRange((dorsalRootLateral ?? Length.FromMillimetres(3.5)).ToMillimetres(), DorsalColumnHalfWidthMm, 6, nameof(dorsalRootLateral), " mm");
        DorsalRootMaximumDepthMm = Guard.InRange((dorsalRootMaximumDepth ?? Length.FromMillimetres(0.3)).ToMillimetres(), 0, 1, nameof(dorsalRootMaximumDepth), " mm");
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

    /// <summary>Share of a log-normal (median, log-sd) within [min, <see cref="MaximumDiameterUm"/>].</summary>
    internal static double TruncatedShare(double median, double logSd, double min) =>
        NormalCdf((Math.Log(MaximumDiameterUm) - Math.Log(median)) / logSd) - NormalCdf((Math.Log(min) - Math.Log(median)) / logSd);

    private static void TruncationHoldsEnough(double median, double logSd, double min, string paramName, string tract)
    {
        var share = TruncatedShare(median, logSd, min);
        if (share >= MinimumTruncatedShare) return;
        // The medians that keep enough of the distribution inside, for this log-sd (the share rises towards the truncation's centre).
        double Bound(double outside)
        {
            double inside = Math.Sqrt(min * MaximumDiameterUm), far = outside;
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
            $"{min:G4}-{MaximumDiameterUm:G4} µm; at least {MinimumTruncatedShare:G3} must lie there. With this log-standard deviation use a median " +
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

    // The truncation limits (sources in the remarks), in the kernel's units.
    internal const double DorsalColumnMinimumDiameterUm = 1.5;
    internal const double MaximumDiameterUm = 16;
    internal const double DorsalRootMinimumDiameterUm = 4;

    /// <summary>Smallest dorsal-column fibre diameter drawn: 1.5 µm (the truncation of the dorsal-column distribution).</summary>
    public static Length DorsalColumnMinimumDiameter => Length.FromMicrometres(DorsalColumnMinimumDiameterUm);

    /// <summary>Largest fibre diameter drawn in either tract: 16 µm.</summary>
    public static Length MaximumDiameter => Length.FromMicrometres(MaximumDiameterUm);

    /// <summary>Smallest dorsal-root fibre diameter drawn: 4 µm.</summary>
    public static Length DorsalRootMinimumDiameter => Length.FromMicrometres(DorsalRootMinimumDiameterUm);

    /// <summary>Number of dorsal-column fibres (both sides).</summary>
    public int DorsalColumnFibreCount { get; }

    /// <summary>Dorsal-root fibres on each side.</summary>
    public int DorsalRootFibresPerSide { get; }

    /// <summary>Median dorsal-column fibre diameter.</summary>
    public Length DorsalColumnMedianDiameter => Length.FromMicrometres(DorsalColumnMedianDiameterUm);

    /// <summary>Standard deviation of ln(diameter) in the dorsal columns.</summary>
    public double DorsalColumnLogStandardDeviation { get; }

    /// <summary>Median dorsal-root fibre diameter.</summary>
    public Length DorsalRootMedianDiameter => Length.FromMicrometres(DorsalRootMedianDiameterUm);

    /// <summary>Standard deviation of ln(diameter) in the dorsal roots.</summary>
    public double DorsalRootLogStandardDeviation { get; }

    /// <summary>Half-width of the dorsal columns (midline to lateral edge).</summary>
    public Length DorsalColumnHalfWidth => Length.FromMillimetres(DorsalColumnHalfWidthMm);

    /// <summary>Depth of the modelled dorsal-column slab.</summary>
    public Length ModelledDepth => Length.FromMillimetres(ModelledDepthMm);

    /// <summary>Distance of the dorsal-root fibres from the midline.</summary>
    public Length DorsalRootLateral => Length.FromMillimetres(DorsalRootLateralMm);

    /// <summary>Deepest dorsal-root fibre.</summary>
    public Length DorsalRootMaximumDepth => Length.FromMillimetres(DorsalRootMaximumDepthMm);

    // The same values in the kernel's units (record equality compares these).
    internal double DorsalColumnMedianDiameterUm { get; }
    internal double DorsalRootMedianDiameterUm { get; }
    internal double DorsalColumnHalfWidthMm { get; }
    internal double ModelledDepthMm { get; }
    internal double DorsalRootLateralMm { get; }
    internal double DorsalRootMaximumDepthMm { get; }
}
