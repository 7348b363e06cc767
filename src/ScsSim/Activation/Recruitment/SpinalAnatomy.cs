using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For the recruitment model only: where spinal cord segments lie relative to the vertebrae, and the dermatome order in
/// the dorsal columns.
/// </summary>
/// <remarks>The anatomy and its sources are in <see cref="Dermatome"/>'s remarks, where users of coverage maps read them.</remarks>
internal static class SpinalAnatomy
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
