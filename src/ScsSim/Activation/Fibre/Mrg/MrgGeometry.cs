namespace ScsSim.Activation;

/// <summary>
/// The geometry of one MRG axon (McIntyre, Richardson &amp; Grill, J Neurophysiol 87:995, 2002): node, MYSA, FLUT and STIN
/// diameters and lengths, internode length and myelin lamellae for one fibre diameter, and where each compartment lies.
/// </summary>
/// <remarks>
/// <para>5.7-16 µm: Table 1 of McIntyre et al. 2002, linearly interpolated between its nine diameters (exact at them).
/// 1.011-5.7 µm: the small-fibre MRG of Peña et al. (PLoS Comput Biol 20:e1011833, 2024), as PyFibers implements it
/// ("PENA"): axon (FLUT, STIN) diameter d = 0.553 D − 0.024, node (= MYSA) diameter 0.321 d + 0.37, internode length
/// −3.22 D² + 148 D − 128, FLUT length −0.171 D² + 6.48 D − 0.935, lamellae ⌊17.4 d − 1.74⌋ (µm), and nodal g_Na
/// 2.333333 and g_K 0.115556 S/cm² instead of 3 and 0.08. Facts taken from PyFibers' source (wmglab-duke/pyfibers,
/// models/mrg.py), not re-derived from the paper. At 5.7 µm the two descriptions differ (Peña: node 1.38, axon 3.13,
/// internode 611 µm, 52 lamellae; Table 1: 1.9, 3.4, 500 µm, 80): thresholds jump at that seam (measured in the tests).
/// Diameters outside 1.011-16 µm are refused.</para>
/// <para>Per internode: node (1 µm), MYSA (3 µm), FLUT, six STIN of (L − 1 − 2·3 − 2·FLUT)/6, FLUT, MYSA.</para>
/// </remarks>
internal sealed record MrgGeometry(double FibreDiameterUm, double NodeDiameterUm, double AxonDiameterUm, double FlutLengthUm,
    double InternodeLengthUm, double Lamellae, double NodeSodiumConductance = MrgNodeKinetics.GNa, double NodePotassiumConductance = MrgNodeKinetics.GK)
{
    public const double NodeLengthUm = 1, MysaLengthUm = 3;
    public const double MinimumDiameterUm = 1.011, MaximumDiameterUm = 16, SmallFibreLimitUm = 5.7;

    /// <summary>Compartments per internode, starting with the node.</summary>
    public const int CompartmentsPerInternode = 11;

    private static readonly double[] TableD = [5.7, 7.3, 8.7, 10.0, 11.5, 12.8, 14.0, 15.0, 16.0];
    private static readonly double[] TableNode = [1.9, 2.4, 2.8, 3.3, 3.7, 4.2, 4.7, 5.0, 5.5];
    private static readonly double[] TableAxon = [3.4, 4.6, 5.8, 6.9, 8.1, 9.2, 10.4, 11.5, 12.7];
    private static readonly double[] TableFlut = [35, 38, 40, 46, 50, 54, 56, 58, 60];
    private static readonly double[] TableInternode = [500, 750, 1000, 1150, 1250, 1350, 1400, 1450, 1500];
    private static readonly double[] TableLamellae = [80, 100, 110, 120, 130, 135, 140, 145, 150];

    public double StinLengthUm => (InternodeLengthUm - NodeLengthUm - 2 * MysaLengthUm - 2 * FlutLengthUm) / 6;

    /// <summary>The geometry for a fibre diameter, 2 to 16 µm.</summary>
    public static MrgGeometry For(double fibreDiameterUm)
    {
        var d = fibreDiameterUm;
        if (!(d >= MinimumDiameterUm && d <= MaximumDiameterUm))
            throw new ArgumentOutOfRangeException("fibre", d,
                $"The MRG model covers fibre diameters from {MinimumDiameterUm} to {MaximumDiameterUm} µm (Peña et al. 2024 below 5.7 µm, Table 1 of McIntyre et al. 2002 above); got {d:G4} µm.");
        if (d < SmallFibreLimitUm)
        {
            var axon = 0.553 * d - 0.024;
            return new MrgGeometry(d, 0.321 * axon + 0.37, axon, -0.171 * d * d + 6.48 * d - 0.935, -3.22 * d * d + 148 * d - 128,
                Math.Floor(17.4 * axon - 1.74), 2.333333, 0.115556);
        }
        var i = Math.Min(Array.FindLastIndex(TableD, t => t <= d), TableD.Length - 2);
        var f = (d - TableD[i]) / (TableD[i + 1] - TableD[i]);
        double Lerp(double[] t) => t[i] + f * (t[i + 1] - t[i]);
        return new MrgGeometry(d, Lerp(TableNode), Lerp(TableAxon), Lerp(TableFlut), Lerp(TableInternode), Lerp(TableLamellae));
    }

    /// <summary>Length of compartment j within an internode (0 = node).</summary>
    public double CompartmentLengthUm(int j) => j switch
    {
        0 => NodeLengthUm,
        1 or 10 => MysaLengthUm,
        2 or 9 => FlutLengthUm,
        _ => StinLengthUm,
    };

    /// <summary>Centres (mm) of the compartments of a fibre of <paramref name="nodeCount"/> nodes whose node
    /// <paramref name="centreNode"/> is centred at <paramref name="centreZMm"/>; node n is compartment n · 11.</summary>
    public double[] CompartmentCentresMm(int nodeCount, int centreNode, double centreZMm)
    {
        var count = (nodeCount - 1) * CompartmentsPerInternode + 1;
        var z = new double[count];
        var start = centreZMm * 1e3 - centreNode * InternodeLengthUm - NodeLengthUm / 2; // µm, left edge of node 0
        for (var k = 0; k < count; k++)
        {
            var length = CompartmentLengthUm(k % CompartmentsPerInternode);
            z[k] = (start + length / 2) * 1e-3;
            start += length;
        }
        return z;
    }
}
