using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Scenarios;

/// <summary>
/// A virtual patient: where the lead or leads lie (vertebra, lateral offset, dorsal CSF thickness), the contact impedance,
/// the painful dermatomes and the pain state (the natural afferent drive of the dorsal-horn network).
/// </summary>
/// <remarks>A teaching construct, not a model of a real person: the anatomy is that of <see cref="FibrePopulation"/> and the
/// pain state that of <see cref="PainState"/>. One placement per lead: a second lead (two percutaneous leads side by side
/// or staggered, the most common implant) is added with <see cref="WithPlacements"/>. Immutable and thread-safe.</remarks>
public sealed record VirtualPatient
{
    /// <summary>Creates a patient.</summary>
    /// <param name="placement">Lead placement (includes the dorsal CSF thickness).</param>
    /// <param name="contactImpedance">Load impedance seen by the stimulator; 1 ohm to 100 kohm.</param>
    /// <param name="painfulRegions">The painful dermatomes and sides; at least one, no duplicates kept.</param>
    /// <param name="painState">Natural afferent activity (default <see cref="PainState.Neuropathic"/>).</param>
    /// <exception cref="ArgumentNullException">The placement or regions are null.</exception>
    /// <exception cref="ArgumentException">No painful region.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The impedance is out of range.</exception>
    public VirtualPatient(LeadPlacement placement, Resistance contactImpedance, IEnumerable<BodyRegion> painfulRegions, PainState? painState = null)
    {
        _placements = [Guard.NotNull(placement, nameof(placement))];
        Guard.InRange(contactImpedance.ToOhms(), 1, 100_000, nameof(contactImpedance), " ohm");
        ContactImpedance = contactImpedance;
        PainfulRegions = Guard.NotNull(painfulRegions, nameof(painfulRegions)).Distinct().ToArray();
        if (PainfulRegions.Count == 0) throw new ArgumentException("painfulRegions must list at least one region.", nameof(painfulRegions));
        foreach (var r in PainfulRegions)
        {
            if (!Enum.IsDefined(r.Dermatome)) throw new ArgumentOutOfRangeException(nameof(painfulRegions), r.Dermatome, $"dermatome must be T6 to S1; got {(int)r.Dermatome}.");
            if (!Enum.IsDefined(r.Side)) throw new ArgumentOutOfRangeException(nameof(painfulRegions), r.Side, "side must be Left or Right.");
        }
        PainState = painState ?? PainState.Neuropathic;
    }

    /// <summary>A typical failed-back-surgery patient: midline lead over T8, 3 mm CSF, 1000 ohm, neuropathic pain in both L4 and L5 dermatomes.</summary>
    public static VirtualPatient LowBackAndLegs { get; } = new(LeadPlacement.MidlineT8, Resistance.FromOhms(1000),
        [new(Dermatome.L4, BodySide.Left), new(Dermatome.L4, BodySide.Right), new(Dermatome.L5, BodySide.Left), new(Dermatome.L5, BodySide.Right)]);

    private LeadPlacement[] _placements;

    /// <summary>The first lead's placement.</summary>
    public LeadPlacement Placement => _placements[0];

    /// <summary>One placement per lead, in the order of the electrode configuration's leads.</summary>
    public IReadOnlyList<LeadPlacement> Placements => _placements;

    /// <summary>The patient's posture (default <see cref="Posture.Supine"/>, the posture of the placements' CSF thickness).</summary>
    public Posture Posture { get; private init; } = Posture.Supine;

    /// <summary>The placements as they are in the patient's posture: the dorsal CSF layer thickened by
    /// <see cref="DorsalCsfThickness.ChangeFromSupine"/> (what the scenario's activation model uses).</summary>
    public IReadOnlyList<LeadPlacement> PlacementsInPosture => _placements.Select(p => p.InPosture(Posture)).ToArray();

    /// <summary>The same patient in another posture.</summary>
    /// <param name="posture">The posture.</param>
    /// <returns>The patient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The posture is not defined, or would thicken the CSF beyond 10 mm.</exception>
    public VirtualPatient WithPosture(Posture posture)
    {
        var moved = this with { Posture = posture };
        _ = moved.PlacementsInPosture; // refuse a posture the placement cannot take now, not at first use
        return moved;
    }

    /// <summary>The same patient with one or two leads placed as given (for example two leads side by side over T8).</summary>
    /// <param name="placements">One or two placements, in the order of the configuration's leads, over the same dorsal CSF
    /// thickness (the layered field has one CSF layer).</param>
    /// <returns>The patient.</returns>
    /// <exception cref="ArgumentNullException">The list or a placement is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Not one or two placements.</exception>
    /// <exception cref="ArgumentException">The placements' CSF thicknesses differ.</exception>
    public VirtualPatient WithPlacements(IEnumerable<LeadPlacement> placements)
    {
        var list = Guard.NotNull(placements, nameof(placements)).Select(p => Guard.NotNull(p, nameof(placements))).ToArray();
        if (list.Length is < 1 or > 2)
            throw new ArgumentOutOfRangeException(nameof(placements), list.Length, $"placements must hold one or two lead placements; got {list.Length}.");
        if (list.Any(p => p.CsfThickness != list[0].CsfThickness))
            throw new ArgumentException($"placements must lie over the same dorsal CSF thickness; got {string.Join(" and ", list.Select(p => p.CsfThickness))}.", nameof(placements));
        return this with { _placements = list };
    }

    /// <summary>Contact (load) impedance.</summary>
    public Resistance ContactImpedance { get; }

    /// <summary>Painful regions.</summary>
    public IReadOnlyList<BodyRegion> PainfulRegions { get; }

    /// <summary>Natural afferent activity.</summary>
    public PainState PainState { get; }

    /// <inheritdoc/>
    public bool Equals(VirtualPatient? other) =>
        other is not null && _placements.SequenceEqual(other._placements) && Posture == other.Posture && ContactImpedance.Equals(other.ContactImpedance) &&
        PainfulRegions.SequenceEqual(other.PainfulRegions) && PainState.Equals(other.PainState);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordMembers.HashSequence(_placements), Posture, ContactImpedance, RecordMembers.HashSequence(PainfulRegions), PainState);

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordMembers.Print(builder, (nameof(Placements), RecordMembers.Format(_placements)), (nameof(Posture), Posture),
        (nameof(ContactImpedance), ContactImpedance), (nameof(PainfulRegions), RecordMembers.Format(PainfulRegions)), (nameof(PainState), PainState));

    /// <summary>Simulates this patient with a device, program and electrodes (see <see cref="Scenario.Simulate"/>).</summary>
    /// <param name="device">The device profile.</param>
    /// <param name="program">The program.</param>
    /// <param name="electrodes">An electrode configuration with one lead per placement of the patient.</param>
    /// <param name="seed">Seed of the fibre population and the network.</param>
    /// <param name="options">Options (default <see cref="ScenarioOptions.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the simulation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The configuration's lead count differs from the patient's placements.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public ScenarioOutcome Simulate(DeviceProfile device, StimulationProgram program, ElectrodeConfiguration electrodes, ulong seed,
        ScenarioOptions? options = null, CancellationToken cancellationToken = default) =>
        new Scenario(this, device, program, electrodes, seed).Simulate(options, cancellationToken);
}
