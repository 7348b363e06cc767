namespace ScsSim.DorsalHorn;

/// <summary>
/// The per-step constants of the network's cells, computed once per network from its parameters (raw doubles in ms and mV,
/// so the kernel converts nothing per step).
/// </summary>
internal sealed class CellKinetics
{
    /// <summary>Magnesium concentration at which the block halves the NMDA conductance at 0 mV, mM: 3.57 (Jahr &amp; Stevens 1990,
    /// J Neurosci 10:3178, their fit of single-channel kinetics to macroscopic conductances).</summary>
    public const double MagnesiumHalfBlockMm = 3.57;

    /// <summary>Voltage dependence of the magnesium block, per mV: 0.062 (Jahr &amp; Stevens 1990, same fit).</summary>
    public const double MagnesiumBlockSlopePerMv = 0.062;

    public CellKinetics(GateControlParameters p, CellKind[] kinds)
    {
        var dt = TimeStepMs = p.TimeStepMs;
        DelaySteps = Math.Max(1, (int)Math.Round(p.SynapticDelayMs / dt));
        RingSlots = DelaySteps + 1;
        RefractorySteps = (int)Math.Round(p.CellRefractoryMs / dt);
        DtOverTau = kinds.Select(kind => dt / (kind == CellKind.Wdr ? p.WdrMembraneTauMs : p.InterneuronMembraneTauMs)).ToArray();
        AmpaDecayPerStep = Math.Exp(-dt / p.AmpaDecayMs);
        NmdaRisePerStep = Math.Exp(-dt / p.NmdaRiseMs);
        NmdaDecayPerStep = Math.Exp(-dt / p.NmdaDecayMs);
        GabaDecayPerStep = Math.Exp(-dt / p.GabaDecayMs);
        GlycineDecayPerStep = Math.Exp(-dt / p.GlycineDecayMs);
        // Dual-exponential NMDA normalised so a unit weight peaks at 1 (peak time of exp(-t/decay) - exp(-t/rise)).
        var peakMs = p.NmdaDecayMs * p.NmdaRiseMs / (p.NmdaDecayMs - p.NmdaRiseMs) * Math.Log(p.NmdaDecayMs / p.NmdaRiseMs);
        NmdaPeakNormalisation = 1 / (Math.Exp(-peakMs / p.NmdaDecayMs) - Math.Exp(-peakMs / p.NmdaRiseMs));
        MagnesiumOverHalfBlockMm = p.MagnesiumMm / MagnesiumHalfBlockMm;
        RestingMv = p.RestingPotentialMv; ThresholdMv = p.ThresholdMv; ResetMv = p.ResetMv;
        ExcitatoryReversalMv = p.ExcitatoryReversalMv; GabaReversalMv = p.GabaReversalMv; GlycineReversalMv = p.GlycineReversalMv;
    }

    public readonly double TimeStepMs;

    /// <summary>Synaptic delay in steps (at least 1); the delivery ring has one slot more.</summary>
    public readonly int DelaySteps, RingSlots;

    /// <summary>Absolute refractory period of the cells, steps.</summary>
    public readonly int RefractorySteps;

    /// <summary>Time step over each cell's membrane time constant.</summary>
    public readonly double[] DtOverTau;

    /// <summary>Exact per-step decay factors exp(-dt / τ).</summary>
    public readonly double AmpaDecayPerStep, NmdaRisePerStep, NmdaDecayPerStep, GabaDecayPerStep, GlycineDecayPerStep;

    public readonly double NmdaPeakNormalisation;

    /// <summary>[Mg] / <see cref="MagnesiumHalfBlockMm"/>.</summary>
    public readonly double MagnesiumOverHalfBlockMm;

    public readonly double RestingMv, ThresholdMv, ResetMv, ExcitatoryReversalMv, GabaReversalMv, GlycineReversalMv;
}
