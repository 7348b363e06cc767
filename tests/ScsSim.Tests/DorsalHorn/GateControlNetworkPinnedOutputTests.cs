using static ScsSim.Tests.Hertz;
using System.Globalization;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>
/// Pins the network's outputs for fixed seeds, bit for bit: written before the kernel was split into named steps, so a
/// refactoring that changes any spike, count or rate fails here.
/// </summary>
public class GateControlNetworkPinnedOutputTests
{
    private static readonly GateControlParameters Identical = PinnedParameters.Network;

    private static string Digest(NetworkActivity a)
    {
        // FNV-1a over the WDR spike steps: any moved, added or lost spike changes it.
        var h = 14695981039346656037UL;
        foreach (var s in a.WdrSpikeSteps) { h ^= (uint)s; h *= 1099511628211UL; }
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(' ', a.SpikeCounts)}|{a.WdrSpikeSteps.Count}|{h:X16}|{BitConverter.DoubleToInt64Bits(a.CFibreResponse):X16}");
    }

    private static string Bits(params double[] values) => string.Join(' ', values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("X16", CultureInfo.InvariantCulture)));

    /// <summary>10 s runs with the default parameters, printed by the scalar kernel and the per-pulse refractory filter of
    /// commit a168e3d (before the four-lane kernel and the filter's jump over refractory pulses, and before the direct
    /// kilohertz drive, switched off here): spike counts per cell, WDR spike count, sum of the WDR spike steps and a
    /// polynomial hash of them.</summary>
    [Theory]
    [InlineData(50.0, true, 1UL, "24,16,47,5,277,6,4,461,43", 43, 10045171L, 9036777529561205867L)]
    [InlineData(50.0, false, 2UL, "36,15,50,507,265,504,9,6,51", 51, 10755905L, 7621073580743773933L)]
    [InlineData(10_000.0, true, 1UL, "43,27,68,4,5,4,4,5,86", 86, 18491788L, 6191252701256613924L)]
    [InlineData(10_000.0, false, 2UL, "56,29,71,553,5,6,5,4,81", 81, 17111019L, -7034686452957614529L)]
    public void FourLaneKernel_EqualsTheScalarKernel(double hz, bool neuropathic, ulong seed, string counts, int wdr, long sum, long hash)
    {
        var p = GateControlParameters.Default with { KilohertzInhibitoryDrive = 0 };
        var inputs = InputSpikeTrains.Generate(p, neuropathic ? PainState.Neuropathic : PainState.CFibreTest,
            new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 1), Duration.FromSeconds(10), seed);
        var a = new GateControlNetwork(p, seed).Simulate(inputs);
        long s = 0, h = 0;
        foreach (var step in a.WdrSpikeSteps) { s += step; h = unchecked(h * 31 + step); }
        Assert.Equal(counts, string.Join(',', a.SpikeCounts));
        Assert.Equal((wdr, sum, hash), (a.WdrSpikeSteps.Count, s, h));
    }

    [Fact]
    public void Default_Neuropathic50Hz_Seed1()
    {
        var p = Identical;
        var inputs = InputSpikeTrains.Generate(p, PainState.Neuropathic, new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1), Duration.FromSeconds(3), 1);
        Assert.Equal("2 2 3 80 154 133 8 81 1|1|B0297E4C8751BED2|FFF8000000000000", Digest(new GateControlNetwork(p, 1).Simulate(inputs)));
    }

    [Fact]
    public void Default_CFibreTest1kHz_PartialRecruitment_Seed2()
    {
        var p = Identical;
        var inputs = InputSpikeTrains.Generate(p, PainState.CFibreTest, new ScsDrive(GateControlSweeps.ProgramFor(Hz(1000)), 0.6), Duration.FromSeconds(3), 2);
        Assert.Equal("18 11 23 26 12 20 20 12 27|27|43C3EBFB4143336E|4022000000000000", Digest(new GateControlNetwork(p, 2).Simulate(inputs)));
    }

    [Fact]
    public void OtherParameters_Neuropathic10Hz_Seed3()
    {
        var p = Identical with
        {
            TimeStep = Duration.FromMicroseconds(50), Magnesium = Concentration.FromMillimolar(2), InhibitionScale = 1.5,
            SynapticDelay = Duration.FromMilliseconds(2), GlycineShare = 0.3, RestingPotential = Voltage.FromMillivolts(-62),
            Threshold = Voltage.FromMillivolts(-52), ABetaToWdrRecovery = Duration.FromMilliseconds(150), NmdaDecay = Duration.FromMilliseconds(60),
        };
        var inputs = InputSpikeTrains.Generate(p, PainState.Neuropathic, new ScsDrive(GateControlSweeps.ProgramFor(Hz(10)), 1), Duration.FromSeconds(2), 3);
        Assert.Equal("8 7 17 42 44 43 45 43 16|16|412E9E2BC494975C|FFF8000000000000", Digest(new GateControlNetwork(p, 3).Simulate(inputs)));
    }

    [Fact]
    public void Measure_CFibreTest50Hz_Seed4()
    {
        var r = PainTransmission.Measure(PainState.CFibreTest, new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 0.8), Duration.FromSeconds(3), 4, Identical);
        // The kernel's doubles were pinned before the rates became Frequency (1 mHz): C responses stay bit for bit, rates are
        // the pinned doubles rounded to the nearest millihertz.
        Assert.Equal("4022000000000000 4020AAAAAAAAAAAB", Bits(r.CFibreResponseWithoutScs, r.CFibreResponseWithScs));
        Assert.Equal(12, r.RecruitedABetaFibres);
        static long MilliHz(string bits) => (long)Math.Round(BitConverter.Int64BitsToDouble(Convert.ToInt64(bits, 16)) * 1000, MidpointRounding.AwayFromZero);
        Assert.Equal(MilliHz("4022000000000000"), r.WdrRateWithoutScs.ToMillihertz());
        Assert.Equal(MilliHz("4020AAAAAAAAAAAB"), r.WdrRateWithScs.ToMillihertz());
        Assert.Equal(MilliHz("4049C71C71C71C71"), r.ABetaSpikeRate.ToMillihertz());
    }
}
