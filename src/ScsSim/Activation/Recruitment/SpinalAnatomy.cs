using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Where spinal cord segments lie relative to the vertebrae, and the dermatome order in the dorsal columns.
/// </summary>
/// <remarks>
/// <para>Segment under a vertebra (adult, approximate, after standard anatomy atlases such as Netter's): the cord
/// segments lie above the vertebra of the same number, increasingly so caudally — T4 vertebra ≈ T6 segment, T6 ≈ T8.5,
/// T7 ≈ T9.5, T8 ≈ T10.5, T9 ≈ T12, T10 ≈ L1.5, T11 ≈ L3.5, T12 ≈ L5.5, L1 ≈ S2 (conus). Linear between these points;
/// individual anatomy varies by about one segment.</para>
/// <para>Dermatome order: dorsal-root fibres ascend in the ipsilateral dorsal column, and fibres entering at each higher
/// segment are added laterally, so at a given level the more caudal dermatomes lie more medially (the fasciculus
/// gracilis; e.g. Smith MC, Deacon P, J Anat 1984; Feirabend HKP et al., Brain 125:1137, 2002). At a segment S the
/// dorsal column carries the dermatomes entering at or below S.</para>
/// </remarks>
public static class SpinalAnatomy
{
    private static readonly (double Vertebra, double Segment)[] VertebraToSegment =
        [(4, 6), (5, 7.25), (6, 8.5), (7, 9.5), (8, 10.5), (9, 12), (10, 13.5), (11, 15.5), (12, 17.5), (13, 19)];

    /// <summary>Most caudal modelled dermatome's segment number (S1 = 18).</summary>
    internal const int CaudalSegment = (int)Dermatome.S1;

    /// <summary>Most rostral modelled dermatome's segment number (T6 = 6).</summary>
    internal const int RostralSegment = (int)Dermatome.T6;

    /// <summary>
    /// The spinal cord segment number (T1 = 1, L1 = 13, S1 = 18; fractional in between) lying at a rostro-caudal position
    /// given as a vertebra number (T1 = 1, L1 = 13; the middle of each vertebra, fractional in between).
    /// </summary>
    /// <param name="vertebralPosition">4 (T4) to 13 (L1).</param>
    /// <returns>The segment number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside T4 to L1.</exception>
    public static double SegmentAtVertebralPosition(double vertebralPosition)
    {
        Guard.InRange(vertebralPosition, VertebraToSegment[0].Vertebra, VertebraToSegment[^1].Vertebra, nameof(vertebralPosition));
        var k = 0;
        while (k < VertebraToSegment.Length - 2 && vertebralPosition > VertebraToSegment[k + 1].Vertebra) k++;
        var (v0, s0) = VertebraToSegment[k];
        var (v1, s1) = VertebraToSegment[k + 1];
        return s0 + (s1 - s0) * (vertebralPosition - v0) / (v1 - v0);
    }

    /// <summary>The dermatome whose fibres enter at a segment, or null outside T6 to S1.</summary>
    /// <param name="segment">Segment number (T1 = 1, S1 = 18); rounded to the nearest segment.</param>
    /// <returns>The dermatome, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The segment is not finite.</exception>
    public static Dermatome? DermatomeAtSegment(double segment)
    {
        var s = (int)Math.Round(Guard.Finite(segment, nameof(segment)), MidpointRounding.AwayFromZero);
        return s is >= RostralSegment and <= CaudalSegment ? (Dermatome)s : null;
    }

    /// <summary>The dermatomes present in the dorsal column at a segment: those entering at or caudal to it, within T6 to S1.</summary>
    /// <param name="segment">Segment number (T1 = 1, S1 = 18).</param>
    /// <returns>Rostral to caudal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The segment is not finite.</exception>
    public static IReadOnlyList<Dermatome> DorsalColumnDermatomesAt(double segment)
    {
        var first = Math.Max(RostralSegment, (int)Math.Round(Guard.Finite(segment, nameof(segment)), MidpointRounding.AwayFromZero));
        return Enumerable.Range(first, Math.Max(0, CaudalSegment - first + 1)).Select(s => (Dermatome)s).ToArray();
    }
}
