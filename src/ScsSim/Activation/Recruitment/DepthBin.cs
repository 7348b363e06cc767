using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>One depth band of a <see cref="DepthDistribution"/>: how many dorsal-column fibres lie in it and how many of
/// them the amplitude recruits.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="From">Upper edge of the band (depth below the dorsal cord surface), inclusive.</param>
/// <param name="To">Lower edge, exclusive (inclusive for the deepest band).</param>
/// <param name="Recruited">Fibres of the band recruited.</param>
/// <param name="Present">Fibres of the band present at the lead's segment.</param>
public sealed record DepthBin(Length From, Length To, int Recruited, int Present)
{
    /// <summary>Share of the band's fibres recruited (0 when the band is empty).</summary>
    public double Share => Present == 0 ? 0 : Recruited / (double)Present;
}
