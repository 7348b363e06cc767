using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Safety;

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
