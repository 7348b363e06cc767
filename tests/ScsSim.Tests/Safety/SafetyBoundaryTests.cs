using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

/// <summary>
/// Exact limits of the safety report: a value at a limit is accepted, the next double beyond it is a violation; every
/// violation says which setting, its value, the limit and where. (Found by mutation testing: eng/mutation.sh Safety.)
/// </summary>
public class SafetyBoundaryTests
{
    private static readonly ElectrodeConfiguration Bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
    private static readonly ChargeDensity Thirty = ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30);

    private static TonicProgram Tonic(double mA, double us) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Frequency.FromHertz(50));

    [Fact]
    public void The_preset_limits_are_the_documented_values()
    {
        Assert.Equal(1.85, SafetyLimits.Default.ShannonK);
        Assert.Equal(30, SafetyLimits.Default.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre());
        Assert.Equal(0.01, SafetyLimits.Default.MaxNetChargeFraction);
        Assert.Equal(1.5, SafetyLimits.Conservative.ShannonK);
        Assert.Equal(30, SafetyLimits.Conservative.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre());
        Assert.Equal(0.01, SafetyLimits.Conservative.MaxNetChargeFraction);
    }

    [Fact]
    public void Limit_ranges_include_their_ends_and_refuse_just_beyond()
    {
        // Both ends of every range are accepted.
        Assert.Equal(-50, new SafetyLimits(-50, Thirty, 0).ShannonK);
        Assert.Equal(50, new SafetyLimits(50, Thirty, 1).ShannonK);
        Assert.Equal(0, new SafetyLimits(1.85, Thirty, 0).MaxNetChargeFraction);
        Assert.Equal(1, new SafetyLimits(1.85, Thirty, 1).MaxNetChargeFraction);
        var tiny = ChargeDensity.FromMicrocoulombsPerSquareCentimetre(double.Epsilon);
        Assert.Equal(tiny, new SafetyLimits(1.85, tiny, 0.01).MaxChargeDensity);

        var k = Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyLimits(Math.BitIncrement(50.0), Thirty, 0.01));
        Assert.Equal("shannonK", k.ParamName);
        Assert.Contains("between -50 and 50", k.Message);
        Assert.Equal("shannonK", Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyLimits(Math.BitDecrement(-50.0), Thirty, 0.01)).ParamName);

        var net = Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyLimits(1.85, Thirty, Math.BitIncrement(1.0)));
        Assert.Equal("maxNetChargeFraction", net.ParamName);
        Assert.Contains("between 0 and 1", net.Message);
        Assert.Equal("maxNetChargeFraction", Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyLimits(1.85, Thirty, -1e-300)).ParamName);

        foreach (var bad in new[] { 0.0, -30.0 })
        {
            var density = Assert.Throws<ArgumentOutOfRangeException>(() =>
                new SafetyLimits(1.85, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(bad), 0.01));
            Assert.Equal("maxChargeDensity", density.ParamName);
            Assert.Contains("greater than 0 µC/cm²", density.Message);
        }
    }

    [Fact]
    public void Null_arguments_are_named_and_null_limits_mean_the_default_limits()
    {
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => SafetyAnalysis.Evaluate(null!, Bipolar)).ParamName);
        Assert.Equal("electrodes", Assert.Throws<ArgumentNullException>(() => SafetyAnalysis.Evaluate(Tonic(5, 300), null!)).ParamName);
        var report = SafetyAnalysis.Evaluate(Tonic(5, 300), Bipolar, null);
        Assert.Same(SafetyLimits.Default, report.Limits);
        var conservative = SafetyAnalysis.Evaluate(Tonic(5, 300), Bipolar, SafetyLimits.Conservative);
        Assert.Same(SafetyLimits.Conservative, conservative.Limits);
    }

    [Fact]
    public void Shannon_k_equal_to_the_limit_is_accepted_and_just_above_it_is_a_violation()
    {
        var program = Tonic(10, 500);
        var k = SafetyAnalysis.Evaluate(program, Bipolar).ShannonK!.Value;
        Assert.DoesNotContain(SafetyAnalysis.Evaluate(program, Bipolar, new SafetyLimits(k, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(1e6), 1)).Violations,
            v => v.Parameter == "shannonK");
        var below = SafetyAnalysis.Evaluate(program, Bipolar, new SafetyLimits(Math.BitDecrement(k), ChargeDensity.FromMicrocoulombsPerSquareCentimetre(1e6), 1));
        Assert.Equal(["shannonK"], below.Violations.Select(v => v.Parameter));
    }

    [Fact]
    public void Charge_density_equal_to_the_limit_is_accepted_and_just_above_it_is_a_violation()
    {
        var program = Tonic(10, 500);
        var density = SafetyAnalysis.Evaluate(program, Bipolar).MaxChargeDensity;
        var at = SafetyAnalysis.Evaluate(program, Bipolar, new SafetyLimits(50, density, 1));
        Assert.True(at.IsWithinLimits);
        var justBelow = ChargeDensity.FromMicrocoulombsPerSquareCentimetre(Math.BitDecrement(density.ToMicrocoulombsPerSquareCentimetre()));
        var over = SafetyAnalysis.Evaluate(program, Bipolar, new SafetyLimits(50, justBelow, 1));
        Assert.Equal(["chargeDensity"], over.Violations.Select(v => v.Parameter));
    }

    [Fact]
    public void A_balanced_pulse_meets_even_a_zero_net_charge_limit_and_zero_charge_has_a_zero_fraction()
    {
        // Symmetric active recharge returns exactly the stimulating charge: net 0, fraction 0, and 0 is not above 0.
        var balanced = SafetyAnalysis.Evaluate(Tonic(5, 300), Bipolar, new SafetyLimits(1.85, Thirty, 0));
        Assert.Equal(Charge.Zero, balanced.NetChargePerPeriod);
        Assert.Equal(0, balanced.NetChargeFraction);
        Assert.True(balanced.IsWithinLimits);

        // At 0 mA the fraction is defined as 0 (not 0/0 = NaN).
        var zero = SafetyAnalysis.Evaluate(Tonic(0, 300), Bipolar, new SafetyLimits(1.85, Thirty, 0));
        Assert.Equal(0, zero.NetChargeFraction);
        Assert.True(zero.IsWithinLimits);
    }

    [Fact]
    public void A_net_charge_above_the_limit_is_reported_with_its_value_and_limit()
    {
        // Passive recharge returns the charge up to floating-point rounding; some shapes leave a residual, and a zero
        // limit flags it. Search a few shapes for one with a residual (deterministic: the arithmetic is fixed).
        var found = false;
        foreach (var tauUs in new[] { 100, 123, 200, 333, 777, 1000 })
        foreach (var us in new[] { 90, 210, 300, 450 })
        {
            var pulse = new PulseShape(Current.FromMilliamperes(3.3), Duration.FromMicroseconds(us),
                Recharge.Passive(Duration.FromMicroseconds(tauUs), Duration.FromMicroseconds(3 * tauUs)));
            var program = StimulationProgram.Tonic(pulse, Frequency.FromHertz(40));
            var report = SafetyAnalysis.Evaluate(program, Bipolar, new SafetyLimits(1.85, Thirty, 0));
            if (report.NetChargePerPeriod == Charge.Zero) continue;
            found = true;
            Tolerance.AssertClose(report.NetChargePerPeriod.Abs() / report.ChargePerPhase, report.NetChargeFraction);
            var v = Assert.Single(report.Violations);
            Assert.Equal("netCharge", v.Parameter);
            Assert.Equal(report.NetChargePerPeriod.ToString(), v.Value);
            Assert.Equal($"≤ {0.0:P1} of {report.ChargePerPhase}", v.Limit);
            Assert.Contains("net charge", v.Message);
            // The same residual is far below the default 1 % limit.
            Assert.True(SafetyAnalysis.Evaluate(program, Bipolar).IsWithinLimits);
        }
        Assert.True(found, "no passive shape with a rounding residual");
    }

    [Fact]
    public void A_Shannon_violation_names_the_contact_the_limit_and_the_amplitude_that_would_meet_it()
    {
        // 10 mA × 500 µs = 5 µC at lead 0 contact 3 (12.2522 mm² = 0.122522 cm²). The amplitude that meets k = 1.85:
        // Q = √(0.122522 · 10^1.85) = √(0.122522 · 70.7946) = 2.94512 µC; / 500 µs = 5.89 mA.
        var report = SafetyAnalysis.Evaluate(Tonic(10, 500), Bipolar);
        var k = report.Violations[0];
        Assert.Equal("shannonK", k.Parameter);
        Assert.Equal(ShannonCriterion.Format(report.ShannonK), k.Value);
        Assert.Equal("≤ 1.85", k.Limit);
        Assert.Contains("lead 0 contact 3", k.Message);
        Assert.Contains("Shannon limit k = 1.85", k.Message);
        Assert.Contains($"({report.WorstContactCharge})", k.Message);
        Assert.Contains($"({report.MaxChargeDensity})", k.Message);
        var expected = ShannonCriterion.MaxAmplitude(1.85, Duration.FromMicroseconds(500), Lead.Percutaneous8.ContactArea);
        Tolerance.AssertClose(5.8902, expected.ToMilliamperes(), 1e-4);
        Assert.EndsWith($"below {expected}.", k.Message);

        var density = report.Violations[1];
        Assert.Equal("chargeDensity", density.Parameter);
        Assert.Equal(report.MaxChargeDensity.ToString(), density.Value);
        Assert.Equal($"≤ {Thirty}", density.Limit);
        Assert.Contains("lead 0 contact 3", density.Message);
        Assert.Contains($"above {Thirty}", density.Message);
    }

    [Fact]
    public void The_amplitude_for_k_on_a_split_contact_is_scaled_by_the_share_of_current()
    {
        // With the case as return, contact 2 carries 70 % of 10 mA: the total amplitude that meets k there is
        // the contact's own limit ÷ 0.7.
        var withCase = new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 70), new ContactSetting(0, 3, ContactRole.Cathode, 30)], 100);
        var report = SafetyAnalysis.Evaluate(Tonic(10, 500), withCase);
        var contact = ShannonCriterion.MaxAmplitude(1.85, Duration.FromMicroseconds(500), Lead.Percutaneous8.ContactArea).ToMilliamperes();
        var total = Current.FromMilliamperes(contact * (100 / 70.0));
        var k = Assert.Single(report.Violations, v => v.Parameter == "shannonK");
        Assert.Contains("lead 0 contact 2", k.Message);
        Assert.EndsWith($"below {total}.", k.Message);
    }

    [Fact]
    public void The_worst_contact_is_the_densest_not_the_one_with_the_largest_share()
    {
        // Lead 1 has 0.1 mm × 0.1 mm contacts (π · 0.01 = 0.0314159 mm²). 10 % of the current there is 0.5 µC / 0.000314 cm²
        // = 1591.5 µC/cm², far denser than 90 % on lead 0's 12.25 mm² contact (4.5 µC / 0.1225 cm² = 36.7 µC/cm²).
        var small = new Lead("small", 8, Length.FromMillimetres(0.1), Length.FromMillimetres(0.1), Length.FromMillimetres(1));
        var electrodes = new ElectrodeConfiguration([Lead.Percutaneous8, small],
            [new ContactSetting(0, 3, ContactRole.Cathode, 90), new ContactSetting(1, 5, ContactRole.Cathode, 10)], caseAnodePercent: 100);
        var report = SafetyAnalysis.Evaluate(Tonic(10, 500), electrodes);
        Assert.Equal(1, report.WorstContact.Lead);
        Assert.Equal(5, report.WorstContact.Contact);
        Tolerance.AssertClose(0.5, report.WorstContactCharge.ToMicrocoulombs());
        Tolerance.AssertClose(0.5 / (Math.PI * 0.01 / 100), report.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre());
        var k = Assert.Single(report.Violations, v => v.Parameter == "shannonK");
        Assert.Contains("lead 1 contact 5", k.Message);
        // The total amplitude that meets k there: the contact's own limit on its small area, ÷ its 10 % share.
        var contact = ShannonCriterion.MaxAmplitude(1.85, Duration.FromMicroseconds(500), small.ContactArea).ToMilliamperes();
        Assert.EndsWith($"below {Current.FromMilliamperes(contact * 10)}.", k.Message);
    }
}
