using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Activation;

public class LayeredSpectralSolutionTests
{
    private const double Fat = 0.04, Csf = 1.7, CordT = 0.083, CordL = 0.6;

    private static LayeredSpectralSolution Default(double h = 3, double c = 0.65) =>
        new((Fat, Fat), (Csf, Csf), (CordT, CordL), h, c);

    [Property(MaxTest = 40)]
    public Property With_every_layer_isotropic_it_is_the_image_series() =>
        Prop.ForAll(
            (from s0 in Gen.Choose(2, 100) from s1 in Gen.Choose(20, 300) from s2 in Gen.Choose(5, 100)
             from h in Gen.Choose(2, 80) from c in Gen.Choose(0, 20) from x in Gen.Choose(-5000, 5000)
             from y in Gen.Choose(-1000, 2000) from z in Gen.Choose(-300000, 300000)
             select (S0: s0 / 100.0, S1: s1 / 100.0, S2: s2 / 100.0, H: h / 10.0, C: c / 10.0, X: x / 1000.0, Y: y / 1000.0, Z: z / 1000.0)).ToArbitrary(),
            p =>
            {
                var depth = p.Y < 0 ? p.Y * p.H : p.Y; // a point in the CSF or the cord
                var series = new LayeredDorsalCsfMedium(Conductivity.FromSiemensPerMetre(p.S0), Conductivity.FromSiemensPerMetre(p.S1),
                    Conductivity.FromSiemensPerMetre(p.S2), Conductivity.FromSiemensPerMetre(p.S2));
                var expected = series.PotentialMillivoltsPerMilliampere(0, -p.H - p.C, 0, p.X, depth, p.Z, p.H);
                var actual = new LayeredSpectralSolution((p.S0, p.S0), (p.S1, p.S1), (p.S2, p.S2), p.H, p.C).Evaluate(p.X, depth, p.Z).Potential;
                return Tolerance.Close(expected, actual, 1e-8).Label($"series {expected:R}, spectral {actual:R}");
            });

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0.5, 2)]
    [InlineData(0.3, 1.5, 12)]
    [InlineData(4, -1, -25)]
    [InlineData(0, -2.5, 60)]
    public void With_every_layer_the_same_white_matter_it_is_the_anisotropic_closed_form(double x, double y, double z)
    {
        var solution = new LayeredSpectralSolution((CordT, CordL), (CordT, CordL), (CordT, CordL), 3, 0.65);
        var expected = ConductiveMedium.WhiteMatter().PotentialMillivoltsPerMilliampere(0, -3.65, 0, x, y, z, 3);
        Tolerance.AssertClose(expected, solution.Evaluate(x, y, z).Potential, 1e-9);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0.3, 2)]
    [InlineData(0.5, 1, 6)]
    [InlineData(2, 0.1, 10)]
    [InlineData(0.7, -1.2, 3)]
    public void Default_layers_agree_with_a_brute_force_quadrature_of_the_transfer_problem(double x, double y, double z)
    {
        var expected = BruteForce(x, y, z, h: 3, c: 0.65);
        Tolerance.AssertClose(expected, Default().Evaluate(x, y, z).Potential, 1e-7, $"φ at ({x}, {y}, {z}) mm");
    }

    [Theory]
    [InlineData(0, 0.2, 0.5)]
    [InlineData(1.5, 0.8, 4)]
    [InlineData(0.2, 0, 15)]
    [InlineData(0.2, -2, 7)]
    public void The_derivative_along_the_cord_is_that_of_the_potential(double x, double y, double z)
    {
        var solution = Default();
        const double step = 1e-3;
        var numeric = (solution.Evaluate(x, y, z + step).Potential - solution.Evaluate(x, y, z - step).Potential) / (2 * step);
        Tolerance.AssertClose(numeric, solution.Evaluate(x, y, z).DerivativeAlongZ, 1e-5);
    }

    [Fact]
    public void The_anisotropic_cord_spreads_the_field_along_the_fibres_and_keeps_it_shallower()
    {
        var isotropic = new LayeredSpectralSolution((Fat, Fat), (Csf, Csf), (0.223, 0.223), 3, 0.65);
        var anisotropic = Default();
        // Along the cord, 6 mm away relative to straight below: larger with σ_L > σ_T (current flows along the fibres).
        Assert.True(anisotropic.Evaluate(0, 0.2, 6).Potential / anisotropic.Evaluate(0, 0.2, 0).Potential
                    > isotropic.Evaluate(0, 0.2, 6).Potential / isotropic.Evaluate(0, 0.2, 0).Potential);
        // With depth: falls faster into the cord (the transverse conductivity is lower than the geometric mean).
        Assert.True(anisotropic.Evaluate(0, 1, 0).Potential / anisotropic.Evaluate(0, 0, 0).Potential
                    < isotropic.Evaluate(0, 1, 0).Potential / isotropic.Evaluate(0, 0, 0).Potential);
    }

    [Theory]
    [InlineData(0, 0, 3)]
    [InlineData(1.5, 0.4, 3)]
    [InlineData(4, 1, 3)]
    [InlineData(0.3, 0.1, 0.2)]
    [InlineData(0, -1.5, 3)]
    [InlineData(2, 0.5, 8)]
    public void A_tabulated_line_agrees_with_the_exact_solution_everywhere(double dx, double depth, double h)
    {
        var solution = Default(h);
        var table = new PotentialLineTable(solution, dx, depth);
        var peak = solution.Evaluate(dx, depth, 0).Potential;
        var random = new Random(11);
        var worst = 0.0;
        for (var i = 0; i < 400; i++)
        {
            // Log-uniform over 1 µm to 600 mm (past the tabulated range), either sign.
            var dz = Math.Exp(Math.Log(1e-3) + random.NextDouble() * Math.Log(6e5)) * (i % 2 == 0 ? 1 : -1);
            worst = Math.Max(worst, Math.Abs(table.At(dz) - solution.Evaluate(dx, depth, dz).Potential) / peak);
        }
        Assert.True(worst < 1e-7, $"worst interpolation error {worst:G3} of the peak");
    }

    [Theory]
    [InlineData(0, 0.05)]
    [InlineData(2.5, 0.6)]
    public void A_tabulated_contact_is_the_mean_of_its_point_sources(double dx, double depth)
    {
        var solution = Default();
        double[] offsets = [-1.2, -0.6, 0, 0.6, 1.2]; // a 3 mm contact in five segments
        var contact = new PotentialLineTable(new PotentialLineTable(solution, dx, depth), offsets);
        var peak = offsets.Average(o => solution.Evaluate(dx, depth, -o).Potential);
        var worst = 0.0;
        foreach (var dz in new[] { 0, 0.3, -0.9, 1.7, 4, -9.5, 25, 80, -240, 700 })
        {
            var exact = offsets.Average(o => solution.Evaluate(dx, depth, dz - o).Potential);
            worst = Math.Max(worst, Math.Abs(contact.At(dz) - exact) / peak);
        }
        Assert.True(worst < 2e-7, $"worst error {worst:G3} of the peak");
    }

    /// <summary>
    /// φ by direct two-dimensional quadrature of the inverse Fourier transform, the layer amplitudes found per (k, θ) by
    /// solving the four interface conditions numerically: independent of the image series and of the closed k integral.
    /// </summary>
    private static double BruteForce(double x, double y, double z, double h, double c, double cordL = CordL)
    {
        const int directions = 360;
        var kMax = 45 / (c + h + Math.Min(0, y)); // e^-45 of the slowest-decaying term is negligible
        const double dk = 0.004;
        var m = new double[4, 5];
        var steps = (int)Math.Ceiling(kMax / dk / 2) * 2;
        double total = 0;
        for (var j = 0; j < directions; j++)
        {
            var theta = (j + 0.5) * 2 * Math.PI / directions;
            var (sin, cos) = Math.SinCos(theta);
            var s = x * cos + z * sin;
            double Integrand(double k)
            {
                if (k == 0) k = 1e-12;
                double A(double ratio) => Math.Sqrt(cos * cos + ratio * sin * sin);
                double a0 = A(1), a1 = A(1), a2 = A(cordL / CordT);
                double y0 = Fat * a0, y1 = Csf * a1, y2 = CordT * a2;
                var e = Math.Exp(-k * a1 * h);
                var p = Math.Exp(-k * a0 * c) / (2 * y0 * k);
                // Unknowns: R0 (fat, reflected), A (CSF, down), B (CSF, up), T (cord).
                double[] rows = [1, -1, -e, 0, -p, y0, y1, -y1 * e, 0, y0 * p, 0, e, 1, -1, 0, 0, -y1 * e, y1, y2, 0];
                for (var i = 0; i < 20; i++) m[i / 5, i % 5] = rows[i];
                var u = Solve(m);
                var amplitude = y >= 0 ? u[3] * Math.Exp(-k * a2 * y) : u[1] * Math.Exp(-k * a1 * (y + h)) + u[2] * Math.Exp(k * a1 * y);
                return k * amplitude * Math.Cos(k * s);
            }
            // Composite Simpson, fine near k = 0: the CSF's multiple reflections put a pole of the integrand at
            // k = ln(q)/(2h) ≈ −0.024 /mm, just left of the origin.
            double Simpson(double from, double to, int n)
            {
                var step = (to - from) / n;
                var sum = Integrand(from) + Integrand(to);
                for (var i = 1; i < n; i++) sum += (i % 2 == 1 ? 4 : 2) * Integrand(from + i * step);
                return sum * step / 3;
            }
            total += Simpson(0, 0.5, 2000) + Simpson(0.5, steps * dk, steps);
        }
        return 1000 * total * (2 * Math.PI / directions) / (4 * Math.PI * Math.PI);
    }

    private static double[] Solve(double[,] m)
    {
        const int n = 4;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var k = 0; k <= n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            for (var r = 0; r < n; r++)
            {
                if (r == col) continue;
                var f = m[r, col] / m[col, col];
                for (var k = col; k <= n; k++) m[r, k] -= f * m[col, k];
            }
        }
        var result = new double[n];
        for (var i = 0; i < n; i++) result[i] = m[i, n] / m[i, i];
        return result;
    }
}
