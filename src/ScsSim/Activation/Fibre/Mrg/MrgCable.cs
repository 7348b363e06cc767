namespace ScsSim.Activation;

/// <summary>
/// The MRG double cable for one straight fibre in one unit field: axoplasm and periaxonal space per compartment (node,
/// MYSA, FLUT, STIN), myelin between the periaxonal space and the extracellular field, the node's outer layer tied to
/// the field (NEURON's xg = 1e10), integrated by backward Euler with the nodal ionic currents linearised at the old
/// voltage and the gates then advanced by exponential Euler at the new one (NEURON's fixed-step scheme). The symmetric
/// banded system (two unknowns per compartment, half-bandwidth 2) is factorised each step (LDLᵀ, no pivoting needed:
/// positive definite). Holds its state vectors: one thread at a time.
/// </summary>
/// <remarks>
/// Electrical constants (McIntyre et al. 2002; ModelDB 3810): ρ_a 70 Ω·cm; nodal c_m 2 µF/cm²; MYSA, FLUT and STIN drawn
/// at the fibre diameter D with ρ_a, c_m = 2 µF/cm² and g_pas (MYSA 0.001, FLUT and STIN 0.0001 S/cm², E −80 mV) scaled by
/// their own diameter d over D; myelin 0.001/(2·lamellae) S/cm² and 0.1/(2·lamellae) µF/cm²; periaxonal resistance
/// ρ_a·0.01/(π((d/2+w)² − (d/2)²)) MΩ/cm with w = 0.002 µm (node, MYSA) or 0.004 µm (FLUT, STIN).
/// Units inside: mV, ms, nA, µS, nF.
/// </remarks>
internal sealed class MrgCable : IFibreCable
{
    public const double FiringLevelMv = 0, RearmLevelMv = -40, QuietLevelMv = -70;

    private readonly int _n, _u; // compartments, unknowns (2 per compartment)
    private readonly double[] _unit;             // extracellular potential per mA at each compartment
    private readonly double[] _cm, _gm, _em;     // axolemma capacitance (nF), passive conductance (µS), reversal (mV)
    private readonly double[] _cMy, _gMy;        // myelin capacitance and conductance
    private readonly double[] _gi, _gx;          // axial intracellular / periaxonal conductance to the next compartment
    private readonly double _giGhostLeft, _giGhostRight, _ghostLeftUnit, _ghostRightUnit;
    private readonly bool[] _isNode;
    private readonly int[] _nodes;
    private readonly double[] _nodeArea;          // cm²·1e6 (µS per S/cm²)
    private readonly double[] _vi, _vx, _vmOld, _p, _m, _h, _s, _gIon, _iIon;
    private readonly double[] _diag, _off1, _off2, _rhs, _d, _l1, _l2; // band and factors
    private readonly double _dtMs;
    private readonly long _dtNs;
    private readonly int _monitorLeft, _monitorRight;
    private readonly MrgNodeKinetics _kinetics;
    private readonly double _gNa, _gK;

    public MrgCable(MrgGeometry g, int nodeCount, ReadOnlySpan<double> unitPotentialsMv, long dtNs, double temperatureC, bool ghostEnds,
        int monitorLeft, int monitorRight, double ghostLeftUnit = 0, double ghostRightUnit = 0)
    {
        _n = (nodeCount - 1) * MrgGeometry.CompartmentsPerInternode + 1;
        if (unitPotentialsMv.Length != _n) throw new ArgumentOutOfRangeException(nameof(unitPotentialsMv), unitPotentialsMv.Length, $"Expected {_n} potentials.");
        _u = 2 * _n; _dtNs = dtNs; _dtMs = dtNs * 1e-6;
        _monitorLeft = monitorLeft * MrgGeometry.CompartmentsPerInternode; _monitorRight = monitorRight * MrgGeometry.CompartmentsPerInternode;
        _unit = unitPotentialsMv.ToArray();
        _cm = new double[_n]; _gm = new double[_n]; _em = new double[_n]; _cMy = new double[_n]; _gMy = new double[_n];
        _gi = new double[_n]; _gx = new double[_n]; _isNode = new bool[_n];
        var ri = new double[_n]; var rx = new double[_n]; // half-compartment resistances, MΩ
        const double rhoA = 70; // Ω·cm
        var D = g.FibreDiameterUm;
        for (var k = 0; k < _n; k++)
        {
            var j = k % MrgGeometry.CompartmentsPerInternode;
            var length = g.CompartmentLengthUm(j);
            var (d, space, gPas) = j switch
            {
                0 => (g.NodeDiameterUm, 0.002, 0.0),
                1 or 10 => (g.NodeDiameterUm, 0.002, 0.001),
                _ => (g.AxonDiameterUm, 0.004, 0.0001),
            };
            var drawn = j == 0 ? d : D; // NEURON section diameter
            var ra = j == 0 ? rhoA : rhoA / ((d / D) * (d / D));
            var areaCm2 = Math.PI * drawn * length * 1e-8;
            var cmSpecific = j == 0 ? 2 : 2 * d / D;
            _cm[k] = cmSpecific * areaCm2 * 1e3;
            _isNode[k] = j == 0;
            if (j != 0)
            {
                _gm[k] = gPas * d / D * areaCm2 * 1e6; _em[k] = MrgNodeKinetics.RestMv;
                _cMy[k] = 0.1 / (2 * g.Lamellae) * areaCm2 * 1e3;
                _gMy[k] = 0.001 / (2 * g.Lamellae) * areaCm2 * 1e6;
            }
            ri[k] = ra * (length / 2 * 1e-4) / (Math.PI * Math.Pow(drawn * 1e-4 / 2, 2)) * 1e-6;
            var xraxial = rhoA * 1e4 * 0.01 / (Math.PI * (Math.Pow(d / 2 + space, 2) - Math.Pow(d / 2, 2))); // MΩ/cm (ρ in Ω·µm)
            rx[k] = xraxial * length / 2 * 1e-4;
        }
        for (var k = 0; k < _n - 1; k++) { _gi[k] = 1 / (ri[k] + ri[k + 1]); _gx[k] = 1 / (rx[k] + rx[k + 1]); }
        // Ghost ends: one more MYSA beyond each end node, held at rest, in the field at its own position.
        var riMysa = ri[1];
        _giGhostLeft = _giGhostRight = ghostEnds ? 1 / (ri[0] + riMysa) : 0;
        _ghostLeftUnit = ghostLeftUnit; _ghostRightUnit = ghostRightUnit;
        _nodes = Enumerable.Range(0, nodeCount).Select(i => i * MrgGeometry.CompartmentsPerInternode).ToArray();
        _nodeArea = _nodes.Select(k => Math.PI * g.NodeDiameterUm * MrgGeometry.NodeLengthUm * 1e-8 * 1e6).ToArray();
        _vi = new double[_n]; _vx = new double[_n]; _vmOld = new double[_n];
        _p = new double[nodeCount]; _m = new double[nodeCount]; _h = new double[nodeCount]; _s = new double[nodeCount];
        _gIon = new double[nodeCount]; _iIon = new double[nodeCount];
        _diag = new double[_u]; _off1 = new double[_u]; _off2 = new double[_u]; _rhs = new double[_u];
        _d = new double[_u]; _l1 = new double[_u]; _l2 = new double[_u];
        _kinetics = MrgNodeKinetics.For(dtNs, temperatureC);
        _gNa = g.NodeSodiumConductance; _gK = g.NodePotassiumConductance;
    }

    public long TimeStepNs => _dtNs;

    public bool LastRunExcited { get; private set; }

    /// <summary>Compartments (for tests).</summary>
    internal int CompartmentCount => _n;

    /// <summary>Membrane potential of node <paramref name="node"/> after the last run (for tests), mV.</summary>
    internal double NodeMembranePotential(int node) => _vi[_nodes[node]] - _vx[_nodes[node]];

    /// <inheritdoc/>
    public int CountPropagated(ReadOnlySpan<double> waveformPerMa, int stimulusSteps, double amplitudeMa, int stopAfter,
        List<double>? arrivalTimesMs, CancellationToken cancellationToken)
    {
        Reset();
        LastRunExcited = false;
        int leftCount = 0, rightCount = 0;
        bool leftArmed = true, rightArmed = true;
        var quietSteps = (int)(200_000 / _dtNs); // 200 µs with every node below −70 mV after the stimulus ends the run
        var quiet = 0;
        var driveOld = 0.0;
        var table = _kinetics.Table;
        const int stride = MrgNodeKinetics.Stride;
        const double vMin = MrgNodeKinetics.TableMinMv, invStep = 1 / MrgNodeKinetics.TableStepMv;
        const int lastRow = MrgNodeKinetics.TableLength - 2;
        Span<double> row = stackalloc double[stride];
        for (var step = 0; step < waveformPerMa.Length; step++)
        {
            if ((step & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var drive = waveformPerMa[step] * amplitudeMa;
            Assemble(drive, driveOld);
            Solve();
            driveOld = drive;
            // Gates at the new membrane potential (exponential Euler, as NEURON's cnexp after the voltage solve).
            var maxVm = double.NegativeInfinity;
            for (var n = 0; n < _nodes.Length; n++)
            {
                var k = _nodes[n];
                var vm = _vi[k] - _vx[k];
                if (vm > maxVm || double.IsNaN(vm)) maxVm = vm;
                // Beyond ±250 mV the rates have saturated; the table's edge rows stand in for them (computed directly, the
                // slow-K rates underflow to 0/0 below about −3.6 V under strong anodes).
                var x = Math.Clamp((vm - vMin) * invStep, 0, lastRow);
                if (double.IsNaN(x)) x = 0;
                var j = (int)x; var f = x - j; var a = j * stride;
                for (var c = 0; c < stride; c++) row[c] = table[a + c] + f * (table[a + stride + c] - table[a + c]);
                _p[n] = row[0] + (_p[n] - row[0]) * row[1];
                _m[n] = row[2] + (_m[n] - row[2]) * row[3];
                _h[n] = row[4] + (_h[n] - row[4]) * row[5];
                _s[n] = row[6] + (_s[n] - row[6]) * row[7];
            }
            if (!double.IsFinite(maxVm))
                throw new InvalidOperationException($"The MRG cable integration diverged at {amplitudeMa:G4} mA (time step {_dtNs} ns): use a smaller time step.");
            if (maxVm >= FiringLevelMv) LastRunExcited = true;
            if (Arrival(_monitorLeft, ref leftArmed, step, null)) leftCount++;
            if (Arrival(_monitorRight, ref rightArmed, step, arrivalTimesMs)) rightCount++;
            if (Math.Max(leftCount, rightCount) >= stopAfter) return Math.Max(leftCount, rightCount);
            if (step >= stimulusSteps)
            {
                quiet = maxVm < QuietLevelMv ? quiet + 1 : 0;
                if (quiet >= quietSteps) break;
            }
        }
        return Math.Max(leftCount, rightCount);

        bool Arrival(int k, ref bool armed, int step, List<double>? times)
        {
            var vm = _vi[k] - _vx[k];
            if (armed && vm >= FiringLevelMv) { armed = false; times?.Add((step + 1) * _dtMs); return true; }
            if (!armed && vm < RearmLevelMv) armed = true;
            return false;
        }
    }

    private void Reset()
    {
        _kinetics.SteadyState(MrgNodeKinetics.RestMv, out var p, out var m, out var h, out var s);
        Array.Fill(_vi, MrgNodeKinetics.RestMv); Array.Clear(_vx);
        _p.AsSpan().Fill(p); _m.AsSpan().Fill(m); _h.AsSpan().Fill(h); _s.AsSpan().Fill(s);
    }

    /// <summary>The backward-Euler system for one step: extracellular potential drive × unit now, driveOld × unit before.</summary>
    private void Assemble(double drive, double driveOld)
    {
        var inv = 1 / _dtMs;
        Array.Clear(_diag); Array.Clear(_off1); Array.Clear(_off2);
        const double rest = MrgNodeKinetics.RestMv;
        var ni = 0;
        for (var k = 0; k < _n; k++)
        {
            int i = 2 * k, x = i + 1;
            var e = drive * _unit[k];
            var vmOld = _vi[k] - _vx[k];
            var c = _cm[k] * inv;
            if (_isNode[k])
            {
                var area = _nodeArea[ni];
                var m3h = _m[ni] * _m[ni] * _m[ni] * _h[ni];
                var p3 = _p[ni] * _p[ni] * _p[ni];
                double gNa = _gNa * m3h * area, gNaP = MrgNodeKinetics.GNaP * p3 * area;
                double gK = _gK * _s[ni] * area, gL = MrgNodeKinetics.GLeak * area;
                var g = gNa + gNaP + gK + gL;
                var gE = (gNa + gNaP) * MrgNodeKinetics.ENa + gK * MrgNodeKinetics.EK + gL * MrgNodeKinetics.ELeak;
                _diag[i] += c + g;
                _rhs[i] = c * vmOld + gE + (c + g) * e; // the node's outer layer is tied to the field: vx = e
                _diag[x] = 1; _rhs[x] = e;
                ni++;
            }
            else
            {
                var cMy = _cMy[k] * inv;
                var cg = c + _gm[k];
                _diag[i] += cg; _off1[i] = -cg;
                _diag[x] += cg + cMy + _gMy[k];
                var mem = c * vmOld + _gm[k] * _em[k];
                _rhs[i] = mem;
                _rhs[x] = -mem + cMy * (e + _vx[k] - driveOld * _unit[k]) + _gMy[k] * e;
            }
        }
        for (var k = 0; k < _n - 1; k++)
        {
            int i = 2 * k, x = i + 1;
            var gi = _gi[k];
            _diag[i] += gi; _diag[i + 2] += gi; _off2[i] = -gi;
            var gx = _gx[k];
            bool tiedHere = _isNode[k], tiedNext = _isNode[k + 1];
            // Periaxonal coupling; a tied (node) potential is known: its term goes to the right-hand side.
            if (!tiedHere) _diag[x] += gx;
            if (!tiedNext) _diag[x + 2] += gx;
            if (tiedHere && !tiedNext) _rhs[x + 2] += gx * _rhs[x];
            else if (!tiedHere && tiedNext) _rhs[x] += gx * _rhs[x + 2];
            else if (!tiedHere && !tiedNext) _off2[x] = -gx;
        }
        // Ghost ends: one resting compartment beyond each end node, in the field at its own position.
        _diag[0] += _giGhostLeft; _rhs[0] += _giGhostLeft * (drive * _ghostLeftUnit + rest);
        var last = 2 * (_n - 1);
        _diag[last] += _giGhostRight; _rhs[last] += _giGhostRight * (drive * _ghostRightUnit + rest);
    }

    /// <summary>LDLᵀ of the symmetric band (half-bandwidth 2), then the two triangular solves into _vi, _vx.</summary>
    private void Solve()
    {
        var u = _u;
        for (var i = 0; i < u; i++)
        {
            var di = _diag[i];
            if (i >= 1) di -= _l1[i - 1] * _l1[i - 1] * _d[i - 1];
            if (i >= 2) di -= _l2[i - 2] * _l2[i - 2] * _d[i - 2];
            _d[i] = di;
            var l1 = _off1[i];
            if (i >= 1) l1 -= _l2[i - 1] * _l1[i - 1] * _d[i - 1];
            _l1[i] = l1 / di;
            _l2[i] = _off2[i] / di;
        }
        for (var i = 0; i < u; i++)
        {
            var y = _rhs[i];
            if (i >= 1) y -= _l1[i - 1] * _rhs[i - 1];
            if (i >= 2) y -= _l2[i - 2] * _rhs[i - 2];
            _rhs[i] = y;
        }
        for (var i = 0; i < u; i++) _rhs[i] /= _d[i];
        for (var i = u - 1; i >= 0; i--)
        {
            var v = _rhs[i];
            if (i + 1 < u) v -= _l1[i] * _rhs[i + 1];
            if (i + 2 < u) v -= _l2[i] * _rhs[i + 2];
            _rhs[i] = v;
        }
        for (var k = 0; k < _n; k++) { _vi[k] = _rhs[2 * k]; _vx[k] = _rhs[2 * k + 1]; }
    }
}
