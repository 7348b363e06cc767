// An independent real-space check of the layered field (MODEL.md, "How the anisotropic layers are solved"): a
// cell-centred finite-volume solution of ∇·(σ∇φ) = −I δ for a point source in the epidural fat over 3 mm of CSF and the
// cord, on a stretched grid out to 250 mm (φ = 0 there), solved by conjugate gradients; compared with ScsSim's field
// (ElectrodeField, point source) for the isotropic cord (image series) and the anisotropic cord (spectral solution).
// The far boundary shifts every potential near the source by about the same amount, so potential differences along a
// fibre line (what drives a fibre) are compared. Run from the repository root:
//   dotnet run eng/field-check/fd.cs -c Release        (about 8 minutes on 2 cores: 3.7 million cells, ~6,500 CG iterations per case)
#:project ../../src/ScsSim/ScsSim.csproj
using System.Diagnostics;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;

const double Csf = 3, Height = 0.65; // mm: CSF thickness, source height above the CSF (a percutaneous lead's radius)
var configuration = ElectrodeConfiguration.Monopolar(Lead.Percutaneous8, 3);
var placement = LeadPlacement.MidlineT8;
foreach (var (name, medium, sT, sL) in new (string, LayeredDorsalCsfMedium, double, double)[]
{
    ("isotropic cord (0.223 S/m)", LayeredDorsalCsfMedium.WithIsotropicCord(), 0.223, 0.223),
    ("anisotropic cord (0.083 / 0.6 S/m)", ConductiveMedium.LayeredDefault, 0.083, 0.6),
})
{
    var field = new ElectrodeField(configuration, [placement], medium, ContactSourceModel.Point);
    var zc = field.ContactPosition(0, 3).ToMillimetres();
    var watch = Stopwatch.StartNew();
    var fd = new FiniteVolume(sT, sL, Csf, Height);
    var (iterations, residual) = fd.Solve();
    Console.WriteLine($"{name}: {fd.Cells:N0} cells, {iterations} CG iterations, relative residual {residual:E1}, {watch.Elapsed.TotalSeconds:F0} s");
    foreach (var (x, y) in new[] { (0.0, 0.1), (0.0, 0.5), (1.5, 0.2), (0.0, -1.0) })
    {
        // Potential differences along the line (x, y): φ(z) − φ(z = 20 mm), z from the source.
        var worst = 0.0; var scale = 0.0;
        var lines = new List<string>();
        var refFd = fd.At(x, y, 20); var refLib = Library(field, x, y, zc + 20);
        foreach (var z in new[] { 0.0, 1, 2, 4, 6, 10 })
        {
            var a = fd.At(x, y, z) - refFd;
            var b = Library(field, x, y, zc + z) - refLib;
            scale = Math.Max(scale, Math.Abs(b));
            worst = Math.Max(worst, Math.Abs(a - b));
            lines.Add($"{z:0}: {a:F3}/{b:F3}");
        }
        Console.WriteLine($"  x {x} mm, depth {y} mm: worst difference {100 * worst / scale:F2} % of the largest (mV per mA, FV/ScsSim: {string.Join(", ", lines)})");
    }
}

static double Library(ElectrodeField field, double x, double y, double z) =>
    field.PotentialAt(Current.FromMilliamperes(1), Length.FromMillimetres(x), Length.FromMillimetres(y), Length.FromMillimetres(z)).ToMillivolts();

/// <summary>Cell-centred finite volumes on a tensor grid: fat above y = −CSF, CSF, then the cord; σ diagonal per cell.</summary>
sealed class FiniteVolume
{
    private readonly double[] _xf, _yf, _zf; // cell faces
    private readonly double[] _xc, _yc, _zc; // cell centres
    private readonly int _nx, _ny, _nz;
    private readonly double[] _gx, _gy, _gz, _diag, _b, _phi; // face conductances (to the next cell; boundary faces to φ = 0)
    private readonly double _csf;

    public FiniteVolume(double cordT, double cordL, double csf, double height)
    {
        _csf = csf;
        var sy = -(csf + height);
        // Fine cells near the source and the fibres, stretched by 1.2 per cell out to 250 mm.
        _xf = Faces(0, 0.25, 6, 250);
        _zf = Faces(0, 0.25, 24, 250);
        _yf = FacesY(sy, 0.1, -csf - 1.5, 3, 250);
        (_nx, _ny, _nz) = (_xf.Length - 1, _yf.Length - 1, _zf.Length - 1);
        _xc = Centres(_xf); _yc = Centres(_yf); _zc = Centres(_zf);
        var n = Cells;
        _gx = new double[n]; _gy = new double[n]; _gz = new double[n]; _diag = new double[n]; _b = new double[n]; _phi = new double[n];
        (double T, double L) Sigma(double y) => y < -csf ? (0.04, 0.04) : y < 0 ? (1.7, 1.7) : (cordT, cordL);
        for (var k = 0; k < _nz; k++)
            for (var j = 0; j < _ny; j++)
                for (var i = 0; i < _nx; i++)
                {
                    var c = Index(i, j, k);
                    var (sT, sL) = Sigma(_yc[j]);
                    double dx = _xf[i + 1] - _xf[i], dy = _yf[j + 1] - _yf[j], dz = _zf[k + 1] - _zf[k];
                    // Conductance across the face to the next cell: A / (d₁/σ₁ + d₂/σ₂) (harmonic, exact for layers on faces).
                    double Link(double a, double d1, double s1, double d2, double s2) => a / (d1 / s1 + d2 / s2);
                    _gx[c] = i + 1 < _nx ? Link(dy * dz, dx / 2, sT, (_xf[i + 2] - _xf[i + 1]) / 2, sT) : Link(dy * dz, dx / 2, sT, 1e-30, 1);
                    _gy[c] = j + 1 < _ny ? Link(dx * dz, dy / 2, sT, (_yf[j + 2] - _yf[j + 1]) / 2, Sigma(_yc[j + 1]).T) : Link(dx * dz, dy / 2, sT, 1e-30, 1);
                    _gz[c] = k + 1 < _nz ? Link(dx * dy, dz / 2, sL, (_zf[k + 2] - _zf[k + 1]) / 2, sL) : Link(dx * dy, dz / 2, sL, 1e-30, 1);
                }
        for (var k = 0; k < _nz; k++)
            for (var j = 0; j < _ny; j++)
                for (var i = 0; i < _nx; i++)
                {
                    var c = Index(i, j, k);
                    double dx = _xf[i + 1] - _xf[i], dy = _yf[j + 1] - _yf[j], dz = _zf[k + 1] - _zf[k];
                    var (sT, sL) = Sigma(_yc[j]);
                    // The first cell's outer faces are boundaries at φ = 0 too.
                    var west = i > 0 ? _gx[c - 1] : dy * dz / (dx / 2 / sT);
                    var south = j > 0 ? _gy[c - _nx] : dx * dz / (dy / 2 / sT);
                    var back = k > 0 ? _gz[c - _nx * _ny] : dx * dy / (dz / 2 / sL);
                    _diag[c] = _gx[c] + west + _gy[c] + south + _gz[c] + back;
                }
        // 1 mA into the cell holding the source (units: mA, mm, S/m give V; ×1000 below for mV).
        _b[Index(Locate(_xf, 0), Locate(_yf, sy), Locate(_zf, 0))] = 1;
    }

    public int Cells => _nx * _ny * _nz;

    private int Index(int i, int j, int k) => i + _nx * (j + _ny * k);

    private static int Locate(double[] faces, double v) { var i = 0; while (faces[i + 1] <= v) i++; return i; }

    private static double[] Centres(double[] f) => f.Zip(f.Skip(1), (a, b) => (a + b) / 2).ToArray();

    // Symmetric faces: a fine cell centred on `centre`, fine cells out to ±fine, then growing cells to ±outer.
    private static double[] Faces(double centre, double h, double fine, double outer)
    {
        var half = new List<double> { h / 2 };
        while (half[^1] < fine) half.Add(half[^1] + h);
        var step = h;
        while (half[^1] < outer) { step *= 1.2; half.Add(half[^1] + step); }
        return [.. half.Select(v => centre - v).Reverse(), .. half.Select(v => centre + v)];
    }

    // Depth faces: fine cells from `top` to `bottom` (with faces on both interfaces and the source at a cell centre).
    private static double[] FacesY(double source, double h, double top, double bottom, double outer)
    {
        var f = new List<double>();
        for (var y = top; y <= bottom + 1e-9; y += h) f.Add(Math.Round(y / h) * h + (Math.Abs(source / h - Math.Round(source / h)) > 0.25 ? 0 : h / 2));
        var step = h;
        while (f[0] > -outer) { step *= 1.2; f.Insert(0, f[0] - step); }
        step = h;
        while (f[^1] < outer) { step *= 1.2; f.Add(f[^1] + step); }
        return [.. f];
    }

    private void Multiply(double[] v, double[] result) => Parallel.For(0, _nz, k =>
    {
        for (var j = 0; j < _ny; j++)
            for (var i = 0; i < _nx; i++)
            {
                var c = Index(i, j, k);
                var s = _diag[c] * v[c];
                if (i + 1 < _nx) s -= _gx[c] * v[c + 1];
                if (i > 0) s -= _gx[c - 1] * v[c - 1];
                if (j + 1 < _ny) s -= _gy[c] * v[c + _nx];
                if (j > 0) s -= _gy[c - _nx] * v[c - _nx];
                if (k + 1 < _nz) s -= _gz[c] * v[c + _nx * _ny];
                if (k > 0) s -= _gz[c - _nx * _ny] * v[c - _nx * _ny];
                result[c] = s;
            }
    });

    /// <summary>Jacobi-preconditioned conjugate gradients to a relative residual of 1e-10.</summary>
    public (int Iterations, double Residual) Solve()
    {
        var n = Cells;
        var r = (double[])_b.Clone(); var z = new double[n]; var p = new double[n]; var q = new double[n];
        for (var c = 0; c < n; c++) { z[c] = r[c] / _diag[c]; p[c] = z[c]; }
        double rz = Dot(r, z), b0 = Math.Sqrt(Dot(_b, _b)), res = 1;
        var it = 0;
        for (; it < 20_000; it++)
        {
            Multiply(p, q);
            var alpha = rz / Dot(p, q);
            for (var c = 0; c < n; c++) { _phi[c] += alpha * p[c]; r[c] -= alpha * q[c]; }
            res = Math.Sqrt(Dot(r, r)) / b0;
            if (res < 1e-10) break;
            for (var c = 0; c < n; c++) z[c] = r[c] / _diag[c];
            var next = Dot(r, z);
            var beta = next / rz; rz = next;
            for (var c = 0; c < n; c++) p[c] = z[c] + beta * p[c];
        }
        return (it + 1, res);
    }

    private static double Dot(double[] a, double[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }

    /// <summary>φ in mV per mA at (x, depth, z − z_source), trilinear between cell centres.</summary>
    public double At(double x, double y, double z)
    {
        var (i, fx) = Bracket(_xc, x); var (j, fy) = Bracket(_yc, y); var (k, fz) = Bracket(_zc, z);
        double v = 0;
        for (var a = 0; a < 2; a++)
            for (var b = 0; b < 2; b++)
                for (var c = 0; c < 2; c++)
                    v += (a == 0 ? 1 - fx : fx) * (b == 0 ? 1 - fy : fy) * (c == 0 ? 1 - fz : fz) * _phi[Index(i + a, j + b, k + c)];
        return 1000 * v;
    }

    private static (int, double) Bracket(double[] centres, double v)
    {
        var i = 0; while (centres[i + 1] < v) i++;
        return (i, (v - centres[i]) / (centres[i + 1] - centres[i]));
    }
}
