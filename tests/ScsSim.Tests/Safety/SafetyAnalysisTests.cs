using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Safety;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Safety;

public class SafetyAnalysisTests
{
    private static StimulationProgram Tonic(double mA, double us) =>
        StimulationProgram.Tonic(new PulseShape(Current.FromMilliamperes(mA), Duration.FromMicroseconds(us)), Frequency.FromHertz(50));

    [Fact]
    public void Typical_tonic_program_is_within_limits()
    {
        var report = SafetyAnalysis.Evaluate(Tonic(5, 300), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4));
        Assert.True(report.IsWithinLimits);
        Tolerance.AssertClose(1.5, report.ChargePerPhase.ToMicrocoulombs());
        Tolerance.AssertClose(1.5 / (Math.PI * 1.3 * 3 / 100), report.MaxChargeDensity.ToMicrocoulombsPerSquareCentimetre());
        Assert.Equal(0, report.NetChargeFraction, 12);
    }

    [Fact]
    public void The_contact_with_the_largest_fraction_dominates()
    {
        // 70/30 split cathodes, one anode at 100 %: the anode carries all the charge and has the highest density.
        var split = new ElectrodeConfiguration([Lead.Percutaneous8],
        [
            new ContactSetting(0, 2, ContactRole.Cathode, 70),
            new ContactSetting(0, 3, ContactRole.Cathode, 30),
            new ContactSetting(0, 5, ContactRole.Anode, 100),
        ]);
        var report = SafetyAnalysis.Evaluate(Tonic(5, 300), split);
        Assert.Equal(5, report.WorstContact.Contact);
        // With the case as return, the 70 % cathode is worst.
        var withCase = new ElectrodeConfiguration([Lead.Percutaneous8],
            [new ContactSetting(0, 2, ContactRole.Cathode, 70), new ContactSetting(0, 3, ContactRole.Cathode, 30)], 100);
        var caseReport = SafetyAnalysis.Evaluate(Tonic(5, 300), withCase);
        Assert.Equal(2, caseReport.WorstContact.Contact);
        Tolerance.AssertClose(1.05, caseReport.WorstContactCharge.ToMicrocoulombs());
    }

    [Fact]
    public void High_charge_exceeds_Shannon_and_density_limits_and_says_how_far_to_go()
    {
        // 10 mA × 500 µs = 5 µC on 12.25 mm²: D = 40.8 µC/cm², k = 1.611 + 0.699 = 2.31.
        var report = SafetyAnalysis.Evaluate(Tonic(10, 500), ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4));
        Assert.False(report.IsWithinLimits);
        Assert.Equal(["shannonK", "chargeDensity"], report.Violations.Select(v => v.Parameter));
        Tolerance.AssertClose(Math.Log10(5 / 0.122522) + Math.Log10(5), report.ShannonK!.Value, 1e-4);
        Assert.Contains("mA", report.Violations[0].Message);
    }

    [Fact]
    public void Conservative_limits_flag_what_default_limits_allow()
    {
        // 7 mA × 300 µs = 2.1 µC: k = 1.556 (between 1.5 and 1.85).
        var program = Tonic(7, 300);
        var bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
        Assert.True(SafetyAnalysis.Evaluate(program, bipolar).IsWithinLimits);
        Assert.False(SafetyAnalysis.Evaluate(program, bipolar, SafetyLimits.Conservative).IsWithinLimits);
    }

    [Fact]
    public void Limits_are_validated()
    {
        Assert.Equal("maxNetChargeFraction", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SafetyLimits(1.85, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 2)).ParamName);
        Assert.Equal("shannonK", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SafetyLimits(double.NaN, ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30), 0.01)).ParamName);
    }
}
