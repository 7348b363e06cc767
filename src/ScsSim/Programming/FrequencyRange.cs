using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>Part of a <see cref="DeviceProfile"/>: an inclusive range of programmable frequencies (a single value when
/// Min equals Max, such as 10 kHz).</summary>
/// <param name="Min">Lowest programmable frequency.</param>
/// <param name="Max">Highest programmable frequency; at least <paramref name="Min"/> (checked by <see cref="DeviceProfile"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FrequencyRange(Frequency Min, Frequency Max)
{
    /// <summary>Whether <paramref name="frequency"/> lies in the range.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>True when Min ≤ frequency ≤ Max.</returns>
    public bool Contains(Frequency frequency) => frequency >= Min && frequency <= Max;

    /// <summary>"2 Hz-1.2 kHz" or "10 kHz".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Min == Max ? Min.ToString() : $"{Min}-{Max}";
}
