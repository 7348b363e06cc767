using ScsSim.Quantities;

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

    /// <summary>Integration time step (default 25 µs, the step asked for by the speed target; 1-100 µs allowed).</summary>
    public Duration TimeStep { get; init; } = Duration.FromMicroseconds(25);

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

    /// <summary>Spread (coefficient of variation) of the inhibitory interneurons' input resistance, which scales every synaptic weight onto a
    /// cell (weights are in units of its leak conductance): log-normal with mean 1 (default 0.3, <em>tuned</em>: the largest spread that keeps 1 kHz SCS from changing the C response by 15 % or more (PMC3763697); see MODEL.md;
    /// 0 = identical interneurons). Without it every interneuron has the same threshold for a synchronous A-beta volley, so
    /// recruiting one more input switches the whole inhibitory population on or off.</summary>
    public double InterneuronInputResistanceSpread { get; init; } = 0.3;

    /// <summary>Mechanism "kilohertz interneuron drive": the excitatory conductance (in units of the leak) that a 10 kHz field at
    /// the perception-threshold amplitude adds to every inhibitory interneuron while SCS is on; 0 switches the mechanism off.
    /// Source: Lee et al. 2020 (Neuroscience 428:132): low-intensity 10 kHz SCS, not 1 or 5 kHz, selectively activates
    /// inhibitory dorsal-horn interneurons without activating dorsal-column fibres. Default 0.1, <em>not calibrated</em>
    /// (no dose-response was available here): it depolarises a resting interneuron by about 6 mV (a tenth of the 65 mV driving
    /// force), below its 15 mV distance to threshold, so the interneurons fire more to their natural input without firing
    /// on their own. How it scales with frequency and amplitude: <see cref="InterneuronTonicDrive"/>; MODEL.md.</summary>
    public double KilohertzInhibitoryDrive { get; init; } = 0.1;

    // ---- membranes (conductance-based LIF) ----

    /// <summary>Resting (leak reversal) potential (-65 mV; dorsal-horn neurons rest at -55 to -70 mV, Melnick et al. 2004, J Neurophysiol, substantia gelatinosa neurons in slices).</summary>
    public Voltage RestingPotential { get; init; } = Voltage.FromMillivolts(-65);

    /// <summary>Spike threshold (-50 mV; typical for lamina I-V neurons, Melnick et al. 2004).</summary>
    public Voltage Threshold { get; init; } = Voltage.FromMillivolts(-50);

    /// <summary>Reset potential after a spike (-65 mV, assumed equal to rest).</summary>
    public Voltage ResetPotential { get; init; } = Voltage.FromMillivolts(-65);

    /// <summary>Absolute refractory period of the network cells (2 ms, typical).</summary>
    public Duration CellRefractoryPeriod { get; init; } = Duration.FromMilliseconds(2);

    /// <summary>Membrane time constant of the WDR neuron (20 ms; deep dorsal-horn neurons, Melnick et al. 2004).</summary>
    public Duration WdrMembraneTimeConstant { get; init; } = Duration.FromMilliseconds(20);

    /// <summary>Membrane time constant of the interneurons (10 ms; substantia gelatinosa neurons, Melnick et al. 2004).</summary>
    public Duration InterneuronMembraneTimeConstant { get; init; } = Duration.FromMilliseconds(10);

    // ---- synapses ----

    /// <summary>Excitatory (AMPA, NMDA) reversal potential (0 mV; Destexhe, Mainen &amp; Sejnowski 1998, in Methods in Neuronal Modeling).</summary>
    public Voltage ExcitatoryReversal { get; init; } = Voltage.Zero;

    /// <summary>GABA-A reversal potential (-70 mV; chloride reversal in adult dorsal horn, Coull et al. 2003, Nature 424:938).</summary>
    public Voltage GabaReversal { get; init; } = Voltage.FromMillivolts(-70);

    /// <summary>Glycine reversal potential (-70 mV; same chloride gradient as GABA-A).</summary>
    public Voltage GlycineReversal { get; init; } = Voltage.FromMillivolts(-70);

    /// <summary>AMPA decay time constant (3 ms; fast AMPA EPSCs of dorsal-horn neurons decay within a few ms, Yoshimura &amp;
    /// Jessell 1990, J Physiol 430:315; <em>tuned</em> within that range: a fast decay lets the inhibitory interneurons tell
    /// synchronous 30-50 Hz volleys from the smooth conductance of kilohertz trains).</summary>
    public Duration AmpaDecay { get; init; } = Duration.FromMilliseconds(3);

    /// <summary>NMDA rise time constant (2 ms; Destexhe et al. 1998).</summary>
    public Duration NmdaRise { get; init; } = Duration.FromMilliseconds(2);

    /// <summary>NMDA decay time constant (80 ms; Destexhe et al. 1998; the slow NMDA current gives temporal summation, the basis
    /// of wind-up in Zhang et al. 2014).</summary>
    public Duration NmdaDecay { get; init; } = Duration.FromMilliseconds(80);

    /// <summary>Extracellular magnesium for the NMDA block (1 mM; block after Jahr &amp; Stevens 1990, J Neurosci 10:3178).</summary>
    public Concentration Magnesium { get; init; } = Concentration.FromMillimolar(1);

    /// <summary>GABA-A decay time constant (20 ms; dorsal-horn GABA-A IPSCs, Chéry &amp; De Koninck 1999, J Neurosci 19:7342).</summary>
    public Duration GabaDecay { get; init; } = Duration.FromMilliseconds(20);

    /// <summary>Glycine decay time constant (7 ms; dorsal-horn glycinergic IPSCs, Chéry &amp; De Koninck 1999).</summary>
    public Duration GlycineDecay { get; init; } = Duration.FromMilliseconds(7);

    /// <summary>Share of an inhibitory synapse's conductance that is glycinergic (0.5; GABA and glycine are co-released, Chéry &amp; De Koninck 1999).</summary>
    public double GlycineShare { get; init; } = 0.5;

    /// <summary>Synaptic delay (including local conduction) (1 ms, typical monosynaptic latency).</summary>
    public Duration SynapticDelay { get; init; } = Duration.FromMilliseconds(1);

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

    /// <summary>Local inhibitory interneuron to WDR weight, GABA-A + glycine (0.27, <em>tuned</em> with
    /// <see cref="ABetaToInhibitoryWeight"/> and <see cref="InterneuronInputResistanceSpread"/> for a 30 % lower C response at
    /// 50 Hz (mean of seeds 1-5, 10 s), inside the 20-50 % band around the 35 % of the rat study PMC3763697).</summary>
    public double LocalInhibitoryToWdrWeight { get; init; } = 0.27;

    /// <summary>Local inhibitory interneuron to excitatory interneuron weight, GABA-A + glycine (0.27, tuned with the WDR weight).</summary>
    public double LocalInhibitoryToExcitatoryWeight { get; init; } = 0.27;

    /// <summary>Surround inhibitory interneuron to WDR weight, GABA-A + glycine (0.18, assumed two thirds of the local weight).</summary>
    public double SurroundInhibitoryToWdrWeight { get; init; } = 0.18;

    /// <summary>Multiplies every inhibitory weight (1 = defaults): models a stronger or weaker GABAergic/glycinergic tone
    /// (for example lost inhibition in neuropathic pain, Coull et al. 2003).</summary>
    public double InhibitionScale { get; init; } = 1;

    // ---- short-term depression (Tsodyks & Markram 1997, PNAS 94:719) ----

    /// <summary>Release fraction U of A-beta synapses onto inhibitory interneurons (0.5, <em>tuned</em> with the 300 ms recovery:
    /// the synapses still drive the interneurons at 30-50 Hz but give a small, smooth conductance at hundreds of Hz, so kilohertz
    /// SCS leaves the C response almost unchanged, as in PMC3763697. Tsodyks &amp; Markram 1997 report U of 0.1-0.9 and recovery
    /// over hundreds of ms at depressing synapses).</summary>
    public double ABetaToInhibitoryRelease { get; init; } = 0.5;

    /// <summary>Recovery time constant of A-beta synapses onto inhibitory interneurons (300 ms, <em>tuned</em> with the release fraction).</summary>
    public Duration ABetaToInhibitoryRecovery { get; init; } = Duration.FromMilliseconds(300);

    /// <summary>Release fraction U of A-beta synapses onto the WDR neuron (0.5, assumed equal to the interneuron synapses).</summary>
    public double ABetaToWdrRelease { get; init; } = 0.5;

    /// <summary>Recovery time constant of A-beta synapses onto the WDR neuron (200 ms, assumed).</summary>
    public Duration ABetaToWdrRecovery { get; init; } = Duration.FromMilliseconds(200);

    // ---- A-beta refractoriness (SCS-driven fibres) ----

    /// <summary>Absolute refractory period of a dorsal-column A-beta axon (1.0 ms; large mammalian myelinated axons,
    /// Paintal 1966, J Physiol 184:791). A pulse earlier than this after the fibre's last spike is not followed.</summary>
    public Duration ABetaAbsoluteRefractoryPeriod { get; init; } = Duration.FromMilliseconds(1);

    /// <summary>Length of the relative refractory period after the absolute one (2 ms; Paintal 1966). A pulse inside it is
    /// followed with a probability rising linearly from 0 to 1 (the threshold is raised; fibres with a small margin fail).</summary>
    public Duration ABetaRelativeRefractoryPeriod { get; init; } = Duration.FromMilliseconds(2);

    // Raw values for the kernels, read once per network or run (never per step).
    internal double TimeStepMs => TimeStep.ToMilliseconds();
    internal double RestingPotentialMv => RestingPotential.ToMillivolts();
    internal double ThresholdMv => Threshold.ToMillivolts();
    internal double ResetMv => ResetPotential.ToMillivolts();
    internal double CellRefractoryMs => CellRefractoryPeriod.ToMilliseconds();
    internal double WdrMembraneTauMs => WdrMembraneTimeConstant.ToMilliseconds();
    internal double InterneuronMembraneTauMs => InterneuronMembraneTimeConstant.ToMilliseconds();
    internal double ExcitatoryReversalMv => ExcitatoryReversal.ToMillivolts();
    internal double GabaReversalMv => GabaReversal.ToMillivolts();
    internal double GlycineReversalMv => GlycineReversal.ToMillivolts();
    internal double AmpaDecayMs => AmpaDecay.ToMilliseconds();
    internal double NmdaRiseMs => NmdaRise.ToMilliseconds();
    internal double NmdaDecayMs => NmdaDecay.ToMilliseconds();
    internal double MagnesiumMm => Magnesium.ToMillimolar();
    internal double GabaDecayMs => GabaDecay.ToMilliseconds();
    internal double GlycineDecayMs => GlycineDecay.ToMilliseconds();
    internal double SynapticDelayMs => SynapticDelay.ToMilliseconds();
    internal double ABetaToInhibitoryRecoveryMs => ABetaToInhibitoryRecovery.ToMilliseconds();
    internal double ABetaToWdrRecoveryMs => ABetaToWdrRecovery.ToMilliseconds();
    internal double ABetaAbsoluteRefractoryMs => ABetaAbsoluteRefractoryPeriod.ToMilliseconds();
    internal double ABetaRelativeRefractoryMs => ABetaRelativeRefractoryPeriod.ToMilliseconds();

    internal void Validate()
    {
        Guard.InRange(TimeStep, Duration.FromMicroseconds(1), Duration.FromMicroseconds(100), nameof(TimeStep));
        Guard.InRange(ABetaFibres, 1, 1000, nameof(ABetaFibres));
        Guard.InRange(ADeltaFibres, 0, 1000, nameof(ADeltaFibres));
        Guard.InRange(CFibres, 0, 1000, nameof(CFibres));
        Guard.InRange(ExcitatoryInterneurons, 0, 100, nameof(ExcitatoryInterneurons));
        Guard.InRange(LocalInhibitoryInterneurons, 0, 100, nameof(LocalInhibitoryInterneurons));
        Guard.InRange(SurroundInhibitoryInterneurons, 0, 100, nameof(SurroundInhibitoryInterneurons));
        Guard.InRange(InterneuronConnectionProbability, 0, 1, nameof(InterneuronConnectionProbability));
        Guard.InRange(InterneuronInputResistanceSpread, 0, 2, nameof(InterneuronInputResistanceSpread));
        Guard.InRange(KilohertzInhibitoryDrive, 0, 2, nameof(KilohertzInhibitoryDrive));
        Above(Threshold, RestingPotential, Voltage.FromMillivolts(100), nameof(Threshold), "the resting potential");
        if (ResetPotential >= Threshold) Below(ResetPotential, Voltage.FromMillivolts(-200), Threshold, nameof(ResetPotential), "the threshold");
        Guard.InRange(CellRefractoryPeriod, Duration.Zero, Duration.FromSeconds(1), nameof(CellRefractoryPeriod));
        Positive(WdrMembraneTimeConstant, nameof(WdrMembraneTimeConstant));
        Positive(InterneuronMembraneTimeConstant, nameof(InterneuronMembraneTimeConstant));
        Positive(AmpaDecay, nameof(AmpaDecay));
        Positive(NmdaRise, nameof(NmdaRise));
        if (NmdaDecay <= NmdaRise)
            throw new ArgumentOutOfRangeException(nameof(NmdaDecay), NmdaDecay, $"{nameof(NmdaDecay)} must be longer than {nameof(NmdaRise)} ({NmdaRise}); got {NmdaDecay}.");
        Positive(GabaDecay, nameof(GabaDecay));
        Positive(GlycineDecay, nameof(GlycineDecay));
        Guard.InRange(GlycineShare, 0, 1, nameof(GlycineShare));
        Guard.InRange(SynapticDelay, TimeStep, Duration.FromMilliseconds(100), nameof(SynapticDelay));
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
        Positive(ABetaToInhibitoryRecovery, nameof(ABetaToInhibitoryRecovery));
        Guard.InRange(ABetaToWdrRelease, 1e-6, 1, nameof(ABetaToWdrRelease));
        Positive(ABetaToWdrRecovery, nameof(ABetaToWdrRecovery));
        Guard.InRange(ABetaAbsoluteRefractoryPeriod, Duration.Zero, Duration.FromSeconds(1), nameof(ABetaAbsoluteRefractoryPeriod));
        Guard.InRange(ABetaRelativeRefractoryPeriod, Duration.Zero, Duration.FromSeconds(1), nameof(ABetaRelativeRefractoryPeriod));
    }

    private static void Positive(Duration value, string paramName)
    {
        if (value <= Duration.Zero)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be longer than 0 s; got {value}.");
    }

    /// <summary>A voltage above <paramref name="exclusiveMin"/> (named <paramref name="minName"/>) and at most <paramref name="max"/>.</summary>
    private static void Above(Voltage value, Voltage exclusiveMin, Voltage max, string paramName, string minName)
    {
        if (value <= exclusiveMin || value > max)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be above {minName} ({exclusiveMin}) and at most {max}; got {value}.");
    }

    /// <summary>A voltage from <paramref name="min"/> to below <paramref name="exclusiveMax"/> (named <paramref name="maxName"/>).</summary>
    private static void Below(Voltage value, Voltage min, Voltage exclusiveMax, string paramName, string maxName)
    {
        if (value < min || value >= exclusiveMax)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be from {min} to below {maxName} ({exclusiveMax}); got {value}.");
    }
}
