using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>For area-specific programming (one part of a <see cref="ProgramSet"/>): a program on its own contact group,
/// shifted in time.</summary>
/// <param name="Program">The program for this area.</param>
/// <param name="Electrodes">The contacts it uses.</param>
/// <param name="Offset">Delay of this area's first pulse after the set starts; 0 to 1,000,000 s (checked by <see cref="ProgramSet"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AreaProgram(StimulationProgram Program, ElectrodeConfiguration Electrodes, Duration Offset = default);
