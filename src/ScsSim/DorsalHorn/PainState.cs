using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// Natural (non-SCS) afferent activity that defines a pain state: mean Poisson rates of the A-beta, A-delta and C inputs,
/// and optionally a test protocol of synchronous C-fibre volleys (the "C-fibre response" of the in-vivo studies).
/// </summary>
/// <remarks>
/// Spontaneous (ectopic) C-nociceptor activity is reported in painful neuropathy (microneurography, e.g. Kleggetveit et al.
/// 2012, Pain); the rates here are teaching defaults chosen to give an ongoing WDR rate of a few to ten Hz, not measurements.
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record PainState
{
    /// <summary>Creates a pain state.</summary>
    /// <param name="aBetaRate">Natural A-beta rate per fibre, 0-1000 Hz.</param>
    /// <param name="aDeltaRate">A-delta rate per fibre, 0-1000 Hz.</param>
    /// <param name="cRate">C rate per fibre, 0-1000 Hz.</param>
    /// <param name="cFibreVolleys">Optional C volley protocol for the C-fibre response readout.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is above 1000 Hz.</exception>
    public PainState(Frequency aBetaRate, Frequency aDeltaRate, Frequency cRate, CFibreVolleys? cFibreVolleys = null)
    {
        ABetaRate = AtMost1kHz(aBetaRate, nameof(aBetaRate));
        ADeltaRate = AtMost1kHz(aDeltaRate, nameof(aDeltaRate));
        CRate = AtMost1kHz(cRate, nameof(cRate));
        CFibreVolleys = cFibreVolleys;
    }

    /// <summary>No pain: low natural A-beta activity, little A-delta and C activity, no volleys.</summary>
    public static PainState Healthy { get; } = new(Frequency.FromHertz(2), Frequency.FromHertz(0.2), Frequency.FromHertz(0.2));

    /// <summary>Neuropathic pain: ongoing C-fibre drive (3 Hz per fibre) with A-delta activity (1 Hz), no volleys.</summary>
    public static PainState Neuropathic { get; } = new(Frequency.FromHertz(2), Frequency.FromHertz(1), Frequency.FromHertz(3));

    /// <summary>The in-vivo test: background as <see cref="Healthy"/> plus a C-fibre volley every second (the rat study PMC3763697
    /// counted WDR spikes evoked by C-strength electrical stimuli of the receptive field).</summary>
    public static PainState CFibreTest { get; } = Healthy.WithVolleys(CFibreVolleys.Default);

    /// <summary>Natural A-beta rate per fibre.</summary>
    public Frequency ABetaRate { get; }

    /// <summary>Natural A-delta rate per fibre.</summary>
    public Frequency ADeltaRate { get; }

    /// <summary>Natural C rate per fibre.</summary>
    public Frequency CRate { get; }

    /// <summary>The C volley protocol, or null.</summary>
    public CFibreVolleys? CFibreVolleys { get; }

    /// <summary>The same state with another volley protocol.</summary>
    /// <param name="volleys">The protocol, or null for none.</param>
    /// <returns>The new state.</returns>
    public PainState WithVolleys(CFibreVolleys? volleys) => new(ABetaRate, ADeltaRate, CRate, volleys);

    private static Frequency AtMost1kHz(Frequency rate, string paramName) =>
        rate <= Frequency.FromHertz(1000) ? rate
            : throw new ArgumentOutOfRangeException(paramName, rate, $"{paramName} must be from 0 Hz to 1 kHz; got {rate}.");
}
