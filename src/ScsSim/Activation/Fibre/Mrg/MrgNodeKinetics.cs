namespace ScsSim.Activation;

/// <summary>
/// The MRG node of Ranvier's gates (McIntyre, Richardson &amp; Grill 2002, appendix; constants as in ModelDB entry 3810,
/// AXNODE.mod): fast Na m³h, persistent Na p³, slow K s, tabulated for one time step and temperature as exponential-Euler
/// steady states and decay factors (the cnexp update NEURON uses).
/// </summary>
/// <remarks>
/// Rates (ms⁻¹, V in mV): α_p = 0.01 (V+27)/(1−e^(−(V+27)/10.2)), β_p = 0.00025 (−(V+34))/(1−e^((V+34)/10));
/// α_m = 1.86 (V+21.4)/(1−e^(−(V+21.4)/10.3)), β_m = 0.086 (−(V+25.7))/(1−e^((V+25.7)/9.16));
/// α_h = 0.062 (−(V+114))/(1−e^((V+114)/11)), β_h = 2.3/(1+e^(−(V+31.8)/13.4));
/// α_s = 0.3/(1+e^((V+53)/−5)), β_s = 0.03/(1+e^((V+90)/−1)). Q10: p and m rates × 2.2^((T−20)/10), h × 2.9^((T−20)/10),
/// s × 3^((T−36)/10). (The paper's appendix prints α_m with V+20.4 at 36 °C; ModelDB's 21.4 is used, as NEURON users run it.)
/// Conductances: g_Na 3, g_NaP 0.01, g_K 0.08, g_L 0.007 S/cm²; E_Na 50, E_K −90, E_L −90 mV.
/// </remarks>
internal sealed class MrgNodeKinetics
{
    public const double GNa = 3.0, GNaP = 0.01, GK = 0.08, GLeak = 0.007; // S/cm²
    public const double ENa = 50, EK = -90, ELeak = -90, RestMv = -80;
    public const double TableMinMv = -250, TableMaxMv = 250, TableStepMv = 0.05;
    public const int TableLength = (int)((TableMaxMv - TableMinMv) / TableStepMv) + 1;
    public const int Stride = 8; // p∞, p decay, m∞, m decay, h∞, h decay, s∞, s decay

    public readonly double[] Table;
    private readonly double _dtMs, _q1, _q2, _q3;

    private static readonly ComputationCache<(long DtNs, double TemperatureC), MrgNodeKinetics> Cache = new(8);

    private MrgNodeKinetics(double dtMs, double temperatureC)
    {
        _dtMs = dtMs;
        _q1 = Math.Pow(2.2, (temperatureC - 20) / 10);
        _q2 = Math.Pow(2.9, (temperatureC - 20) / 10);
        _q3 = Math.Pow(3.0, (temperatureC - 36) / 10);
        Table = new double[TableLength * Stride];
        for (var i = 0; i < TableLength; i++) Fill(TableMinMv + i * TableStepMv, Table.AsSpan(i * Stride, Stride));
    }

    /// <summary>The table for a time step and temperature (shared, bounded cache).</summary>
    public static MrgNodeKinetics For(long dtNs, double temperatureC) =>
        Cache.GetOrCompute((dtNs, temperatureC), _ => new MrgNodeKinetics(dtNs * 1e-6, temperatureC), CancellationToken.None);

    /// <summary>One row computed directly (also used outside the table's range).</summary>
    public void Fill(double v, Span<double> row)
    {
        Gate(_q1 * Lin(v + 27, 0.01, 10.2), _q1 * Lin(-(v + 34), 0.00025, 10), row, 0);
        Gate(_q1 * Lin(v + 21.4, 1.86, 10.3), _q1 * Lin(-(v + 25.7), 0.086, 9.16), row, 2);
        Gate(_q2 * Lin(-(v + 114), 0.062, 11), _q2 * 2.3 / (1 + Math.Exp(-(v + 31.8) / 13.4)), row, 4);
        Gate(_q3 * 0.3 / (1 + Math.Exp((v + 53) / -5)), _q3 * 0.03 / (1 + Math.Exp((v + 90) / -1)), row, 6);
    }

    /// <summary>Steady states at a voltage (for the initial state).</summary>
    public void SteadyState(double v, out double p, out double m, out double h, out double s)
    {
        Span<double> row = stackalloc double[Stride];
        Fill(v, row);
        p = row[0]; m = row[2]; h = row[4]; s = row[6];
    }

    private void Gate(double a, double b, Span<double> row, int at)
    {
        row[at] = a / (a + b);
        row[at + 1] = Math.Exp(-_dtMs * (a + b));
    }

    /// <summary>a·x / (1 − e^(−x/c)), with its limit a·c at x = 0.</summary>
    private static double Lin(double x, double a, double c) => Math.Abs(x / c) < 1e-6 ? a * c * (1 + x / (2 * c)) : a * x / -double.ExpM1(-x / c);
}
