using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// The outer limits of what the programming types accept: physically generous (far beyond any implantable device) and
/// chosen so that every later computation on accepted settings (periods, total pulse duration, burst length, cycle
/// length, charge, energy, battery life) is exact in integers or finite in floating point. A device's own, much
/// narrower, programmable ranges are checked separately by <see cref="DeviceProfile"/>.Validate.
/// </summary>
internal static class Limits
{
    /// <summary>Largest amplitude of a pulse: 1 kA (devices stop near 25 mA).</summary>
    public const double MaxAmplitudeMilliamperes = 1e6;

    /// <summary>Longest phase (pulse width, interphase gap, passive time constant and window): 1000 s.</summary>
    public static readonly Duration MaxPhase = Duration.FromSeconds(1000);

    /// <summary>Longest cycling on- or off-time and area offset: 1,000,000 s (about 11.6 days).</summary>
    public static readonly Duration MaxCycle = Duration.FromSeconds(1_000_000);

    /// <summary>Shortest contact length and lead diameter: 1 nm.</summary>
    public const double MinLeadDimensionMillimetres = 1e-6;

    /// <summary>Longest contact length, lead diameter and contact spacing: 1 km.</summary>
    public const double MaxLeadDimensionMillimetres = 1e6;

    /// <summary>Finest amplitude step of a device: 1 nA.</summary>
    public const double MinAmplitudeStepMilliamperes = 1e-6;

    /// <summary>Lowest battery voltage: 1 mV.</summary>
    public const double MinBatteryVolts = 1e-3;

    /// <summary>Highest battery voltage: 1 kV.</summary>
    public const double MaxBatteryVolts = 1e3;

    /// <summary>Highest load impedance for the energy budget: 1 TΩ.</summary>
    public const double MaxEnergyImpedanceOhms = 1e12;

    /// <summary>Lowest conversion efficiency: 1e-6.</summary>
    public const double MinConversionEfficiency = 1e-6;
}
