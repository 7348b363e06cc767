using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

/// <summary>The limits a <see cref="SafetyReport"/> checks a program against (Shannon k, charge density, net charge):
/// pass stricter ones to apply a more conservative policy.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SafetyLimits
{
    /// <summary>Creates a set of limits.</summary>
    /// <param name="shannonK">Largest acceptable Shannon k (1.85 where damage was observed; 1.5 is conservative); from -50 to 50.</param>
    /// <param name="maxChargeDensity">Largest acceptable charge density per phase (30 µC/cm² is a common clinician-programmer warning for Pt-Ir contacts); greater than 0.</param>
    /// <param name="maxNetChargeFraction">Largest acceptable net charge per period as a fraction of one phase's charge; 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public SafetyLimits(double shannonK, ChargeDensity maxChargeDensity, double maxNetChargeFraction)
    {
        ShannonK = Guard.InRange(shannonK, ShannonCriterion.MinK, ShannonCriterion.MaxK, nameof(shannonK));
        Guard.Positive(maxChargeDensity.ToMicrocoulombsPerSquareCentimetre(), nameof(maxChargeDensity), " µC/cm²");
        MaxChargeDensity = maxChargeDensity;
        MaxNetChargeFraction = Guard.InRange(maxNetChargeFraction, 0, 1, nameof(maxNetChargeFraction));
    }

    /// <summary>k 1.85, 30 µC/cm², 1 % net charge.</summary>
    public static SafetyLimits Default { get; } = new(ShannonCriterion.DamageK, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01);

    /// <summary>k 1.5, 30 µC/cm², 1 % net charge.</summary>
    public static SafetyLimits Conservative { get; } = new(ShannonCriterion.ConservativeK, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01);

    /// <summary>Largest acceptable Shannon k.</summary>
    public double ShannonK { get; }

    /// <summary>Largest acceptable charge density per phase.</summary>
    public ChargeDensity MaxChargeDensity { get; }

    /// <summary>Largest acceptable net charge per period, as a fraction of one phase's charge.</summary>
    public double MaxNetChargeFraction { get; }
}

/// <summary>What <see cref="SafetyAnalysis.Evaluate"/> found, for a clinician or a test: what the charge of a program
/// means for the tissue at its most loaded contact.</summary>
/// <param name="ChargePerPhase">Total charge of the stimulating phase (all cathodes together).</param>
/// <param name="WorstContact">The contact with the largest share of the current, where density is highest.</param>
/// <param name="WorstContactCharge">Charge per phase at that contact.</param>
/// <param name="MaxChargeDensity">Charge density per phase at that contact.</param>
/// <param name="ShannonK">Shannon k at that contact; null ("not applicable") when the charge per phase is zero, see <see cref="ShannonCriterion.K(Charge, ChargeDensity)"/>.</param>
/// <param name="NetChargePerPeriod">Net charge one repetition period leaves in tissue.</param>
/// <param name="NetChargeFraction">|net charge| / charge per phase (0 when the charge is 0).</param>
/// <param name="Limits">The limits checked.</param>
/// <param name="Violations">Every limit exceeded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SafetyReport(
    Charge ChargePerPhase,
    ContactSetting WorstContact,
    Charge WorstContactCharge,
    ChargeDensity MaxChargeDensity,
    double? ShannonK,
    Charge NetChargePerPeriod,
    double NetChargeFraction,
    SafetyLimits Limits,
    IReadOnlyList<Violation> Violations)
{
    /// <summary>True when no limit is exceeded.</summary>
    public bool IsWithinLimits => Violations.Count == 0;

    /// <summary>Whether two reports are the same, the violations compared in order.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SafetyReport? other) =>
        other is not null && ChargePerPhase == other.ChargePerPhase && WorstContact == other.WorstContact && WorstContactCharge == other.WorstContactCharge
        && MaxChargeDensity == other.MaxChargeDensity && Nullable.Equals(ShannonK, other.ShannonK) && NetChargePerPeriod == other.NetChargePerPeriod
        && NetChargeFraction.Equals(other.NetChargeFraction) && Limits == other.Limits && RecordMembers.SequenceEqual(Violations, other.Violations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ChargePerPhase, WorstContact, MaxChargeDensity, ShannonK, NetChargePerPeriod, Limits,
        RecordMembers.HashSequence(Violations));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(ChargePerPhase), ChargePerPhase),
        (nameof(WorstContact), WorstContact), (nameof(WorstContactCharge), WorstContactCharge), (nameof(MaxChargeDensity), MaxChargeDensity),
        (nameof(ShannonK), ShannonK), (nameof(NetChargePerPeriod), NetChargePerPeriod), (nameof(NetChargeFraction), NetChargeFraction),
        (nameof(Limits), Limits), (nameof(IsWithinLimits), IsWithinLimits), (nameof(Violations), RecordMembers.Format(Violations)));

    /// <summary><see cref="ShannonK"/> as text: "1.26", or "not applicable" at zero charge.</summary>
    public string ShannonKText => ShannonCriterion.Format(ShannonK);
}

/// <summary>The safety check of a program before it is delivered (<see cref="Evaluate"/>): charge, charge density,
/// Shannon k and charge balance on an electrode configuration.</summary>
/// <remarks>
/// Charge per phase Q = I · PW; each contact carries its share of Q; the density D = Q_contact / A uses the
/// geometric contact area; k follows Shannon (1992). Sources: ../shared/REFERENCES.md (Shannon 1992; McCreery et al.;
/// Boston Scientific programmer manual for the 30 µC/cm² warning).
/// At zero charge per phase Shannon k is not applicable (null) and is never a violation. Stateless: thread-safe.
/// </remarks>
public static class SafetyAnalysis
{
    /// <summary>Evaluates a program on an electrode configuration against the limits.</summary>
    /// <param name="program">The program.</param>
    /// <param name="electrodes">The electrode configuration.</param>
    /// <param name="limits">The limits; <see cref="SafetyLimits.Default"/> when null.</param>
    /// <returns>The report, listing every exceeded limit.</returns>
    /// <exception cref="ArgumentNullException">The program or configuration is null.</exception>
    public static SafetyReport Evaluate(StimulationProgram program, ElectrodeConfiguration electrodes, SafetyLimits? limits = null)
    {
        Guard.NotNull(program, nameof(program));
        Guard.NotNull(electrodes, nameof(electrodes));
        limits ??= SafetyLimits.Default;

        var charge = program.Pulse.ChargePerPhase;
        var worst = electrodes.Contacts
            .Select(c => (Contact: c, Charge: charge * (c.FractionPercent / 100), Area: electrodes.Leads[c.Lead].ContactArea))
            .Select(x => (x.Contact, x.Charge, Density: x.Charge / x.Area))
            .MaxBy(x => x.Density.ToMicrocoulombsPerSquareCentimetre());
        var k = ShannonCriterion.K(worst.Charge, worst.Density);
        // The amplitude that would meet the k limit at the worst contact, in plain doubles: a tiny share of the
        // current (fraction near 0 %) makes the total amplitude huge, beyond a Current, but still a finite number.
        string AmplitudeForK()
        {
            var milliamperes = ShannonCriterion.MaxAmplitude(limits.ShannonK, program.Pulse.PulseWidth, electrodes.Leads[worst.Contact.Lead].ContactArea)
                .ToMilliamperes() * (100 / worst.Contact.FractionPercent);
            return milliamperes <= 1e100 ? Current.FromMilliamperes(milliamperes).ToString() : $"{milliamperes.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)} mA";
        }
        var net = program.NetChargePerPeriod;
        var netFraction = charge > Charge.Zero ? net.Abs() / charge : 0;

        var violations = new List<Violation>();
        if (k > limits.ShannonK)
            violations.Add(new("shannonK", ShannonCriterion.Format(k), $"≤ {limits.ShannonK:0.00}",
                $"At {Describe(worst.Contact)} the charge per phase ({worst.Charge}) and density ({worst.Density}) exceed the Shannon limit k = {limits.ShannonK:0.00}; " +
                $"at this pulse width the amplitude should stay below {AmplitudeForK()}."));
        if (worst.Density > limits.MaxChargeDensity)
            violations.Add(new("chargeDensity", worst.Density.ToString(), $"≤ {limits.MaxChargeDensity}",
                $"At {Describe(worst.Contact)} the charge density is above {limits.MaxChargeDensity}, the usual warning level for platinum-iridium contacts."));
        if (netFraction > limits.MaxNetChargeFraction)
            violations.Add(new("netCharge", net.ToString(), $"≤ {limits.MaxNetChargeFraction:P1} of {charge}",
                "The program leaves net charge in the tissue every period: the recharge does not return the stimulating charge."));
        return new SafetyReport(charge, worst.Contact, worst.Charge, worst.Density, k, net, netFraction, limits, violations);
    }

    private static string Describe(ContactSetting c) => $"lead {c.Lead} contact {c.Contact}";
}
