using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Serialization;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Serialization;

public class SettingsJsonTests
{
    private const string TonicFile = """
        {
          "version": 1,
          "program": {
            "kind": "tonic",
            "pulse": { "amplitude_mA": 5, "pulseWidth_us": 300 },
            "frequency_Hz": 50
          }
        }
        """;

    [Fact]
    public void Reads_a_minimal_tonic_program_with_defaults()
    {
        var program = Assert.IsType<TonicProgram>(SettingsJson.ReadProgram(TonicFile));
        Assert.Equal(Frequency.FromHertz(50), program.Frequency);
        Assert.Equal(Current.FromMilliamperes(5), program.Pulse.Amplitude);
        Assert.Equal(Duration.FromMicroseconds(300), program.Pulse.PulseWidth);
        Assert.IsType<ActiveSymmetricRecharge>(program.Pulse.Recharge);
        Assert.Equal(Polarity.CathodicFirst, program.Pulse.Polarity);
    }

    [Fact]
    public void Writes_units_in_property_names()
    {
        var json = SettingsJson.WriteProgram(SettingsJson.ReadProgram(TonicFile));
        Assert.Contains("\"amplitude_mA\": 5", json);
        Assert.Contains("\"pulseWidth_us\": 300", json);
        Assert.Contains("\"frequency_Hz\": 50", json);
        Assert.Contains("\"version\": 1", json);
        Assert.Contains("\"kind\": \"tonic\"", json);
    }

    [Theory]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"colour":"red"},"frequency_Hz":50}}""", "$.program.pulse.colour", "unknown property \"colour\"")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5},"frequency_Hz":50}}""", "$.program.pulse", "pulseWidth_us")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":"five","pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA", "")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":NaN,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA", "'N' is an invalid start of a value")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":-5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.program.pulse.amplitude_mA", "0 mA or more")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":0},"frequency_Hz":50}}""", "$.program.pulse.pulseWidth_us", "greater than 0")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":0}}""", "$.program.frequency_Hz", "greater than 0")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":600},"frequency_Hz":1000}}""", "$.program.frequency_Hz", "833.333 Hz")]
    [InlineData("""{"version":1,"program":{"kind":"sine","frequency_Hz":50}}""", "$.program.kind", "sine")]
    [InlineData("""{"version":2,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$.version", "version 1")]
    [InlineData("""{"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300},"frequency_Hz":50}}""", "$", "version")]
    [InlineData("""{"version":1,"program":{"kind":"tonic","pulse":{"amplitude_mA":5,"pulseWidth_us":300,"polarity":"up"},"frequency_Hz":50}}""", "$.program.pulse.polarity", "cathodicFirst, anodicFirst")]
    [InlineData("""{"version":1,"program":{"kind":"burst","pulse":{"amplitude_mA":1,"pulseWidth_us":1000},"intraBurstFrequency_Hz":500,"pulsesPerBurst":5.5,"burstFrequency_Hz":40}}""", "$.program.pulsesPerBurst", "")]
    [InlineData("""{"version":1,"electrodes":{"leads":[{"name":"a","contactCount":8,"contactLength_mm":3,"diameter_mm":1.3,"spacing_mm":4}],"contacts":[{"lead":0,"contact":1,"role":"cathode","fraction_percent":80}],"caseAnode_percent":100}}""", "$.electrodes.contacts", "cathode fractions")]
    public void Rejects_bad_files_naming_the_json_path(string json, string path, string mentions)
    {
        var e = Assert.Throws<SettingsFormatException>(() => SettingsJson.Read(json));
        Assert.Equal(path, e.JsonPath);
        Assert.StartsWith(path, e.Message);
        Assert.Contains(mentions, e.Message);
    }

    [Fact]
    public void Reads_every_section_of_a_full_settings_file()
    {
        var settings = new StimulationSettings(
            StimulationProgram.Cycling(
                StimulationProgram.Burst(new PulseShape(Current.FromMilliamperes(0.6), Duration.FromMilliseconds(1),
                    Recharge.Passive(Duration.FromMilliseconds(1), Duration.FromMilliseconds(5))), Frequency.FromHertz(500), 5,
                    Frequency.FromHertz(40), BurstRecharge.AfterBurst),
                Duration.FromSeconds(30), Duration.FromSeconds(90), Duration.FromSeconds(2)),
            ElectrodeConfiguration.GuardedTripolar(Lead.Percutaneous8, 4),
            DeviceProfile.Generic,
            Resistance.FromOhms(525),
            new ProgramSet([
                new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(4), Duration.FromMicroseconds(250),
                    Recharge.ActiveAsymmetric(3), Duration.FromMicroseconds(20), Polarity.AnodicFirst), Frequency.FromHertz(60)),
                    ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 2)),
                new AreaProgram(StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(90)),
                    Frequency.FromHertz(60)), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 5, 6), Duration.FromMicroseconds(8000))]));
        var json = SettingsJson.Write(settings);
        var back = SettingsJson.Read(json);
        Assert.Equal(settings, back);
        Assert.Equal(json, SettingsJson.Write(back));
    }

    [Fact]
    public void Device_profiles_round_trip_and_can_be_loaded_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scs-device-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, SettingsJson.WriteDeviceProfile(DeviceProfile.Generic));
            Assert.Equal(DeviceProfile.Generic, SettingsJson.ReadFile(path).Device);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_missing_section_is_reported()
    {
        Assert.Equal("$.device", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadDeviceProfile(TonicFile)).JsonPath);
        Assert.Equal("$.electrodes", Assert.Throws<SettingsFormatException>(() => SettingsJson.ReadElectrodes(TonicFile)).JsonPath);
    }

    [Property(MaxTest = 300)]
    public Property Every_valid_program_round_trips_through_json_unchanged() =>
        Prop.ForAll(Generators.Program.ToArbitrary(), program => SettingsJson.ReadProgram(SettingsJson.WriteProgram(program)).Equals(program));

    [Property(MaxTest = 100)]
    public Property Every_electrode_configuration_and_device_round_trips() =>
        Prop.ForAll(Generators.Electrodes.ToArbitrary(), Generators.Device.ToArbitrary(), (electrodes, device) =>
        {
            var back = SettingsJson.Read(SettingsJson.Write(new StimulationSettings(Electrodes: electrodes, Device: device)));
            return electrodes.Equals(back.Electrodes) && device.Equals(back.Device);
        });
}
