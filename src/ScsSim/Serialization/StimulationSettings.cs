using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Serialization;

/// <summary>The contents of a settings file: any of a program (or an area-specific program set), an electrode configuration, a device profile and a load impedance.</summary>
/// <param name="Program">A single program, or null.</param>
/// <param name="Electrodes">An electrode configuration, or null.</param>
/// <param name="Device">A device profile, or null.</param>
/// <param name="Impedance">The load impedance, or null.</param>
/// <param name="ProgramSet">An area-specific program set, or null.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StimulationSettings(
    StimulationProgram? Program = null,
    ElectrodeConfiguration? Electrodes = null,
    DeviceProfile? Device = null,
    Resistance? Impedance = null,
    ProgramSet? ProgramSet = null);
