namespace ScsSim.Activation;

/// <summary>
/// The potential of one contact carrying a unit current along a line parallel to the cord (fixed lateral position and
/// depth), as a function of the rostro-caudal distance from the contact's centre: what a fibre's compartments sample.
/// </summary>
/// <remarks>Media with a closed form evaluate it directly (<see cref="Exact"/>); the anisotropic layered medium tabulates
/// it (<see cref="PotentialLineTable"/>). Immutable and thread-safe.</remarks>
internal abstract class PotentialProfile
{
    /// <summary>Potential in mV per mA at rostro-caudal distance <paramref name="dzMm"/> (mm, either sign) from the centre.</summary>
    public abstract double At(double dzMm);

    /// <summary>A profile evaluated by the medium's own point formula: the mean over the contact's point sources.</summary>
    internal sealed class Exact(ConductiveMedium medium, double sourceXMm, double sourceYMm, double xMm, double yMm, double csfThicknessMm,
        double[] offsetsMm, double scale = 1) : PotentialProfile
    {
        public override double At(double dzMm)
        {
            double sum = 0;
            foreach (var offset in offsetsMm)
                sum += medium.PotentialMillivoltsPerMilliampere(sourceXMm, sourceYMm, 0, xMm, yMm, dzMm - offset, csfThicknessMm);
            return scale * sum / offsetsMm.Length;
        }
    }
}
