using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>The way into the dorsal-horn model for one setting: how much of the pain signal gets through with an SCS
/// drive, as one measurement or as a time course.</summary>
/// <remarks>
/// The with/without comparison uses the same seed, hence identical natural A-beta, A-delta and C spike trains and identical
/// connectivity: the difference is due to SCS alone (common random numbers), so small effects are measurable in short runs.
/// The C-fibre response (WDR spikes per C volley in a fixed window) follows the rat in-vivo protocol (PMC3763697).
/// </remarks>
public static class PainTransmission
{
    /// <summary>No-SCS baseline runs kept (64: each holds the WDR spike times of one run, kilobytes).</summary>
    internal const int BaselineCacheCapacity = 64;

    // The run without SCS depends only on the network, the natural inputs, the duration and the seed, not on the program:
    // every Measure, TimeCourse and sweep point with the same four shares one (issue 10).
    private static readonly ComputationCache<BaselineKey, NetworkActivity> Baselines = new(BaselineCacheCapacity);

    private readonly record struct BaselineKey(GateControlParameters Parameters, PainState Pain, Duration Duration, Duration Warmup, ulong Seed);

    /// <summary>The network run without SCS, computed once per (parameters, pain state, duration, warm-up, seed) and shared.</summary>
    internal static NetworkActivity Baseline(GateControlParameters parameters, PainState pain, Duration duration, ulong seed, CancellationToken cancellationToken,
        Duration warmup = default) =>
        Baselines.GetOrCompute(new BaselineKey(parameters, pain, duration, warmup, seed),
            ct => new GateControlNetwork(parameters, seed).Run(InputSpikeTrains.Plan(parameters, pain, null, duration, seed, ct), null, ct,
                WarmupSteps(parameters, warmup)), cancellationToken);

    /// <summary>How many baselines were computed (not served from the cache); for tests.</summary>
    internal static long BaselineComputations => Baselines.Computations;

    /// <summary>Whether the baseline of these inputs is in the cache; for tests.</summary>
    internal static bool IsBaselineCached(GateControlParameters parameters, PainState pain, Duration duration, ulong seed, Duration warmup = default) =>
        Baselines.Contains(new BaselineKey(parameters, pain, duration, warmup, seed));

    /// <summary>Simulates with and without SCS and compares: one run from rest, measured over its whole duration, on one seed.
    /// For a readout that discards the warm-up and averages seeds, as the sweeps and the virtual patient do, use
    /// <see cref="Estimate"/>. The run without SCS is shared by every call with the same pain state, duration, seed and
    /// parameters (a bounded cache), so a second program costs one network run.</summary>
    /// <param name="pain">Natural inputs (and optional C volleys).</param>
    /// <param name="scs">The SCS drive.</param>
    /// <param name="duration">Simulated time per run (two runs); at least one time step.</param>
    /// <param name="seed">Seed for inputs and connectivity.</param>
    /// <param name="parameters">Network parameters (default <see cref="GateControlParameters.Default"/>).</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">The pain state or drive is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or a parameter is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (checked before each 4,096 network steps, 0.1 s of network time
    /// at the default step).</exception>
    public static PainTransmissionResult Measure(PainState pain, ScsDrive scs, Duration duration, ulong seed,
        GateControlParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scs, nameof(scs));
        Guard.NotNull(pain, nameof(pain));
        cancellationToken.ThrowIfCancellationRequested();
        return MeasureRun(pain, scs, Duration.Zero, duration, seed, parameters ?? GateControlParameters.Default, cancellationToken);
    }

    /// <summary>
    /// The readout every entry point shares: the network with and without SCS on each of the policy's seeds, the warm-up run
    /// and discarded, the rates and C-fibre responses measured over the window after it; means with 95 % intervals.
    /// </summary>
    /// <param name="pain">Natural inputs (and optional C volleys).</param>
    /// <param name="scs">The SCS drive (switched on at its start time; use the default start of 0 for a steady-state readout).</param>
    /// <param name="seed">Seed of the readout; run i uses network seed <see cref="MeasurementPolicy"/> derives from it.</param>
    /// <param name="policy">Warm-up, window and seeds (default <see cref="MeasurementPolicy.Default"/>).</param>
    /// <param name="parameters">Network parameters (default <see cref="GateControlParameters.Default"/>).</param>
    /// <param name="cancellationToken">Checked every 4,096 network steps in every run.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">The pain state or drive is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The policy or a parameter is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static PainTransmissionEstimate Estimate(PainState pain, ScsDrive scs, ulong seed, MeasurementPolicy? policy = null,
        GateControlParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scs, nameof(scs));
        Guard.NotNull(pain, nameof(pain));
        return EstimateAll(pain, [scs], seed, policy, parameters, null, cancellationToken, null)[0];
    }

    /// <summary>Estimates of several drives with one seed and policy: every (drive, run) pair in one parallel loop, the
    /// baselines shared. <paramref name="pointDone"/> is called (from a worker thread) when all runs of a drive are done.</summary>
    internal static PainTransmissionEstimate[] EstimateAll(PainState pain, IReadOnlyList<ScsDrive> drives, ulong seed, MeasurementPolicy? policy,
        GateControlParameters? parameters, Action<int>? pointDone, CancellationToken cancellationToken, int? maxDegreeOfParallelism)
    {
        var m = policy ?? MeasurementPolicy.Default;
        Guard.NotNull(m, nameof(policy)).Validate();
        var p = parameters ?? GateControlParameters.Default;
        p.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var seeds = m.Seeds;
        var runs = new PainTransmissionResult[drives.Count, seeds];
        var left = Enumerable.Repeat(seeds, drives.Count).ToArray();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(0, drives.Count * seeds, options, k =>
        {
            int d = k / seeds, run = k % seeds;
            runs[d, run] = MeasureRun(pain, drives[d], m.Warmup, m.Window, MeasurementPolicy.RunSeed(seed, run), p, cancellationToken);
            if (Interlocked.Decrement(ref left[d]) == 0) pointDone?.Invoke(d);
        });
        return Enumerable.Range(0, drives.Count)
            .Select(d => new PainTransmissionEstimate(m, Enumerable.Range(0, seeds).Select(r => runs[d, r]).ToArray())).ToArray();
    }

    /// <summary>One paired run: <paramref name="warmup"/> run and discarded, then <paramref name="window"/> measured.</summary>
    private static PainTransmissionResult MeasureRun(PainState pain, ScsDrive scs, Duration warmup, Duration window, ulong seed,
        GateControlParameters p, CancellationToken cancellationToken)
    {
        var total = warmup + window;
        var withPlan = InputSpikeTrains.Plan(p, pain, scs, total, seed, cancellationToken);
        var from = WarmupSteps(p, warmup);
        // The inputs are streamed into the network chunk by chunk: memory does not grow with the number of pulses.
        var without = Baseline(p, pain, total, seed, cancellationToken, warmup);
        var spikes = new long[withPlan.FibreCount];
        var with = new GateControlNetwork(p, seed).Run(withPlan, spikes, cancellationToken, from);
        var recruited = scs.RecruitedCount(p.ABetaFibres, seed);
        double aBetaRate;
        if (recruited > 0)
        {
            long sum = 0;
            for (var i = 0; i < recruited; i++) sum += spikes[i];
            aBetaRate = sum / (double)recruited / with.DurationSeconds;
        }
        else aBetaRate = pain.ABetaRate.ToHertz();
        return new PainTransmissionResult(MeasuredRateHz(without, from), MeasuredRateHz(with, from), without.CFibreResponse, with.CFibreResponse,
            recruited, aBetaRate);
    }

    /// <summary>The warm-up in whole network steps.</summary>
    private static int WarmupSteps(GateControlParameters p, Duration warmup) => (int)Math.Round(warmup.ToMilliseconds() / p.TimeStepMs);

    /// <summary>WDR rate over the steps from <paramref name="fromStep"/> to the end of the run.</summary>
    private static double MeasuredRateHz(NetworkActivity a, int fromStep)
    {
        if (fromStep == 0) return a.WdrRateHz;
        var spikes = a.WdrSpikeSteps.Count - a.WdrSpikesBefore(fromStep);
        return spikes / ((a.DurationSteps - fromStep) * a.TimeStepMs / 1000);
    }

    /// <summary>
    /// The time course of the WDR rate with SCS switched on and off as the drive says (<see cref="ScsDrive.Start"/>,
    /// <see cref="ScsDrive.Stop"/>), against the same inputs without SCS, in bins: shows the effect and its reversal.
    /// </summary>
    /// <param name="pain">Natural inputs.</param>
    /// <param name="scs">The drive with its on and off times.</param>
    /// <param name="duration">Simulated time.</param>
    /// <param name="bin">Bin width; at least one network time step (<see cref="GateControlParameters.TimeStep"/>, 25 µs by
    /// default), at most the duration, and at most <see cref="MaximumBins"/> bins in the duration.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="parameters">Network parameters (default <see cref="GateControlParameters.Default"/>).</param>
    /// <param name="cancellationToken">Cancels a long run.</param>
    /// <returns>Bins in time order.</returns>
    /// <exception cref="ArgumentNullException">The pain state or drive is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration or bin is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (checked before each 4,096 network steps and every 65,536 bins).</exception>
    public static IReadOnlyList<TimeCourseBin> TimeCourse(PainState pain, ScsDrive scs, Duration duration, Duration bin, ulong seed,
        GateControlParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(scs, nameof(scs));
        Guard.NotNull(pain, nameof(pain));
        var p = parameters ?? GateControlParameters.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var withPlan = InputSpikeTrains.Plan(p, pain, scs, duration, seed, cancellationToken);
        CheckBin(duration, bin, p.TimeStepMs);
        var without = Baseline(p, pain, duration, seed, cancellationToken);
        var with = new GateControlNetwork(p, seed).Run(withPlan, null, cancellationToken);
        var bins = new List<TimeCourseBin>();
        var width = bin.ToSeconds(); var binNs = bin.ToNanoseconds(); var endNs = with.Duration.ToNanoseconds();
        var end = with.DurationSeconds;
        var onFrom = scs.Start.ToSeconds();
        var onTo = scs.Stop?.ToSeconds() ?? double.PositiveInfinity;
        for (var k = 0; k * width < end - 1e-12; k++)
        {
            if ((k & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var a = k * width; var b = Math.Min(end, a + width);
            var mid = (a + b) / 2;
            bins.Add(new TimeCourseBin(Duration.FromNanoseconds(k * binNs), Duration.FromNanoseconds(Math.Min(endNs, (k + 1) * binNs)),
                mid >= onFrom && mid < onTo, Frequency.FromComputedHertz(with.CountWdrSpikes(a, b) / (b - a)),
                Frequency.FromComputedHertz(without.CountWdrSpikes(a, b) / (b - a))));
        }
        return bins;
    }

    /// <summary>Most bins a time course may have: 1,000,000.</summary>
    public const int MaximumBins = 1_000_000;

    /// <summary>Refuses a bin shorter than a network step, longer than the run, or one that makes more than <see cref="MaximumBins"/> bins.</summary>
    internal static void CheckBin(Duration duration, Duration bin, double timeStepMs)
    {
        var binNs = bin.ToNanoseconds();
        var stepNs = (long)Math.Ceiling(timeStepMs * 1e6 - 1e-6);
        var durationNs = duration.ToNanoseconds();
        var smallest = Math.Max(stepNs, (durationNs + MaximumBins - 1) / MaximumBins);
        if (binNs < smallest || binNs > durationNs)
            throw new ArgumentOutOfRangeException(nameof(bin), bin, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"bin must be at least one network time step ({timeStepMs:G6} ms) and at most the duration ({duration}), with at most {MaximumBins:N0} bins in the duration; " +
                $"for this duration use {Duration.FromNanoseconds(smallest)} to {duration}; got {bin}."));
    }
}
