using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Cli;

/// <summary>The named starting points of the command-line sample: typical settings of each program family.</summary>
internal static class Presets
{
    public static readonly IReadOnlyDictionary<string, Func<StimulationProgram>> Programs = new Dictionary<string, Func<StimulationProgram>>
    {
        // Conventional paresthesia-based SCS: 50 Hz, 300 µs, 5 mA (review PMC8229652: 30-120 Hz, 100-500 µs, 3.5-8.5 mA).
        ["tonic"] = () => StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)),
        // De Ridder burst: 5 × 1 ms at 500 Hz, 40 bursts/s, passive recharge after each burst.
        ["burst"] = () => StimulationProgram.Burst(
            new PulseShape(Current.FromMilliamperes(0.6), Duration.FromMilliseconds(1), Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5))),
            Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst),
        // 10 kHz, 30 µs, 3 mA: paresthesia-free high-frequency therapy.
        ["hf10k"] = () => StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10)),
        // Tonic cycled 30 s on / 90 s off with a 2 s ramp.
        ["cycling"] = () => StimulationProgram.Cycling(
            StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)),
            Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(2)),
    };

    public static ElectrodeConfiguration Electrodes => ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 4);

    public static Resistance Impedance => Resistance.FromOhms(1000);
}
