using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Where one lead lies in the dorsal epidural space: over which vertebra (and how far from its middle), how far
/// from the midline, and how thick the dorsal CSF layer between the dura and the cord is there.
/// </summary>
/// <remarks>
/// <para>The lead lies on the dura, parallel to the cord, contact 0 rostral; the centre of its contact array is at the
/// placement's rostro-caudal position. Its axis is at depth −(CSF thickness + lead radius) (the dura's ~0.3 mm is
/// neglected).</para>
/// <para>Defaults and sources: dorsal CSF thickness varies from about 2 to 6 mm along the thoracic cord and is thickest
/// around T5-T6 (He J, Barolat G, Holsheimer J, Struijk JJ, Pain 59:55, 1994); 3 mm is a mid-thoracic default. The
/// vertebral pitch (body + disc) of 25 mm in the lower thoracic spine is a typical adult figure (approximate).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record LeadPlacement
{
    /// <summary>Rostro-caudal distance from one vertebra's middle to the next one's (body plus disc), lower thoracic adult: 25 mm (approximate).</summary>
    public static Length VertebralPitch { get; } = Length.FromMillimetres(VertebralPitchMm);

    /// <summary>The vertebral pitch in mm, for the kernels.</summary>
    internal const double VertebralPitchMm = 25;

    /// <summary>Creates a placement.</summary>
    /// <param name="vertebra">The vertebra over whose middle the centre of the contact array lies.</param>
    /// <param name="lateralOffset">Distance of the lead axis from the midline, positive to the right; −10 to 10 mm.</param>
    /// <param name="csfThickness">Dorsal CSF thickness under the lead; 0.2 to 10 mm.</param>
    /// <param name="rostroCaudalOffset">Shift from the vertebra's middle, positive caudal; −100 to 100 mm (default 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or the vertebra is not defined.</exception>
    public LeadPlacement(Vertebra vertebra, Length lateralOffset, Length csfThickness, Length rostroCaudalOffset = default)
    {
        if (!Enum.IsDefined(vertebra))
            throw new ArgumentOutOfRangeException(nameof(vertebra), vertebra, $"vertebra must be T6 to L1; got {(int)vertebra}.");
        Vertebra = vertebra;
        Guard.InRange(lateralOffset.ToMillimetres(), -10, 10, nameof(lateralOffset), " mm");
        Guard.InRange(csfThickness.ToMillimetres(), 0.2, 10, nameof(csfThickness), " mm");
        Guard.InRange(rostroCaudalOffset.ToMillimetres(), -100, 100, nameof(rostroCaudalOffset), " mm");
        LateralOffset = lateralOffset;
        CsfThickness = csfThickness;
        RostroCaudalOffset = rostroCaudalOffset;
    }

    /// <summary>A midline lead over the middle of T8 with 3 mm of dorsal CSF (a common placement for low-back and leg pain).</summary>
    public static LeadPlacement MidlineT8 { get; } = new(Vertebra.T8, Length.Zero, Length.FromMillimetres(3));

    /// <summary>The vertebra over which the centre of the contact array lies (before <see cref="RostroCaudalOffset"/>).</summary>
    public Vertebra Vertebra { get; }

    /// <summary>Distance of the lead axis from the midline, positive to the right.</summary>
    public Length LateralOffset { get; }

    /// <summary>Dorsal CSF thickness under the lead.</summary>
    public Length CsfThickness { get; }

    /// <summary>Shift of the array centre from the vertebra's middle, positive caudal.</summary>
    public Length RostroCaudalOffset { get; }

    /// <summary>Rostro-caudal coordinate of the array centre, mm (z = 25 mm × vertebra number + offset, T1 = 1, L1 = 13).</summary>
    internal double CentreZMm => VertebralPitchMm * (int)Vertebra + RostroCaudalOffset.ToMillimetres();

    /// <summary>The placement after the lead has moved (migration).</summary>
    /// <param name="rostroCaudal">Displacement along the cord, positive caudal.</param>
    /// <param name="lateral">Displacement across the cord, positive to the right.</param>
    /// <returns>The new placement (same vertebra of reference, same CSF thickness).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The lead would leave the modelled range.</exception>
    public LeadPlacement Moved(Length rostroCaudal, Length lateral) =>
        new(Vertebra, LateralOffset + lateral, CsfThickness, RostroCaudalOffset + rostroCaudal);

    /// <summary>The placement in another posture, this placement's CSF thickness being the supine one: thicker by
    /// <see cref="DorsalCsfThickness.ChangeFromSupine"/> at its vertebra (prone at T11 about 2.2 mm).</summary>
    /// <param name="posture">The posture.</param>
    /// <returns>The placement with the posture's CSF thickness (at most 10 mm).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The posture is not defined, or the thickness would exceed 10 mm.</exception>
    public LeadPlacement InPosture(Posture posture) => WithCsfThickness(CsfThickness + DorsalCsfThickness.ChangeFromSupine(Vertebra, posture));

    /// <summary>The same placement with another dorsal CSF thickness.</summary>
    /// <param name="csfThickness">0.2 to 10 mm.</param>
    /// <returns>The new placement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The thickness is out of range.</exception>
    public LeadPlacement WithCsfThickness(Length csfThickness) => new(Vertebra, LateralOffset, csfThickness, RostroCaudalOffset);
}
