using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>What a reprogramming search found, for the clinician's next step: the configuration and amplitude that
/// restore coverage (if any), the coverage reached and an explanation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Restored">Whether a setting covers the required share of the targets within its usage range.</param>
/// <param name="Configuration">The best configuration found (null when no candidate has a usage range).</param>
/// <param name="Amplitude">The lowest amplitude in its usage range reaching its best coverage (null with no configuration).</param>
/// <param name="Coverage">Share of the targets covered there, 0 to 1.</param>
/// <param name="UsageRange">The configuration's usage range.</param>
/// <param name="CandidatesEvaluated">Candidates analysed.</param>
/// <param name="Explanation">A sentence for a clinician or a student.</param>
public sealed record ReprogrammingResult(bool Restored, ElectrodeConfiguration? Configuration, Current? Amplitude, double Coverage,
    UsageRange? UsageRange, int CandidatesEvaluated, string Explanation);
