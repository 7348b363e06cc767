using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The virtual patient's fibres, as a <see cref="StimulationSetup"/> carries them (<see cref="StimulationSetup.Population"/>)
/// and <see cref="RecruitmentAnalysis.FromSurface"/> takes them: a seeded, reproducible population of dorsal-column fibres
/// (with the dermatome each serves) and dorsal-root fibres at the lateral edges. Placed at a cord segment, the dermatomes
/// present there lie medial (caudal) to lateral (rostral) in equal bands.
/// </summary>
/// <remarks>Distributions and sources in <see cref="FibrePopulationOptions"/>; order in <see cref="Dermatome"/>.
/// Same seed and options, same population on every runtime (the library's SplitMix64 generator, sequential draws). Immutable once generated: safe to
/// share between threads.</remarks>
public sealed class FibrePopulation
{
    internal readonly FibreTract[] Tract;
    internal readonly BodySide[] Side;
    internal readonly double[] DiameterUm, DepthMm, Band;
    internal readonly int[] DermatomeSegment; // 0 for dorsal-root fibres

    private FibrePopulation(FibrePopulationOptions options, ulong seed, int count)
    {
        Options = options; Seed = seed;
        Tract = new FibreTract[count]; Side = new BodySide[count]; DiameterUm = new double[count]; DepthMm = new double[count];
        Band = new double[count]; DermatomeSegment = new int[count];
    }

    /// <summary>Generates a population.</summary>
    /// <param name="seed">Random seed; the same seed and options give the same population on every runtime (the draws come
    /// from the library's own SplitMix64 generator, not from <see cref="System.Random"/>).</param>
    /// <param name="options">Settings (default <see cref="FibrePopulationOptions.Default"/>).</param>
    /// <returns>The population: dorsal-column fibres first, then dorsal-root fibres (left, then right).</returns>
    internal static FibrePopulation Generate(ulong seed, FibrePopulationOptions? options = null)
    {
        options ??= FibrePopulationOptions.Default;
        var count = options.DorsalColumnFibreCount + 2 * options.DorsalRootFibresPerSide;
        var p = new FibrePopulation(options, seed, count);
        var random = new SplitMix64(seed);
        var dermatomeCount = SpinalAnatomy.CaudalSegment - SpinalAnatomy.RostralSegment + 1;
        for (var i = 0; i < options.DorsalColumnFibreCount; i++)
        {
            p.Tract[i] = FibreTract.DorsalColumn;
            p.Side[i] = random.NextInt(2) == 0 ? BodySide.Left : BodySide.Right;
            p.DermatomeSegment[i] = SpinalAnatomy.RostralSegment + random.NextInt(dermatomeCount);
            p.Band[i] = random.NextDouble();
            p.DepthMm[i] = random.NextDouble() * options.ModelledDepthMm;
            p.DiameterUm[i] = TruncatedLogNormal(ref random, options.DorsalColumnMedianDiameterUm, options.DorsalColumnLogStandardDeviation,
                FibrePopulationOptions.DorsalColumnMinimumDiameterUm, FibrePopulationOptions.MaximumDiameterUm);
        }
        for (var j = 0; j < 2 * options.DorsalRootFibresPerSide; j++)
        {
            var i = options.DorsalColumnFibreCount + j;
            p.Tract[i] = FibreTract.DorsalRoot;
            p.Side[i] = j < options.DorsalRootFibresPerSide ? BodySide.Left : BodySide.Right;
            p.DepthMm[i] = random.NextDouble() * options.DorsalRootMaximumDepthMm;
            p.DiameterUm[i] = TruncatedLogNormal(ref random, options.DorsalRootMedianDiameterUm, options.DorsalRootLogStandardDeviation,
                FibrePopulationOptions.DorsalRootMinimumDiameterUm, FibrePopulationOptions.MaximumDiameterUm);
        }
        return p;
    }

    /// <summary>Most draws one diameter may take. The options guarantee a share of at least
    /// <see cref="FibrePopulationOptions.MinimumTruncatedShare"/> inside the truncation, so reaching this is (1 − 0.001)^10⁷, about e^−10000: never.</summary>
    internal const int MaximumDrawsPerDiameter = 10_000_000;

    private static double TruncatedLogNormal(ref SplitMix64 random, double median, double logSd, double min, double max)
    {
        for (var attempt = 0; attempt < MaximumDrawsPerDiameter; attempt++)
        {
            // Box-Muller from two uniforms in (0, 1].
            var u1 = random.NextDoubleOpenAtZero(); var u2 = random.NextDouble();
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
    public ulong Seed { get; }

    /// <summary>Number of fibres.</summary>
    public int Count => Tract.Length;

    /// <summary>The fibre at an index.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The fibre.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre.</exception>
    internal PopulationFibre this[int index]
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
        if (Tract[index] == FibreTract.DorsalRoot) return sign * Options.DorsalRootLateralMm;
        var first = Math.Max(SpinalAnatomy.RostralSegment, (int)Math.Round(segment, MidpointRounding.AwayFromZero));
        var bands = SpinalAnatomy.CaudalSegment - first + 1;
        var band = SpinalAnatomy.CaudalSegment - DermatomeSegment[index]; // 0 = most caudal = most medial
        return sign * Options.DorsalColumnHalfWidthMm * (band + Band[index]) / bands;
    }

    /// <summary>The lateral position of a fibre when the dorsal columns are those of a segment.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <param name="segment">Cord segment number (T1 = 1, S1 = 18).</param>
    /// <returns>x, positive to the right; null when the fibre has not yet entered the cord at that segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such fibre, or the segment is not finite.</exception>
    internal Length? LateralPosition(int index, double segment)
    {
        Guard.InRange(index, 0, Count - 1, nameof(index));
        Guard.Finite(segment, nameof(segment));
        return PresentAt(index, segment) ? Length.FromMillimetres(LateralMm(index, segment)) : null;
    }
}
