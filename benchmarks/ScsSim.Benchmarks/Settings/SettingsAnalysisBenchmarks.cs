using BenchmarkDotNet.Attributes;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Serialization;

namespace ScsSim.Benchmarks.Settings;

/// <summary>
/// The cost of answering "is this program deliverable, safe, and how long will the battery last?", which a
/// programmer UI asks on every knob turn, and of the exact interleaving proof for an area-specific set.
/// </summary>
[MemoryDiagnoser]
public class SettingsAnalysisBenchmarks
{
    private readonly StimulationProgram _program = StimulationProgram.Tonic(
        new PulseShape(Current.FromMilliamperes(5), Duration.FromMicroseconds(300)), Frequency.FromHertz(50));

    private readonly ElectrodeConfiguration _electrodes = ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 4);
    private readonly Resistance _impedance = Resistance.FromOhms(1000);
    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = SettingsJson.WriteProgram(_program);

    [Benchmark(Description = "Validate + safety + energy")]
    public double ValidateSafetyEnergy()
    {
        var report = DeviceProfile.Generic.Validate(_program, _electrodes, _impedance);
        var safety = SafetyAnalysis.Evaluate(_program, _electrodes);
        var energy = EnergyAnalysis.Evaluate(_program, _impedance, DeviceProfile.Generic);
        return report.Violations.Count + (safety.ShannonK ?? 0) + (energy.DaysBetweenCharges ?? 0);
    }

    [Benchmark(Description = "Prove 130 Hz + 50 Hz areas never overlap")]
    public int ProveInterleaving() => new ProgramSet([
        new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(3), Duration.FromMicroseconds(300)), Frequency.FromHertz(130)), _electrodes),
        new AreaProgram(_program, ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 1, 2), Duration.FromMicroseconds(769)),
    ]).Areas.Count;

    [Benchmark(Description = "Read a program file")]
    public StimulationProgram ReadProgramFile() => SettingsJson.ReadProgram(_json);
}
