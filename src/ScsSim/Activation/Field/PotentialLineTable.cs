namespace ScsSim.Activation;

/// <summary>
/// The anisotropic layered medium's potential along one line parallel to the cord, tabulated once from the exact spectral
/// solution and interpolated: a setup's fibres sample it at every compartment, far more often than the exact solution
/// could be afforded.
/// </summary>
/// <remarks>
/// <para>The potential is even in the rostro-caudal distance Δz, so it is tabulated for Δz ≥ 0 on a grid uniform in
/// u = asinh(Δz/L), L the line's smallest spectral distance (dense near the source, sparse far away), with the exact
/// value and exact derivative at every node, and interpolated by cubic Hermite polynomials in u. Node spacing
/// <see cref="Spacing"/> = 0.04 in u; the interpolation error measured against the exact solution is below 1e-7 of the
/// line's peak (test <c>A_tabulated_line_agrees_with_the_exact_solution_everywhere</c>). Beyond <see cref="RangeMm"/>
/// the exact solution is evaluated directly. A contact of several point sources gets a table of its own, sampled from
/// its point table at the same nodes (one lookup per contact instead of one per point).</para>
/// <para>Immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class PotentialLineTable : PotentialProfile
{
    /// <summary>Node spacing in u = asinh(Δz/L).</summary>
    internal const double Spacing = 0.04;

    /// <summary>Tabulated range of |Δz|, mm.</summary>
    internal const double RangeMm = 500;

    private readonly Func<double, (double Value, double Slope)> _exact;
    private readonly double _scaleMm;
    private readonly double[] _value, _slope; // φ and dφ/du at u = i·Spacing

    /// <summary>Tabulates one point source's potential along the line (dx, depth) from the exact solution.</summary>
    public PotentialLineTable(LayeredSpectralSolution solution, double dxMm, double depthMm)
        : this(dz => solution.Evaluate(dxMm, depthMm, dz) is var p ? (p.Potential, p.DerivativeAlongZ) : default,
            // L: the distance from the source to the line; the field varies on this scale near the source.
            Math.Sqrt(dxMm * dxMm + Math.Pow(solution.SourceHeightMm + solution.CsfThicknessMm + depthMm, 2)))
    {
    }

    /// <summary>Tabulates a contact's potential along the line: the mean of a point table at the contact's offsets.</summary>
    public PotentialLineTable(PotentialLineTable point, double[] offsetsMm)
        : this(dz =>
        {
            double value = 0, slope = 0;
            foreach (var offset in offsetsMm) { value += point.At(dz - offset); slope += point.SlopeAt(dz - offset); }
            return (value / offsetsMm.Length, slope / offsetsMm.Length);
        }, point._scaleMm)
    {
    }

    private PotentialLineTable(Func<double, (double Value, double Slope)> exact, double scaleMm)
    {
        _exact = exact;
        _scaleMm = Math.Max(0.05, scaleMm);
        var nodes = (int)Math.Ceiling(Math.Asinh(RangeMm / _scaleMm) / Spacing) + 1;
        _value = new double[nodes];
        _slope = new double[nodes];
        for (var i = 0; i < nodes; i++)
        {
            var u = i * Spacing;
            var (value, slope) = exact(_scaleMm * Math.Sinh(u));
            _value[i] = value;
            _slope[i] = slope * _scaleMm * Math.Cosh(u); // dφ/du = dφ/dz · dz/du
        }
    }

    /// <summary>Nodes of the table (diagnostics and tests).</summary>
    internal int Nodes => _value.Length;

    public override double At(double dzMm)
    {
        var u = Math.Asinh(Math.Abs(dzMm) / _scaleMm) / Spacing;
        var i = (int)u;
        if (i >= _value.Length - 1) return _exact(dzMm).Value;
        var t = u - i;
        var t2 = t * t; var t3 = t2 * t;
        // Cubic Hermite basis on [i, i + 1] in units of Spacing.
        return (2 * t3 - 3 * t2 + 1) * _value[i] + (t3 - 2 * t2 + t) * Spacing * _slope[i]
             + (-2 * t3 + 3 * t2) * _value[i + 1] + (t3 - t2) * Spacing * _slope[i + 1];
    }

    /// <summary>dφ/dz (mV per mA per mm) at <paramref name="dzMm"/>: the derivative of the interpolant.</summary>
    public double SlopeAt(double dzMm)
    {
        var magnitude = Math.Abs(dzMm);
        var uExact = Math.Asinh(magnitude / _scaleMm);
        var u = uExact / Spacing;
        var i = (int)u;
        if (i >= _value.Length - 1) return _exact(dzMm).Slope;
        var t = u - i;
        var t2 = t * t;
        // d/dt of the Hermite basis, then dt/du = 1/Spacing and du/dz = 1/(L cosh u); odd in Δz.
        var dPhiDt = (6 * t2 - 6 * t) * _value[i] + (3 * t2 - 4 * t + 1) * Spacing * _slope[i]
                   + (-6 * t2 + 6 * t) * _value[i + 1] + (3 * t2 - 2 * t) * Spacing * _slope[i + 1];
        var slope = dPhiDt / Spacing / (_scaleMm * Math.Cosh(uExact));
        return dzMm < 0 ? -slope : slope;
    }
}
