namespace ScsSim.Activation;

/// <summary>
/// The geometry of one MRG axon (McIntyre, Richardson &amp; Grill, J Neurophysiol 87:995, 2002): node, MYSA, FLUT and STIN
/// diameters and lengths, internode length and myelin lamellae for one fibre diameter, and where each compartment lies.
/// </summary>
/// <remarks>
/// <para>5.7-16 µm: Table 1 of McIntyre et al. 2002, linearly interpolated between its nine diameters (exact at them).
/// 2-5.7 µm: the quadratic fits to Table 1 that ASCENT and PyFibers use ("MRG interpolation"; Musselman et al., PLoS
/// Comput Biol 17:e1009285, 2021, valid 2-16 µm): node (= MYSA) diameter 0.01093 D² + 0.1008 D + 1.099, axon (FLUT, STIN)
/// diameter 0.02361 D² + 0.3673 D + 0.7122, FLUT length −0.1652 D² + 6.354 D − 0.2862, internode length 81.08 D + 37.84
/// below 5.643 µm (−8.215 D² + 272.4 D − 780.2 above), lamellae −0.4749 D² + 16.85 D − 0.7648 (µm). At 5.7 µm the fits
/// give node 2.03 / axon 3.57 / FLUT 30.6 / internode 505.6 µm / 79.9 lamellae against Table 1's 1.9 / 3.4 / 35 / 500 /
/// 80: the geometry jumps there by up to 13 % (FLUT length), a known seam between the table and the fits.
/// Below 2 µm the model is refused (the dorsal-column population's smallest fibres, 1.5-2 µm, need a small-fibre MRG
/// variant, not provided).</para>
/// <para>Per internode: node (1 µm), MYSA (3 µm), FLUT, six STIN of (L − 1 − 2·3 − 2·FLUT)/6, FLUT, MYSA.</para>
/// </remarks>
internal sealed record MrgGeometry(double FibreDiameterUm, double NodeDiameterUm, double AxonDiameterUm, double FlutLengthUm,
    double InternodeLengthUm, double Lamellae)
{
    public const double NodeLengthUm = 1, MysaLengthUm = 3;
    public const double MinimumDiameterUm = 2, MaximumDiameterUm = 16;

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
                $"The MRG model covers fibre diameters from {MinimumDiameterUm} to {MaximumDiameterUm} µm (Table 1 of McIntyre et al. 2002 and the ASCENT fits below 5.7 µm); got {d:G4} µm.");
        if (d < TableD[0])
            return new MrgGeometry(d, 0.01093 * d * d + 0.1008 * d + 1.099, 0.02361 * d * d + 0.3673 * d + 0.7122,
                -0.1652 * d * d + 6.354 * d - 0.2862, d >= 5.643 ? -8.215 * d * d + 272.4 * d - 780.2 : 81.08 * d + 37.84,
                -0.4749 * d * d + 16.85 * d - 0.7648);
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
