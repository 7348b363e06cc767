using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// A fibre placed by hand, for asking a <see cref="FibreModel"/> its exact threshold, firing windows or strength-duration curve: a
/// straight myelinated fibre parallel to the cord (along z), at a lateral position and a depth, with a diameter.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Diameter">Fibre (outer) diameter D.</param>
/// <param name="Lateral">x: lateral position, positive to the right of the midline.</param>
/// <param name="Depth">y: depth below the dorsal cord surface (negative values lie in the CSF).</param>
/// <param name="NodeShift">Shift of the node grid along z from "a node under the cathode centre" (default 0).</param>
public sealed record StraightFibre(Length Diameter, Length Lateral, Length Depth, Length NodeShift = default)
{
    internal void Validate()
    {
        Guard.InRange(Diameter.ToMicrometres(), 0.5, 30, nameof(Diameter), " µm");
        Guard.InRange(Lateral.ToMillimetres(), -20, 20, nameof(Lateral), " mm");
        Guard.InRange(Depth.ToMillimetres(), -10, 20, nameof(Depth), " mm");
        Guard.Finite(NodeShift.ToMillimetres(), nameof(NodeShift));
    }
}
