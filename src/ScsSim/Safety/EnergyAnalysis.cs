using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

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
