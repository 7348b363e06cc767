using ScsSim.Quantities;

namespace ScsSim.Programming;

/// <summary>
/// The electrode configuration: one or two leads, which contacts are cathodes and anodes with what share of the
/// current, and whether the pulse generator's case is a return electrode (monopolar).
/// </summary>
/// <remarks>
/// Cathode fractions sum to 100 %; anode fractions, the case included, sum to 100 % (current steering or
/// "fractionalisation", as in multiple-independent-current-source devices). Contacts not listed are off.
/// Immutable and thread-safe (the lists are copied when it is created).
/// </remarks>
public sealed record ElectrodeConfiguration
{
    /// <summary>Tolerance on the 100 % sums, in percent.</summary>
    public const double FractionSumTolerancePercent = 1e-6;

    /// <summary>Creates a configuration and checks it.</summary>
    /// <param name="leads">One or two leads.</param>
    /// <param name="contacts">The active contacts (cathodes and anodes); each contact at most once; at least one cathode.</param>
    /// <param name="caseAnodePercent">Share of the anodic current returned through the case; 0 to 100 %.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A lead or contact index, a fraction or the number of leads is out of range.</exception>
    /// <exception cref="ArgumentException">A contact is listed twice, a role is Off, or a 100 % sum does not hold.</exception>
    public ElectrodeConfiguration(IEnumerable<Lead> leads, IEnumerable<ContactSetting> contacts, double caseAnodePercent = 0)
    {
        Leads = Guard.NotNull(leads, nameof(leads)).Select(l => Guard.NotNull(l, nameof(leads))).ToArray();
        Guard.InRange(Leads.Count, 1, 2, "leads.Count");
        Contacts = Guard.NotNull(contacts, nameof(contacts)).Select(c => Guard.NotNull(c, nameof(contacts))).ToArray();
        CaseAnodePercent = Guard.InRange(caseAnodePercent, 0, 100, nameof(caseAnodePercent), " %");

        var seen = new HashSet<(int, int)>();
        foreach (var c in Contacts)
        {
            Guard.InRange(c.Lead, 0, Leads.Count - 1, "contacts.Lead");
            Guard.InRange(c.Contact, 0, Leads[c.Lead].ContactCount - 1, "contacts.Contact");
            if (c.Role is not (ContactRole.Cathode or ContactRole.Anode))
                throw new ArgumentException($"contacts: lead {c.Lead} contact {c.Contact} has role {c.Role}; list only cathodes and anodes (others are off).", nameof(contacts));
            if (!double.IsFinite(c.FractionPercent) || c.FractionPercent <= 0 || c.FractionPercent > 100)
                throw new ArgumentOutOfRangeException(nameof(contacts), c.FractionPercent,
                    $"contacts: lead {c.Lead} contact {c.Contact} has fraction {c.FractionPercent} %; allowed: greater than 0 up to 100 %.");
            if (!seen.Add((c.Lead, c.Contact)))
                throw new ArgumentException($"contacts: lead {c.Lead} contact {c.Contact} is listed twice.", nameof(contacts));
        }
        RequireSum(Contacts.Where(c => c.Role == ContactRole.Cathode).Sum(c => c.FractionPercent), "cathode fractions", nameof(contacts));
        RequireSum(Contacts.Where(c => c.Role == ContactRole.Anode).Sum(c => c.FractionPercent) + CaseAnodePercent,
            "anode fractions (case included)", nameof(contacts));
    }

    private static void RequireSum(double sum, string what, string paramName)
    {
        if (Math.Abs(sum - 100) > FractionSumTolerancePercent)
            throw new ArgumentException($"The {what} must sum to 100 %; they sum to {sum:G6} %.", paramName);
    }

    /// <summary>One or two leads.</summary>
    public IReadOnlyList<Lead> Leads { get; }

    /// <summary>The active contacts.</summary>
    public IReadOnlyList<ContactSetting> Contacts { get; }

    /// <summary>Share of the anodic current returned through the case (monopolar when 100 %).</summary>
    public double CaseAnodePercent { get; }

    /// <summary>The cathodes.</summary>
    public IEnumerable<ContactSetting> Cathodes => Contacts.Where(c => c.Role == ContactRole.Cathode);

    /// <summary>The anodes on the leads (the case is not listed).</summary>
    public IEnumerable<ContactSetting> Anodes => Contacts.Where(c => c.Role == ContactRole.Anode);

    /// <summary>Total number of contacts on all leads.</summary>
    public int TotalContactCount => Leads.Sum(l => l.ContactCount);

    /// <summary>The contact carrying the largest share of the current (it has the highest charge density).</summary>
    public ContactSetting LargestFractionContact => Contacts.MaxBy(c => c.FractionPercent)!;

    /// <summary>Bipolar: one cathode and one anode on the same lead, 100 % each.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cathode">Cathode contact index.</param>
    /// <param name="anode">Anode contact index; not the cathode.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A contact index is out of range.</exception>
    /// <exception cref="ArgumentException">The two contacts are the same.</exception>
    public static ElectrodeConfiguration Bipolar(Lead lead, int cathode, int anode) =>
        new([lead], [new(0, cathode, ContactRole.Cathode, 100), new(0, anode, ContactRole.Anode, 100)]);

    /// <summary>Guarded tripolar: one cathode between two anodes (its neighbours), 50 % each, which narrows the field.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cathode">Cathode contact index; it needs a neighbour on each side.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cathode is the first or last contact, or out of range.</exception>
    public static ElectrodeConfiguration GuardedTripolar(Lead lead, int cathode)
    {
        Guard.InRange(cathode, 1, Guard.NotNull(lead, nameof(lead)).ContactCount - 2, nameof(cathode));
        return new([lead], [
            new(0, cathode - 1, ContactRole.Anode, 50),
            new(0, cathode, ContactRole.Cathode, 100),
            new(0, cathode + 1, ContactRole.Anode, 50)]);
    }

    /// <summary>Monopolar: one cathode on the lead, the case as the only anode.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cathode">Cathode contact index.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The contact index is out of range.</exception>
    public static ElectrodeConfiguration Monopolar(Lead lead, int cathode) =>
        new([lead], [new(0, cathode, ContactRole.Cathode, 100)], caseAnodePercent: 100);

    /// <summary>Value equality over the leads, the contacts (in order) and the case share.</summary>
    /// <param name="other">Another configuration.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ElectrodeConfiguration? other) =>
        other is not null && Leads.SequenceEqual(other.Leads) && Contacts.SequenceEqual(other.Contacts) &&
        CaseAnodePercent.Equals(other.CaseAnodePercent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Leads.Count, Contacts.Count, CaseAnodePercent);

    /// <summary>For example "lead 0: E3− E4+" or "lead 0: E3− (case +)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string Describe(ContactSetting c) =>
            $"L{c.Lead}E{c.Contact}{(c.Role == ContactRole.Cathode ? "−" : "+")}{(c.FractionPercent < 100 ? $"{c.FractionPercent:0.#}%" : "")}";
        var contacts = string.Join(" ", Contacts.Select(Describe));
        return CaseAnodePercent > 0 ? $"{contacts} case+{(CaseAnodePercent < 100 ? $"{CaseAnodePercent:0.#}%" : "")}" : contacts;
    }
}
