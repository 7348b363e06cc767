using System.Globalization;
using System.Text;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.DorsalHorn;

/// <summary>
/// One row of a sweep (<see cref="GateControlSweeps"/>, <see cref="ScsSim.Scenarios.Scenario.FrequencySweep"/>), for a
/// table or a plot: the pain-transmission readouts at one setting.
/// </summary>
/// <remarks>Rates are rounded to 1 mHz. Immutable and thread-safe.</remarks>
/// <param name="Frequency">SCS pulse frequency (pulses per second for burst programs).</param>
/// <param name="AmplitudeMultiple">Amplitude as a multiple of the perception threshold (NaN when the sweep was given recruited shares directly).</param>
/// <param name="RecruitedFraction">Share of the network's A-beta inputs recruited, 0-1.</param>
/// <param name="WdrRateWithoutScs">WDR rate without SCS.</param>
/// <param name="WdrRateWithScs">WDR rate with SCS.</param>
/// <param name="Index">Pain-transmission index (with / without; 1 = no relief).</param>
/// <param name="CFibreResponseWithoutScs">WDR spikes per C volley without SCS (NaN without volleys).</param>
/// <param name="CFibreResponseWithScs">WDR spikes per C volley with SCS (NaN without volleys).</param>
/// <param name="CFibreResponseChange">Relative change of the C response (-0.35 = 35 % lower).</param>
/// <param name="ABetaSpikeRate">Mean spike rate of a recruited A-beta input (what the fibres could follow).</param>
public sealed record SweepPoint(Frequency Frequency, double AmplitudeMultiple, double RecruitedFraction, Frequency WdrRateWithoutScs,
    Frequency WdrRateWithScs, double Index, double CFibreResponseWithoutScs, double CFibreResponseWithScs, double CFibreResponseChange,
    Frequency ABetaSpikeRate);
