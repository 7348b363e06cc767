using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScsSim.DorsalHorn;

/// <summary>
/// exp(x) from additions, multiplications, one rounding and an exponent insertion only, with a scalar form and a
/// four-lane form that give the same bits for the same argument. The gate-control kernel integrates four cells per
/// vector; <see cref="Math.Exp"/> and <see cref="Vector256.Exp(Vector256{double})"/> differ in the last bit for about 40 % of
/// arguments (measured here), and hardware without AVX2 would take another software path, so a network's spikes would
/// depend on the machine and on how cells are grouped. Built from IEEE-754 basic operations (no fused multiply-add,
/// which the JIT never introduces on its own), this exp is the same everywhere.
/// </summary>
/// <remarks>Cody-Waite reduction x = k ln 2 + r with |r| ≤ ln 2 / 2 (k rounded by the 1.5 × 2^52 shift, ties to even;
/// ln 2 split in a 32-bit head and a tail), then a degree-12 Taylor polynomial of e^r (truncation below 1.7e-16 relative)
/// in Estrin's form (short dependency chains), scaled by 2^k. Arguments are clamped to ±700 (the network's lie within
/// ±10); relative difference from <see cref="Math.Exp"/> at most 4.5e-16 (two units in the last place; tested).</remarks>
internal static class ReproducibleExp
{
    private const double InverseLn2 = 1.4426950408889634;
    private const double Ln2Head = 0.693147180369123816490; // ln 2 to 32 bits: k × head is exact for |k| < 2^20
    private const double Ln2Tail = 1.90821492927058770002e-10;
    private const double Limit = 700;

    /// <summary>1.5 × 2^52: adding it rounds a double of magnitude below 2^51 to an integer (ties to even), which then sits in
    /// the low bits of the sum.</summary>
    private const double RoundingShift = 6755399441055744.0;

    // 1/n!, n = 0..12 (constant expressions, each a correctly rounded double).
    private const double C0 = 1, C1 = 1, C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720,
        C7 = 1.0 / 5040, C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800, C12 = 1.0 / 479001600;

    /// <summary>exp(<paramref name="x"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Scalar(double x)
    {
        x = Math.Min(Math.Max(x, -Limit), Limit);
        var shifted = x * InverseLn2 + RoundingShift;
        var k = shifted - RoundingShift;
        var r = x - k * Ln2Head - k * Ln2Tail;
        // Estrin's scheme (the same grouping as in Vector): a dependency chain of 8 operations instead of Horner's 24.
        var r2 = r * r; var r4 = r2 * r2; var r8 = r4 * r4;
        var p = (C0 + C1 * r + (C2 + C3 * r) * r2 + (C4 + C5 * r + (C6 + C7 * r) * r2) * r4)
            + (C8 + C9 * r + (C10 + C11 * r) * r2 + C12 * r4) * r8;
        var exponent = BitConverter.DoubleToInt64Bits(shifted) - BitConverter.DoubleToInt64Bits(RoundingShift) + 1023;
        return p * BitConverter.Int64BitsToDouble(exponent << 52);
    }

    /// <summary>exp of each lane of <paramref name="x"/>, bit for bit equal to <see cref="Scalar"/> of that lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Vector(Vector256<double> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(-Limit)), Vector256.Create(Limit));
        var shifted = x * Vector256.Create(InverseLn2) + Vector256.Create(RoundingShift);
        var k = shifted - Vector256.Create(RoundingShift);
        var r = x - k * Vector256.Create(Ln2Head) - k * Vector256.Create(Ln2Tail);
        var r2 = r * r; var r4 = r2 * r2; var r8 = r4 * r4;
        var p = (C(C0) + C(C1) * r + (C(C2) + C(C3) * r) * r2 + (C(C4) + C(C5) * r + (C(C6) + C(C7) * r) * r2) * r4)
            + (C(C8) + C(C9) * r + (C(C10) + C(C11) * r) * r2 + C(C12) * r4) * r8;
        var exponent = shifted.AsInt64() - Vector256.Create(BitConverter.DoubleToInt64Bits(RoundingShift)) + Vector256.Create(1023L);
        return p * (exponent << 52).AsDouble();

        static Vector256<double> C(double c) => Vector256.Create(c);
    }
}
