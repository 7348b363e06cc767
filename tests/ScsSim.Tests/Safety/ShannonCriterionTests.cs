using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

/// <summary>Reference values computed by hand from Shannon RV, IEEE Trans Biomed Eng 39:424 (1992): k = log10(D) + log10(Q).</summary>
public class ShannonCriterionTests
{
    private static readonly Area ContactArea = Area.FromSquareMillimetres(12.25); // 0.1225 cm²

    [Fact]
    public void Shannon_1992_k_for_5_mA_300_us_on_a_12_25_mm2_contact()
    {
        // Q = 1.5 µC, D = 1.5 / 0.1225 = 12.2449 µC/cm², k = log10(12.2449) + log10(1.5) = 1.087955 + 0.176091 = 1.264046.
        var k = ShannonCriterion.K(Charge.FromMicrocoulombs(1.5), ContactArea);
        Tolerance.AssertClose(1.264046, k!.Value, 1e-6);
    }

    [Fact]
    public void Shannon_1992_max_charge_at_k_1_5_and_1_85()
    {
        // Q = sqrt(A · 10^k): sqrt(0.1225 · 31.6228) = 1.968195 µC; sqrt(0.1225 · 70.7946) = 2.944883 µC.
        Tolerance.AssertClose(1.968195, ShannonCriterion.MaxChargePerPhase(1.5, ContactArea).ToMicrocoulombs(), 1e-6);
        Tolerance.AssertClose(2.944883, ShannonCriterion.MaxChargePerPhase(1.85, ContactArea).ToMicrocoulombs(), 1e-6);
        // At 300 µs: 1.968195 µC / 300 µs = 6.560649 mA.
        Tolerance.AssertClose(6.560649, ShannonCriterion.MaxAmplitude(1.5, Duration.FromMicroseconds(300), ContactArea).ToMilliamperes(), 1e-6);
    }

    [Fact]
    public void The_max_charge_sits_exactly_on_the_limit()
    {
        var q = ShannonCriterion.MaxChargePerPhase(1.7, ContactArea);
        Tolerance.AssertClose(1.7, ShannonCriterion.K(q, ContactArea)!.Value, 1e-12);
    }

    [Fact]
    public void Zero_charge_has_no_k_and_negative_input_is_rejected()
    {
        // Issue #9: k was -infinity at zero charge; it is now "not applicable" (null), never an infinity.
        Assert.Null(ShannonCriterion.K(Charge.Zero, ContactArea));
        Assert.Null(ShannonCriterion.K(Charge.Zero, ChargeDensity.Zero));
        Assert.Null(ShannonCriterion.K(Charge.FromMicrocoulombs(1), ChargeDensity.Zero));
        Assert.Equal("not applicable", ShannonCriterion.Format(null));
        Assert.Equal("1.26", ShannonCriterion.Format(1.264));
        Assert.Equal("chargePerPhase", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(-1), ContactArea)).ParamName);
        Assert.Equal("area", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(1), Area.Zero)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxChargePerPhase(double.NaN, ContactArea)).ParamName);
    }

    [Fact]
    public void K_is_finite_for_extreme_but_accepted_charges_and_areas()
    {
        foreach (var q in new[] { Charge.FromMicrocoulombs(double.Epsilon), Charge.FromMicrocoulombs(1e100) })
        foreach (var a in new[] { Area.FromSquareMillimetres(double.Epsilon), Area.FromSquareMillimetres(1e100) })
            Assert.True(double.IsFinite(ShannonCriterion.K(q, a)!.Value), $"{q} on {a}");
        Assert.True(double.IsFinite(ShannonCriterion.K(Charge.FromMicrocoulombs(1e100), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(double.Epsilon))!.Value));
    }

    [Fact]
    public void The_k_limit_has_a_documented_range_that_keeps_the_charge_finite()
    {
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxChargePerPhase(400, ContactArea)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxAmplitude(-400, Duration.FromNanoseconds(1), ContactArea)).ParamName);
        var most = ShannonCriterion.MaxAmplitude(ShannonCriterion.MaxK, Duration.FromNanoseconds(1), Area.FromSquareMillimetres(1e100));
        Assert.True(double.IsFinite(most.ToMilliamperes()));
        Assert.Equal("shannonK", Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyLimits(1e300, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01)).ParamName);
    }
}
