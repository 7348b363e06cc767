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

/// <summary>What a program costs the battery (from <see cref="EnergyAnalysis"/>), for comparing programs: energy per
/// pulse, TEED, battery drain and power, and the battery life or the days between charges.</summary>
/// <param name="EnergyPerPulse">Energy of the phases the output stage drives in one pulse (stimulating phase and any active recharge).</param>
/// <param name="TeedPerSecond">TEED: driven energy per second, averaged over cycling (ramps counted at their mean squared amplitude).</param>
/// <param name="BatteryPower">Average power drawn from the battery: TEED / efficiency + overhead.</param>
/// <param name="BatteryDrain">Average battery current.</param>
/// <param name="BatteryKind">Rechargeable or primary.</param>
/// <param name="BatteryLife">
/// Time from full to empty at this drain (the interval between charges for a rechargeable); null when the battery
/// never empties by this load: at zero drain (0 mA and no overhead current), or when the time is longer than a
/// <see cref="Duration"/> holds (about 292 years, far beyond any battery's shelf life).
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnergyReport(
    Energy EnergyPerPulse,
    Power TeedPerSecond,
    Power BatteryPower,
    Current BatteryDrain,
    BatteryKind BatteryKind,
    Duration? BatteryLife)
{
    /// <summary>Days between charges (meaningful for a rechargeable battery); null when <see cref="BatteryLife"/> is null.</summary>
    public double? DaysBetweenCharges => BatteryLife?.ToSeconds() / 86_400;

    /// <summary>Years of service (meaningful for a primary cell); null when <see cref="BatteryLife"/> is null.</summary>
    public double? ServiceYears => BatteryLife?.ToSeconds() / (365.25 * 86_400);

    /// <summary>The battery life as text: for example "12.3 days" (rechargeable), "8.1 years" (primary), or "unlimited (beyond 292 years)".</summary>
    public string BatteryLifeText => BatteryLife is null
        ? "unlimited (beyond 292 years)"
        : BatteryKind == BatteryKind.Primary
            ? ServiceYears!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " years"
            : DaysBetweenCharges!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " days";
}

/// <summary>For comparing what programs cost the battery: energy per pulse, TEED, battery drain and battery life of a
/// program in a device (<see cref="Evaluate"/>).</summary>
/// <remarks>
/// Energy per pulse sums I² · R · t over the phases the device drives; passive recharge is not driven (the coupling
/// capacitor returns charge it already holds) and is not counted. Battery drain is the device overhead current plus
/// TEED / (efficiency · battery voltage); battery life is capacity / drain. This is a first-order budget: real devices
/// add telemetry, charging losses and output headroom that only the maker knows.
/// Sources: Koss et al. 2005 (TEED); ../shared/REFERENCES.md.
/// Every program, device and impedance (up to 1 TΩ) the constructors accept gives a finite report: the pulse limits
/// (1 kA, 1000 s phases) and the battery limits (efficiency at least 1e-6, 1 mV to 1 kV) bound every product. Stateless: thread-safe.
/// </remarks>
public static class EnergyAnalysis
{
    /// <summary>Evaluates the energy and battery budget.</summary>
    /// <param name="program">The program.</param>
    /// <param name="impedance">Load impedance; greater than 0, at most 1 TΩ (10^12 Ω).</param>
    /// <param name="device">The device (battery, efficiency, overhead).</param>
    /// <returns>The report; its battery life is null when the drain is zero or the life exceeds about 292 years.</returns>
    /// <exception cref="ArgumentNullException">The program or device is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The impedance is zero or above 1 TΩ.</exception>
    public static EnergyReport Evaluate(StimulationProgram program, Resistance impedance, DeviceProfile device)
    {
        Guard.NotNull(program, nameof(program));
        Guard.NotNull(device, nameof(device));
        Guard.Positive(impedance.ToOhms(), nameof(impedance), " Ω");
        Guard.InRange(impedance.ToOhms(), 0, Limits.MaxEnergyImpedanceOhms, nameof(impedance), " Ω");

        var pulse = program.Pulse;
        var energyPerPulse = PhaseEnergy(pulse.Amplitude, pulse.PulseWidth, impedance);
        if (pulse.Recharge is not PassiveRecharge && !(program is BurstProgram { Recharge: BurstRecharge.AfterBurst }))
            energyPerPulse += PhaseEnergy(pulse.RechargePeakCurrent, pulse.RechargeWidth, impedance);

        var inner = program is CyclingProgram c ? c.Program : program;
        var teed = Power.FromWatts(energyPerPulse.ToJoules() * inner.PulsesPerSecond * EnergyDutyCycle(program));
        var battery = device.Battery;
        var batteryPower = teed / battery.ConversionEfficiency + battery.NominalVoltage * battery.OverheadCurrent;
        var drain = Current.FromAmperes(batteryPower.ToWatts() / battery.NominalVoltage.ToVolts());
        return new EnergyReport(energyPerPulse, teed, batteryPower, drain, battery.Kind, Life(battery.Capacity, drain));
    }

    /// <summary>Capacity / drain, or null when the battery never empties (zero drain) or outlasts a Duration (about 292 years).</summary>
    private static Duration? Life(BatteryCapacity capacity, Current drain)
    {
        if (drain <= Current.Zero) return null;
        var nanoseconds = capacity.ToMilliampereHours() / drain.ToMilliamperes() * 3.6e12;
        return nanoseconds < long.MaxValue ? capacity / drain : null;
    }

    private static Energy PhaseEnergy(Current current, Duration width, Resistance impedance)
    {
        var amperes = current.ToAmperes();
        return Energy.FromJoules(amperes * amperes * impedance.ToOhms() * width.ToSeconds());
    }

    /// <summary>Fraction of full-amplitude energy delivered over a cycle; a linear ramp delivers 1/3 of full power on average.</summary>
    internal static double EnergyDutyCycle(StimulationProgram program) => program is CyclingProgram c
        ? ((c.OnTime - c.Ramp).ToSeconds() + c.Ramp.ToSeconds() / 3) / (c.OnTime + c.OffTime).ToSeconds()
        : 1.0;
}
