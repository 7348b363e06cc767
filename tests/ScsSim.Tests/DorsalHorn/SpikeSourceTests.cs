using static ScsSim.Tests.Hertz;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.DorsalHorn;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>The jump of a spike source to a step (what the refractory filter uses to pass over pulses it would drop) gives
/// what stepping one spike at a time gives.</summary>
public class SpikeSourceTests
{
    private const double TimeStepMs = 0.025;
    private const int Steps = 40_000; // 1 s

    [Property(MaxTest = 60)]
    public Property PulseCursor_Jump_EqualsStepping() =>
        Prop.ForAll(Gen.Choose(1, 20_000).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 400)).ToArbitrary(), (hz, gaps) =>
        {
            var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 1);
            var pulses = PulseSteps.For(drive, drive.Schedule(), TimeStepMs, Steps);
            return SameWalk(pulses.Cursor(), pulses.Cursor(), gaps);
        });

    [Property(MaxTest = 60)]
    public Property MergedPoissonAndPulses_Jump_EqualsStepping() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 400)).ToArbitrary(), (hz, seed, gaps) =>
        {
            var drive = new ScsDrive(GateControlSweeps.ProgramFor(Hz(hz)), 1);
            var pulses = PulseSteps.For(drive, drive.Schedule(), TimeStepMs, Steps);
            SpikeSource Merged() => new MergeSource(PoissonSource.For(20, 1000, TimeStepMs, SplitMix64.For((ulong)seed, 1, 0)), pulses.Cursor());
            return SameWalk(Merged(), Merged(), gaps);
        });

    /// <summary>Walks <paramref name="jumping"/> with NextAtOrAfter(last + gap) and <paramref name="stepping"/> with Next
    /// until the same step is reached; both must agree on every spike they report, to the end.</summary>
    private static bool SameWalk(SpikeSource jumping, SpikeSource stepping, int[] gaps)
    {
        var last = 0;
        for (var i = 0; ; i++)
        {
            var target = last + (gaps.Length == 0 ? 1 : gaps[i % gaps.Length]);
            var a = jumping.NextAtOrAfter(target);
            int b;
            do b = stepping.Next(); while (b < target);
            if (a != b) return false;
            if (a == SpikeSource.End) return true;
            last = a;
        }
    }
}
