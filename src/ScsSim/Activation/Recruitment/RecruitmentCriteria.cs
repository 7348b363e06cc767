namespace ScsSim.Activation;

/// <summary>
/// A setup's rules (<see cref="StimulationSetup.WithCriteria"/>) for when a virtual patient perceives the stimulation,
/// when it becomes uncomfortable, and when a dermatome counts as covered by paresthesia. These are modelling choices (configurable), not measured constants.
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
