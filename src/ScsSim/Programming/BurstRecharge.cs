using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>Where a <see cref="BurstProgram"/> returns the charge of its pulses: with each pulse, or passively once
/// after the burst.</summary>
public enum BurstRecharge
{
    /// <summary>Each pulse carries its own recharge phase.</summary>
    PerPulse,

    /// <summary>The pulses are monophasic and the coupling capacitor recharges passively once, after the last pulse of each burst.</summary>
    AfterBurst,
}
