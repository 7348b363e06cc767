using System.Globalization;
using ScsSim.Cli;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Serialization;

// The README's main job: `dotnet run --project samples/ScsSim.Cli -- simulate tonic`.
// Bad input gets one clear line on stderr and a non-zero exit code, never a stack trace.
try
{
    return Run(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

static int Run(string[] args)
{
    if (args.Length != 2 || args[0] != "simulate")
    {
        Console.Error.WriteLine($"usage: scssim simulate <{string.Join(" | ", Presets.Programs.Keys)} | settings.json>");
        return 2;
    }
    var (program, electrodes, device, impedance) = Load(args[1]);
    Print(program, electrodes, device, impedance);
    return 0;
}

static (StimulationProgram, ElectrodeConfiguration, DeviceProfile, Resistance) Load(string source)
{
    if (Presets.Programs.TryGetValue(source, out var preset))
        return (preset(), Presets.Electrodes, DeviceProfile.Generic, Presets.Impedance);
    if (!File.Exists(source))
        throw new FileNotFoundException($"'{source}' is neither a preset ({string.Join(", ", Presets.Programs.Keys)}) nor a settings file.");
    var settings = SettingsJson.ReadFile(source);
    var program = settings.Program ?? throw new SettingsFormatException("$.program", "this command needs a \"program\".");
    return (program, settings.Electrodes ?? Presets.Electrodes, settings.Device ?? DeviceProfile.Generic, settings.Impedance ?? Presets.Impedance);
}

static void Print(StimulationProgram program, ElectrodeConfiguration electrodes, DeviceProfile device, Resistance impedance)
{
    var validation = device.Validate(program, electrodes, impedance);
    var safety = SafetyAnalysis.Evaluate(program, electrodes);
    var energy = EnergyAnalysis.Evaluate(program, impedance, device);
    var rows = new (string, string)[]
    {
        ("program", program.ToString()),
        ("electrodes", electrodes.ToString()),
        ("device", device.Name),
        ("impedance", impedance.ToString()),
        ("validation", validation.IsValid ? "deliverable" : $"{validation.Violations.Count} violation(s)"),
        ("charge per phase", safety.ChargePerPhase.ToString("µC")),
        ("max charge density", safety.MaxChargeDensity.ToString("G4")),
        ("Shannon k", safety.ShannonK.ToString("0.00", CultureInfo.InvariantCulture) + $" (limit {safety.Limits.ShannonK:0.00})"),
        ("safety", safety.IsWithinLimits ? "within limits" : $"{safety.Violations.Count} limit(s) exceeded"),
        ("TEED", energy.TeedPerSecond.ToString("µW:G4")),
        ("battery drain", energy.BatteryDrain.ToString("mA:0.000")),
        (energy.BatteryKind == BatteryKind.Rechargeable ? "days between charges" : "service years",
            (energy.BatteryKind == BatteryKind.Rechargeable ? energy.DaysBetweenCharges : energy.ServiceYears).ToString("0.0", CultureInfo.InvariantCulture)),
    };
    var width = rows.Max(r => r.Item1.Length);
    foreach (var (name, value) in rows) Console.WriteLine($"{name.PadRight(width)}  {value}");
    foreach (var v in validation.Violations.Concat(safety.Violations)) Console.WriteLine($"  ! {v}");
}
