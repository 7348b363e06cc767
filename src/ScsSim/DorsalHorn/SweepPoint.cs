using System.Globalization;
using System.Text;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// One row of a sweep (<see cref="GateControlSweeps"/>, <see cref="ScsSim.Scenarios.Scenario.FrequencySweep"/>), for a
/// table or a plot: the pain-transmission readouts at one setting, means over the measurement policy's seeds.
/// </summary>
/// <remarks>Rates are rounded to 1 mHz. Immutable and thread-safe.</remarks>
/// <param name="Frequency">SCS pulse frequency (pulses per second for burst programs).</param>
/// <param name="AmplitudeMultiple">Amplitude as a multiple of the perception threshold (NaN when the sweep was given recruited shares directly).</param>
/// <param name="RecruitedFraction">Share of the network's A-beta inputs recruited, 0-1.</param>
/// <param name="WdrRateWithoutScs">Mean WDR rate without SCS.</param>
/// <param name="WdrRateWithScs">Mean WDR rate with SCS.</param>
/// <param name="Index">Mean pain-transmission index (with / without per seed; 1 = no relief).</param>
/// <param name="CFibreResponseWithoutScs">Mean WDR spikes per C volley without SCS (NaN without volleys).</param>
/// <param name="CFibreResponseWithScs">Mean WDR spikes per C volley with SCS (NaN without volleys).</param>
/// <param name="CFibreResponseChange">Mean relative change of the C response (-0.35 = 35 % lower).</param>
/// <param name="ABetaSpikeRate">Mean spike rate of a recruited A-beta input (what the fibres could follow).</param>
/// <param name="IndexEstimate">The index's mean with its 95 % interval over the seeds.</param>
/// <param name="CFibreResponseChangeEstimate">The C-response change's mean with its 95 % interval.</param>
public sealed record SweepPoint(Frequency Frequency, double AmplitudeMultiple, double RecruitedFraction, Frequency WdrRateWithoutScs,
    Frequency WdrRateWithScs, double Index, double CFibreResponseWithoutScs, double CFibreResponseWithScs, double CFibreResponseChange,
    Frequency ABetaSpikeRate, IntervalEstimate IndexEstimate, IntervalEstimate CFibreResponseChangeEstimate)
{
    /// <summary>The row of an estimate.</summary>
    internal static SweepPoint From(Frequency frequency, double amplitudeMultiple, double recruitedFraction, PainTransmissionEstimate e) =>
        new(frequency, amplitudeMultiple, recruitedFraction, e.WdrRateWithoutScs, e.WdrRateWithScs, e.Index.Mean,
            MeanOrNaN(e.Runs.Select(r => r.CFibreResponseWithoutScs)), MeanOrNaN(e.Runs.Select(r => r.CFibreResponseWithScs)),
            e.CFibreResponseChange.Mean, e.ABetaSpikeRate, e.Index, e.CFibreResponseChange);

    private static double MeanOrNaN(IEnumerable<double> values) => IntervalEstimate.Of(values).Mean;
}
