using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// A pain-transmission readout over several network seeds (<see cref="MeasurementPolicy"/>): every run, and the means of the
/// index, the C-fibre response change and the WDR rates with their 95 % intervals.
/// </summary>
/// <remarks>Each run compares the network with and without SCS on the same seed over the policy's window, after its warm-up.
/// Immutable and thread-safe.</remarks>
public sealed record PainTransmissionEstimate
{
    /// <summary>Builds the estimate from its runs.</summary>
    /// <param name="policy">The policy the runs were measured with.</param>
    /// <param name="runs">One result per network seed, at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No runs.</exception>
    public PainTransmissionEstimate(MeasurementPolicy policy, IReadOnlyList<PainTransmissionResult> runs)
    {
        Policy = Guard.NotNull(policy, nameof(policy));
        Runs = Guard.NotNull(runs, nameof(runs)).ToArray();
        if (Runs.Count == 0) throw new ArgumentException("runs must hold at least one result.", nameof(runs));
        Index = IntervalEstimate.Of(Runs.Select(r => r.Index));
        CFibreResponseChange = IntervalEstimate.Of(Runs.Select(r => r.CFibreResponseChange));
        WdrRateWithoutScsHz = IntervalEstimate.Of(Runs.Select(r => r.WdrRateWithoutScs.ToHertz()));
        WdrRateWithScsHz = IntervalEstimate.Of(Runs.Select(r => r.WdrRateWithScs.ToHertz()));
    }

    /// <summary>The policy.</summary>
    public MeasurementPolicy Policy { get; }

    /// <summary>One result per network seed, in run order.</summary>
    public IReadOnlyList<PainTransmissionResult> Runs { get; }

    /// <summary>Pain-transmission index (WDR rate with SCS / without, per run; 1 = no relief): mean and interval.</summary>
    public IntervalEstimate Index { get; }

    /// <summary>Relative change of the C-fibre response (NaN without C volleys): mean and interval.</summary>
    public IntervalEstimate CFibreResponseChange { get; }

    /// <summary>WDR rate without SCS, Hz: mean and interval.</summary>
    public IntervalEstimate WdrRateWithoutScsHz { get; }

    /// <summary>WDR rate with SCS, Hz: mean and interval.</summary>
    public IntervalEstimate WdrRateWithScsHz { get; }

    /// <summary>Mean WDR rate without SCS.</summary>
    public Frequency WdrRateWithoutScs => Frequency.FromComputedHertz(WdrRateWithoutScsHz.Mean);

    /// <summary>Mean WDR rate with SCS.</summary>
    public Frequency WdrRateWithScs => Frequency.FromComputedHertz(WdrRateWithScsHz.Mean);

    /// <summary>Network A-beta inputs driven by SCS in the first run (the count is rounded at random per seed, see <see cref="ScsDrive"/>).</summary>
    public int RecruitedABetaFibres => Runs[0].RecruitedABetaFibres;

    /// <summary>Mean A-beta input rate per recruited fibre over the runs.</summary>
    public Frequency ABetaSpikeRate => Frequency.FromComputedHertz(Runs.Average(r => r.ABetaSpikeRate.ToHertz()));

    /// <inheritdoc/>
    public bool Equals(PainTransmissionEstimate? other) => other is not null && Policy == other.Policy && Runs.SequenceEqual(other.Runs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Policy, RecordMembers.HashSequence(Runs));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Policy), Policy),
        (nameof(Index), Index), (nameof(CFibreResponseChange), CFibreResponseChange), (nameof(WdrRateWithoutScsHz), WdrRateWithoutScsHz),
        (nameof(WdrRateWithScsHz), WdrRateWithScsHz), (nameof(Runs), RecordMembers.Format(Runs)));
}
