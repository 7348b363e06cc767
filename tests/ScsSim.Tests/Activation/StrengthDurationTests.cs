using ScsSim.Activation;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Activation;

public class StrengthDurationTests
{
    [Fact]
    public void Weiss_law_threshold_is_twice_rheobase_at_chronaxie()
    {
        var law = WeissLaw.SpinalCordPerception; // Yearwood et al. 2010: 2.5 mA, 295 µs.
        Tolerance.AssertClose(5.0, law.Threshold(Duration.FromMicroseconds(295)).ToMilliamperes());
        // Weiss: 2.5 × (1 + 295 / 100) = 9.875 mA at 100 µs; 2.5 × (1 + 295/1000) = 3.2375 mA at 1000 µs.
        Tolerance.AssertClose(9.875, law.Threshold(Duration.FromMicroseconds(100)).ToMilliamperes());
        Tolerance.AssertClose(3.2375, law.Threshold(Duration.FromMicroseconds(1000)).ToMilliamperes());
    }

    [Fact]
    public void Lapicque_law_threshold_is_twice_rheobase_at_tau_ln2()
    {
        var law = new LapicqueLaw(Current.FromMilliamperes(2), Duration.FromMicroseconds(400));
        Tolerance.AssertClose(400 * Math.Log(2), law.Chronaxie.ToMicroseconds(), 1e-5);
        Tolerance.AssertClose(4.0, law.Threshold(law.Chronaxie).ToMilliamperes(), 1e-5);
        // 2 / (1 − e^(−1)) = 3.16395 mA at PW = τ.
        Tolerance.AssertClose(2 / (1 - Math.Exp(-1)), law.Threshold(Duration.FromMicroseconds(400)).ToMilliamperes());
    }

    [Fact]
    public void Chronaxie_and_time_constant_convert_both_ways()
    {
        var tau = StrengthDuration.TimeConstantFromChronaxie(Duration.FromMicroseconds(295));
        Tolerance.AssertClose(295 / Math.Log(2), tau.ToMicroseconds(), 1e-5);
        Assert.Equal(Duration.FromMicroseconds(295), StrengthDuration.ChronaxieFromTimeConstant(tau));
        Assert.Equal(WeissLaw.SpinalCordPerception.Chronaxie, WeissLaw.SpinalCordPerception.ToLapicque().ToWeiss().Chronaxie);
    }

    [Fact]
    public void Weiss_fit_recovers_rheobase_and_chronaxie_from_exact_points()
    {
        var truth = new WeissLaw(Current.FromMilliamperes(2.5), Duration.FromMicroseconds(295));
        var widths = new[] { 50, 100, 200, 400, 1000 }.Select(us => Duration.FromMicroseconds(us));
        var fit = WeissLaw.Fit(widths.Select(w => (w, truth.Threshold(w))));
        Tolerance.AssertClose(2.5, fit.Rheobase.ToMilliamperes(), 1e-9);
        Tolerance.AssertClose(295, fit.Chronaxie.ToMicroseconds(), 1e-6);
    }

    [Fact]
    public void Bad_strength_duration_input_is_rejected()
    {
        Assert.Equal("rheobase", Assert.Throws<ArgumentOutOfRangeException>(() => new WeissLaw(Current.Zero, Duration.FromMicroseconds(100))).ParamName);
        Assert.Equal("pulseWidth", Assert.Throws<ArgumentOutOfRangeException>(() => WeissLaw.SpinalCordPerception.Threshold(Duration.Zero)).ParamName);
        Assert.Throws<ArgumentException>(() => WeissLaw.Fit([(Duration.FromMicroseconds(100), Current.FromMilliamperes(1))]));
        Assert.Throws<InvalidOperationException>(() => WeissLaw.Fit([
            (Duration.FromMicroseconds(100), Current.FromMilliamperes(1)), (Duration.FromMicroseconds(200), Current.FromMilliamperes(5))]));
    }
}

public class LapicqueFitTests
{
    [Fact]
    public void Lapicque_fit_recovers_rheobase_and_time_constant_from_exact_points()
    {
        var truth = new LapicqueLaw(Current.FromMilliamperes(1.7), Duration.FromMicroseconds(180));
        var widths = new[] { 30, 60, 120, 250, 500, 1000 }.Select(us => Duration.FromMicroseconds(us));
        var fit = LapicqueLaw.Fit(widths.Select(w => (w, truth.Threshold(w))));
        Tolerance.AssertClose(1.7, fit.Rheobase.ToMilliamperes(), 1e-4);
        Tolerance.AssertClose(180, fit.TimeConstant.ToMicroseconds(), 1e-3);
    }

    [Fact]
    public void Lapicque_fit_rejects_bad_points()
    {
        Assert.Throws<ArgumentException>(() => LapicqueLaw.Fit([(Duration.FromMicroseconds(100), Current.FromMilliamperes(1))]));
        Assert.Equal("points.Threshold", Assert.Throws<ArgumentOutOfRangeException>(() => LapicqueLaw.Fit([
            (Duration.FromMicroseconds(100), Current.FromMilliamperes(1)), (Duration.FromMicroseconds(200), Current.Zero)])).ParamName);
    }
}
