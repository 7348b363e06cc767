using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.DorsalHorn;

/// <summary>
/// The SCS input of the network: a program (its exact pulse times come from <see cref="WaveformSchedule"/>) and the share of the
/// network's A-beta inputs it recruits, switched on at <see cref="Start"/> and off at <see cref="Stop"/>.
/// </summary>
/// <remarks>
/// Recruited fibres are the first round(share x A-beta count) inputs; each fires on every pulse it can follow
/// (refractoriness: <see cref="GateControlParameters.ABetaAbsoluteRefractoryMs"/>). The amplitude and pulse width enter only
/// through the recruited share (from the activation model in a virtual patient). Pulse times are the schedule's onsets at
/// 1 MHz, placed in the network step that contains them.
/// </remarks>
public sealed record ScsDrive
{
    /// <summary>Creates a drive.</summary>
    /// <param name="program">The stimulation program (any family).</param>
    /// <param name="recruitedFraction">Share of A-beta inputs recruited, 0-1.</param>
    /// <param name="start">Time SCS is switched on (default 0).</param>
    /// <param name="stop">Time SCS is switched off (default: never); after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside 0-1, or the times are out of order or negative.</exception>
    public ScsDrive(StimulationProgram program, double recruitedFraction, Duration start = default, Duration? stop = null)
    {
        Program = Guard.NotNull(program, nameof(program));
        RecruitedFraction = Guard.InRange(recruitedFraction, 0, 1, nameof(recruitedFraction));
        Guard.InRange(start.ToNanoseconds(), 0, long.MaxValue, nameof(start), " ns");
        if (stop is { } s) Guard.InRange(s.ToNanoseconds(), start.ToNanoseconds() + 1, long.MaxValue, nameof(stop), " ns");
        Start = start;
        Stop = stop;
    }

    /// <summary>The program.</summary>
    public StimulationProgram Program { get; }

    /// <summary>Share of A-beta inputs recruited, 0-1.</summary>
    public double RecruitedFraction { get; }

    /// <summary>Switch-on time.</summary>
    public Duration Start { get; }

    /// <summary>Switch-off time, or null for never.</summary>
    public Duration? Stop { get; }

    /// <summary>Number of recruited inputs out of <paramref name="aBetaFibres"/>.</summary>
    /// <param name="aBetaFibres">A-beta inputs of the network.</param>
    /// <returns>round(share x count), halves up.</returns>
    public int RecruitedCount(int aBetaFibres) => (int)Math.Round(RecruitedFraction * aBetaFibres, MidpointRounding.AwayFromZero);

    /// <summary>Pulse onsets as network steps in [0, <paramref name="durationSteps"/>), within the on window.</summary>
    internal int[] PulseSteps(double timeStepMs, int durationSteps)
    {
        var schedule = WaveformSchedule.Compile(Program, 1_000_000);
        var usPerStep = timeStepMs * 1000;
        var endUs = Math.Min((long)Math.Ceiling(durationSteps * usPerStep), Stop is { } s ? s.ToNanoseconds() / 1000 : long.MaxValue);
        var startUs = (Start.ToNanoseconds() + 999) / 1000;
        if (endUs <= startUs) return [];
        // Pulses of the program counted from its own start: the program starts at Start.
        var count = schedule.CountPulseOnsets(0, endUs - startUs);
        var steps = new List<int>((int)Math.Min(count, 10_000_000));
        for (long k = 0; k < count; k++)
        {
            var us = startUs + schedule.PulseOnset(k);
            var step = (long)Math.Floor(us / usPerStep + 1e-9);
            if (step >= durationSteps) break;
            steps.Add((int)step);
        }
        return steps.ToArray();
    }
}
