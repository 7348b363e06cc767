using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

/// <summary>
/// The Shannon criterion at the edges of its inputs: zero charge, the ends of the k range, and the parameter, unit and
/// value named by every refusal. (Found by mutation testing: eng/mutation.sh Safety.)
/// </summary>
public class ShannonBoundaryTests
{
    private static readonly Area ContactArea = Area.FromSquareMillimetres(12.25); // 0.1225 cm²

    [Fact]
    public void K_from_charge_and_density_matches_the_hand_value()
    {
        // Q = 1.5 µC, D = 12.2449 µC/cm²: k = 1.087955 + 0.176091 = 1.264046, the same as from the 12.25 mm² area.
        var k = ShannonCriterion.K(Charge.FromMicrocoulombs(1.5), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(1.5 / 0.1225));
        Tolerance.AssertClose(1.264046, k!.Value, 1e-6);
        // log10(100) + log10(10) = 3 exactly; log10(0.01) + log10(1) = -2.
        Assert.Equal(3, ShannonCriterion.K(Charge.FromMicrocoulombs(10), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(100))!.Value, 12);
        Assert.Equal(-2, ShannonCriterion.K(Charge.FromMicrocoulombs(1), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(0.01))!.Value, 12);
        // 2 · log10(10 µC) − log10(1 cm²) = 2; on 0.01 cm² (1 mm²) it is 2 + 2 = 4.
        Assert.Equal(2, ShannonCriterion.K(Charge.FromMicrocoulombs(10), Area.FromSquareMillimetres(100))!.Value, 12);
        Assert.Equal(4, ShannonCriterion.K(Charge.FromMicrocoulombs(10), Area.FromSquareMillimetres(1))!.Value, 12);
    }

    [Fact]
    public void Zero_charge_with_a_positive_density_has_no_k()
    {
        Assert.Null(ShannonCriterion.K(Charge.Zero, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(5)));
        // The smallest positive values still have a (finite) k.
        Assert.NotNull(ShannonCriterion.K(Charge.FromMicrocoulombs(double.Epsilon), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(double.Epsilon)));
        Assert.NotNull(ShannonCriterion.K(Charge.FromMicrocoulombs(double.Epsilon), ContactArea));
    }

    [Fact]
    public void Negative_inputs_are_refused_naming_the_parameter_the_unit_and_the_value()
    {
        var q = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ShannonCriterion.K(Charge.FromMicrocoulombs(-2), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(1)));
        Assert.Equal("chargePerPhase", q.ParamName);
        Assert.Contains("at least 0 µC", q.Message);
        Assert.Contains("got -2 µC", q.Message);
        var d = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ShannonCriterion.K(Charge.FromMicrocoulombs(1), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(-3)));
        Assert.Equal("density", d.ParamName);
        Assert.Contains("at least 0 µC/cm²", d.Message);
        Assert.Contains("got -3 µC/cm²", d.Message);
        var qa = Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(-2), ContactArea));
        Assert.Equal("chargePerPhase", qa.ParamName);
        Assert.Contains("got -2 µC", qa.Message);
        // An Area cannot be negative: zero is the only area the criterion itself must refuse.
        var a = Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(1), Area.Zero));
        Assert.Equal("area", a.ParamName);
        Assert.Contains("greater than 0 mm²", a.Message);
        var m = Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxChargePerPhase(1.5, Area.Zero));
        Assert.Equal("area", m.ParamName);
        Assert.Contains("greater than 0 mm²", m.Message);
    }

    [Fact]
    public void The_k_range_includes_both_ends()
    {
        // Q = √(A · 10^k): on 100 mm² (1 cm²) that is 10^25 µC at k = 50 and 10^-25 µC at k = -50.
        var square = Area.FromSquareMillimetres(100);
        Tolerance.AssertClose(1e25, ShannonCriterion.MaxChargePerPhase(ShannonCriterion.MaxK, square).ToMicrocoulombs(), 1e-12);
        Tolerance.AssertClose(1e-25, ShannonCriterion.MaxChargePerPhase(ShannonCriterion.MinK, square).ToMicrocoulombs(), 1e-12);
        Assert.Equal(50, ShannonCriterion.MaxK);
        Assert.Equal(-50, ShannonCriterion.MinK);
        foreach (var k in new[] { Math.BitIncrement(50.0), Math.BitDecrement(-50.0), double.PositiveInfinity })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxChargePerPhase(k, square));
            Assert.Equal("k", e.ParamName);
            Assert.Contains("between -50 and 50", e.Message);
        }
    }

    [Fact]
    public void The_max_amplitude_refuses_a_zero_width_naming_it_in_nanoseconds()
    {
        foreach (var ns in new[] { 0L, -1L })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxAmplitude(1.5, Duration.FromNanoseconds(ns), ContactArea));
            Assert.Equal("pulseWidth", e.ParamName);
            Assert.Contains("greater than 0 ns", e.Message);
        }
        // The shortest width, 1 ns: 1.968195 µC / 1 ns = 1,968,195 mA.
        Tolerance.AssertClose(1.968195e6, ShannonCriterion.MaxAmplitude(1.5, Duration.FromNanoseconds(1), ContactArea).ToMilliamperes(), 1e-6);
    }

    [Fact]
    public void Format_always_writes_two_decimals_in_invariant_culture()
    {
        Assert.Equal("2.00", ShannonCriterion.Format(2));
        Assert.Equal("-0.50", ShannonCriterion.Format(-0.5));
        Assert.Equal("1.85", ShannonCriterion.Format(ShannonCriterion.DamageK));
    }
}
