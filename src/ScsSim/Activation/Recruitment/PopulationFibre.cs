using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>One fibre of a population, before it is placed at a spinal level.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Tract">Dorsal column or dorsal root.</param>
/// <param name="Side">Left or right.</param>
/// <param name="Diameter">Fibre diameter.</param>
/// <param name="Depth">Depth below the dorsal cord surface.</param>
/// <param name="Dermatome">The dermatome a dorsal-column fibre serves; null for dorsal-root fibres (they serve the segment at the lead).</param>
/// <param name="BandPosition">Position within its dermatome's mediolateral band, 0 (medial) to 1 (lateral); 0 for dorsal-root fibres.</param>
internal sealed record PopulationFibre(FibreTract Tract, BodySide Side, Length Diameter, Length Depth, Dermatome? Dermatome, double BandPosition);
