namespace ScsSim.Activation;

/// <summary>
/// Frankenhaeuser-Huxley (1964) kinetics of the node of Ranvier, with the constants McNeal (1976) used, tabulated for a
/// fixed time step so that the cable kernel only interpolates (exponential-Euler gate updates).
/// </summary>
/// <remarks>
/// Sources: Frankenhaeuser B, Huxley AF, J Physiol 171:302 (1964); McNeal DR, IEEE Trans Biomed Eng 23:329 (1976), table I.
/// V is the depolarisation from rest in mV; the absolute membrane potential is E = V + E_r with E_r = −70 mV.
/// Currents: i_Na = P_Na m²h G_Na(E), i_K = P_K n² G_K(E), i_p = P_p p² G_Na(E) (non-specific, carried by sodium),
/// i_L = g_L (V − V_L), with the Goldman-Hodgkin-Katz factor
/// G_X(E) = (E F²/RT) ([X]o − [X]i e^(EF/RT)) / (1 − e^(EF/RT)).
/// Constants: P_Na 8e-3 cm/s, P_K 1.2e-3 cm/s, P_p 0.54e-3 cm/s, g_L 30.3 mS/cm², V_L 0.026 mV, [Na]o 114.5 mM,
/// [Na]i 13.74 mM, [K]o 2.5 mM, [K]i 120 mM, F 96 485 C/mol, R 8.3144 J/(mol·K); rate constants (ms⁻¹) as in FH 1964,
/// which describe Xenopus nodes at 20 °C (the model's standard temperature, as NEURON implementations of it state, e.g.
/// Mou et al., IEEE TBME 59:1758, 2012; not re-verified in the 1964 paper here); resting gates m 0.0005, h 0.8249,
/// n 0.0268, p 0.0049. At temperature T every rate is multiplied by Q10^((T − 20 °C)/10) with Q10 = 3, and the GHK
/// factor uses the same T. (McNeal 1976 paired the unscaled rates with a GHK temperature of 295.18 K; ScsSim uses one
/// temperature for both, which moves thresholds at 20 °C by less than 1 %.)
/// </remarks>
internal sealed class FrankenhaeuserHuxleyNode
{
    public const double RestingPotentialMv = -70;
    public const double SodiumPermeabilityCmPerS = 8e-3;
    public const double PotassiumPermeabilityCmPerS = 1.2e-3;
    public const double NonSpecificPermeabilityCmPerS = 0.54e-3;
    public const double LeakConductanceMsPerCm2 = 30.3;
    public const double LeakReversalMv = 0.026;
    public const double M0 = 0.0005, H0 = 0.8249, N0 = 0.0268, P0 = 0.0049;
    public const double NaOutMm = 114.5, NaInMm = 13.74, KOutMm = 2.5, KInMm = 120;
    private const double Faraday = 96485.0, GasConstant = 8.3144;
    /// <summary>The temperature of the published rate constants, 293.15 K (20 °C).</summary>
    public const double RateReferenceTemperatureK = 293.15;
    public const double RateQ10 = 3;

    public const double TableMinMv = -200, TableMaxMv = 300, TableStepMv = 0.1;
    public const int TableLength = (int)((TableMaxMv - TableMinMv) / TableStepMv) + 1;

    /// <summary>Per voltage row: m∞, m decay, h∞, h decay, n∞, n decay, p∞, p decay, G_Na, G_K (stride 10).</summary>
    public readonly double[] Table;
    public const int Stride = 10;

    /// <summary>Tables kept for reuse: the most recently used (time step, temperature) pairs, at most this many (about 400 KB
    /// each). A surface or a search uses one or a few pairs; a sweep over many temperatures or pulse widths rebuilds its
    /// tables (about a millisecond each) instead of keeping every one forever.</summary>
    internal const int CacheCapacity = 16;

    private static readonly ComputationCache<(long DtNs, double TemperatureK), FrankenhaeuserHuxleyNode> Cache = new(CacheCapacity);

    /// <summary>Number of tables cached now (for tests).</summary>
    internal static int CachedCount => Cache.Count;

    private readonly double _dtMs, _rateFactor, _temperatureK;

    private FrankenhaeuserHuxleyNode(double dtMs, double temperatureK)
    {
        _dtMs = dtMs;
        _temperatureK = temperatureK;
        _rateFactor = Math.Pow(RateQ10, (temperatureK - RateReferenceTemperatureK) / 10);
        Table = new double[TableLength * Stride];
        for (var i = 0; i < TableLength; i++) Fill(TableMinMv + i * TableStepMv, Table.AsSpan(i * Stride, Stride));
    }

    /// <summary>The tables for a time step and a temperature (from a bounded, least-recently-used cache; thread-safe: one
    /// thread builds a missing table, about a millisecond, while others asking for it wait).</summary>
    public static FrankenhaeuserHuxleyNode For(long dtNs, double temperatureK) =>
        Cache.GetOrCompute((dtNs, temperatureK), _ => new FrankenhaeuserHuxleyNode(dtNs * 1e-6, temperatureK), CancellationToken.None);

    /// <summary>One table row computed directly (outside the table's range).</summary>
    public void Fill(double v, Span<double> row)
    {
        var k = _rateFactor;
        Gate(k * AlphaM(v), k * BetaM(v), _dtMs, out row[0], out row[1]);
        Gate(k * AlphaH(v), k * BetaH(v), _dtMs, out row[2], out row[3]);
        Gate(k * AlphaN(v), k * BetaN(v), _dtMs, out row[4], out row[5]);
        Gate(k * AlphaP(v), k * BetaP(v), _dtMs, out row[6], out row[7]);
        row[8] = Ghk(v, NaOutMm, NaInMm, _temperatureK);
        row[9] = Ghk(v, KOutMm, KInMm, _temperatureK);
    }

    private static void Gate(double a, double b, double dtMs, out double inf, out double decay)
    {
        inf = a / (a + b);
        decay = Math.Exp(-dtMs * (a + b));
    }

    /// <summary>x / (1 − e^(−x/k)) with its limit k at x = 0.</summary>
    private static double Vtrap(double x, double k) => Math.Abs(x / k) < 1e-7 ? k * (1 + x / (2 * k)) : x / -double.ExpM1(-x / k);

    // FH 1964 rate constants, ms⁻¹, V in mV depolarisation.
    public static double AlphaM(double v) => 0.36 * Vtrap(v - 22, 3);
    public static double BetaM(double v) => 0.4 * Vtrap(13 - v, 20);
    public static double AlphaH(double v) => 0.1 * Vtrap(-10 - v, 6);
    public static double BetaH(double v) => 4.5 / (1 + Math.Exp((45 - v) / 10));
    public static double AlphaN(double v) => 0.02 * Vtrap(v - 35, 10);
    public static double BetaN(double v) => 0.05 * Vtrap(10 - v, 10);
    public static double AlphaP(double v) => 0.006 * Vtrap(v - 40, 10);
    public static double BetaP(double v) => 0.09 * Vtrap(-25 - v, 20);

    /// <summary>GHK factor in mA/cm² per (cm/s) of permeability.</summary>
    public static double Ghk(double v, double outMm, double inMm, double temperatureK = RateReferenceTemperatureK)
    {
        var eVolts = (v + RestingPotentialMv) * 1e-3;
        var u = eVolts * Faraday / (GasConstant * temperatureK);
        var f2rt = Faraday * Faraday / (GasConstant * temperatureK);
        // (E F²/RT)(co − ci e^u)/(1 − e^u), concentrations mM = 1e-6 mol/cm³, result A/cm² → ×1e3 mA/cm².
        if (Math.Abs(u) < 1e-9) return -Faraday * (outMm - inMm) * 1e-3; // limit E → 0
        // For u > 0 divide through by e^u so that extreme depolarisations do not overflow.
        return u > 0
            ? eVolts * f2rt * (outMm * Math.Exp(-u) - inMm) / double.ExpM1(-u) * 1e-6 * 1e3
            : eVolts * f2rt * (outMm - inMm * Math.Exp(u)) / -double.ExpM1(u) * 1e-6 * 1e3;
    }
}
