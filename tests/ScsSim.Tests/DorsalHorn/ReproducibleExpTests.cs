using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.DorsalHorn;

namespace ScsSim.Tests.DorsalHorn;

/// <summary>The network's exp: the four-lane form equals the scalar form bit for bit, and both are as accurate as
/// <see cref="Math.Exp"/> to within two units in the last place.</summary>
public class ReproducibleExpTests
{
    private static readonly Gen<double> Argument = Gen.Choose(-2_000_000_000, 2_000_000_000).Select(i => i / 1e8); // ±20

    [Property(MaxTest = 2000)]
    public Property VectorLanes_EqualScalar_BitForBit() =>
        Prop.ForAll(Gen.ArrayOf(Argument, 4).ToArbitrary(), x =>
        {
            var v = ReproducibleExp.Vector(Vector256.Create(x[0], x[1], x[2], x[3]));
            return Enumerable.Range(0, 4).All(i => BitConverter.DoubleToInt64Bits(v[i]) == BitConverter.DoubleToInt64Bits(ReproducibleExp.Scalar(x[i])));
        });

    [Fact]
    public void MatchesMathExp_WithinTwoUnitsInTheLastPlace()
    {
        // The arguments the network gives it: the magnesium block's -0.062/mV × V (V from -100 to +60 mV) and the
        // membrane's -dt/τ × total conductance; plus the range either side, the rounding ties of k and exact zero.
        var worst = 0.0;
        var rng = new Random(7);
        var args = Enumerable.Range(0, 200_000).Select(_ => (rng.NextDouble() - 0.5) * 40)
            .Concat(Enumerable.Range(-20, 41).Select(k => (k + 0.5) * Math.Log(2))).Append(0.0).Append(-700).Append(700);
        foreach (var x in args)
            worst = Math.Max(worst, Math.Abs(ReproducibleExp.Scalar(x) / Math.Exp(x) - 1));
        Assert.True(worst <= 4.5e-16, $"worst relative error {worst:E2}");
        Assert.Equal(1.0, ReproducibleExp.Scalar(0));
    }

    [Fact]
    public void ClampsBeyondSevenHundred_WithoutOverflow()
    {
        Assert.Equal(1.0, ReproducibleExp.Scalar(1e6) / Math.Exp(700), 12);
        Assert.True(ReproducibleExp.Scalar(-1e6) > 0);
    }
}
