using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// The McNeal cable for one straight fibre in one unit field: backward-Euler cable (a constant tridiagonal matrix,
/// factorised once), Frankenhaeuser-Huxley nodes with exponential-Euler gates from a table, explicit ionic currents.
/// Reusable across amplitudes (the field is linear in current) and pulse shapes. Holds its state vectors: one thread at a time.
/// </summary>
internal sealed class CableSimulation
{
    /// <summary>Depolarisation (mV) that counts as an action potential at a node (membrane potential +10 mV).</summary>
    public const double FiringDepolarisationMv = 80;

    /// <summary>An action potential counts as propagating once a node this many internodes from the first node to fire also fires.</summary>
    public const int PropagationDistanceNodes = 4;

    private readonly int _n;
    private readonly double[] _unitDrive; // Ga · Δ²φ per mA of signed cathode current, µA
    private readonly double _cOverDt, _ga, _gLeakTotal, _areaCm2;
    private readonly double[] _cPrime, _denomInv; // Thomas factors
    private readonly double[] _v, _m, _h, _nGate, _p, _rhs, _fired;
    private readonly FrankenhaeuserHuxleyNode _table;
    private readonly long _dtNs;

    public CableSimulation(ReadOnlySpan<double> unitPotentialsMv, double fibreDiameterUm, MyelinatedFibreParameters parameters, long dtNs,
        double temperatureK = FrankenhaeuserHuxleyNode.McNealTemperatureK)
    {
        _n = unitPotentialsMv.Length;
        if (_n < 3) throw new ArgumentOutOfRangeException(nameof(unitPotentialsMv), _n, "The cable needs at least 3 nodes.");
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
        {
            var left = i > 0 ? unitPotentialsMv[i - 1] - unitPotentialsMv[i] : 0;
            var right = i < _n - 1 ? unitPotentialsMv[i + 1] - unitPotentialsMv[i] : 0;
            _unitDrive[i] = _ga * (left + right);
        }
        // Tridiagonal: diag d_i = C/dt + g_L A + Ga·(neighbours), off-diagonal −Ga; sealed ends.
        _cPrime = new double[_n]; _denomInv = new double[_n];
        double prevCPrime = 0;
        for (var i = 0; i < _n; i++)
        {
            var neighbours = (i > 0 ? 1 : 0) + (i < _n - 1 ? 1 : 0);
            var diag = _cOverDt + _gLeakTotal + _ga * neighbours;
            var lower = i > 0 ? -_ga : 0;
            var denom = diag - lower * prevCPrime;
            _denomInv[i] = 1 / denom;
            _cPrime[i] = i < _n - 1 ? -_ga / denom : 0;
            prevCPrime = _cPrime[i];
        }
        _v = new double[_n]; _m = new double[_n]; _h = new double[_n]; _nGate = new double[_n]; _p = new double[_n];
        _rhs = new double[_n]; _fired = new double[_n];
        _table = FrankenhaeuserHuxleyNode.For(dtNs, temperatureK);
    }

    public int NodeCount => _n;

    /// <summary>Step count and the signed cathode current per mA of amplitude at each step's midpoint.</summary>
    public static double[] SampleWaveform(PulseShape pulse, long dtNs, Duration tail)
    {
        var unit = pulse.WithAmplitude(Current.FromMilliamperes(1));
        var steps = (int)Math.Ceiling((unit.TotalDuration + tail).ToNanoseconds() / (double)dtNs);
        var w = new double[steps];
        for (var k = 0; k < steps; k++) w[k] = unit.CurrentAt(Duration.FromNanoseconds(k * dtNs + dtNs / 2)).ToMilliamperes();
        return w;
    }

    /// <summary>Runs the cable from rest; true when a propagating action potential appears.</summary>
    /// <param name="waveformPerMa">Signed cathode current per mA of amplitude at each step (from <see cref="SampleWaveform"/>).</param>
    /// <param name="stimulusSteps">Steps until the pulse has ended (after that, a quiet cable stops the run early).</param>
    /// <param name="amplitudeMa">Pulse amplitude, mA.</param>
    /// <param name="cancellationToken">Checked every 1,024 steps (a few milliseconds of work on long fibres).</param>
    public bool Fires(ReadOnlySpan<double> waveformPerMa, int stimulusSteps, double amplitudeMa, CancellationToken cancellationToken = default)
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
        var firstFired = -1;
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
            if (maxV >= FiringDepolarisationMv)
            {
                for (var i = 0; i < n; i++)
                {
                    if (_v[i] < FiringDepolarisationMv) continue;
                    if (firstFired < 0) firstFired = i;
                    else if (Math.Abs(i - firstFired) >= PropagationDistanceNodes) return true;
                }
            }
            if (k >= stimulusSteps)
            {
                quiet = maxV < 5 ? quiet + 1 : 0;
                if (quiet >= quietSteps) return false;
            }
        }
        return false;
    }
}
