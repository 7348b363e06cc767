using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// How every pain-transmission readout is measured: a warm-up that is run and discarded, a measured window after it, and the
/// number of network seeds whose results are averaged. One policy is shared by <see cref="PainTransmission.Estimate"/>, the
/// sweeps (<see cref="GateControlSweeps"/>) and the virtual patient (<see cref="Scenarios.ScenarioOptions.Measurement"/>), so the
/// same setting gives the same number wherever it is asked.
/// </summary>
/// <remarks>
/// The default warm-up of 3 s was measured (MODEL.md, "Steady state"): from rest, the WDR rate with 50 Hz SCS over the rate
/// without rises from 0.15 in the first 2 s to 0.23 by 3 s and stays at 0.23-0.24 from 3 to 40 s (10 seeds); the rate without
/// SCS is flat after the first second. Run <c>i</c> of a readout with seed <c>s</c> uses network seed <c>s</c> for <c>i = 0</c>
/// and a seed mixed from (<c>s</c>, <c>i</c>) for the others, so readouts of neighbouring seeds share no run. Immutable and
/// thread-safe.
/// </remarks>
public sealed record MeasurementPolicy
{
    /// <summary>3 s warm-up, 10 s measured, 5 seeds.</summary>
    public static MeasurementPolicy Default { get; } = new();

    /// <summary>Network time run before the measurement starts and discarded (default 3 s; 0 to 10 min). SCS is on from the start.</summary>
    public Duration Warmup { get; init; } = Duration.FromSeconds(3);

    /// <summary>Network time measured after the warm-up (default 10 s; 0.1 s to 1 h).</summary>
    public Duration Window { get; init; } = Duration.FromSeconds(10);

    /// <summary>Network seeds averaged (default 5; 1-1,000). With one seed the interval is not defined (NaN).</summary>
    public int Seeds { get; init; } = 5;

    /// <summary>A policy with another measured window (the warm-up and seeds kept).</summary>
    /// <param name="window">The window, 0.1 s to 1 h.</param>
    /// <returns>The policy.</returns>
    public MeasurementPolicy WithWindow(Duration window) => this with { Window = window };

    /// <summary>The network seed of run <paramref name="run"/> of a readout with seed <paramref name="seed"/>.</summary>
    internal static ulong RunSeed(ulong seed, int run) => run == 0 ? seed : SplitMix64.For(seed, RunSeedStream, (ulong)run).NextUInt64();

    /// <summary>Random-stream purpose of the run seeds (inputs use 1-4, connectivity 10-11, the drive's rounding 12).</summary>
    private const ulong RunSeedStream = 13;

    internal void Validate()
    {
        Guard.InRange(Warmup, Duration.Zero, Duration.FromSeconds(600), nameof(Warmup));
        Guard.InRange(Window, Duration.FromMilliseconds(100), Duration.FromSeconds(3600), nameof(Window));
        Guard.InRange(Seeds, 1, 1000, nameof(Seeds));
    }
}
