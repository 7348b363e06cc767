using static ScsSim.Tests.Hertz;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using static ScsSim.Tests.DorsalHorn.DorsalHornFixtures;

namespace ScsSim.Tests.DorsalHorn;

public class PainTransmissionTests
{
    // Rat in vivo (PMC3763697): 50 Hz dorsal-column stimulation lowered the WDR C-fibre response from 228 to 147 spikes (-35 %).
    // The issue asks for a 20-50 % reduction; the calibrated model gives about 30 % (mean of three seeds).
    [Fact]
    public void Reference_Rat50Hz_LowersCFibreResponseBy20To50Percent()
    {
        var change = MeanChange(CFibre50Hz);
        Assert.InRange(change, -0.50, -0.20);
        // The response itself is of the in-vivo size (228 spikes / 16 stimuli = 14 a stimulus): 5-25 spikes a volley.
        Assert.All(CFibre50Hz, r => Assert.InRange(r.CFibreResponseWithoutScs, 5, 25));
    }

    // Rat in vivo (PMC3763697): 1 kHz at the same amplitude did not change the C-fibre response. Issue: |change| < 15 %.
    [Fact]
    public void Reference_Rat1kHz_ChangesCFibreResponseByLessThan15Percent()
    {
        Assert.InRange(MeanChange(CFibre1kHz), -0.15, 0.15);
    }

    [Fact]
    public void KilohertzFibresSkipPulses_RefractorinessLimitsTheirRate()
    {
        // 1 kHz: every fibre recruited, but the absolute (1 ms) and relative (2 ms) refractory periods let it follow only some pulses.
        Assert.All(CFibre1kHz, r => Assert.InRange(r.ABetaSpikeRate.ToHertz(), 250, 700));
        // 50 Hz: every pulse is followed (plus about 2 Hz of natural activity).
        Assert.All(CFibre50Hz, r => Assert.InRange(r.ABetaSpikeRate.ToHertz(), 50, 54));
    }

    [Fact]
    public void Neuropathic50Hz_GivesRelief_IndexWellBelowOne()
    {
        Assert.All(Neuropathic50Hz, r => Assert.InRange(r.WdrRateWithoutScs.ToHertz(), 4, 30));
        Assert.InRange(MeanIndex(Neuropathic50Hz), 0.05, 0.6);
    }

    [Fact]
    public void NoRecruitment_NoChange_IndexExactlyOne()
    {
        // With no A-beta input recruited the SCS drive adds no spike; the same seed gives the same natural inputs.
        var r = PainTransmission.Measure(PainState.Neuropathic, new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 0), Duration.FromSeconds(5), 7);
        Assert.Equal(0, r.RecruitedABetaFibres);
        Assert.Equal(1.0, r.Index);
        Assert.Equal(r.WdrRateWithoutScs.ToHertz(), r.WdrRateWithScs.ToHertz());
    }

    [Fact]
    public void StrongerGabaergicInhibition_MoreRelief()
    {
        double Index(double scale) => MeanIndex(Measure(PainState.Neuropathic, 50, 1, GateControlParameters.Default with { InhibitionScale = scale }));
        var weak = Index(0.5);
        var normal = MeanIndex(Neuropathic50Hz);
        var strong = Index(2);
        Assert.True(strong < normal && normal < weak, $"index with inhibition x0.5 {weak:F3}, x1 {normal:F3}, x2 {strong:F3}");
    }

    [Fact]
    public void SwitchingScsOff_ReturnsIndexToOne()
    {
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1, Duration.FromSeconds(2), Duration.FromSeconds(6));
        var course = PainTransmission.TimeCourse(PainState.Neuropathic, drive, Duration.FromSeconds(12), Duration.FromSeconds(1), 3);
        Assert.Equal(12, course.Count);
        Assert.All(course.Take(2), b => { Assert.False(b.ScsOn); Assert.Equal(1.0, b.Index); });   // before: identical runs
        var on = course.Where(b => b.ScsOn).ToArray();
        Assert.Equal(4, on.Length);
        Assert.True(on.Average(b => b.Index) < 0.6, $"index while on {on.Average(b => b.Index):F2}");
        var after = course.Skip(7).ToArray();   // from 1 s after switch-off
        var rateWith = after.Sum(b => b.WdrRateWithScs.ToHertz()); var rateWithout = after.Sum(b => b.WdrRateWithoutScs.ToHertz());
        Assert.InRange(rateWith / rateWithout, 0.85, 1.15);
    }

    [Fact]
    public void TimeCourse_RejectsBinLongerThanRun()
    {
        var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(50)), 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PainTransmission.TimeCourse(PainState.Neuropathic, drive, Duration.FromSeconds(1), Duration.FromSeconds(2), 1));
        Assert.Equal("bin", e.ParamName);
    }
}
