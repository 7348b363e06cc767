using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using static ScsSim.Tests.Hertz;

namespace ScsSim.Tests.DorsalHorn;

public class TypedBoundaryTests
{
    [Fact]
    public void DurationParameters_AreValidated_InTheUnitUsersSee()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GateControlNetwork(GateControlParameters.Default with { TimeStep = Duration.Zero }));
        Assert.Equal(nameof(GateControlParameters.TimeStep), e.ParamName);
        Assert.Contains("1 µs", e.Message);
        Assert.Contains("100 µs", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new GateControlNetwork(GateControlParameters.Default with { AmpaDecay = Duration.Zero }));
        Assert.Equal(nameof(GateControlParameters.AmpaDecay), e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new GateControlNetwork(GateControlParameters.Default with { NmdaDecay = Duration.FromMilliseconds(1) }));
        Assert.Equal(nameof(GateControlParameters.NmdaDecay), e.ParamName);
        Assert.Contains("2 ms", e.Message);
    }

    [Fact]
    public void VoltageParameters_AreValidated_InMillivolts()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new GateControlNetwork(GateControlParameters.Default with { Threshold = Voltage.FromMillivolts(-70) }));
        Assert.Equal(nameof(GateControlParameters.Threshold), e.ParamName);
        Assert.Contains("-65 mV", e.Message);
        Assert.Contains("-70 mV", e.Message);
    }

    [Fact]
    public void Magnesium_ChangesTheBlock_AndZeroRemovesIt()
    {
        // Jahr & Stevens 1990: less magnesium, less block, more NMDA current, more WDR output.
        int Spikes(double mM) => new GateControlNetwork(GateControlParameters.Default with { Magnesium = Concentration.FromMillimolar(mM) }, 1)
            .Simulate(InputSpikeTrains.Generate(GateControlParameters.Default, PainState.Neuropathic, null, Duration.FromSeconds(3), 1)).WdrSpikeCount;
        Assert.True(Spikes(0) > Spikes(2), $"0 mM: {Spikes(0)}, 2 mM: {Spikes(2)}");
    }

    [Fact]
    public void ComputedRates_RoundToTheMillihertz_WithoutRefusingTinyValues()
    {
        Assert.Equal(Frequency.Zero, Frequency.FromComputedHertz(0.0003));
        Assert.Equal(Frequency.FromMillihertz(1), Frequency.FromComputedHertz(0.0005));
        Assert.Equal(Frequency.FromMillihertz(7800), Frequency.FromComputedHertz(78 / 10.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromComputedHertz(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromComputedHertz(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromHertz(0.0003)); // the public factory still refuses it
    }

    [Fact]
    public void WdrSpikesBetween_CountsExactlyOnTheStepGrid()
    {
        var empty = Enumerable.Range(0, 15).Select(_ => Array.Empty<int>()).ToArray();
        var c = Enumerable.Range(0, 30).Select(i => new[] { 100 + i, 40_000 }).ToArray();
        var a = new GateControlNetwork().Simulate(new InputSpikeTrains(Duration.FromMicroseconds(25), 80_000, empty, empty, c, [100], 8400));
        Assert.Equal(Duration.FromSeconds(2), a.Duration);
        Assert.Equal(a.WdrSpikeCount, a.WdrSpikesBetween(Duration.Zero, a.Duration));
        var first = a.WdrSpikeSteps[0];
        var at = Duration.FromNanoseconds(first * 25_000L);
        Assert.Equal(1, a.WdrSpikesBetween(at, at + Duration.FromNanoseconds(1)));
        Assert.Equal(0, a.WdrSpikesBetween(at + Duration.FromNanoseconds(1), at + Duration.FromNanoseconds(2)));
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => a.WdrSpikesBetween(Duration.FromSeconds(1), Duration.Zero)).ParamName);
        Assert.Contains("WdrRate = ", a.ToString());
        Assert.Null(new GateControlNetwork(GateControlParameters.Default with { ExcitatoryInterneurons = 0 })
            .Simulate(new InputSpikeTrains(Duration.FromMicroseconds(25), 100, empty, empty, c.Select(_ => Array.Empty<int>()).ToArray()))
            .MeanRate(CellKind.Excitatory));
    }

    [Fact]
    public void Concentration_FormatsParsesAndRefusesNegatives()
    {
        Assert.Equal("1 mM", Concentration.FromMillimolar(1).ToString());
        Assert.Equal(Concentration.FromMicromolar(800), Concentration.Parse("0.8 mM"));
        Assert.Equal(800, Concentration.Parse("800uM").ToMicromolar(), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.FromMillimolar(-1));
    }

    [Fact]
    public void SweepRows_CarryFrequencies()
    {
        var rows = GateControlSweeps.OverFrequency(PainState.Neuropathic, 1, [Hz(40)], 1, DorsalHornFixtures.OneRun(1));
        Assert.Equal(Hz(40), rows[0].Frequency);
        Assert.StartsWith("frequency_Hz,", GateControlSweeps.ToCsv(rows));
        Assert.Contains("\n40,", GateControlSweeps.ToCsv(rows));
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => GateControlSweeps.ProgramFor(Frequency.FromMillihertz(5))).ParamName);
    }
}
