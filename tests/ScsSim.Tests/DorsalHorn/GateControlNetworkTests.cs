using static ScsSim.Tests.Hertz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

public class GateControlNetworkTests
{
    private static readonly GateControlParameters P = GateControlParameters.Default;

    [Fact]
    public void Structure_FollowsZhangJanikGrill2014()
    {
        var net = new GateControlNetwork();
        Assert.Equal((15, 15, 30), (P.ABetaFibres, P.ADeltaFibres, P.CFibres));
        Assert.Equal(CellKind.Wdr, net.CellKinds[^1]);
        Assert.Contains(CellKind.LocalInhibitory, net.CellKinds);
        Assert.Contains(CellKind.SurroundInhibitory, net.CellKinds);
        Assert.Contains(CellKind.Excitatory, net.CellKinds);
    }

    [Fact]
    public void SameSeed_SameSpikes_OtherSeed_OtherSpikes()
    {
        NetworkActivity Run(ulong seed) => new GateControlNetwork(P, seed).Simulate(
            InputSpikeTrains.Generate(P, PainState.Neuropathic, new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1), Duration.FromSeconds(3), seed));
        var a = Run(11); var b = Run(11); var c = Run(12);
        Assert.NotEmpty(a.WdrSpikeSteps);
        Assert.Equal(a.WdrSpikeSteps, b.WdrSpikeSteps);
        Assert.Equal(a.SpikeCounts, b.SpikeCounts);
        Assert.NotEqual(a.WdrSpikeSteps, c.WdrSpikeSteps);
    }

    [Fact]
    public void PoissonInputs_HaveThePainStatesRates()
    {
        var pain = new PainState(Hz(5), Hz(2), Hz(3));
        var inputs = InputSpikeTrains.Generate(P, pain, null, Duration.FromSeconds(20), 5);
        Assert.InRange(inputs.SpikeCount(InputClass.C) / (30 * 20.0), 3 * 0.92, 3 * 1.08);          // 1800 spikes: ±8 % is > 3 SD
        Assert.InRange(inputs.SpikeCount(InputClass.ABeta) / (15 * 20.0), 5 * 0.9, 5 * 1.1);
        Assert.InRange(inputs.SpikeCount(InputClass.ADelta) / (15 * 20.0), 2 * 0.85, 2 * 1.15);
    }

    [Fact]
    public void InhibitoryInterneurons_FollowFiftyHertz_ButNotKilohertz()
    {
        // The modelled mechanism: depressed A-beta synapses give a smooth conductance at kilohertz rates that fires few of the
        // interneurons; synchronous 50 Hz volleys fire most of them (their input resistances differ, so not all). 5 seeds.
        double[] Rates(double hz) => Enumerable.Range(1, 5).SelectMany(seed =>
        {
            var a = new GateControlNetwork(P, (ulong)seed).Simulate(InputSpikeTrains.Generate(P, PainState.Healthy,
                new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 1), Duration.FromSeconds(5), (ulong)seed));
            return Enumerable.Range(0, a.CellKinds.Count).Where(i => a.CellKinds[i] is CellKind.LocalInhibitory or CellKind.SurroundInhibitory)
                .Select(i => a.SpikeCounts[i] / a.Duration.ToSeconds());
        }).ToArray();
        var fifty = Rates(50); var kilohertz = Rates(1000);
        Assert.True(fifty.Count(r => r > 20) >= fifty.Length / 2, $"50 Hz: {string.Join(' ', fifty.Select(r => r.ToString("F0")))}");
        Assert.True(kilohertz.Count(r => r < 5) >= 0.8 * kilohertz.Length, $"1 kHz: {string.Join(' ', kilohertz.Select(r => r.ToString("F0")))}");
        Assert.True(fifty.Average() > 3 * kilohertz.Average(), $"mean 50 Hz {fifty.Average():F1}, 1 kHz {kilohertz.Average():F1}");
    }

    [Fact]
    public void CustomSpikeTrains_AreAccepted_AndValidated()
    {
        var empty = Enumerable.Range(0, 15).Select(_ => Array.Empty<int>()).ToArray();
        var c = Enumerable.Range(0, 30).Select(i => new[] { 100 + i, 40_000 }).ToArray();
        var inputs = new InputSpikeTrains(Duration.FromMicroseconds(25), 80_000, empty, empty, c, [100], 8400);
        var activity = new GateControlNetwork().Simulate(inputs);
        Assert.True(activity.CFibreResponse >= 1);
        Assert.Equal(2.0, activity.DurationSeconds, 12);
        var unsorted = Enumerable.Range(0, 30).Select(_ => new[] { 5, 3 }).ToArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => new InputSpikeTrains(Duration.FromMicroseconds(25), 100, empty, empty, unsorted));
        var wrongCount = new InputSpikeTrains(Duration.FromMicroseconds(25), 100, empty.Take(3).ToArray(), empty, c.Select(_ => Array.Empty<int>()).ToArray());
        Assert.Throws<ArgumentException>(() => new GateControlNetwork().Simulate(wrongCount));
    }

    [Theory]
    [InlineData(nameof(GateControlParameters.ABetaToInhibitoryWeight), -1.0)]
    [InlineData(nameof(GateControlParameters.ABetaToInhibitoryRelease), 1.5)]
    [InlineData(nameof(GateControlParameters.InhibitionScale), double.PositiveInfinity)]
    [InlineData(nameof(GateControlParameters.KilohertzInhibitoryDrive), -0.1)]
    [InlineData(nameof(GateControlParameters.KilohertzInhibitoryDrive), double.NaN)]
    public void BadParameters_ThrowNamingTheParameter(string name, double value)
    {
        var p = P with { };
        typeof(GateControlParameters).GetProperty(name)!.SetValue(p, value);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GateControlNetwork(p));
        Assert.Equal(name, e.ParamName);
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void BadInputs_Throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PainState(Hz(1), Hz(1), Hz(2000)));
        Assert.Equal("cRate", e.ParamName);
        Assert.Contains("1 kHz", e.Message);
        Assert.Contains("2 kHz", e.Message);
        Assert.Equal("aBetaRate", Assert.Throws<ArgumentOutOfRangeException>(() => new PainState(Hz(1000.001), Hz(1), Hz(1))).ParamName);
        Assert.Equal("recruitedFraction", Assert.Throws<ArgumentOutOfRangeException>(() => new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1.5)).ParamName);
        Assert.Equal("duration", Assert.Throws<ArgumentOutOfRangeException>(() =>
            InputSpikeTrains.Generate(P, PainState.Healthy, null, Duration.Zero, 1)).ParamName);
        Assert.Equal("stop", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1, Duration.FromSeconds(2), Duration.FromSeconds(1))).ParamName);
    }

    // Invariant: a recruited fibre never fires twice within the absolute refractory period, at any frequency.
    [Property(MaxTest = 25)]
    public Property RecruitedFibres_NeverFireWithinTheAbsoluteRefractoryPeriod() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (hz, seed) =>
        {
            var inputs = InputSpikeTrains.Generate(P, PainState.Healthy, new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 1), Duration.FromMilliseconds(500), (ulong)seed);
            var minGap = int.MaxValue;
            for (var f = 0; f < inputs.ABetaCount; f++)
            {
                var t = inputs.Train(f);
                for (var i = 1; i < t.Length; i++) minGap = Math.Min(minGap, t[i] - t[i - 1]);
            }
            return minGap * P.TimeStepMs >= P.ABetaAbsoluteRefractoryMs - 1e-9;
        });

    // Invariant: reproducibility and sanity for any seed and share.
    [Property(MaxTest = 12)]
    public Property Measure_IsDeterministic_AndFinite() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), Gen.Choose(0, 15).ToArbitrary(), (seed, recruited) =>
        {
            var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(40)), recruited / 15.0);
            var a = PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(1), (ulong)seed);
            var b = PainTransmission.Measure(PainState.Neuropathic, drive, Duration.FromSeconds(1), (ulong)seed);
            return a == b && a.RecruitedABetaFibres == recruited && a.WdrRateWithScs.ToHertz() >= 0 && double.IsFinite(a.WdrRateWithoutScs.ToHertz());
        });
}
