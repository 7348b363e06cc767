using System.Runtime.Intrinsics;

namespace ScsSim.Activation;

/// <summary>
/// The exact potential of a point source in the epidural fat above a CSF slab and a half-space cord, every layer with its
/// own conductivity across (x, y) and along (z) the cord, by a two-dimensional Fourier transform in the plane of the layers.
/// </summary>
/// <remarks>
/// <para>Derivation (coordinates of <see cref="ConductiveMedium"/>; layer j has σ_T,j across and σ_L,j along z). With
/// kx = k cos θ, kz = k sin θ, Laplace's equation σ_T(∂x² + ∂y²)φ + σ_L ∂z²φ = 0 gives in layer j the depth dependence
/// e^{±k a_j y} with a_j(θ) = √(cos²θ + (σ_L,j/σ_T,j) sin²θ), and the normal current σ_T,j ∂φ/∂y gives the layer an
/// admittance Y_j = σ_T,j a_j. The point source I in the fat at height c above the CSF contributes I e^{−k a₀|Δy|}/(2kY₀).
/// Continuity of φ and of the normal current at the two interfaces (a 2 × 2 transfer problem per (k, θ)) gives, with
/// r₁₀ = (Y₁ − Y₀)/(Y₁ + Y₀), r₁₂ = (Y₁ − Y₂)/(Y₁ + Y₂), q = r₁₀ r₁₂ and the CSF thickness h, in the cord at depth y ≥ 0:
/// φ̂ = I (1 + r₁₂)/(k(Y₀ + Y₁)) Σₙ qⁿ e^{−k Dₙ}, Dₙ = a₀c + a₁h(2n + 1) + a₂y; in the CSF at height u above the cord:
/// φ̂ = I/(k(Y₀ + Y₁)) Σₙ qⁿ [e^{−k(a₀c + a₁(h − u + 2nh))} + r₁₂ e^{−k(a₀c + a₁(h + u + 2nh))}].
/// Because every a_j scales with k alike, the reflection coefficients depend on the direction θ only, and the k integral of
/// the inverse transform is closed: ∫₀^∞ e^{−kD} e^{iks} dk = 1/(D − is), with s = x cos θ + z sin θ. What remains is
/// φ = (1/4π²) ∫₀^{2π} Σₙ wₙ(θ) Dₙ(θ) / (Dₙ(θ)² + s(θ)²) dθ, a smooth integrand of period π, summed by the trapezoidal
/// rule (exponentially convergent for periodic analytic integrands) with the number of directions doubled until two
/// levels agree to 1e-11, and the image series summed until its geometric tail is below 1e-12 of its first term. Far
/// from the source (horizontal distance ρ more than twice D₀) the integrand peaks within ~D₀/ρ of the direction θₚ where
/// s = 0; the periodic map θ = θₚ + atan(β tan(t/2)) with the trapezoidal rule in t concentrates the nodes there (the map
/// is exact: only the quadrature nodes move). β = √(D₀/2ρ) balances the peak against the branch points of the cord's
/// a(θ), which the map pulls towards the real axis: measured, 64 directions converge within 10 mm of the source, 128 at
/// 30-100 mm and 256 at 300 mm (without the map: 1,024 at 300 mm). A point that has not converged at 131,072 directions
/// is an error, not a silent approximation.</para>
/// <para>Checks (tests): with every layer isotropic it equals the image series of <see cref="LayeredDorsalCsfMedium"/>;
/// with every layer the same anisotropic white matter it equals the closed form of <see cref="AnisotropicMedium"/>; with
/// the default layers it equals a brute-force two-dimensional quadrature of the transfer problem solved numerically, and
/// a real-space finite-volume solution within that solution's own grid error (eng/field-check, MODEL.md).
/// The method is the standard spectral (Fourier-transfer) treatment of stratified conductors, e.g. Wait JR, Geo-Electromagnetism
/// (1982), ch. 2, here with the in-plane anisotropy of the cord.</para>
/// <para>Immutable and thread-safe. The vector arithmetic is element-wise with a fixed four-lane width and a fixed order of
/// summation, so it does not depend on the hardware's vector width; the trigonometric functions are the platform's.</para>
/// </remarks>
internal sealed class LayeredSpectralSolution
{
    private const double LevelTolerance = 1e-11;
    private const double SeriesTolerance = 1e-12;
    private const int MaximumDirections = 1 << 17;

    private readonly double _fatT, _fatRatio, _csfT, _csfRatio, _cordT, _cordRatio;

    /// <summary>Creates the solution for one geometry.</summary>
    /// <param name="fat">Fat conductivity across and along the cord, S/m.</param>
    /// <param name="csf">CSF conductivity across and along, S/m.</param>
    /// <param name="cord">Cord conductivity across and along, S/m.</param>
    /// <param name="csfThicknessMm">CSF thickness h, mm; greater than 0.</param>
    /// <param name="sourceHeightMm">Height c of the source above the CSF, mm; at least 0.</param>
    public LayeredSpectralSolution((double Transverse, double Longitudinal) fat, (double Transverse, double Longitudinal) csf,
        (double Transverse, double Longitudinal) cord, double csfThicknessMm, double sourceHeightMm)
    {
        // An insulating layer (σ = 0: a paddle's backing) has admittance 0 in every direction.
        static double Ratio((double Transverse, double Longitudinal) layer) => layer.Transverse > 0 ? layer.Longitudinal / layer.Transverse : 1;
        (_fatT, _fatRatio) = (fat.Transverse, Ratio(fat));
        (_csfT, _csfRatio) = (csf.Transverse, Ratio(csf));
        (_cordT, _cordRatio) = (cord.Transverse, Ratio(cord));
        CsfThicknessMm = csfThicknessMm;
        SourceHeightMm = sourceHeightMm;
        // The series length for the slowest-decaying direction bounds every direction's.
        var largestRatio = 0.0;
        for (var j = 0; j < 64; j++) largestRatio = Math.Max(largestRatio, Math.Abs(Direction((j + 0.5) * Math.PI / 128).Q));
        largestRatio = Math.Max(largestRatio, Math.Max(Math.Abs(Direction(0).Q), Math.Abs(Direction(Math.PI / 2).Q)));
        SeriesTerms = largestRatio < 1e-300 ? 1
            : (int)Math.Min(1_000_000, Math.Ceiling(Math.Log(SeriesTolerance * (1 - largestRatio)) / Math.Log(largestRatio)) + 1);
    }

    /// <summary>CSF thickness h, mm.</summary>
    public double CsfThicknessMm { get; }

    /// <summary>Height c of the source above the top of the CSF, mm.</summary>
    public double SourceHeightMm { get; }

    /// <summary>Terms of the image series summed per direction.</summary>
    public int SeriesTerms { get; }

    /// <summary>Directions used by the last-level quadrature of a point (diagnostics).</summary>
    internal readonly record struct PointResult(double Potential, double DerivativeAlongZ, int Directions);

    /// <summary>Potential in mV per mA at a field point, and its derivative along z.</summary>
    /// <param name="dxMm">Lateral offset of the point from the source, mm.</param>
    /// <param name="depthMm">Depth y of the point (≥ −h: in the CSF or the cord), mm.</param>
    /// <param name="dzMm">Rostro-caudal offset from the source, mm.</param>
    /// <returns>φ (mV/mA), ∂φ/∂z (mV/mA per mm) and the number of directions of the converged level.</returns>
    public PointResult Evaluate(double dxMm, double depthMm, double dzMm)
    {
        var rho = Math.Sqrt(dxMm * dxMm + dzMm * dzMm);
        var nearest = MinimumDistance(depthMm);
        // Far from the source the integrand peaks sharply (width ~D/ρ) at the direction with s = 0; a periodic map
        // θ = θₚ + atan(β tan(t/2)) with β ~ D/ρ spreads that peak over the quadrature in t (see Remarks of the type).
        var beta = rho > 2 * nearest ? Math.Sqrt(nearest / (2 * rho)) : 1;
        var peak = beta < 1 ? Math.Atan2(dzMm, dxMm) + Math.PI / 2 : 0;
        var n = 16;
        var (sum, derivative) = SumDirections(dxMm, depthMm, dzMm, n, 0, beta, peak);
        var value = sum / n;
        var previousDerivative = derivative / n;
        while (true)
        {
            // The next level adds the midpoints of the current one.
            var (addSum, addDerivative) = SumDirections(dxMm, depthMm, dzMm, n, 1, beta, peak);
            sum += addSum; derivative += addDerivative; n *= 2;
            var next = sum / n;
            var nextDerivative = derivative / n;
            var converged = Math.Abs(next - value) <= LevelTolerance * Math.Abs(next) + 1e-300
                && Math.Abs(nextDerivative - previousDerivative) <= 1e-9 * (Math.Abs(nextDerivative) + Math.Abs(next) / nearest);
            value = next; previousDerivative = nextDerivative;
            if (converged) break;
            if (n >= MaximumDirections)
                throw new InvalidOperationException(
                    $"The layered field did not converge at ({dxMm:G4}, {depthMm:G4}, {dzMm:G4}) mm from the source with {n} directions; the point lies outside what the solution supports.");
        }
        const double scale = 1000 / (2 * Math.PI);
        return new PointResult(scale * value, scale * derivative / n, n);
    }

    /// <summary>The smallest spectral decay distance min over θ of D₀ (what sets how sharply the integrand peaks).</summary>
    private double MinimumDistance(double depthMm)
    {
        var h = CsfThicknessMm;
        // a_j ≥ min(1, √ratio_j); D₀ = a₀c + a₁(h ∓ u) + a₂y.
        double a0 = Math.Min(1, Math.Sqrt(_fatRatio)), a1 = Math.Min(1, Math.Sqrt(_csfRatio)), a2 = Math.Min(1, Math.Sqrt(_cordRatio));
        var d = depthMm >= 0 ? a0 * SourceHeightMm + a1 * h + a2 * depthMm : a0 * SourceHeightMm + a1 * (h + depthMm);
        return Math.Max(d, ConductiveMedium.MinimumDistanceMm);
    }

    private readonly record struct DirectionConstants(double A0, double A1, double A2, double Weight, double R12, double Q);

    private DirectionConstants Direction(double theta)
    {
        var c2 = Math.Cos(theta); c2 *= c2;
        var s2 = 1 - c2;
        var a0 = Math.Sqrt(c2 + _fatRatio * s2);
        var a1 = Math.Sqrt(c2 + _csfRatio * s2);
        var a2 = Math.Sqrt(c2 + _cordRatio * s2);
        double y0 = _fatT * a0, y1 = _csfT * a1, y2 = _cordT * a2;
        var r10 = (y1 - y0) / (y1 + y0);
        var r12 = (y1 - y2) / (y1 + y2);
        return new DirectionConstants(a0, a1, a2, 1 / (y0 + y1), r12, r10 * r12);
    }

    /// <summary>Σ over the nodes t_j = −π + (j + offset/2)·2π/n, j = 0..n−1, of the θ-integrand and its z-derivative, with
    /// θ(t) = θₚ + atan(β tan(t/2)) and the map's derivative dθ/dt·2 as weight (β = 1: the plain trapezoidal rule).</summary>
    private (double Sum, double Derivative) SumDirections(double dx, double depth, double dz, int n, int offset, double beta, double peak)
    {
        double sum = 0, derivative = 0;
        var h = CsfThicknessMm;
        Span<double> lanes = stackalloc double[4 * 6];
        Span<double> upWeight = stackalloc double[4];
        Span<double> upStart = stackalloc double[4];
        for (var j0 = 0; j0 < n; j0 += 4)
        {
            var count = Math.Min(4, n - j0);
            for (var lane = 0; lane < 4; lane++)
            {
                var t = -Math.PI + (j0 + Math.Min(lane, count - 1) + 0.5 * offset) * 2 * Math.PI / n;
                var (sinHalf, cosHalf) = Math.SinCos(t / 2);
                var theta = peak + Math.Atan2(beta * sinHalf, cosHalf);
                var mapWeight = beta / (cosHalf * cosHalf + beta * beta * sinHalf * sinHalf);
                var d = Direction(theta);
                var (sin, cos) = Math.SinCos(theta);
                lanes[lane] = dx * cos + dz * sin;
                lanes[4 + lane] = sin;
                lanes[8 + lane] = 2 * d.A1 * h; // the step of Dₙ
                lanes[20 + lane] = d.Q;
                if (depth >= 0)
                {
                    lanes[12 + lane] = d.A0 * SourceHeightMm + d.A1 * h + d.A2 * depth;
                    lanes[16 + lane] = (1 + d.R12) * d.Weight * mapWeight;
                }
                else
                {
                    // In the CSF: the family reaching the point directly, then the one reflected by the cord.
                    lanes[12 + lane] = d.A0 * SourceHeightMm + d.A1 * (h + depth);
                    lanes[16 + lane] = d.Weight * mapWeight;
                    upStart[lane] = d.A0 * SourceHeightMm + d.A1 * (h - depth);
                    upWeight[lane] = d.R12 * d.Weight * mapWeight;
                }
            }
            var (v, g) = Series(lanes, count);
            sum += v; derivative += g;
            if (depth < 0)
            {
                upStart.CopyTo(lanes[12..16]);
                upWeight.CopyTo(lanes[16..20]);
                (v, g) = Series(lanes, count);
                sum += v; derivative += g;
            }
        }
        return (sum, derivative);
    }

    /// <summary>Σₙ w qⁿ Dₙ/(Dₙ² + s²) and its z-derivative for four directions at once; lanes ≥ count are ignored.</summary>
    private (double Value, double Derivative) Series(ReadOnlySpan<double> lanes, int count)
    {
        var s = Vector256.Create(lanes[..4]);
        var sin = Vector256.Create(lanes[4..8]);
        var step = Vector256.Create(lanes[8..12]);
        var d = Vector256.Create(lanes[12..16]);
        var w = Vector256.Create(lanes[16..20]);
        var q = Vector256.Create(lanes[20..24]);
        var s2 = s * s;
        var value = Vector256<double>.Zero;
        var slope = Vector256<double>.Zero;
        for (var k = 0; k < SeriesTerms; k++)
        {
            var inverse = Vector256<double>.One / (d * d + s2);
            var term = w * d * inverse;
            value += term;
            // ∂/∂z [D/(D² + s²)] = −2 D s sin θ / (D² + s²)².
            slope += term * inverse;
            w *= q;
            d += step;
        }
        slope *= Vector256.Create(-2.0) * s * sin;
        double v = 0, g = 0;
        for (var lane = 0; lane < count; lane++) { v += value[lane]; g += slope[lane]; }
        return (v, g);
    }
}
