using System.Numerics.Tensors;

namespace ScsSim.Activation;

/// <summary>
/// The MRG double cable for one straight fibre in one unit field: axoplasm and periaxonal space per compartment (node,
/// MYSA, FLUT, STIN), myelin between the periaxonal space and the extracellular field, the node's outer layer tied to
/// the field (NEURON's xg = 1e10), integrated by backward Euler with the nodal ionic currents linearised at the old
/// voltage and the gates then advanced by exponential Euler at the new one (NEURON's fixed-step scheme). The linear system
/// is solved exactly by static condensation: only the nodes' ionic conductances change from step to step, so the 20
/// unknowns of an internode (axoplasm and periaxonal space of its ten compartments) form one constant, symmetric positive
/// definite band matrix A, shared by every internode and factorised once (LDLᵀ). Each step folds the internodes into a
/// tridiagonal system for the node potentials (the Schur complement: a block's end values with its nodes held at 0 are
/// wᵀr, w = A⁻¹ at the ends), solves it, then solves every block with its nodes' potentials, all blocks together unknown by
/// unknown as vectorised multiply-adds. Holds its state vectors: one thread at a time.
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

    private readonly int _n; // compartments
    private readonly double[] _unit;             // extracellular potential per mA at each compartment
    private readonly double[] _cm, _gm, _em;     // axolemma capacitance (nF), passive conductance (µS), reversal (mV)
    private readonly double[] _cMy, _gMy;        // myelin capacitance and conductance
    private readonly double[] _gi, _gx;          // axial intracellular / periaxonal conductance to the next compartment
    private readonly double _giGhostLeft, _giGhostRight, _ghostLeftUnit, _ghostRightUnit;
    private readonly bool[] _isNode;
    private readonly int[] _nodes;
    private readonly double[] _nodeArea;          // cm²·1e6 (µS per S/cm²)
    private readonly double[] _vi, _vx, _vmOld, _p, _m, _h, _s, _gIon, _iIon;
    // Static condensation (see the class summary): the internode block's LDLᵀ factors, its responses to a unit potential at
    // the left and right node, and the nodes' Schur complement (constant part of the diagonal, constant off-diagonal).
    private const int BlockUnknowns = 2 * (MrgGeometry.CompartmentsPerInternode - 1);
    private readonly double[] _bd = new double[BlockUnknowns], _bl1 = new double[BlockUnknowns], _bl2 = new double[BlockUnknowns];
    private readonly double[] _wLeft = new double[BlockUnknowns], _wRight = new double[BlockUnknowns];
    private readonly double _giLeft, _giRight, _gxLeft, _gxRight, _nodeC;
    private readonly double[] _schurDiag, _schurOff, _nodeDiag, _nodeRhs, _thomasC, _blockRhs, _atLeft, _atRight;
    private readonly double[] _pattern = new double[4 * (MrgGeometry.CompartmentsPerInternode - 1)]; // per compartment of an internode: c/dt, g·E, c_my/dt, g_my
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
        _dtNs = dtNs; _dtMs = dtNs * 1e-6;
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
        // The internode block (every internode has the same geometry): compartments 1-10 of an internode, unknowns
        // (vi, vx) interleaved; coupled to the node on its left through compartment 1 and on its right through 10.
        var blockDiag = new double[BlockUnknowns]; var blockOff1 = new double[BlockUnknowns]; var blockOff2 = new double[BlockUnknowns];
        const int perInternode = MrgGeometry.CompartmentsPerInternode;
        for (var q = 0; q < perInternode - 1; q++)
        {
            var k = q + 1; // compartment index within the first internode
            var cg = _cm[k] / _dtMs + _gm[k];
            blockDiag[2 * q] = cg + _gi[k - 1] + _gi[k];
            blockDiag[2 * q + 1] = cg + _cMy[k] / _dtMs + _gMy[k] + _gx[k - 1] + _gx[k];
            blockOff1[2 * q] = -cg;
            if (q < perInternode - 2) { blockOff2[2 * q] = -_gi[k]; blockOff2[2 * q + 1] = -_gx[k]; }
        }
        _giLeft = _gi[0]; _giRight = _gi[perInternode - 1]; _gxLeft = _gx[0]; _gxRight = _gx[perInternode - 1];
        FactorBand(blockDiag, blockOff1, blockOff2, _bd, _bl1, _bl2);
        _wLeft[0] = 1; SolveBand(_wLeft, _bd, _bl1, _bl2);
        _wRight[BlockUnknowns - 2] = 1; SolveBand(_wRight, _bd, _bl1, _bl2);
        _nodeC = _cm[0] / _dtMs;
        _schurDiag = new double[nodeCount]; _schurOff = new double[nodeCount];
        for (var n = 0; n < nodeCount; n++)
        {
            var diag = _nodeC;
            if (n > 0) diag += _giRight - _giRight * _giRight * _wRight[BlockUnknowns - 2];
            if (n < nodeCount - 1) diag += _giLeft - _giLeft * _giLeft * _wLeft[0];
            _schurDiag[n] = diag;
            if (n < nodeCount - 1) _schurOff[n] = -_giLeft * _giRight * _wRight[0];
        }
        _schurDiag[0] += _giGhostLeft; _schurDiag[nodeCount - 1] += _giGhostRight;
        _nodeDiag = new double[nodeCount]; _nodeRhs = new double[nodeCount]; _thomasC = new double[nodeCount];
        _blockRhs = new double[(nodeCount - 1) * BlockUnknowns];
        _atLeft = new double[nodeCount - 1]; _atRight = new double[nodeCount - 1];
        for (var q = 0; q < perInternode - 1; q++)
        {
            var k = q + 1;
            _pattern[4 * q] = _cm[k] / _dtMs; _pattern[4 * q + 1] = _gm[k] * _em[k]; _pattern[4 * q + 2] = _cMy[k] / _dtMs; _pattern[4 * q + 3] = _gMy[k];
        }
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
            StepVoltages(drive, driveOld);
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

    /// <summary>One backward-Euler voltage step (extracellular drive × unit now, driveOld × unit before), solved exactly by
    /// static condensation onto the nodes.</summary>
    private void StepVoltages(double drive, double driveOld)
    {
        const int perInternode = MrgGeometry.CompartmentsPerInternode;
        const double rest = MrgNodeKinetics.RestMv;
        var nodeCount = _nodes.Length;
        // Nodes: membrane capacitance and ionic currents (linearised at the old voltage); the outer layer is tied to the field.
        for (var n = 0; n < nodeCount; n++)
        {
            var k = n * perInternode;
            var e = drive * _unit[k];
            var vmOld = _vi[k] - _vx[k];
            var area = _nodeArea[n];
            var m3h = _m[n] * _m[n] * _m[n] * _h[n];
            var p3 = _p[n] * _p[n] * _p[n];
            double gNa = _gNa * m3h * area, gNaP = MrgNodeKinetics.GNaP * p3 * area;
            double gK = _gK * _s[n] * area, gL = MrgNodeKinetics.GLeak * area;
            var g = gNa + gNaP + gK + gL;
            var gE = (gNa + gNaP) * MrgNodeKinetics.ENa + gK * MrgNodeKinetics.EK + gL * MrgNodeKinetics.ELeak;
            _nodeDiag[n] = _schurDiag[n] + g;
            _nodeRhs[n] = _nodeC * vmOld + gE + (_nodeC + g) * e;
        }
        _nodeRhs[0] += _giGhostLeft * (drive * _ghostLeftUnit + rest);
        _nodeRhs[nodeCount - 1] += _giGhostRight * (drive * _ghostRightUnit + rest);
        // Internodes: each block's right-hand side, kept for the back-substitution; its solution at the two ends (with the
        // nodes held at 0) is wᵀr, since the block matrix is symmetric: folded into the nodes' right-hand sides.
        // Internodes, all together: the block right-hand sides, stored unknown by unknown (row i of internode b at i·B + b),
        // so that each step of the shared band solve is one multiply-add over every internode.
        var blocks = nodeCount - 1;
        var rhs = _blockRhs.AsSpan(0, BlockUnknowns * blocks);
        for (var q = 0; q < MrgGeometry.CompartmentsPerInternode - 1; q++)
        {
            var rowI = rhs.Slice(2 * q * blocks, blocks);
            var rowX = rhs.Slice((2 * q + 1) * blocks, blocks);
            double cOverDt = _pattern[4 * q], gE = _pattern[4 * q + 1], cMyOverDt = _pattern[4 * q + 2], gMy = _pattern[4 * q + 3];
            for (int b = 0, k = q + 1; b < blocks; b++, k += perInternode)
            {
                var u = _unit[k];
                var e = drive * u;
                var x = _vx[k];
                var mem = cOverDt * (_vi[k] - x) + gE;
                rowI[b] = mem;
                rowX[b] = -mem + cMyOverDt * (e + x - driveOld * u) + gMy * e;
            }
        }
        // The periaxonal space of each end compartment couples to its node's outer layer, which the field holds.
        var firstX = rhs.Slice(blocks, blocks);
        var lastX = rhs.Slice((BlockUnknowns - 1) * blocks, blocks);
        for (var b = 0; b < blocks; b++)
        {
            firstX[b] += _gxLeft * drive * _unit[b * perInternode];
            lastX[b] += _gxRight * drive * _unit[(b + 1) * perInternode];
        }
        // Each block's solution at its two ends with the nodes held at 0 is wᵀr (the block matrix is symmetric): folded
        // into the nodes' right-hand sides.
        var atLeft = _atLeft.AsSpan(0, blocks);
        var atRight = _atRight.AsSpan(0, blocks);
        atLeft.Clear(); atRight.Clear();
        for (var i = 0; i < BlockUnknowns; i++)
        {
            var row = rhs.Slice(i * blocks, blocks);
            TensorPrimitives.MultiplyAdd(row, _wLeft[i], atLeft, atLeft);
            TensorPrimitives.MultiplyAdd(row, _wRight[i], atRight, atRight);
        }
        for (var b = 0; b < blocks; b++)
        {
            _nodeRhs[b] += _giLeft * atLeft[b];
            _nodeRhs[b + 1] += _giRight * atRight[b];
        }
        // The nodes' tridiagonal Schur complement (Thomas; symmetric positive definite, no pivoting).
        var c = _thomasC;
        var denom = _nodeDiag[0];
        c[0] = _schurOff[0] / denom; _nodeRhs[0] /= denom;
        for (var n = 1; n < nodeCount; n++)
        {
            denom = _nodeDiag[n] - _schurOff[n - 1] * c[n - 1];
            c[n] = n < nodeCount - 1 ? _schurOff[n] / denom : 0;
            _nodeRhs[n] = (_nodeRhs[n] - _schurOff[n - 1] * _nodeRhs[n - 1]) / denom;
        }
        for (var n = nodeCount - 2; n >= 0; n--) _nodeRhs[n] -= c[n] * _nodeRhs[n + 1];
        // Back-substitution: every block solved with its two nodes' potentials on the right-hand side.
        var nodeV = _nodeRhs.AsSpan(0, nodeCount);
        TensorPrimitives.MultiplyAdd(nodeV[..blocks], _giLeft, rhs[..blocks], rhs[..blocks]);
        var tieRow = rhs.Slice((BlockUnknowns - 2) * blocks, blocks);
        TensorPrimitives.MultiplyAdd(nodeV[1..], _giRight, tieRow, tieRow);
        SolveBands(rhs, blocks);
        for (var n = 0; n < nodeCount; n++) { var k = n * perInternode; _vi[k] = nodeV[n]; _vx[k] = drive * _unit[k]; }
        for (var q = 0; q < MrgGeometry.CompartmentsPerInternode - 1; q++)
        {
            var rowI = rhs.Slice(2 * q * blocks, blocks);
            var rowX = rhs.Slice((2 * q + 1) * blocks, blocks);
            for (int b = 0, k = q + 1; b < blocks; b++, k += perInternode) { _vi[k] = rowI[b]; _vx[k] = rowX[b]; }
        }
    }

    /// <summary>Solves the shared factorised block for every internode at once (rows stored unknown by unknown).</summary>
    private void SolveBands(Span<double> rhs, int blocks)
    {
        Span<double> Row(Span<double> all, int i) => all.Slice(i * blocks, blocks);
        for (var i = 1; i < BlockUnknowns; i++)
        {
            var row = Row(rhs, i);
            TensorPrimitives.MultiplyAdd(Row(rhs, i - 1), -_bl1[i - 1], row, row);
            if (i >= 2) TensorPrimitives.MultiplyAdd(Row(rhs, i - 2), -_bl2[i - 2], row, row);
        }
        for (var i = 0; i < BlockUnknowns; i++) { var row = Row(rhs, i); TensorPrimitives.Multiply(row, 1 / _bd[i], row); }
        for (var i = BlockUnknowns - 2; i >= 0; i--)
        {
            var row = Row(rhs, i);
            TensorPrimitives.MultiplyAdd(Row(rhs, i + 1), -_bl1[i], row, row);
            if (i + 2 < BlockUnknowns) TensorPrimitives.MultiplyAdd(Row(rhs, i + 2), -_bl2[i], row, row);
        }
    }

    /// <summary>LDLᵀ of a symmetric band of half-bandwidth 2 (diagonal, first and second off-diagonals).</summary>
    private static void FactorBand(double[] diag, double[] off1, double[] off2, double[] d, double[] l1, double[] l2)
    {
        for (var i = 0; i < diag.Length; i++)
        {
            var di = diag[i];
            if (i >= 1) di -= l1[i - 1] * l1[i - 1] * d[i - 1];
            if (i >= 2) di -= l2[i - 2] * l2[i - 2] * d[i - 2];
            d[i] = di;
            var v = off1[i];
            if (i >= 1) v -= l2[i - 1] * l1[i - 1] * d[i - 1];
            l1[i] = v / di;
            l2[i] = off2[i] / di;
        }
    }

    /// <summary>Solves the factorised band in place.</summary>
    private static void SolveBand(double[] x, double[] d, double[] l1, double[] l2)
    {
        var u = x.Length;
        x[1] -= l1[0] * x[0];
        for (var i = 2; i < u; i++) x[i] -= l1[i - 1] * x[i - 1] + l2[i - 2] * x[i - 2];
        for (var i = 0; i < u; i++) x[i] /= d[i];
        x[u - 2] -= l1[u - 2] * x[u - 1];
        for (var i = u - 3; i >= 0; i--) x[i] -= l1[i] * x[i + 1] + l2[i] * x[i + 2];
    }
}
