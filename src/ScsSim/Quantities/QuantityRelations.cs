namespace ScsSim.Quantities;

// Only the products and quotients that mean something physically. Each lives on the left operand's type.
// Every result is range-checked like the quantity's own arithmetic: a result beyond the quantity's range throws
// OverflowException, a zero divisor throws DivideByZeroException; nothing is ever NaN or infinite.

public readonly partial record struct Current
{
    /// <summary>Charge carried by a constant current over a duration: Q = I · t.</summary>
    /// <exception cref="OverflowException">The charge is beyond the range of <see cref="Charge"/>.</exception>
    public static Charge operator *(Current current, Duration duration) =>
        Charge.FromResult(current.ToMilliamperes() * duration.ToNanoseconds() * 1e-6, "current × duration");

    /// <summary>Voltage across a resistance carrying a current (Ohm's law): V = I · R.</summary>
    /// <exception cref="OverflowException">The voltage is beyond the range of <see cref="Voltage"/>.</exception>
    public static Voltage operator *(Current current, Resistance resistance) =>
        Voltage.FromResult(current.ToAmperes() * resistance.ToOhms(), "current × resistance");
}

public readonly partial record struct Duration
{
    /// <summary>Charge carried by a constant current over a duration: Q = t · I.</summary>
    /// <exception cref="OverflowException">The charge is beyond the range of <see cref="Charge"/>.</exception>
    public static Charge operator *(Duration duration, Current current) => current * duration;

    /// <summary>Energy delivered at a constant power over a duration: E = t · P.</summary>
    /// <exception cref="OverflowException">The energy is beyond the range of <see cref="Energy"/>.</exception>
    public static Energy operator *(Duration duration, Power power) => power * duration;
}

public readonly partial record struct Charge
{
    /// <summary>Average current that carries a charge over a duration: I = Q / t.</summary>
    /// <exception cref="DivideByZeroException">The duration is zero.</exception>
    /// <exception cref="OverflowException">The current is beyond the range of <see cref="Current"/>.</exception>
    public static Current operator /(Charge charge, Duration duration) =>
        duration == Duration.Zero
            ? throw new DivideByZeroException("A charge over a zero duration has no average current.")
            : Current.FromResult(charge.ToMicrocoulombs() / (duration.ToNanoseconds() * 1e-6), "charge / duration");

    /// <summary>Charge per unit area: D = Q / A (1 µC over 1 mm² is 100 µC/cm²).</summary>
    /// <exception cref="DivideByZeroException">The area is zero.</exception>
    /// <exception cref="OverflowException">The density is beyond the range of <see cref="ChargeDensity"/>.</exception>
    public static ChargeDensity operator /(Charge charge, Area area) =>
        area == Area.Zero
            ? throw new DivideByZeroException("A charge over a zero area has no charge density.")
            : ChargeDensity.FromResult(charge.ToMicrocoulombs() / area.ToSquareCentimetres(), "charge / area");
}

public readonly partial record struct ChargeDensity
{
    /// <summary>Charge over an area at this density: Q = D · A.</summary>
    /// <exception cref="OverflowException">The charge is beyond the range of <see cref="Charge"/>.</exception>
    public static Charge operator *(ChargeDensity density, Area area) =>
        Charge.FromResult(density.ToMicrocoulombsPerSquareCentimetre() * area.ToSquareCentimetres(), "charge density × area");
}

public readonly partial record struct Resistance
{
    /// <summary>Voltage across a resistance carrying a current (Ohm's law): V = R · I.</summary>
    /// <exception cref="OverflowException">The voltage is beyond the range of <see cref="Voltage"/>.</exception>
    public static Voltage operator *(Resistance resistance, Current current) => current * resistance;
}

public readonly partial record struct Voltage
{
    /// <summary>Current through a resistance (Ohm's law): I = V / R.</summary>
    /// <exception cref="DivideByZeroException">The resistance is zero.</exception>
    /// <exception cref="OverflowException">The current is beyond the range of <see cref="Current"/>.</exception>
    public static Current operator /(Voltage voltage, Resistance resistance) =>
        resistance == Resistance.Zero
            ? throw new DivideByZeroException("A voltage over a zero resistance has no finite current.")
            : Current.FromResult(voltage.ToVolts() / resistance.ToOhms() * 1000, "voltage / resistance");

    /// <summary>Resistance that draws a current at a voltage (Ohm's law): R = V / I.</summary>
    /// <exception cref="DivideByZeroException">The current is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The voltage and the current have opposite signs (a resistance is never negative).</exception>
    /// <exception cref="OverflowException">The resistance is beyond the range of <see cref="Resistance"/>.</exception>
    public static Resistance operator /(Voltage voltage, Current current)
    {
        if (current == Current.Zero) throw new DivideByZeroException("A voltage over a zero current has no finite resistance.");
        var ohms = voltage.ToVolts() / current.ToAmperes();
        if (ohms < 0)
            throw new ArgumentOutOfRangeException(nameof(current), current,
                $"current must have the sign of the voltage ({voltage}) to give a resistance, which is never negative; got {current}.");
        return Resistance.FromResult(ohms, "voltage / current");
    }

    /// <summary>Electrical power: P = V · I.</summary>
    /// <exception cref="OverflowException">The power is beyond the range of <see cref="Power"/>.</exception>
    public static Power operator *(Voltage voltage, Current current) =>
        Power.FromResult(voltage.ToVolts() * current.ToAmperes(), "voltage × current");
}

public readonly partial record struct Power
{
    /// <summary>Energy delivered at a constant power over a duration: E = P · t.</summary>
    /// <exception cref="OverflowException">The energy is beyond the range of <see cref="Energy"/>.</exception>
    public static Energy operator *(Power power, Duration duration) =>
        Energy.FromResult(power.ToWatts() * duration.ToSeconds(), "power × duration");
}

public readonly partial record struct Energy
{
    /// <summary>Average power that delivers an energy over a duration: P = E / t.</summary>
    /// <exception cref="DivideByZeroException">The duration is zero.</exception>
    /// <exception cref="OverflowException">The power is beyond the range of <see cref="Power"/>.</exception>
    public static Power operator /(Energy energy, Duration duration) =>
        duration == Duration.Zero
            ? throw new DivideByZeroException("An energy over a zero duration has no average power.")
            : Power.FromResult(energy.ToJoules() / duration.ToSeconds(), "energy / duration");
}

public readonly partial record struct BatteryCapacity
{
    /// <summary>How long a full battery lasts at a constant drain: t = C / I, rounded to the nearest nanosecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The drain is not positive.</exception>
    /// <exception cref="OverflowException">The time exceeds the range of <see cref="Duration"/> (about 292 years).</exception>
    public static Duration operator /(BatteryCapacity capacity, Current drain)
    {
        Guard.Positive(drain.ToMilliamperes(), nameof(drain), " mA");
        var nanoseconds = capacity.ToMilliampereHours() / drain.ToMilliamperes() * 3.6e12;
        if (!(nanoseconds < long.MaxValue))
            throw new OverflowException($"A {capacity} battery at {drain} lasts longer than a Duration can hold (about 292 years).");
        return Duration.FromNanoseconds((long)Math.Round(nanoseconds, MidpointRounding.AwayFromZero));
    }
}

public readonly partial record struct Length
{
    /// <summary>The area of a rectangle: A = a · b.</summary>
    /// <exception cref="OverflowException">The area is beyond the range of <see cref="Area"/>.</exception>
    public static Area operator *(Length left, Length right) =>
        Area.FromResult(Math.Abs(left.ToMillimetres() * right.ToMillimetres()), "length × length");
}
