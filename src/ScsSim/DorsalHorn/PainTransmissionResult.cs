using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// The answer a user wants: with these settings, how much of the pain signal still gets through. WDR output with and
/// without SCS from the same natural inputs (same seed), and their ratio.
/// </summary>
/// <remarks>Rates are rounded to 1 mHz (a rate below 0.5 mHz reads as 0 Hz); the index is the ratio of the rounded rates.
/// Immutable and thread-safe.</remarks>
/// <param name="WdrRateWithoutScs">WDR firing rate without SCS.</param>
/// <param name="WdrRateWithScs">WDR firing rate with SCS.</param>
/// <param name="CFibreResponseWithoutScs">Mean WDR spikes per C volley without SCS (NaN without volleys).</param>
/// <param name="CFibreResponseWithScs">Mean WDR spikes per C volley with SCS (NaN without volleys).</param>
/// <param name="RecruitedABetaFibres">Network A-beta inputs driven by SCS.</param>
/// <param name="ABetaSpikeRate">Mean A-beta input rate per recruited fibre with SCS (what the fibres could follow; natural rate when none is recruited).</param>
public sealed record PainTransmissionResult(Frequency WdrRateWithoutScs, Frequency WdrRateWithScs, double CFibreResponseWithoutScs,
    double CFibreResponseWithScs, int RecruitedABetaFibres, Frequency ABetaSpikeRate)
{
    internal PainTransmissionResult(double withoutHz, double withHz, double cWithout, double cWith, int recruited, double aBetaHz)
        : this(Frequency.FromComputedHertz(withoutHz), Frequency.FromComputedHertz(withHz), cWithout, cWith, recruited, Frequency.FromComputedHertz(aBetaHz))
    {
    }

    /// <summary>Pain-transmission index: WDR rate with SCS / without (1 = no relief, below 1 = relief, above 1 = more output).
    /// NaN when the WDR neuron is silent without SCS.</summary>
    public double Index => WdrRateWithoutScs > Frequency.Zero ? WdrRateWithScs / WdrRateWithoutScs : double.NaN;

    /// <summary>Relative change of the C-fibre response, (with - without) / without (-0.35 = 35 % lower). NaN without volleys.</summary>
    public double CFibreResponseChange => CFibreResponseWithoutScs > 0 ? CFibreResponseWithScs / CFibreResponseWithoutScs - 1 : double.NaN;
}
