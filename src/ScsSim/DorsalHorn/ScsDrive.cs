using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.DorsalHorn;

/// <summary>
/// What <see cref="PainTransmission"/> is driven with: a program (its exact pulse times come from
/// <see cref="ScsSim.Waveforms.WaveformSchedule"/>) and the share of the network's A-beta inputs it recruits, switched
/// on at <see cref="Start"/> and off at <see cref="Stop"/>.
/// </summary>
/// <remarks>
/// Recruited fibres are the first share x A-beta count inputs (a fractional count rounded at random by the run's seed); each fires on every pulse it can follow
/// (refractoriness: <see cref="GateControlParameters.ABetaAbsoluteRefractoryPeriod"/>). The amplitude and pulse width enter only
/// through the recruited share (from the activation model in a virtual patient). Pulse times are the schedule's onsets at
/// 1 MHz, placed in the network step that contains them; programs that do not fit that grid are refused when the drive
/// is made. Immutable and thread-safe.
/// </remarks>
public sealed record ScsDrive
{
    /// <summary>Creates a drive.</summary>
    /// <param name="program">The stimulation program (any family).</param>
    /// <param name="recruitedFraction">Share of A-beta inputs recruited, 0-1.</param>
    /// <param name="start">Time SCS is switched on (default 0).</param>
    /// <param name="stop">Time SCS is switched off (default: never); after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentNullException">The program is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside 0-1, the times are out of order or negative, or the
    /// program does not fit the network's 1 µs pulse grid (a phase shorter than <see cref="MinimumPhase"/>, or pulses that
    /// overlap once rounded to whole microseconds).</exception>
    public ScsDrive(StimulationProgram program, double recruitedFraction, Duration start = default, Duration? stop = null)
    {
        Program = CheckProgram(program, nameof(program));
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

    /// <summary>The program's amplitude as a multiple of the patient's perception threshold (default 1; 0 or more): scales
    /// the direct kilohertz effect on the inhibitory interneurons (<see cref="GateControlParameters.KilohertzInhibitoryDrive"/>),
    /// which acts below perception too. A virtual patient sets it from its thresholds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, NaN or infinite.</exception>
    public double RelativeAmplitude
    {
        get;
        init => field = Guard.InRange(value, 0, 1e6, nameof(RelativeAmplitude));
    } = 1;

    /// <summary>Random-stream purpose of the rounding offset (inputs use 1-4, connectivity 10-11).</summary>
    private const ulong RoundingStream = 12;

    /// <summary>Number of recruited inputs out of <paramref name="aBetaFibres"/>: share x count rounded at random by the seed,
    /// floor(share x count + u) with u uniform in [0, 1) drawn once per seed. Whole counts stay as they are; a fractional one
    /// rounds up with a probability equal to its fraction, so the mean over seeds is exactly share x count (no step in the
    /// drive where the share crosses a half), and for one seed the count never falls as the share rises.</summary>
    internal int RecruitedCount(int aBetaFibres, ulong seed)
    {
        var exact = RecruitedFraction * aBetaFibres;
        var whole = Math.Round(exact);
        if (Math.Abs(exact - whole) < 1e-9) return (int)whole;
        return (int)Math.Floor(exact + SplitMix64.For(seed, RoundingStream, 0).NextDouble());
    }

    /// <summary>Shortest phase (pulse width, interphase gap, recharge) the network supports: 0.5 µs. The network reads pulse
    /// times on a 1 µs grid, and every phase is rounded to whole microseconds (halves up).</summary>
    public static Duration MinimumPhase { get; } = Duration.FromNanoseconds(500);

    /// <summary>Refuses, naming <paramref name="paramName"/>, a program the network cannot place on its pulse grid.</summary>
    internal static StimulationProgram CheckProgram(StimulationProgram? program, string paramName)
    {
        Guard.NotNull(program, paramName);
        var pulse = program!.Pulse;
        void Phase(Duration width, string what)
        {
            if (width < MinimumPhase)
                throw new ArgumentOutOfRangeException(paramName, width, $"The dorsal-horn network places pulses on a 1 µs grid, so every phase must last at least {MinimumPhase} (0.5 µs); the {what} of {paramName} is {width}.");
        }
        Phase(pulse.PulseWidth, "pulse width");
        if (pulse.InterphaseGap > Duration.Zero) Phase(pulse.InterphaseGap, "interphase gap");
        Phase(pulse.RechargeWidth, "recharge phase");
        try
        {
            WaveformSchedule.Compile(program, Frequency.FromHertz(PulseGridHz));
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "sampleRate")
        {
            // The schedule names its own sample rate, which the caller cannot set here: restate the problem for the program.
            throw new ArgumentOutOfRangeException(paramName, program.ToString(),
                $"{paramName} does not fit the dorsal-horn network's 1 µs pulse grid: once its phases are rounded to whole microseconds, its pulses would overlap or no complete pulse fits its on-time. Lengthen the period or the on-time, or shorten the phases (each at least {MinimumPhase}).");
        }
        return program;
    }

    /// <summary>The program's schedule at the network's 1 µs pulse grid.</summary>
    internal WaveformSchedule Schedule() => WaveformSchedule.Compile(Program, Frequency.FromHertz(PulseGridHz));

    /// <summary>The sample rate at which the network reads a program's pulse onsets: 1 MHz (a 1 µs grid).</summary>
    internal const long PulseGridHz = 1_000_000;
}
