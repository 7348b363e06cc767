using System.Globalization;
using System.Text;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// Frequency and amplitude sweeps of the gate-control network, as tidy tables (one <see cref="SweepPoint"/> per setting, in the
/// order given). Every point is measured as <see cref="PainTransmission.Estimate"/> measures one setting (the same
/// <see cref="MeasurementPolicy"/>: warm-up, window, seeds), so a sweep point equals the estimate of its setting. Every point
/// uses the same seeds, so the natural inputs are identical across points (common random numbers: differences between
/// points are due to the setting alone); the (point, seed) runs share one parallel loop on all cores and the result does not
/// depend on thread scheduling.
/// </summary>
public static class GateControlSweeps
{
    /// <summary><paramref name="count"/> log-spaced frequencies from <paramref name="from"/> to <paramref name="to"/>, rounded to 1 mHz.</summary>
    /// <param name="from">Lowest, 1 mHz to 100 kHz (for example 1 Hz).</param>
    /// <param name="to">Highest, at least the lowest, at most 100 kHz (for example 10 kHz).</param>
    /// <param name="count">Number of points, 2-10,000 (default 30).</param>
    /// <returns>Ascending frequencies.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Frequency[] LogSpacedFrequencies(Frequency from, Frequency to, int count = 30)
    {
        var max = Frequency.FromKilohertz(100);
        if (from == Frequency.Zero || from > max)
            throw new ArgumentOutOfRangeException(nameof(from), from, $"{nameof(from)} must be from 1 mHz to {max}; got {from}.");
        if (to < from || to > max)
            throw new ArgumentOutOfRangeException(nameof(to), to, $"{nameof(to)} must be from {nameof(from)} ({from}) to {max}; got {to}.");
        Guard.InRange(count, 2, 10_000, nameof(count));
        double fromHz = from.ToHertz(), toHz = to.ToHertz();
        var r = new Frequency[count];
        for (var i = 0; i < count; i++)
            r[i] = Frequency.FromComputedHertz(fromHz * Math.Pow(toHz / fromHz, i / (double)(count - 1)));
        return r;
    }

    /// <summary>
    /// The tonic (below 1 kHz) or high-frequency program a frequency sweep uses: symmetric biphasic pulses of
    /// min(200 µs, 0.4 / f) rounded to 1 µs, at least 10 µs up to 50 kHz (above, both 10 µs phases would not fit in the period). In the network the pulse width matters only through recruitment, which a sweep
    /// fixes, so the width is chosen to fit every frequency.
    /// </summary>
    /// <param name="frequency">10 mHz to 100 kHz.</param>
    /// <returns>The program (amplitude 1 mA, a placeholder).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is out of range.</exception>
    public static StimulationProgram ProgramFor(Frequency frequency)
    {
        if (frequency < Frequency.FromMillihertz(10) || frequency > Frequency.FromKilohertz(100))
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"{nameof(frequency)} must be from 10 mHz to 100 kHz; got {frequency}.");
        var frequencyHz = frequency.ToHertz();
        var widthUs = Math.Round(Math.Min(200, 0.4e6 / frequencyHz));
        // The 10 µs floor applies where both phases still fit in the period (up to 50 kHz); above, 0.4 / f keeps them apart.
        if (widthUs < 10 && 10 <= 0.5e6 / frequencyHz) widthUs = 10;
        var pulse = new PulseShape(Current.FromMilliamperes(1), Duration.FromMicroseconds(widthUs));
        return frequencyHz < 1000 ? StimulationProgram.Tonic(pulse, frequency) : StimulationProgram.HighFrequency(pulse, frequency);
    }

    /// <summary>Sweeps the SCS frequency at a fixed recruited share.</summary>
    /// <param name="pain">Natural inputs (use <see cref="PainState.CFibreTest"/> for the C-fibre response).</param>
    /// <param name="recruitedFraction">Share of A-beta inputs recruited, 0-1.</param>
    /// <param name="frequencies">Frequencies, 10 mHz to 100 kHz (see <see cref="LogSpacedFrequencies"/>); at least one.</param>
    /// <param name="seed">Seed shared by all points.</param>
    /// <param name="policy">Warm-up, window and seeds of every point (default <see cref="MeasurementPolicy.Default"/>).</param>
    /// <param name="parameters">Network parameters (default <see cref="GateControlParameters.Default"/>).</param>
    /// <param name="progress">Receives a report after each point (from worker threads).</param>
    /// <param name="cancellationToken">Checked between points and inside runs.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (default: all cores; 1 for a serial sweep).</param>
    /// <returns>One row per frequency, in the given order.</returns>
    /// <exception cref="ArgumentNullException">The pain state or frequency list is null.</exception>
    /// <exception cref="ArgumentException">No frequencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A frequency, the share, the duration or a parameter is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<SweepPoint> OverFrequency(PainState pain, double recruitedFraction, IEnumerable<Frequency> frequencies,
        ulong seed, MeasurementPolicy? policy = null, GateControlParameters? parameters = null, IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default, int? maxDegreeOfParallelism = null)
    {
        Guard.NotNull(pain, nameof(pain));
        Guard.InRange(recruitedFraction, 0, 1, nameof(recruitedFraction));
        var f = Guard.NotNull(frequencies, nameof(frequencies)).ToArray();
        if (f.Length == 0) throw new ArgumentException("frequencies must list at least one frequency.", nameof(frequencies));
        var programs = f.Select(ProgramFor).ToArray();
        return Run(f.Length, i => (new ScsDrive(programs[i], recruitedFraction), f[i], double.NaN), pain, seed, policy, parameters,
            progress, cancellationToken, maxDegreeOfParallelism);
    }

    /// <summary>Sweeps the amplitude (as a multiple of the perception threshold) of one program.</summary>
    /// <param name="pain">Natural inputs.</param>
    /// <param name="program">The program (its amplitude is ignored).</param>
    /// <param name="recruitedFractionAt">Share of A-beta inputs recruited at an amplitude multiple (for example from the
    /// activation model); must return 0-1.</param>
    /// <param name="amplitudeMultiples">Amplitudes as multiples of the perception threshold, 0-100; at least one (each also
    /// scales the direct kilohertz drive, <see cref="ScsDrive.RelativeAmplitude"/>).</param>
    /// <param name="seed">Seed shared by all points.</param>
    /// <param name="policy">Warm-up, window and seeds of every point (default <see cref="MeasurementPolicy.Default"/>).</param>
    /// <param name="parameters">Network parameters.</param>
    /// <param name="progress">Receives a report after each point.</param>
    /// <param name="cancellationToken">Checked between points and inside runs.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (default: all cores).</param>
    /// <returns>One row per amplitude, in the given order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No amplitudes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amplitude or a returned share is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<SweepPoint> OverAmplitude(PainState pain, StimulationProgram program, Func<double, double> recruitedFractionAt,
        IEnumerable<double> amplitudeMultiples, ulong seed, MeasurementPolicy? policy = null, GateControlParameters? parameters = null,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default, int? maxDegreeOfParallelism = null)
    {
        Guard.NotNull(pain, nameof(pain));
        Guard.NotNull(program, nameof(program));
        Guard.NotNull(recruitedFractionAt, nameof(recruitedFractionAt));
        var a = Guard.NotNull(amplitudeMultiples, nameof(amplitudeMultiples)).ToArray();
        if (a.Length == 0) throw new ArgumentException("amplitudeMultiples must list at least one amplitude.", nameof(amplitudeMultiples));
        foreach (var x in a) Guard.InRange(x, 0, 100, nameof(amplitudeMultiples));
        var shares = a.Select(x => Guard.InRange(recruitedFractionAt(x), 0, 1, nameof(recruitedFractionAt))).ToArray();
        var hz = Frequency.FromComputedHertz(program.PulsesPerSecond);
        return Run(a.Length, i => (new ScsDrive(program, shares[i]) { RelativeAmplitude = a[i] }, hz, a[i]), pain, seed, policy, parameters, progress,
            cancellationToken, maxDegreeOfParallelism);
    }

    /// <summary>Writes rows as CSV (invariant culture, header first) for notebooks and spreadsheets.</summary>
    /// <param name="points">The rows.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">The rows are null.</exception>
    public static string ToCsv(IEnumerable<SweepPoint> points)
    {
        Guard.NotNull(points, nameof(points));
        var sb = new StringBuilder("frequency_Hz,amplitude_xPT,recruitedFraction,wdrWithout_Hz,wdrWith_Hz,index,index_low95,index_high95,cResponseWithout,cResponseWith,cResponseChange,cResponseChange_low95,cResponseChange_high95,aBetaRate_Hz,seeds\n");
        foreach (var p in points)
            sb.AppendLine(string.Join(',', new[] { p.Frequency.ToHertz(), p.AmplitudeMultiple, p.RecruitedFraction, p.WdrRateWithoutScs.ToHertz(),
                p.WdrRateWithScs.ToHertz(), p.Index, p.IndexEstimate.Lower, p.IndexEstimate.Upper, p.CFibreResponseWithoutScs, p.CFibreResponseWithScs,
                p.CFibreResponseChange, p.CFibreResponseChangeEstimate.Lower, p.CFibreResponseChangeEstimate.Upper, p.ABetaSpikeRate.ToHertz(), p.IndexEstimate.Count }
                .Select(v => v.ToString("G6", CultureInfo.InvariantCulture))));
        return sb.ToString();
    }

    private static SweepPoint[] Run(int count, Func<int, (ScsDrive Drive, Frequency Frequency, double Amplitude)> setting, PainState pain,
        ulong seed, MeasurementPolicy? policy, GateControlParameters? parameters, IProgress<SweepProgress>? progress,
        CancellationToken cancellationToken, int? maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism is { } m) Guard.InRange(m, 1, 4096, nameof(maxDegreeOfParallelism));
        var settings = Enumerable.Range(0, count).Select(setting).ToArray();
        var done = 0;
        var estimates = PainTransmission.EstimateAll(pain, settings.Select(s => s.Drive).ToArray(), seed, policy, parameters,
            _ => progress?.Report(new SweepProgress(Interlocked.Increment(ref done), count)), cancellationToken, maxDegreeOfParallelism);
        return Enumerable.Range(0, count)
            .Select(i => SweepPoint.From(settings[i].Frequency, settings[i].Amplitude, settings[i].Drive.RecruitedFraction, estimates[i])).ToArray();
    }
}
