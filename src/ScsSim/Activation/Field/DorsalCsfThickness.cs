using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Dorsal CSF thickness by vertebral level and how posture changes it, from MRI of healthy subjects: the table behind
/// <see cref="LeadPlacement.InPosture"/> and a virtual patient's posture.
/// </summary>
/// <remarks>
/// <para>Source, verified against the abstract (the full text was not available here): Holsheimer J, den Boer JA, Struijk
/// JJ, Rozeboom AR, MR assessment of the normal position of the spinal cord in the spinal canal, AJNR Am J Neuroradiol
/// 15:951-959 (1994), 26 subjects. Dorsal CSF layer: 4.0-8.5 mm at T5-T6 (supine); at T11 2.0-6.0 mm supine, about
/// 2.2 mm more prone; at T12 1.5-4.5 mm supine, about 3.4 mm more prone. The ranges span the subjects (the paper's
/// point: they differ by more than a factor of 2), so the typical value here is the middle of each range: 6.25 mm at
/// T6, 4.0 mm at T11, 3.0 mm at T12.</para>
/// <para>Not measured there, and so assumptions of this library (<see cref="IsTypicalMeasured"/> and
/// <see cref="IsChangeMeasured"/> say which): T7-T10 are
/// interpolated linearly between T6 and T11; L1 takes T12's values; the prone increase at T6-T10 is taken as T11's
/// 2.2 mm; upright postures (sitting, standing) and lying on a side are taken halfway between supine and prone. The
/// clinical observation that most patients perceive at the lowest amplitude lying down (on the back) agrees in direction;
/// position-related amplitude changes have been reported clinically (for example Ross and Abejón 2014, Neuromodulation
/// 17 suppl. 1:36) but were not read here, so no number is taken from them.</para>
/// </remarks>
public static class DorsalCsfThickness
{
    private static double TypicalSupineMm(Vertebra level) => level switch
    {
        Vertebra.T6 => 6.25,
        Vertebra.T11 => 4.0,
        Vertebra.T12 or Vertebra.L1 => 3.0,
        _ => 6.25 + (4.0 - 6.25) * ((int)level - (int)Vertebra.T6) / ((int)Vertebra.T11 - (int)Vertebra.T6),
    };

    private static double ProneIncreaseMm(Vertebra level) => level is Vertebra.T12 or Vertebra.L1 ? 3.4 : 2.2;

    /// <summary>The typical supine dorsal CSF thickness at a level (the middle of the measured range; interpolated where not measured).</summary>
    /// <param name="level">T6 to L1.</param>
    /// <returns>The thickness.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static Length TypicalSupine(Vertebra level) => Length.FromMillimetres(TypicalSupineMm(Check(level)));

    /// <summary>How much thicker the dorsal CSF layer is in a posture than supine at a level.</summary>
    /// <param name="level">T6 to L1.</param>
    /// <param name="posture">The posture.</param>
    /// <returns>The change (0 supine).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level or posture is not defined.</exception>
    public static Length ChangeFromSupine(Vertebra level, Posture posture) => Length.FromMillimetres(CheckPosture(posture) switch
    {
        Posture.Supine => 0,
        Posture.Prone => ProneIncreaseMm(Check(level)),
        _ => ProneIncreaseMm(Check(level)) / 2,
    });

    /// <summary>Whether <see cref="ChangeFromSupine"/> for this level and posture was measured (true) or is this library's
    /// assumption (false).</summary>
    /// <param name="level">T6 to L1.</param>
    /// <param name="posture">The posture.</param>
    /// <returns>True supine (no change, by definition) and prone at T11 and T12.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level or posture is not defined.</exception>
    public static bool IsChangeMeasured(Vertebra level, Posture posture) => CheckPosture(posture) switch
    {
        Posture.Supine => Check(level) == level,
        Posture.Prone => Check(level) is Vertebra.T11 or Vertebra.T12,
        _ => false,
    };

    /// <summary>Whether <see cref="TypicalSupine"/> at this level is the middle of a measured range (T6, T11, T12) or interpolated or borrowed.</summary>
    /// <param name="level">T6 to L1.</param>
    /// <returns>True where measured.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static bool IsTypicalMeasured(Vertebra level) => Check(level) is Vertebra.T6 or Vertebra.T11 or Vertebra.T12;

    private static Vertebra Check(Vertebra level) => Enum.IsDefined(level) ? level
        : throw new ArgumentOutOfRangeException(nameof(level), level, $"level must be T6 to L1; got {(int)level}.");

    private static Posture CheckPosture(Posture posture) => Enum.IsDefined(posture) ? posture
        : throw new ArgumentOutOfRangeException(nameof(posture), posture, $"posture must be one of {string.Join(", ", Enum.GetNames<Posture>())}; got {(int)posture}.");
}
