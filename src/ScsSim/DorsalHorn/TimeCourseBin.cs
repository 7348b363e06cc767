using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// One row of a time course (<see cref="PainTransmission.TimeCourse"/>,
/// <see cref="ScsSim.Scenarios.Scenario.TimeCourse"/>), for plotting how the pain signal falls when SCS switches on and
/// recovers when it stops: the WDR rate with and without SCS in one time bin.
/// </summary>
/// <remarks>Rates are rounded to 1 mHz. Immutable and thread-safe.</remarks>
/// <param name="Start">Bin start.</param>
/// <param name="End">Bin end.</param>
/// <param name="ScsOn">Whether SCS was on at the bin's middle.</param>
/// <param name="WdrRateWithScs">WDR rate in the bin in the run with the SCS schedule.</param>
/// <param name="WdrRateWithoutScs">WDR rate in the bin without SCS (same natural inputs).</param>
public sealed record TimeCourseBin(Duration Start, Duration End, bool ScsOn, Frequency WdrRateWithScs, Frequency WdrRateWithoutScs)
{
    /// <summary>The bin's pain-transmission index (NaN when the WDR neuron was silent without SCS).</summary>
    public double Index => WdrRateWithoutScs > Frequency.Zero ? WdrRateWithScs / WdrRateWithoutScs : double.NaN;
}
