using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Scenarios;

/// <summary>
/// The named starting points shared by the command-line sample, the notebooks and the tests: one typical program of each
/// family on the same virtual patient (<see cref="VirtualPatient.LowBackAndLegs"/>), the same lead and contacts (a guarded
/// tripole with its cathode on contact 3 of <see cref="Lead.Percutaneous8"/>), the generic device and seed 1. Only the
/// program differs, so presets compare one program family with another.
/// </summary>
/// <remarks>
/// Names, for <see cref="ByName"/> and the command line: <c>tonic</c>, <c>burst</c>, <c>hf10k</c>, <c>cycling</c>.
/// Immutable and thread-safe.
/// </remarks>
public static class ScenarioPresets
{
    /// <summary>Conventional paresthesia-based SCS: 50 Hz, 300 µs, 5.3 mA, 1.25 times the perception threshold of the patient
    /// (4.24 mA for seed 1 on the default grid and medium). Within the clinical ranges of conventional SCS (30-120 Hz, 100-500 µs,
    /// 3.5-8.5 mA; review PMC8229652).</summary>
    public static Scenario Tonic { get; } = new(VirtualPatient.LowBackAndLegs, DeviceProfile.Generic,
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(5.3), Duration.FromMicroseconds(300)), Frequency.FromHertz(50)),
        ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 3), 1);

    /// <summary>Burst SCS after De Ridder et al. 2010 (Neurosurgery 66:986): bursts of 5 pulses of 1 ms at 500 Hz, 40 bursts a
    /// second, passive recharge (1 ms time constant, 5 ms window) after each burst, at a sub-perception 0.6 mA.</summary>
    public static Scenario Burst { get; } = Tonic.WithProgram(StimulationProgram.Burst(
        new PulseShape(Current.FromMilliamperes(0.6), Duration.FromMilliseconds(1), Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5))),
        Frequency.FromHertz(500), 5, Frequency.FromHertz(40), BurstRecharge.AfterBurst));

    /// <summary>Paresthesia-free 10 kHz SCS: 30 µs, 3 mA (Kapural et al. 2015, Anesthesiology 123:851: 10 kHz, 30 µs, 1-5 mA).</summary>
    public static Scenario HighFrequency10kHz { get; } = Tonic.WithProgram(
        StimulationProgram.HighFrequency(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(30)), Frequency.FromKilohertz(10)));

    /// <summary><see cref="Tonic"/>'s program cycled 30 s on and 90 s off with a 2 s ramp: an illustrative cycling setting
    /// (devices offer on/off cycles of seconds to minutes), not taken from a trial.</summary>
    public static Scenario Cycling { get; } = Tonic.WithProgram(
        StimulationProgram.Cycling(Tonic.Program, Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(2)));

    /// <summary>The preset names in the order listed: <c>tonic</c>, <c>burst</c>, <c>hf10k</c>, <c>cycling</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tonic", "burst", "hf10k", "cycling"];

    /// <summary>The preset of a name (exactly as in <see cref="Names"/>: case matters).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a preset; the message lists the presets.</exception>
    public static Scenario ByName(string name) => Guard.NotNull(name, nameof(name)) switch
    {
        "tonic" => Tonic,
        "burst" => Burst,
        "hf10k" => HighFrequency10kHz,
        "cycling" => Cycling,
        _ => throw new ArgumentException($"'{name}' is not a preset; the presets are: {string.Join(", ", Names)}.", nameof(name)),
    };
}
