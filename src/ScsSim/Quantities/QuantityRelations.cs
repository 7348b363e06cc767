namespace ScsSim.Quantities;

// Only the products and quotients that mean something physically. Each lives on the left operand's type.

public readonly partial record struct Current
{
    /// <summary>Charge carried by a constant current over a duration: Q = I · t.</summary>
    public static Charge operator *(Current current, Duration duration) =>
        Charge.FromMicrocoulombs(current.ToMilliamperes() * duration.ToNanoseconds() * 1e-6);

    /// <summary>Voltage across a resistance carrying a current (Ohm's law): V = I · R.</summary>
    public static Voltage operator *(Current current, Resistance resistance) =>
        Voltage.FromVolts(current.ToAmperes() * resistance.ToOhms());
}

public readonly partial record struct Duration
{
    /// <summary>Charge carried by a constant current over a duration: Q = t · I.</summary>
    public static Charge operator *(Duration duration, Current current) => current * duration;

    /// <summary>Energy delivered at a constant power over a duration: E = t · P.</summary>
    public static Energy operator *(Duration duration, Power power) => power * duration;
}

public readonly partial record struct Charge
{
    /// <summary>Average current that carries a charge over a duration: I = Q / t.</summary>
    public static Current operator /(Charge charge, Duration duration) =>
        Current.FromMilliamperes(charge.ToMicrocoulombs() / (duration.ToNanoseconds() * 1e-6));

    /// <summary>Charge per unit area: D = Q / A (1 µC over 1 mm² is 100 µC/cm²).</summary>
    public static ChargeDensity operator /(Charge charge, Area area) =>
        ChargeDensity.FromMicrocoulombsPerSquareCentimetre(charge.ToMicrocoulombs() / area.ToSquareCentimetres());
}

public readonly partial record struct ChargeDensity
{
    /// <summary>Charge over an area at this density: Q = D · A.</summary>
    public static Charge operator *(ChargeDensity density, Area area) =>
        Charge.FromMicrocoulombs(density.ToMicrocoulombsPerSquareCentimetre() * area.ToSquareCentimetres());
}

public readonly partial record struct Resistance
{
    /// <summary>Voltage across a resistance carrying a current (Ohm's law): V = R · I.</summary>
    public static Voltage operator *(Resistance resistance, Current current) => current * resistance;
}

public readonly partial record struct Voltage
{
    /// <summary>Current through a resistance (Ohm's law): I = V / R.</summary>
    public static Current operator /(Voltage voltage, Resistance resistance) =>
        Current.FromAmperes(voltage.ToVolts() / resistance.ToOhms());

    /// <summary>Resistance that draws a current at a voltage (Ohm's law): R = V / I.</summary>
    public static Resistance operator /(Voltage voltage, Current current) =>
        Resistance.FromOhms(voltage.ToVolts() / current.ToAmperes());

    /// <summary>Electrical power: P = V · I.</summary>
    public static Power operator *(Voltage voltage, Current current) =>
        Power.FromWatts(voltage.ToVolts() * current.ToAmperes());
}

public readonly partial record struct Power
{
    /// <summary>Energy delivered at a constant power over a duration: E = P · t.</summary>
    public static Energy operator *(Power power, Duration duration) =>
        Energy.FromJoules(power.ToWatts() * duration.ToSeconds());
}

public readonly partial record struct Energy
{
    /// <summary>Average power that delivers an energy over a duration: P = E / t.</summary>
    public static Power operator /(Energy energy, Duration duration) =>
        Power.FromWatts(energy.ToJoules() / duration.ToSeconds());
}

public readonly partial record struct BatteryCapacity
{
    /// <summary>How long a full battery lasts at a constant drain: t = C / I.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The drain is not positive, or the result exceeds the range of <see cref="Duration"/>.</exception>
    public static Duration operator /(BatteryCapacity capacity, Current drain)
    {
        Guard.Positive(drain.ToMilliamperes(), nameof(drain), " mA");
        return Duration.FromSeconds(capacity.ToMilliampereHours() / drain.ToMilliamperes() * 3600);
    }
}

public readonly partial record struct Length
{
    /// <summary>The area of a rectangle: A = a · b.</summary>
    public static Area operator *(Length left, Length right) =>
        Area.FromSquareMillimetres(Math.Abs(left.ToMillimetres() * right.ToMillimetres()));
}
