namespace ScsSim.DorsalHorn;

/// <summary>
/// Every parameter of the gate-control network in one place, each with its source. Override any of them with a
/// <c>with</c> expression: <c>GateControlParameters.Default with { InhibitionScale = 2 }</c>.
/// </summary>
/// <remarks>
/// Structure after Zhang, Janik &amp; Grill 2014 (J Neurophysiol 2014; ModelDB 168414): 15 A-beta, 15 A-delta and 30 C
/// inputs; excitatory interneurons (EX) relaying C input; local inhibitory interneurons (IN, GABA-A and glycine) driven by
/// A-beta fibres inhibiting EX and the WDR neuron; surround inhibitory interneurons driven by A-beta fibres inhibiting the
/// WDR neuron; one wide-dynamic-range (WDR) projection neuron. Gate control after Melzack &amp; Wall 1965 (Science 150:971).
/// Cells are conductance-based leaky integrate-and-fire neurons (a simplification of Zhang's multi-compartment
/// Hodgkin-Huxley cells). Conductances are in units of each cell's leak conductance, so a weight of 1 doubles the
/// membrane conductance at its peak.
/// <para>Parameters marked <em>tuned</em> were chosen to reproduce a published result (named in their documentation);
/// they are not measurements. Synaptic kinetics and membrane constants are typical literature values.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record GateControlParameters
{
    /// <summary>The defaults documented on each property.</summary>
    public static GateControlParameters Default { get; } = new();

    // ---- numerics ----

    /// <summary>Integration time step, ms (default 0.025 ms, the step asked for by the speed target; 0.001-0.1 ms allowed).</summary>
    public double TimeStepMs { get; init; } = 0.025;

    // ---- population sizes (Zhang, Janik & Grill 2014) ----

    /// <summary>A-beta input fibres (15, Zhang et al. 2014).</summary>
    public int ABetaFibres { get; init; } = 15;

    /// <summary>A-delta input fibres (15, Zhang et al. 2014).</summary>
    public int ADeltaFibres { get; init; } = 15;

    /// <summary>C input fibres (30, Zhang et al. 2014).</summary>
    public int CFibres { get; init; } = 30;

    /// <summary>Excitatory interneurons (3; Zhang et al. 2014 use one EX cell; three with random input give graded responses).</summary>
    public int ExcitatoryInterneurons { get; init; } = 3;

    /// <summary>Local inhibitory interneurons (3; local inhibition in Zhang et al. 2014).</summary>
    public int LocalInhibitoryInterneurons { get; init; } = 3;

    /// <summary>Surround inhibitory interneurons (2; surround inhibition in Zhang et al. 2014).</summary>
    public int SurroundInhibitoryInterneurons { get; init; } = 2;

    /// <summary>Probability that an input fibre contacts a given interneuron (0.7, assumed; makes interneurons differ).
    /// Every input contacts the WDR neuron (convergence onto WDR cells, Zhang et al. 2014).</summary>
    public double InterneuronConnectionProbability { get; init; } = 0.7;

    // ---- membranes (conductance-based LIF) ----

    /// <summary>Resting (leak reversal) potential, mV (-65 mV; dorsal-horn neurons rest at -55 to -70 mV, Melnick et al. 2004, J Neurophysiol, substantia gelatinosa neurons in slices).</summary>
    public double RestingPotentialMv { get; init; } = -65;

    /// <summary>Spike threshold, mV (-50 mV; typical for lamina I-V neurons, Melnick et al. 2004).</summary>
    public double ThresholdMv { get; init; } = -50;

    /// <summary>Reset potential after a spike, mV (-65 mV, assumed equal to rest).</summary>
    public double ResetMv { get; init; } = -65;

    /// <summary>Absolute refractory period of the network cells, ms (2 ms, typical).</summary>
    public double CellRefractoryMs { get; init; } = 2;

    /// <summary>Membrane time constant of the WDR neuron, ms (20 ms; deep dorsal-horn neurons, Melnick et al. 2004).</summary>
    public double WdrMembraneTauMs { get; init; } = 20;

    /// <summary>Membrane time constant of the interneurons, ms (10 ms; substantia gelatinosa neurons, Melnick et al. 2004).</summary>
    public double InterneuronMembraneTauMs { get; init; } = 10;

    // ---- synapses ----

    /// <summary>Excitatory (AMPA, NMDA) reversal potential, mV (0 mV; Destexhe, Mainen &amp; Sejnowski 1998, in Methods in Neuronal Modeling).</summary>
    public double ExcitatoryReversalMv { get; init; } = 0;

    /// <summary>GABA-A reversal potential, mV (-70 mV; chloride reversal in adult dorsal horn, Coull et al. 2003, Nature 424:938).</summary>
    public double GabaReversalMv { get; init; } = -70;

    /// <summary>Glycine reversal potential, mV (-70 mV; same chloride gradient as GABA-A).</summary>
    public double GlycineReversalMv { get; init; } = -70;

    /// <summary>AMPA decay time constant, ms (3 ms; fast AMPA EPSCs of dorsal-horn neurons decay within a few ms, Yoshimura &amp;
    /// Jessell 1990, J Physiol 430:315; <em>tuned</em> within that range: a fast decay lets the inhibitory interneurons tell
    /// synchronous 30-50 Hz volleys from the smooth conductance of kilohertz trains).</summary>
    public double AmpaDecayMs { get; init; } = 3;

    /// <summary>NMDA rise time constant, ms (2 ms; Destexhe et al. 1998).</summary>
    public double NmdaRiseMs { get; init; } = 2;

    /// <summary>NMDA decay time constant, ms (80 ms; Destexhe et al. 1998; the slow NMDA current gives temporal summation, the basis
    /// of wind-up in Zhang et al. 2014).</summary>
    public double NmdaDecayMs { get; init; } = 80;

    /// <summary>Extracellular magnesium for the NMDA block, mM (1 mM; block after Jahr &amp; Stevens 1990, J Neurosci 10:3178).</summary>
    public double MagnesiumMm { get; init; } = 1;

    /// <summary>GABA-A decay time constant, ms (20 ms; dorsal-horn GABA-A IPSCs, Chéry &amp; De Koninck 1999, J Neurosci 19:7342).</summary>
    public double GabaDecayMs { get; init; } = 20;

    /// <summary>Glycine decay time constant, ms (7 ms; dorsal-horn glycinergic IPSCs, Chéry &amp; De Koninck 1999).</summary>
    public double GlycineDecayMs { get; init; } = 7;

    /// <summary>Share of an inhibitory synapse's conductance that is glycinergic (0.5; GABA and glycine are co-released, Chéry &amp; De Koninck 1999).</summary>
    public double GlycineShare { get; init; } = 0.5;

    /// <summary>Synaptic delay (including local conduction), ms (1 ms, typical monosynaptic latency).</summary>
    public double SynapticDelayMs { get; init; } = 1;

    // ---- weights (peak conductance per spike, units of leak conductance) ----

    /// <summary>A-beta to inhibitory interneuron AMPA weight (1.1, <em>tuned</em>: the depressing synapses fire the interneurons on
    /// synchronous SCS volleys up to about 50 Hz, while the depressed, smooth drive at 120 Hz and above stays below threshold).</summary>
    public double ABetaToInhibitoryWeight { get; init; } = 1.1;

    /// <summary>A-beta to WDR AMPA weight (0.01, <em>tuned</em>: small, so kilohertz SCS changes the C response by less than 15 % as
    /// in the rat study PMC3763697; A-beta input alone rarely fires the WDR neuron).</summary>
    public double ABetaToWdrWeight { get; init; } = 0.01;

    /// <summary>A-delta to WDR AMPA weight (0.08, assumed).</summary>
    public double ADeltaToWdrWeight { get; init; } = 0.08;

    /// <summary>C to excitatory interneuron AMPA weight (0.45, <em>tuned</em> with the other C weights for about 11 WDR spikes per C
    /// volley (rat: 228 spikes over 16 stimuli, about 14 a stimulus, PMC3763697) and about 10 Hz ongoing WDR firing in
    /// <see cref="PainState.Neuropathic"/>).</summary>
    public double CToExcitatoryAmpaWeight { get; init; } = 0.45;

    /// <summary>C to excitatory interneuron NMDA weight (0.08, tuned with the C AMPA weights).</summary>
    public double CToExcitatoryNmdaWeight { get; init; } = 0.08;

    /// <summary>C to WDR AMPA weight (0.3, tuned with the C to excitatory interneuron weights).</summary>
    public double CToWdrAmpaWeight { get; init; } = 0.3;

    /// <summary>C to WDR NMDA weight (0.08, tuned; set to 0 to remove NMDA temporal summation (wind-up) from the monosynaptic C input).</summary>
    public double CToWdrNmdaWeight { get; init; } = 0.08;

    /// <summary>Excitatory interneuron to WDR AMPA weight (0.7, tuned with the C weights).</summary>
    public double ExcitatoryToWdrAmpaWeight { get; init; } = 0.7;

    /// <summary>Excitatory interneuron to WDR NMDA weight (0.15, tuned with the C weights).</summary>
    public double ExcitatoryToWdrNmdaWeight { get; init; } = 0.15;

    /// <summary>Local inhibitory interneuron to WDR weight, GABA-A + glycine (0.17, <em>tuned</em> with
    /// <see cref="ABetaToInhibitoryWeight"/> for a 30 % lower C response at 50 Hz, inside the 20-50 % band around the 35 % of
    /// the rat study PMC3763697).</summary>
    public double LocalInhibitoryToWdrWeight { get; init; } = 0.17;

    /// <summary>Local inhibitory interneuron to excitatory interneuron weight, GABA-A + glycine (0.17, tuned with the WDR weight).</summary>
    public double LocalInhibitoryToExcitatoryWeight { get; init; } = 0.17;

    /// <summary>Surround inhibitory interneuron to WDR weight, GABA-A + glycine (0.11, assumed two thirds of the local weight).</summary>
    public double SurroundInhibitoryToWdrWeight { get; init; } = 0.11;

    /// <summary>Multiplies every inhibitory weight (1 = defaults): models a stronger or weaker GABAergic/glycinergic tone
    /// (for example lost inhibition in neuropathic pain, Coull et al. 2003).</summary>
    public double InhibitionScale { get; init; } = 1;

    // ---- short-term depression (Tsodyks & Markram 1997, PNAS 94:719) ----

    /// <summary>Release fraction U of A-beta synapses onto inhibitory interneurons (0.5, <em>tuned</em> with the 300 ms recovery:
    /// the synapses still drive the interneurons at 30-50 Hz but give a small, smooth conductance at hundreds of Hz, so kilohertz
    /// SCS leaves the C response almost unchanged, as in PMC3763697. Tsodyks &amp; Markram 1997 report U of 0.1-0.9 and recovery
    /// over hundreds of ms at depressing synapses).</summary>
    public double ABetaToInhibitoryRelease { get; init; } = 0.5;

    /// <summary>Recovery time constant of A-beta synapses onto inhibitory interneurons, ms (300 ms, <em>tuned</em> with the release fraction).</summary>
    public double ABetaToInhibitoryRecoveryMs { get; init; } = 300;

    /// <summary>Release fraction U of A-beta synapses onto the WDR neuron (0.5, assumed equal to the interneuron synapses).</summary>
    public double ABetaToWdrRelease { get; init; } = 0.5;

    /// <summary>Recovery time constant of A-beta synapses onto the WDR neuron, ms (200 ms, assumed).</summary>
    public double ABetaToWdrRecoveryMs { get; init; } = 200;

    // ---- A-beta refractoriness (SCS-driven fibres) ----

    /// <summary>Absolute refractory period of a dorsal-column A-beta axon, ms (1.0 ms; large mammalian myelinated axons,
    /// Paintal 1966, J Physiol 184:791). A pulse earlier than this after the fibre's last spike is not followed.</summary>
    public double ABetaAbsoluteRefractoryMs { get; init; } = 1.0;

    /// <summary>Length of the relative refractory period after the absolute one, ms (2 ms; Paintal 1966). A pulse inside it is
    /// followed with a probability rising linearly from 0 to 1 (the threshold is raised; fibres with a small margin fail).</summary>
    public double ABetaRelativeRefractoryMs { get; init; } = 2.0;

    internal void Validate()
    {
        Guard.InRange(TimeStepMs, 0.001, 0.1, nameof(TimeStepMs), " ms");
        Guard.InRange(ABetaFibres, 1, 1000, nameof(ABetaFibres));
        Guard.InRange(ADeltaFibres, 0, 1000, nameof(ADeltaFibres));
        Guard.InRange(CFibres, 0, 1000, nameof(CFibres));
        Guard.InRange(ExcitatoryInterneurons, 0, 100, nameof(ExcitatoryInterneurons));
        Guard.InRange(LocalInhibitoryInterneurons, 0, 100, nameof(LocalInhibitoryInterneurons));
        Guard.InRange(SurroundInhibitoryInterneurons, 0, 100, nameof(SurroundInhibitoryInterneurons));
        Guard.InRange(InterneuronConnectionProbability, 0, 1, nameof(InterneuronConnectionProbability));
        Guard.Finite(RestingPotentialMv, nameof(RestingPotentialMv));
        Guard.Finite(ResetMv, nameof(ResetMv));
        Guard.InRange(ThresholdMv, RestingPotentialMv + 1e-9, 100, nameof(ThresholdMv), " mV");
        if (ResetMv >= ThresholdMv) Guard.InRange(ResetMv, -200, ThresholdMv - 1e-9, nameof(ResetMv), " mV");
        Guard.NonNegative(CellRefractoryMs, nameof(CellRefractoryMs), " ms");
        Guard.Positive(WdrMembraneTauMs, nameof(WdrMembraneTauMs), " ms");
        Guard.Positive(InterneuronMembraneTauMs, nameof(InterneuronMembraneTauMs), " ms");
        Guard.Finite(ExcitatoryReversalMv, nameof(ExcitatoryReversalMv));
        Guard.Finite(GabaReversalMv, nameof(GabaReversalMv));
        Guard.Finite(GlycineReversalMv, nameof(GlycineReversalMv));
        Guard.Positive(AmpaDecayMs, nameof(AmpaDecayMs), " ms");
        Guard.Positive(NmdaRiseMs, nameof(NmdaRiseMs), " ms");
        Guard.InRange(NmdaDecayMs, NmdaRiseMs + 1e-9, 1e6, nameof(NmdaDecayMs), " ms");
        Guard.NonNegative(MagnesiumMm, nameof(MagnesiumMm), " mM");
        Guard.Positive(GabaDecayMs, nameof(GabaDecayMs), " ms");
        Guard.Positive(GlycineDecayMs, nameof(GlycineDecayMs), " ms");
        Guard.InRange(GlycineShare, 0, 1, nameof(GlycineShare));
        Guard.InRange(SynapticDelayMs, TimeStepMs, 100, nameof(SynapticDelayMs), " ms");
        Guard.NonNegative(ABetaToInhibitoryWeight, nameof(ABetaToInhibitoryWeight));
        Guard.NonNegative(ABetaToWdrWeight, nameof(ABetaToWdrWeight));
        Guard.NonNegative(ADeltaToWdrWeight, nameof(ADeltaToWdrWeight));
        Guard.NonNegative(CToExcitatoryAmpaWeight, nameof(CToExcitatoryAmpaWeight));
        Guard.NonNegative(CToExcitatoryNmdaWeight, nameof(CToExcitatoryNmdaWeight));
        Guard.NonNegative(CToWdrAmpaWeight, nameof(CToWdrAmpaWeight));
        Guard.NonNegative(CToWdrNmdaWeight, nameof(CToWdrNmdaWeight));
        Guard.NonNegative(ExcitatoryToWdrAmpaWeight, nameof(ExcitatoryToWdrAmpaWeight));
        Guard.NonNegative(ExcitatoryToWdrNmdaWeight, nameof(ExcitatoryToWdrNmdaWeight));
        Guard.NonNegative(LocalInhibitoryToWdrWeight, nameof(LocalInhibitoryToWdrWeight));
        Guard.NonNegative(LocalInhibitoryToExcitatoryWeight, nameof(LocalInhibitoryToExcitatoryWeight));
        Guard.NonNegative(SurroundInhibitoryToWdrWeight, nameof(SurroundInhibitoryToWdrWeight));
        Guard.NonNegative(InhibitionScale, nameof(InhibitionScale));
        Guard.InRange(ABetaToInhibitoryRelease, 1e-6, 1, nameof(ABetaToInhibitoryRelease));
        Guard.Positive(ABetaToInhibitoryRecoveryMs, nameof(ABetaToInhibitoryRecoveryMs), " ms");
        Guard.InRange(ABetaToWdrRelease, 1e-6, 1, nameof(ABetaToWdrRelease));
        Guard.Positive(ABetaToWdrRecoveryMs, nameof(ABetaToWdrRecoveryMs), " ms");
        Guard.NonNegative(ABetaAbsoluteRefractoryMs, nameof(ABetaAbsoluteRefractoryMs), " ms");
        Guard.NonNegative(ABetaRelativeRefractoryMs, nameof(ABetaRelativeRefractoryMs), " ms");
    }
}
