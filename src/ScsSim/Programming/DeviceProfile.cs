using System.Globalization;
using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// What a pulse generator can be programmed to do: amplitude range and step, frequency ranges (possibly disjoint),
/// pulse-width range, charge per phase, compliance voltage, contacts and battery.
/// </summary>
/// <remarks>
/// <see cref="Validate(StimulationProgram, ElectrodeConfiguration, Resistance)"/> lists every setting the device cannot
/// deliver; it never throws for such settings (nor for any accepted program, configuration and impedance: its
/// arithmetic is done in doubles that stay finite for every accepted value). Define your own profile with the
/// constructor, or load one from a settings file. Immutable and thread-safe.
/// </remarks>
public sealed record DeviceProfile
{
    /// <summary>Creates a device profile.</summary>
    /// <param name="name">A label; not empty.</param>
    /// <param name="maxAmplitude">Largest amplitude; greater than 0.</param>
    /// <param name="amplitudeStep">Programming step; 1 nA (0.000001 mA) up to <paramref name="maxAmplitude"/>.</param>
    /// <param name="frequencyRanges">One or more ranges of programmable frequencies, each with Min ≤ Max and Min greater than 0.</param>
    /// <param name="minPulseWidth">Shortest pulse width; greater than 0.</param>
    /// <param name="maxPulseWidth">Longest pulse width; at least <paramref name="minPulseWidth"/>.</param>
    /// <param name="maxChargePerPhase">Largest charge per phase the device allows; greater than 0.</param>
    /// <param name="complianceVoltage">Highest voltage the output stage can produce; greater than 0.</param>
    /// <param name="contactCount">Number of contacts the device can drive, 1 to 64.</param>
    /// <param name="battery">Battery and power budget (its values are checked by <see cref="BatterySpecification"/>).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its allowed range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public DeviceProfile(string name, Current maxAmplitude, Current amplitudeStep, IEnumerable<FrequencyRange> frequencyRanges,
        Duration minPulseWidth, Duration maxPulseWidth, Charge maxChargePerPhase, Voltage complianceVoltage, int contactCount,
        BatterySpecification battery)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name must not be empty.", nameof(name));
        Name = name;
        Guard.Positive(maxAmplitude.ToMilliamperes(), nameof(maxAmplitude), " mA");
        Guard.InRange(amplitudeStep, Limits.MinAmplitudeStepMilliamperes, maxAmplitude.ToMilliamperes(), nameof(amplitudeStep));
        MaxAmplitude = maxAmplitude;
        AmplitudeStep = amplitudeStep;
        FrequencyRanges = Guard.NotNull(frequencyRanges, nameof(frequencyRanges)).Select(r => Guard.NotNull(r, nameof(frequencyRanges))).ToArray();
        Guard.InRange(FrequencyRanges.Count, 1, 64, "frequencyRanges.Count");
        foreach (var range in FrequencyRanges)
        {
            if (range.Min.ToMillihertz() <= 0 || range.Max < range.Min)
                throw new ArgumentOutOfRangeException(nameof(frequencyRanges), range,
                    $"frequencyRanges: each range needs 0 Hz < Min ≤ Max; got {range.Min} to {range.Max}.");
        }
        Guard.Positive(minPulseWidth.ToNanoseconds(), nameof(minPulseWidth), " ns");
        Guard.InRange(maxPulseWidth.ToNanoseconds(), minPulseWidth.ToNanoseconds(), long.MaxValue, nameof(maxPulseWidth), " ns");
        MinPulseWidth = minPulseWidth;
        MaxPulseWidth = maxPulseWidth;
        MaxChargePerPhase = maxChargePerPhase;
        Guard.Positive(maxChargePerPhase.ToMicrocoulombs(), nameof(maxChargePerPhase), " µC");
        ComplianceVoltage = complianceVoltage;
        Guard.Positive(complianceVoltage.ToVolts(), nameof(complianceVoltage), " V");
        ContactCount = (int)Guard.InRange(contactCount, 1, 64, nameof(contactCount));
        Battery = Guard.NotNull(battery, nameof(battery));
    }

    /// <summary>
    /// A generic rechargeable pulse generator with typical published ranges: 0-25.5 mA in 0.1 mA steps,
    /// 2-1200 Hz and 10 kHz, 20-1000 µs, 20 µC per phase, 12 V compliance, 16 contacts, 200 mAh Li-ion at 3.6 V,
    /// 50 % output efficiency, 20 µA overhead.
    /// </summary>
    /// <remarks>
    /// These numbers are typical, not one maker's: the ranges are those often quoted for IPGs (marked unverified in
    /// ../shared/REFERENCES.md, review PMC8229652); the battery figures are round numbers of the right order. Use it to
    /// learn and compare; for a real device, define its profile from the manufacturer's manual.
    /// </remarks>
    public static DeviceProfile Generic { get; } = new(
        "Generic rechargeable IPG (typical values, not a specific product)",
        Current.FromMilliamperes(25.5), Current.FromMilliamperes(0.1),
        [new(Frequency.FromHertz(2), Frequency.FromHertz(1200)), new(Frequency.FromKilohertz(10), Frequency.FromKilohertz(10))],
        Duration.FromMicroseconds(20), Duration.FromMicroseconds(1000),
        Charge.FromMicrocoulombs(20), Voltage.FromVolts(12), 16,
        new BatterySpecification(BatteryKind.Rechargeable, BatteryCapacity.FromMilliampereHours(200), Voltage.FromVolts(3.6), 0.5,
            Current.FromMicroamperes(20)));

    /// <summary>A label.</summary>
    public string Name { get; }

    /// <summary>Largest programmable amplitude.</summary>
    public Current MaxAmplitude { get; }

    /// <summary>Amplitude programming step.</summary>
    public Current AmplitudeStep { get; }

    /// <summary>Programmable frequency ranges.</summary>
    public IReadOnlyList<FrequencyRange> FrequencyRanges { get; }

    /// <summary>Shortest programmable pulse width.</summary>
    public Duration MinPulseWidth { get; }

    /// <summary>Longest programmable pulse width.</summary>
    public Duration MaxPulseWidth { get; }

    /// <summary>Largest charge per phase the device allows.</summary>
    public Charge MaxChargePerPhase { get; }

    /// <summary>Highest voltage the output stage can produce.</summary>
    public Voltage ComplianceVoltage { get; }

    /// <summary>Number of contacts the device can drive.</summary>
    public int ContactCount { get; }

    /// <summary>Battery and power budget.</summary>
    public BatterySpecification Battery { get; }

    /// <summary>Value equality over every limit, the frequency ranges compared in order.</summary>
    /// <param name="other">Another profile.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(DeviceProfile? other) =>
        other is not null && Name == other.Name && MaxAmplitude == other.MaxAmplitude && AmplitudeStep == other.AmplitudeStep &&
        FrequencyRanges.SequenceEqual(other.FrequencyRanges) && MinPulseWidth == other.MinPulseWidth &&
        MaxPulseWidth == other.MaxPulseWidth && MaxChargePerPhase == other.MaxChargePerPhase &&
        ComplianceVoltage == other.ComplianceVoltage && ContactCount == other.ContactCount && Battery == other.Battery;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, MaxAmplitude, ContactCount, RecordMembers.HashSequence(FrequencyRanges));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Name), Name),
        (nameof(MaxAmplitude), MaxAmplitude), (nameof(AmplitudeStep), AmplitudeStep), (nameof(FrequencyRanges), RecordMembers.Format(FrequencyRanges)),
        (nameof(MinPulseWidth), MinPulseWidth), (nameof(MaxPulseWidth), MaxPulseWidth), (nameof(MaxChargePerPhase), MaxChargePerPhase),
        (nameof(ComplianceVoltage), ComplianceVoltage), (nameof(ContactCount), ContactCount), (nameof(Battery), Battery));

    /// <summary>Lists every setting of a program that this device cannot deliver into a load of <paramref name="impedance"/>.</summary>
    /// <param name="program">The program.</param>
    /// <param name="electrodes">The electrode configuration.</param>
    /// <param name="impedance">Load impedance between the active contacts, typically 500-1500 Ω.</param>
    /// <returns>A report with every violation (empty when the device can deliver the program).</returns>
    /// <remarks>Never throws for non-null arguments: every accepted program, configuration and impedance gives a report.</remarks>
    /// <exception cref="ArgumentNullException">The program or configuration is null.</exception>
    public ValidationReport Validate(StimulationProgram program, ElectrodeConfiguration electrodes, Resistance impedance)
    {
        Guard.NotNull(program, nameof(program));
        Guard.NotNull(electrodes, nameof(electrodes));
        var violations = new List<Violation>();
        Check(program, electrodes, impedance, "", violations);
        return new ValidationReport(violations);
    }

    /// <summary>Lists every setting of an area-specific program set that this device cannot deliver.</summary>
    /// <param name="programSet">The program set.</param>
    /// <param name="impedance">Load impedance between the active contacts, typically 500-1500 Ω.</param>
    /// <returns>A report with every violation, parameters prefixed with their area ("areas[1].amplitude").</returns>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    public ValidationReport Validate(ProgramSet programSet, Resistance impedance)
    {
        Guard.NotNull(programSet, nameof(programSet));
        var violations = new List<Violation>();
        for (var i = 0; i < programSet.Areas.Count; i++)
            Check(programSet.Areas[i].Program, programSet.Areas[i].Electrodes, impedance, $"areas[{i}].", violations);
        return new ValidationReport(violations);
    }

    // Clinicians read amplitudes in milliamperes ("0.1 mA", not "100 µA").
    private static string MilliAmps(Current current) => current.ToString("mA");

    private void Check(StimulationProgram program, ElectrodeConfiguration electrodes, Resistance impedance, string prefix, List<Violation> violations)
    {
        var pulse = program.Pulse;
        void Add(string parameter, string value, string limit, string message) => violations.Add(new(prefix + parameter, value, limit, message));

        if (pulse.Amplitude > MaxAmplitude)
            Add("amplitude", MilliAmps(pulse.Amplitude), $"≤ {MilliAmps(MaxAmplitude)}", $"The amplitude is above this device's maximum of {MilliAmps(MaxAmplitude)}.");
        // Plain doubles: the amplitude is at most 1e6 mA and the step at least 1e-6 mA, so the ratio is finite.
        var steps = pulse.Amplitude.ToMilliamperes() / AmplitudeStep.ToMilliamperes();
        if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
            Add("amplitude", MilliAmps(pulse.Amplitude), $"a multiple of {MilliAmps(AmplitudeStep)}",
                $"The amplitude cannot be programmed exactly: this device sets amplitude in steps of {MilliAmps(AmplitudeStep)}.");
        if (pulse.PulseWidth < MinPulseWidth || pulse.PulseWidth > MaxPulseWidth)
            Add("pulseWidth", pulse.PulseWidth.ToString(), $"{MinPulseWidth}-{MaxPulseWidth}",
                $"The pulse width is outside this device's range of {MinPulseWidth} to {MaxPulseWidth}.");
        foreach (var (parameter, rate) in program.Rates)
        {
            if (!FrequencyRanges.Any(r => r.Contains(rate)))
                Add(parameter, rate.ToString(), string.Join(" or ", FrequencyRanges),
                    $"This device cannot deliver {rate}; it offers {string.Join(" or ", FrequencyRanges)}.");
        }
        if (pulse.ChargePerPhase > MaxChargePerPhase)
            Add("chargePerPhase", pulse.ChargePerPhase.ToString(), $"≤ {MaxChargePerPhase}",
                $"Amplitude × pulse width puts {pulse.ChargePerPhase} in each phase, above this device's limit of {MaxChargePerPhase}; lower the amplitude or the pulse width.");
        // V = I · R in plain doubles (at most 1e3 A × 1e100 Ω): finite even where the product is beyond a Voltage.
        var requiredVolts = pulse.Amplitude.ToAmperes() * impedance.ToOhms();
        if (requiredVolts > ComplianceVoltage.ToVolts())
        {
            // requiredVolts > compliance > 0 implies impedance > 0, and the quotient is below the amplitude.
            var deliverable = Current.FromAmperes(ComplianceVoltage.ToVolts() / impedance.ToOhms());
            var required = requiredVolts.ToString("G6", CultureInfo.InvariantCulture) + " V";
            Add("amplitude", MilliAmps(pulse.Amplitude), $"≤ {MilliAmps(deliverable)} at {impedance}",
                $"Driving {MilliAmps(pulse.Amplitude)} through {impedance} needs {required}, above the {ComplianceVoltage} compliance voltage: the device cannot deliver this current (check impedance or lower the amplitude).");
        }
        if (electrodes.TotalContactCount > ContactCount)
            Add("electrodes", $"{electrodes.TotalContactCount} contacts", $"≤ {ContactCount.ToString(CultureInfo.InvariantCulture)} contacts",
                $"The leads carry {electrodes.TotalContactCount} contacts but this device drives only {ContactCount}.");
    }
}
