using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The McNeal cable for one straight fibre in one unit field: backward-Euler cable (a constant tridiagonal matrix,
/// factorised once), Frankenhaeuser-Huxley nodes with exponential-Euler gates from a table, explicit ionic currents, a
/// resting terminal node beyond each end, and two monitor nodes that count propagated action potentials.
/// Reusable across amplitudes (the field is linear in current) and pulse shapes. Holds its state vectors: one thread at a time.
/// </summary>
internal sealed class CableSimulation : IFibreCable
{
    /// <summary>Depolarisation (mV) that counts as an action potential at a node (membrane potential +10 mV).</summary>
    public const double FiringDepolarisationMv = 80;

    /// <summary>A monitor node counts its next action potential once it has repolarised below this depolarisation, mV.</summary>
    public const double RearmDepolarisationMv = 40;

    private readonly int _n, _monitorLeft, _monitorRight;
    private readonly double[] _unitDrive; // Ga · Δ²φ per mA of signed cathode current, µA
    private readonly double _cOverDt, _ga, _gLeakTotal, _areaCm2;
    private readonly double[] _cPrime, _denomInv; // Thomas factors
    private readonly double[] _v, _m, _h, _nGate, _p, _rhs;
    private readonly FrankenhaeuserHuxleyNode _table;
    private readonly long _dtNs;

    /// <param name="unitPotentialsMv">Potentials per mA at the nodes, with one extra terminal node before the first and
    /// after the last (held at rest; they only terminate the cable).</param>
    /// <param name="fibreDiameterUm">Fibre diameter.</param>
    /// <param name="parameters">Fibre constants.</param>
    /// <param name="dtNs">Time step.</param>
    /// <param name="temperatureK">Temperature of the kinetics.</param>
    /// <param name="monitorLeft">Index (among the real nodes) of the monitor node before the stimulated region.</param>
    /// <param name="monitorRight">Index of the monitor node after it.</param>
    public CableSimulation(ReadOnlySpan<double> unitPotentialsMv, double fibreDiameterUm, MyelinatedFibreParameters parameters, long dtNs,
        double temperatureK, int monitorLeft, int monitorRight)
    {
        _n = unitPotentialsMv.Length - 2;
        if (_n < 3) throw new ArgumentOutOfRangeException(nameof(unitPotentialsMv), _n, "The cable needs at least 3 nodes.");
        if (monitorLeft < 0 || monitorRight >= _n || monitorLeft >= monitorRight)
            throw new ArgumentOutOfRangeException(nameof(monitorLeft), monitorLeft, $"Monitor nodes must lie within the {_n} nodes in order.");
        _monitorLeft = monitorLeft; _monitorRight = monitorRight;
        _dtNs = dtNs;
        var dtMs = dtNs * 1e-6;
        var axonCm = fibreDiameterUm * parameters.AxonToFibreDiameterRatio * 1e-4;
        var internodeCm = fibreDiameterUm * parameters.InternodeToFibreDiameterRatio * 1e-4;
        var gapCm = parameters.NodeGapUm * 1e-4;
        _areaCm2 = Math.PI * axonCm * gapCm;
        var cUf = parameters.MembraneCapacitanceUfPerCm2 * _areaCm2;
        _cOverDt = cUf / dtMs;                                                                      // µA per mV
        _ga = 1e3 * Math.PI * axonCm * axonCm / (4 * parameters.AxoplasmResistivityOhmCm * internodeCm); // mS
        _gLeakTotal = FrankenhaeuserHuxleyNode.LeakConductanceMsPerCm2 * _areaCm2;                 // mS (mS/cm² · cm²)
        _unitDrive = new double[_n];
        for (var i = 0; i < _n; i++)
            _unitDrive[i] = _ga * (unitPotentialsMv[i] - 2 * unitPotentialsMv[i + 1] + unitPotentialsMv[i + 2]);
        // Tridiagonal: diag d_i = C/dt + g_L A + 2 Ga (the terminal nodes at rest count as neighbours), off-diagonal −Ga.
        _cPrime = new double[_n]; _denomInv = new double[_n];
        double prevCPrime = 0;
        for (var i = 0; i < _n; i++)
        {
            var diag = _cOverDt + _gLeakTotal + 2 * _ga;
            var lower = i > 0 ? -_ga : 0;
            var denom = diag - lower * prevCPrime;
            _denomInv[i] = 1 / denom;
            _cPrime[i] = i < _n - 1 ? -_ga / denom : 0;
            prevCPrime = _cPrime[i];
        }
        _v = new double[_n]; _m = new double[_n]; _h = new double[_n]; _nGate = new double[_n]; _p = new double[_n];
        _rhs = new double[_n];
        _table = FrankenhaeuserHuxleyNode.For(dtNs, temperatureK);
    }

    public long TimeStepNs => _dtNs;

    /// <summary>Whether the last run brought any node to the firing level (propagated or not).</summary>
    public bool LastRunExcited { get; private set; }

    public int NodeCount => _n;

    /// <inheritdoc/>
    public int CountPropagated(ReadOnlySpan<double> waveformPerMa, int stimulusSteps, double amplitudeMa, int stopAfter,
        List<double>? arrivalTimesMs, CancellationToken cancellationToken)
    {
        var n = _n;
        Array.Clear(_v);
        _m.AsSpan().Fill(FrankenhaeuserHuxleyNode.M0); _h.AsSpan().Fill(FrankenhaeuserHuxleyNode.H0);
        _nGate.AsSpan().Fill(FrankenhaeuserHuxleyNode.N0); _p.AsSpan().Fill(FrankenhaeuserHuxleyNode.P0);
        var table = _table.Table;
        const int stride = FrankenhaeuserHuxleyNode.Stride;
        const double vMin = FrankenhaeuserHuxleyNode.TableMinMv, invStep = 1 / FrankenhaeuserHuxleyNode.TableStepMv;
        const int lastRow = FrankenhaeuserHuxleyNode.TableLength - 2;
        var areaMa = _areaCm2 * 1e3; // mA/cm² → µA
        var leakRest = _gLeakTotal * FrankenhaeuserHuxleyNode.LeakReversalMv;
        int leftCount = 0, rightCount = 0;
        bool leftArmed = true, rightArmed = true;
        LastRunExcited = false;
        Span<double> row = stackalloc double[stride];
        var quietSteps = (int)(100_000 / _dtNs); // 100 µs of quiet after the stimulus ends the run
        var quiet = 0;
        for (var k = 0; k < waveformPerMa.Length; k++)
        {
            if ((k & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var drive = waveformPerMa[k] * amplitudeMa;
            var maxV = double.NegativeInfinity;
            for (var i = 0; i < n; i++)
            {
                var v = _v[i];
                double mInf, mDec, hInf, hDec, nInf, nDec, pInf, pDec, gNa, gK;
                var x = (v - vMin) * invStep;
                if (x >= 0 && x < lastRow)
                {
                    var j = (int)x; var f = x - j;
                    var a = j * stride; var b = a + stride;
                    mInf = table[a] + f * (table[b] - table[a]);
                    mDec = table[a + 1] + f * (table[b + 1] - table[a + 1]);
                    hInf = table[a + 2] + f * (table[b + 2] - table[a + 2]);
                    hDec = table[a + 3] + f * (table[b + 3] - table[a + 3]);
                    nInf = table[a + 4] + f * (table[b + 4] - table[a + 4]);
                    nDec = table[a + 5] + f * (table[b + 5] - table[a + 5]);
                    pInf = table[a + 6] + f * (table[b + 6] - table[a + 6]);
                    pDec = table[a + 7] + f * (table[b + 7] - table[a + 7]);
                    gNa = table[a + 8] + f * (table[b + 8] - table[a + 8]);
                    gK = table[a + 9] + f * (table[b + 9] - table[a + 9]);
                }
                else
                {
                    _table.Fill(v, row);
                    mInf = row[0]; mDec = row[1]; hInf = row[2]; hDec = row[3]; nInf = row[4]; nDec = row[5];
                    pInf = row[6]; pDec = row[7]; gNa = row[8]; gK = row[9];
                }
                var m = _m[i]; var h = _h[i]; var ng = _nGate[i]; var p = _p[i];
                var iActive = (FrankenhaeuserHuxleyNode.SodiumPermeabilityCmPerS * m * m * h + FrankenhaeuserHuxleyNode.NonSpecificPermeabilityCmPerS * p * p) * gNa
                              + FrankenhaeuserHuxleyNode.PotassiumPermeabilityCmPerS * ng * ng * gK; // mA/cm²
                _rhs[i] = _cOverDt * v - areaMa * iActive + leakRest + drive * _unitDrive[i];
                _m[i] = mInf + (m - mInf) * mDec;
                _h[i] = hInf + (h - hInf) * hDec;
                _nGate[i] = nInf + (ng - nInf) * nDec;
                _p[i] = pInf + (p - pInf) * pDec;
            }
            // Thomas forward sweep (lower diagonal −Ga) and back substitution.
            var prev = 0.0;
            for (var i = 0; i < n; i++)
            {
                prev = (_rhs[i] + (i > 0 ? _ga * prev : 0)) * _denomInv[i];
                _rhs[i] = prev;
            }
            var next = _rhs[n - 1];
            _v[n - 1] = next;
            if (next > maxV) maxV = next;
            for (var i = n - 2; i >= 0; i--)
            {
                next = _rhs[i] - _cPrime[i] * next;
                _v[i] = next;
                if (next > maxV || double.IsNaN(next)) maxV = next;
            }
            if (!double.IsFinite(maxV))
                throw new InvalidOperationException($"The cable integration diverged at {amplitudeMa:G4} mA (time step {_dtNs} ns): the field is too strong for this step; use a smaller time step.");
            if (maxV >= FiringDepolarisationMv) LastRunExcited = true;
            if (Arrival(_monitorLeft, ref leftArmed, k, null)) leftCount++;
            if (Arrival(_monitorRight, ref rightArmed, k, arrivalTimesMs)) rightCount++;
            if (Math.Max(leftCount, rightCount) >= stopAfter) return Math.Max(leftCount, rightCount);
            if (k >= stimulusSteps)
            {
                quiet = maxV < 5 ? quiet + 1 : 0;
                if (quiet >= quietSteps) return Math.Max(leftCount, rightCount);
            }
        }
        return Math.Max(leftCount, rightCount);

        // A monitor node counts an action potential when it crosses the firing level, then waits until it repolarises.
        bool Arrival(int node, ref bool armed, int step, List<double>? times)
        {
            var v = _v[node];
            if (armed && v >= FiringDepolarisationMv)
            {
                armed = false;
                times?.Add((step + 1) * _dtNs * 1e-6);
                return true;
            }
            if (!armed && v < RearmDepolarisationMv) armed = true;
            return false;
        }
    }
}
