using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>
/// Total electrical energy delivered (TEED) per second, after Koss et al. (2005), who followed Moro et al. (2002):
/// TEED = I² · R · f · PW in current mode and V² · f · PW / R in voltage mode, per phase, over one second.
/// </summary>
/// <remarks>Sources: Koss AM et al., Ann Neurol 58:168 (2005); Moro E et al., Neurology 59:706 (2002). Stateless: thread-safe.</remarks>
public static class Teed
{
    /// <summary>TEED of one phase in current mode: I² · R · f · PW per second.</summary>
    /// <param name="amplitude">Phase current.</param>
    /// <param name="impedance">Load impedance.</param>
    /// <param name="frequency">Phase rate.</param>
    /// <param name="pulseWidth">Phase width; 0 or more.</param>
    /// <returns>The average power (energy per second).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is negative.</exception>
    /// <exception cref="OverflowException">The power is beyond the range of <see cref="Power"/> (only for amplitudes and impedances far beyond anything physical).</exception>
    public static Power CurrentMode(Current amplitude, Resistance impedance, Frequency frequency, Duration pulseWidth)
    {
        Guard.NonNegative(pulseWidth.ToNanoseconds(), nameof(pulseWidth), " ns");
        var amperes = amplitude.ToAmperes();
        return Power.FromResult(amperes * amperes * impedance.ToOhms() * frequency.ToHertz() * pulseWidth.ToSeconds(), "TEED in current mode");
    }

    /// <summary>TEED of one phase in voltage mode: V² · f · PW / R per second.</summary>
    /// <param name="amplitude">Phase voltage.</param>
    /// <param name="impedance">Load impedance; greater than 0.</param>
    /// <param name="frequency">Phase rate.</param>
    /// <param name="pulseWidth">Phase width; 0 or more.</param>
    /// <returns>The average power (energy per second).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The impedance is not positive or the width is negative.</exception>
    /// <exception cref="OverflowException">The power is beyond the range of <see cref="Power"/> (only for amplitudes and impedances far beyond anything physical).</exception>
    public static Power VoltageMode(Voltage amplitude, Resistance impedance, Frequency frequency, Duration pulseWidth)
    {
        Guard.Positive(impedance.ToOhms(), nameof(impedance), " Ω");
        Guard.NonNegative(pulseWidth.ToNanoseconds(), nameof(pulseWidth), " ns");
        var volts = amplitude.ToVolts();
        return Power.FromResult(volts * volts * frequency.ToHertz() * pulseWidth.ToSeconds() / impedance.ToOhms(), "TEED in voltage mode");
    }
}
