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
        Tolerance.AssertClose(1.264046, k, 1e-6);
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
        Tolerance.AssertClose(1.7, ShannonCriterion.K(q, ContactArea), 1e-12);
    }

    [Fact]
    public void Zero_charge_has_minus_infinite_k_and_negative_input_is_rejected()
    {
        Assert.Equal(double.NegativeInfinity, ShannonCriterion.K(Charge.Zero, ContactArea));
        Assert.Equal("chargePerPhase", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(-1), ContactArea)).ParamName);
        Assert.Equal("area", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.K(Charge.FromMicrocoulombs(1), Area.Zero)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => ShannonCriterion.MaxChargePerPhase(double.NaN, ContactArea)).ParamName);
    }
}
