using System.Numerics;
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
/// wᵀr, w = A⁻¹ at the ends), solves it, then solves every block with its nodes' potentials. The internodes' state is kept
/// unknown by unknown (one row per unknown, one entry per internode), so every stage of a step is a vectorised pass over
/// all internodes at once. Holds its state vectors: one thread at a time.
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

    private const int PerInternode = MrgGeometry.CompartmentsPerInternode;
    private const int Sections = PerInternode - 1;  // MYSA, FLUT, 6 STIN, FLUT, MYSA
    private const int BlockUnknowns = 2 * Sections; // (vi, vx) of each, interleaved

    private readonly int _nodeCount, _blocks;
    private readonly double[] _nodeUnit;            // extracellular potential per mA at each node
    private readonly double[] _unitRows;            // [section][internode]: the same at the internodes' compartments
    private readonly double _ghostLeftUnit, _ghostRightUnit;
    private readonly double[] _rows;                // [unknown][internode]: state vi, vx; right-hand side and solution in a step
    private readonly double[] _nodeVi, _nodeVx, _p, _m, _h, _s;
    // Per section of an internode: c/dt, g_pas·E_pas, c_myelin/dt, g_myelin (nF/ms and µS).
    private readonly double[] _sectionC = new double[Sections], _sectionGE = new double[Sections];
    private readonly double[] _sectionCMy = new double[Sections], _sectionGMy = new double[Sections];
    // Static condensation (see the class summary): the block's LDLᵀ factors as the fused passes use them, its responses w
    // to a unit potential at the left and right node, and the nodes' Schur complement.
    private readonly double[] _forward1 = new double[BlockUnknowns], _forward2 = new double[BlockUnknowns], _inverseD = new double[BlockUnknowns];
    private readonly double[] _back1 = new double[BlockUnknowns], _back2 = new double[BlockUnknowns];
    private readonly double[] _wLeft = new double[BlockUnknowns], _wRight = new double[BlockUnknowns];
    private readonly double _giLeft, _giRight, _gxLeft, _gxRight, _giGhostLeft, _giGhostRight, _nodeC, _nodeArea;
    private readonly double[] _schurDiag, _schurOff, _nodeDiag, _nodeRhs, _thomasC, _atLeft, _atRight;
    private readonly double _dtMs;
    private readonly long _dtNs;
    private readonly int _monitorLeft, _monitorRight;
    private readonly MrgNodeKinetics _kinetics;
    private readonly double _gNa, _gK;

    public MrgCable(MrgGeometry g, int nodeCount, ReadOnlySpan<double> unitPotentialsMv, long dtNs, double temperatureC, bool ghostEnds,
        int monitorLeft, int monitorRight, double ghostLeftUnit = 0, double ghostRightUnit = 0)
    {
        var compartments = (nodeCount - 1) * PerInternode + 1;
        if (unitPotentialsMv.Length != compartments)
            throw new ArgumentOutOfRangeException(nameof(unitPotentialsMv), unitPotentialsMv.Length, $"Expected {compartments} potentials.");
        _nodeCount = nodeCount; _blocks = nodeCount - 1;
        _dtNs = dtNs; _dtMs = dtNs * 1e-6;
        _monitorLeft = monitorLeft; _monitorRight = monitorRight;
        _nodeUnit = new double[nodeCount];
        _unitRows = new double[Sections * _blocks];
        for (var n = 0; n < nodeCount; n++) _nodeUnit[n] = unitPotentialsMv[n * PerInternode];
        for (var b = 0; b < _blocks; b++)
        for (var q = 0; q < Sections; q++)
            _unitRows[q * _blocks + b] = unitPotentialsMv[b * PerInternode + 1 + q];
        _ghostLeftUnit = ghostLeftUnit; _ghostRightUnit = ghostRightUnit;

        // One internode's compartments j = 0 (node) .. 10 and the node after it: every internode has the same geometry.
        var cm = new double[PerInternode + 1]; var gm = new double[PerInternode + 1];
        var cMy = new double[PerInternode + 1]; var gMy = new double[PerInternode + 1];
        var ri = new double[PerInternode + 1]; var rx = new double[PerInternode + 1]; // half-compartment resistances, MΩ
        const double rhoA = 70; // Ω·cm
        var D = g.FibreDiameterUm;
        for (var k = 0; k <= PerInternode; k++)
        {
            var j = k % PerInternode;
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
            cm[k] = cmSpecific * areaCm2 * 1e3;
            if (j != 0)
            {
                gm[k] = gPas * d / D * areaCm2 * 1e6;
                cMy[k] = 0.1 / (2 * g.Lamellae) * areaCm2 * 1e3;
                gMy[k] = 0.001 / (2 * g.Lamellae) * areaCm2 * 1e6;
            }
            ri[k] = ra * (length / 2 * 1e-4) / (Math.PI * Math.Pow(drawn * 1e-4 / 2, 2)) * 1e-6;
            var xraxial = rhoA * 1e4 * 0.01 / (Math.PI * (Math.Pow(d / 2 + space, 2) - Math.Pow(d / 2, 2))); // MΩ/cm (ρ in Ω·µm)
            rx[k] = xraxial * length / 2 * 1e-4;
        }
        var gi = new double[PerInternode]; var gx = new double[PerInternode]; // between compartment k and k + 1
        for (var k = 0; k < PerInternode; k++) { gi[k] = 1 / (ri[k] + ri[k + 1]); gx[k] = 1 / (rx[k] + rx[k + 1]); }
        // Ghost ends: one more MYSA beyond each end node, held at rest, in the field at its own position.
        _giGhostLeft = _giGhostRight = ghostEnds ? 1 / (ri[0] + ri[1]) : 0;
        _nodeArea = Math.PI * g.NodeDiameterUm * MrgGeometry.NodeLengthUm * 1e-8 * 1e6; // cm²·1e6 (µS per S/cm²)
        _nodeC = cm[0] / _dtMs;

        // The internode block: compartments 1-10, coupled to the node on its left through 1 and on its right through 10
        // (axially; the periaxonal space of 1 and 10 also couples to the nodes' outer layer, which the field holds).
        var diag = new double[BlockUnknowns]; var off1 = new double[BlockUnknowns]; var off2 = new double[BlockUnknowns];
        for (var q = 0; q < Sections; q++)
        {
            var k = q + 1;
            _sectionC[q] = cm[k] / _dtMs; _sectionGE[q] = gm[k] * MrgNodeKinetics.RestMv;
            _sectionCMy[q] = cMy[k] / _dtMs; _sectionGMy[q] = gMy[k];
            var cg = _sectionC[q] + gm[k];
            diag[2 * q] = cg + gi[k - 1] + gi[k];
            diag[2 * q + 1] = cg + _sectionCMy[q] + gMy[k] + gx[k - 1] + gx[k];
            off1[2 * q] = -cg;
            if (q < Sections - 1) { off2[2 * q] = -gi[k]; off2[2 * q + 1] = -gx[k]; }
        }
        _giLeft = gi[0]; _giRight = gi[PerInternode - 1]; _gxLeft = gx[0]; _gxRight = gx[PerInternode - 1];
        var dd = new double[BlockUnknowns]; var l1 = new double[BlockUnknowns]; var l2 = new double[BlockUnknowns];
        for (var i = 0; i < BlockUnknowns; i++) // LDLᵀ of the band (half-bandwidth 2; positive definite, no pivoting)
        {
            var di = diag[i];
            if (i >= 1) di -= l1[i - 1] * l1[i - 1] * dd[i - 1];
            if (i >= 2) di -= l2[i - 2] * l2[i - 2] * dd[i - 2];
            dd[i] = di;
            var v = off1[i];
            if (i >= 1) v -= l2[i - 1] * l1[i - 1] * dd[i - 1];
            l1[i] = v / di;
            l2[i] = off2[i] / di;
        }
        // The fused passes keep Lz = r scaled by D⁻¹ (s = D⁻¹z), so row i reads s of the rows before it times l·d.
        for (var i = 0; i < BlockUnknowns; i++)
        {
            _inverseD[i] = 1 / dd[i];
            _forward1[i] = i >= 1 ? l1[i - 1] * dd[i - 1] : 0;
            _forward2[i] = i >= 2 ? l2[i - 2] * dd[i - 2] : 0;
            _back1[i] = i + 1 < BlockUnknowns ? l1[i] : 0;
            _back2[i] = i + 2 < BlockUnknowns ? l2[i] : 0;
        }
        _wLeft[0] = 1; SolveOne(_wLeft);
        _wRight[BlockUnknowns - 2] = 1; SolveOne(_wRight);
        _schurDiag = new double[nodeCount]; _schurOff = new double[nodeCount];
        for (var n = 0; n < nodeCount; n++)
        {
            var d = _nodeC;
            if (n > 0) d += _giRight - _giRight * _giRight * _wRight[BlockUnknowns - 2];
            if (n < nodeCount - 1) d += _giLeft - _giLeft * _giLeft * _wLeft[0];
            _schurDiag[n] = d;
            if (n < nodeCount - 1) _schurOff[n] = -_giLeft * _giRight * _wRight[0];
        }
        _schurDiag[0] += _giGhostLeft; _schurDiag[nodeCount - 1] += _giGhostRight;

        _rows = new double[BlockUnknowns * _blocks];
        _nodeVi = new double[nodeCount]; _nodeVx = new double[nodeCount];
        _p = new double[nodeCount]; _m = new double[nodeCount]; _h = new double[nodeCount]; _s = new double[nodeCount];
        _nodeDiag = new double[nodeCount]; _nodeRhs = new double[nodeCount]; _thomasC = new double[nodeCount];
        _atLeft = new double[_blocks]; _atRight = new double[_blocks];
        _kinetics = MrgNodeKinetics.For(dtNs, temperatureC);
        _gNa = g.NodeSodiumConductance; _gK = g.NodePotassiumConductance;
    }

    public long TimeStepNs => _dtNs;

    public bool LastRunExcited { get; private set; }

    /// <summary>Membrane potential of node <paramref name="node"/> after the last run (for tests), mV.</summary>
    internal double NodeMembranePotential(int node) => _nodeVi[node] - _nodeVx[node];

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
            for (var n = 0; n < _nodeCount; n++)
            {
                var vm = _nodeVi[n] - _nodeVx[n];
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

        bool Arrival(int node, ref bool armed, int step, List<double>? times)
        {
            var vm = _nodeVi[node] - _nodeVx[node];
            if (armed && vm >= FiringLevelMv) { armed = false; times?.Add((step + 1) * _dtMs); return true; }
            if (!armed && vm < RearmLevelMv) armed = true;
            return false;
        }
    }

    private void Reset()
    {
        _kinetics.SteadyState(MrgNodeKinetics.RestMv, out var p, out var m, out var h, out var s);
        Array.Fill(_nodeVi, MrgNodeKinetics.RestMv); Array.Clear(_nodeVx);
        for (var q = 0; q < Sections; q++)
        {
            _rows.AsSpan(2 * q * _blocks, _blocks).Fill(MrgNodeKinetics.RestMv);
            _rows.AsSpan((2 * q + 1) * _blocks, _blocks).Clear();
        }
        _p.AsSpan().Fill(p); _m.AsSpan().Fill(m); _h.AsSpan().Fill(h); _s.AsSpan().Fill(s);
    }

    private Span<double> Row(int unknown) => _rows.AsSpan(unknown * _blocks, _blocks);

    /// <summary>One backward-Euler voltage step (extracellular drive × unit now, driveOld × unit before), solved exactly by
    /// static condensation onto the nodes.</summary>
    private void StepVoltages(double drive, double driveOld)
    {
        const double rest = MrgNodeKinetics.RestMv;
        // Nodes: membrane capacitance and ionic currents (linearised at the old voltage); the outer layer is tied to the field.
        for (var n = 0; n < _nodeCount; n++)
        {
            var e = drive * _nodeUnit[n];
            var vmOld = _nodeVi[n] - _nodeVx[n];
            var m3h = _m[n] * _m[n] * _m[n] * _h[n];
            var p3 = _p[n] * _p[n] * _p[n];
            double gNa = _gNa * m3h * _nodeArea, gNaP = MrgNodeKinetics.GNaP * p3 * _nodeArea;
            double gK = _gK * _s[n] * _nodeArea, gL = MrgNodeKinetics.GLeak * _nodeArea;
            var g = gNa + gNaP + gK + gL;
            var gE = (gNa + gNaP) * MrgNodeKinetics.ENa + gK * MrgNodeKinetics.EK + gL * MrgNodeKinetics.ELeak;
            _nodeDiag[n] = _schurDiag[n] + g;
            _nodeRhs[n] = _nodeC * vmOld + gE + (_nodeC + g) * e;
            _nodeVx[n] = e;
        }
        _nodeRhs[0] += _giGhostLeft * (drive * _ghostLeftUnit + rest);
        _nodeRhs[_nodeCount - 1] += _giGhostRight * (drive * _ghostRightUnit + rest);

        // Internodes: each row's state becomes its right-hand side, in place; each block's end values with its nodes held at
        // 0 (wᵀr: the block matrix is symmetric) accumulate for the nodes.
        var nodeUnitLeft = _nodeUnit.AsSpan(0, _blocks);
        var nodeUnitRight = _nodeUnit.AsSpan(1, _blocks);
        _atLeft.AsSpan().Clear(); _atRight.AsSpan().Clear();
        for (var q = 0; q < Sections; q++)
        {
            // The periaxonal space of the first and last section couples to the node's outer layer, which the field holds.
            var tie = q == Sections - 1 ? nodeUnitRight : nodeUnitLeft;
            var tieConductance = q == 0 ? _gxLeft : q == Sections - 1 ? _gxRight : 0.0;
            RightHandSide(Row(2 * q), Row(2 * q + 1), _unitRows.AsSpan(q * _blocks, _blocks), tie, tieConductance * drive, drive, driveOld,
                _sectionC[q], _sectionGE[q], _sectionCMy[q], _sectionGMy[q],
                _wLeft[2 * q], _wLeft[2 * q + 1], _wRight[2 * q], _wRight[2 * q + 1], _atLeft, _atRight);
        }
        for (var b = 0; b < _blocks; b++)
        {
            _nodeRhs[b] += _giLeft * _atLeft[b];
            _nodeRhs[b + 1] += _giRight * _atRight[b];
        }

        // The nodes' tridiagonal Schur complement (Thomas; symmetric positive definite, no pivoting).
        var c = _thomasC;
        var denom = _nodeDiag[0];
        c[0] = _schurOff[0] / denom; _nodeVi[0] = _nodeRhs[0] / denom;
        for (var n = 1; n < _nodeCount; n++)
        {
            denom = _nodeDiag[n] - _schurOff[n - 1] * c[n - 1];
            c[n] = n < _nodeCount - 1 ? _schurOff[n] / denom : 0;
            _nodeVi[n] = (_nodeRhs[n] - _schurOff[n - 1] * _nodeVi[n - 1]) / denom;
        }
        for (var n = _nodeCount - 2; n >= 0; n--) _nodeVi[n] -= c[n] * _nodeVi[n + 1];

        // Back-substitution: every block solved with its two nodes' potentials on the right-hand side, all blocks together.
        TensorPrimitives.MultiplyAdd(_nodeVi.AsSpan(0, _blocks), _giLeft, Row(0), Row(0));
        TensorPrimitives.MultiplyAdd(_nodeVi.AsSpan(1, _blocks), _giRight, Row(BlockUnknowns - 2), Row(BlockUnknowns - 2));
        for (var i = 0; i < BlockUnknowns; i++)
            Combine(Row(i), Row(Math.Max(i - 1, 0)), _forward1[i], Row(Math.Max(i - 2, 0)), _forward2[i], _inverseD[i]);
        for (var i = BlockUnknowns - 2; i >= 0; i--)
            Combine(Row(i), Row(i + 1), _back1[i], Row(Math.Min(i + 2, BlockUnknowns - 1)), _back2[i], 1);
    }

    /// <summary>The right-hand side of one section's two rows, in place of their state (vi, vx), and its share of every
    /// block's end values: atLeft += wLeft·r, atRight += wRight·r.</summary>
    private static void RightHandSide(Span<double> vi, Span<double> vx, ReadOnlySpan<double> unit, ReadOnlySpan<double> tieUnit, double tieScale,
        double drive, double driveOld, double cOverDt, double gE, double cMyOverDt, double gMy,
        double wLeftI, double wLeftX, double wRightI, double wRightX, Span<double> atLeft, Span<double> atRight)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= vi.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var u = new Vector<double>(unit[i..]);
                var x = new Vector<double>(vx[i..]);
                var e = u * drive;
                var mem = (new Vector<double>(vi[i..]) - x) * cOverDt + new Vector<double>(gE);
                var r = (e + x - u * driveOld) * cMyOverDt + e * gMy + new Vector<double>(tieUnit[i..]) * tieScale - mem;
                mem.CopyTo(vi[i..]); r.CopyTo(vx[i..]);
                (new Vector<double>(atLeft[i..]) + mem * wLeftI + r * wLeftX).CopyTo(atLeft[i..]);
                (new Vector<double>(atRight[i..]) + mem * wRightI + r * wRightX).CopyTo(atRight[i..]);
            }
        }
        for (; i < vi.Length; i++)
        {
            var u = unit[i]; var x = vx[i]; var e = u * drive;
            var mem = (vi[i] - x) * cOverDt + gE;
            var r = (e + x - u * driveOld) * cMyOverDt + e * gMy + tieUnit[i] * tieScale - mem;
            vi[i] = mem; vx[i] = r;
            atLeft[i] += mem * wLeftI + r * wLeftX;
            atRight[i] += mem * wRightI + r * wRightX;
        }
    }

    /// <summary>target = (target − a·first − b·second)·scale, element by element (one row of a triangular pass).</summary>
    private static void Combine(Span<double> target, ReadOnlySpan<double> first, double a, ReadOnlySpan<double> second, double b, double scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
                ((new Vector<double>(target[i..]) - new Vector<double>(first[i..]) * a - new Vector<double>(second[i..]) * b) * scale).CopyTo(target[i..]);
        }
        for (; i < target.Length; i++) target[i] = (target[i] - a * first[i] - b * second[i]) * scale;
    }

    /// <summary>Solves the block for one right-hand side in place (setup only).</summary>
    private void SolveOne(double[] x)
    {
        for (var i = 0; i < BlockUnknowns; i++)
            x[i] = (x[i] - _forward1[i] * (i >= 1 ? x[i - 1] : 0) - _forward2[i] * (i >= 2 ? x[i - 2] : 0)) * _inverseD[i];
        for (var i = BlockUnknowns - 2; i >= 0; i--)
            x[i] -= _back1[i] * x[i + 1] + _back2[i] * (i + 2 < BlockUnknowns ? x[i + 2] : 0);
    }
}
