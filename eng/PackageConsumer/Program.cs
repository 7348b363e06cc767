using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Serialization;
using ScsSim.Waveforms;

// A few calls through the packed package, with answers known by hand. Exit code 1 on any mismatch.
var failures = 0;
void Check(string what, bool ok)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok) failures++;
}

var pulse = new PulseShape(Current.FromMilliamperes(5), Duration.Parse("300 us"));
var program = StimulationProgram.Tonic(pulse, Frequency.FromHertz(50));
var electrodes = ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 4);
Check("charge per phase is 1.5 µC", pulse.ChargePerPhase.ToString() == "1.5 µC");
Check("generic device can deliver it", DeviceProfile.Generic.Validate(program, electrodes, Resistance.FromOhms(1000)).IsValid);
Check("Shannon k is 1.26", SafetyAnalysis.Evaluate(program, electrodes).ShannonK is { } k && Math.Abs(k - 1.264) < 0.001);
Check("TEED is 750 µW", Math.Abs(EnergyAnalysis.Evaluate(program, Resistance.FromOhms(1000), DeviceProfile.Generic).TeedPerSecond.ToWatts() - 750e-6) < 1e-12);
var schedule = WaveformSchedule.Compile(StimulationProgram.Tonic(pulse, Frequency.FromHertz(130)), Frequency.FromHertz(1_000_000));
Check("pulse 1e9 of 130 Hz at sample 7692307692308", schedule.PulseOnset(1_000_000_000) == 7_692_307_692_308);
var samples = new float[600];
schedule.Render(0, samples.AsSpan());
Check("first phase is -5 mA for 300 samples", samples.Take(300).All(s => s == -5f) && samples.Skip(300).All(s => s == 5f));
Check("settings file round-trips", SettingsJson.ReadProgram(SettingsJson.WriteProgram(program)) == program);
Check("Weiss law at chronaxie is twice rheobase", Math.Abs(WeissLaw.SpinalCordPerception.Threshold(Duration.FromMicroseconds(295)).ToMilliamperes() - 5) < 1e-9);
try
{
    _ = new PulseShape(Current.FromMilliamperes(-1), Duration.FromMicroseconds(300));
    Check("negative amplitude is rejected", false);
}
catch (ArgumentOutOfRangeException e)
{
    Check("negative amplitude is rejected naming the parameter", e.ParamName == "amplitude");
}
Console.WriteLine(failures == 0 ? "package consumer: all checks passed" : $"package consumer: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
