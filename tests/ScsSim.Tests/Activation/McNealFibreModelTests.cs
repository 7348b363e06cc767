using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class McNealFibreModelTests
{
    private static readonly McNealFibreModel Model = McNealFibreModel.Default;

    private static double ThresholdMa(ElectrodeField field, StraightFibre fibre, PulseShape pulse) =>
        Model.Threshold(field, fibre, pulse)!.Value.ToMilliamperes();

    private static PulseShape Monophasic(Polarity polarity) =>
        new(Current.Zero, Duration.FromMicroseconds(300), Recharge.None, polarity: polarity);

    private static readonly Lazy<double[]> ByDiameter = new(() =>
        new[] { 6.0, 10, 16 }.Select(d => ThresholdMa(MonopoleField(), Fibre(d), Pulse300)).ToArray());

    [Fact]
    public void Threshold_falls_as_fibre_diameter_grows()
    {
        var t = ByDiameter.Value; // 6, 10, 16 µm
        Assert.True(t[0] > 1.3 * t[1], $"6 µm {t[0]} mA vs 10 µm {t[1]} mA");
        Assert.True(t[1] > 1.3 * t[2], $"10 µm {t[1]} mA vs 16 µm {t[2]} mA");
    }

    [Fact]
    public void Threshold_rises_with_distance_from_the_lead()
    {
        var field = MonopoleField();
        var depths = new[] { 0.0, 0.5, 1.0 }.Select(y => ThresholdMa(field, Fibre(10, 0, y), Pulse300)).ToArray();
        Assert.True(depths[0] < depths[1] && depths[1] < depths[2], string.Join(", ", depths));
        var lateral = new[] { 0.0, 2.0, 4.0 }.Select(x => ThresholdMa(field, Fibre(10, x, 0.1), Pulse300)).ToArray();
        Assert.True(lateral[0] < lateral[1] && lateral[1] < lateral[2], string.Join(", ", lateral));
    }

    [Fact]
    public void Cathodic_threshold_is_well_below_the_anodic_threshold()
    {
        var field = MonopoleField();
        var cathodic = ThresholdMa(field, Fibre(10), Monophasic(Polarity.CathodicFirst));
        var anodic = ThresholdMa(field, Fibre(10), Monophasic(Polarity.AnodicFirst));
        // Measured 4.89 vs 23.1 mA; converged in fibre length (FibreThresholdSearchTests).
        Assert.True(anodic > 3 * cathodic, $"cathodic {cathodic} mA, anodic {anodic} mA");
    }

    [Fact]
    public void Thicker_csf_raises_thresholds_as_He_et_al_1994_observed()
    {
        // He, Barolat, Holsheimer, Struijk, Pain 59:55 (1994): level-to-level threshold differences follow dorsal CSF thickness.
        var t = new[] { 2.0, 3.0, 4.5 }.Select(h => ThresholdMa(MonopoleField(h), Fibre(10), Pulse300)).ToArray();
        Assert.True(t[0] < t[1] && t[1] < t[2], string.Join(", ", t));
        Assert.True(t[2] > 2 * t[0], "the effect is large, not marginal");
    }

    [Fact]
    public void Threshold_is_bracketed_to_one_percent()
    {
        var field = MonopoleField();
        var fibre = Fibre(12);
        var t = Model.Threshold(field, fibre, Pulse300)!.Value;
        Assert.True(Model.Fires(field, fibre, Pulse300.WithAmplitude(t * 1.01)));
        Assert.False(Model.Fires(field, fibre, Pulse300.WithAmplitude(t * 0.99)));
    }

    [Fact]
    public void Every_pulse_shape_drives_the_fibre_and_the_recharge_phase_raises_the_threshold_a_little()
    {
        var field = MonopoleField();
        var fibre = Fibre(10);
        var mono = ThresholdMa(field, fibre, Monophasic(Polarity.CathodicFirst));
        var biphasic = ThresholdMa(field, fibre, Pulse300);
        var gap = ThresholdMa(field, fibre, new PulseShape(Current.Zero, Duration.FromMicroseconds(300), interphaseGap: Duration.FromMicroseconds(100)));
        var asymmetric = ThresholdMa(field, fibre, new PulseShape(Current.Zero, Duration.FromMicroseconds(300), Recharge.ActiveAsymmetric(4)));
        Assert.InRange(biphasic / mono, 1.0, 1.2);
        Assert.InRange(gap, mono * 0.99, biphasic * 1.01);
        Assert.InRange(asymmetric, mono * 0.99, biphasic * 1.01);
    }

    [Fact]
    public void Smaller_time_step_changes_the_threshold_by_less_than_two_percent()
    {
        var field = MonopoleField();
        var fine = new McNealFibreModel(timeStep: Duration.FromMicroseconds(0.5)).Threshold(field, Fibre(10), Pulse300)!.Value.ToMilliamperes();
        Tolerance.AssertClose(fine, ThresholdMa(field, Fibre(10), Pulse300), 0.02, "threshold at 2 µs vs 0.5 µs");
    }

    [Fact]
    public void Strength_duration_curve_of_a_large_fibre_has_a_chronaxie_of_tens_to_hundreds_of_microseconds()
    {
        var curve = Model.StrengthDuration(MonopoleField(), Fibre(16), Pulse300, new[] { 30, 60, 120, 250, 500, 1000 }.Select(us => Duration.FromMicroseconds(us)));
        Assert.InRange(curve.Weiss.Chronaxie.ToMicroseconds(), 30, 500);
        Assert.InRange(curve.Lapicque.Chronaxie.ToMicroseconds(), 30, 500);
        // Threshold falls with width and levels off towards the rheobase.
        for (var i = 1; i < curve.Points.Count; i++) Assert.True(curve.Points[i].Threshold < curve.Points[i - 1].Threshold);
        Assert.InRange(curve.Points[^1].Threshold / curve.Lapicque.Rheobase, 0.9, 1.3);
        // Both laws describe the model within 15 % at every width.
        foreach (var (w, t) in curve.Points)
        {
            Tolerance.AssertClose(t.ToMilliamperes(), curve.Lapicque.Threshold(w).ToMilliamperes(), 0.15, $"Lapicque at {w}");
            Tolerance.AssertClose(t.ToMilliamperes(), curve.Weiss.Threshold(w).ToMilliamperes(), 0.15, $"Weiss at {w}");
        }
    }

    [Fact]
    public void At_body_temperature_a_large_fibre_has_the_textbook_chronaxie_of_about_50_to_100_us()
    {
        // Textbook chronaxies (../shared/REFERENCES.md): large Aα/β fibres 50-100 µs. FH rates scaled by Q10 = 3 to 37 °C.
        var warm = new McNealFibreModel(temperature: Temperature.FromDegreesCelsius(37));
        var widths = new[] { 30, 60, 120, 250, 500, 1000 }.Select(us => Duration.FromMicroseconds(us)).ToArray();
        var curve37 = warm.StrengthDuration(MonopoleField(), Fibre(16), Pulse300, widths);
        Assert.InRange(curve37.Lapicque.Chronaxie.ToMicroseconds(), 40, 120);
        var curve22 = Model.StrengthDuration(MonopoleField(), Fibre(16), Pulse300, widths);
        Assert.True(curve37.Weiss.Chronaxie < curve22.Weiss.Chronaxie, "faster kinetics shorten the chronaxie");
        var hot = Assert.Throws<ArgumentOutOfRangeException>(() => new McNealFibreModel(temperature: Temperature.FromDegreesCelsius(60)));
        Assert.Equal("temperature", hot.ParamName);
        Assert.Contains("°C", hot.Message);
    }

    [Fact]
    public void Bad_fibre_input_is_rejected()
    {
        var field = MonopoleField();
        Assert.Equal("Diameter", Assert.Throws<ArgumentOutOfRangeException>(() => Model.Threshold(field, Fibre(0), Pulse300)).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentOutOfRangeException>(() => Model.Threshold(field, Fibre(10), Pulse300, Current.Zero)).ParamName);
        Assert.Equal("timeStep", Assert.Throws<ArgumentOutOfRangeException>(() => new McNealFibreModel(timeStep: Duration.FromMicroseconds(50))).ParamName);
        Assert.Equal("axonToFibreDiameterRatio", Assert.Throws<ArgumentOutOfRangeException>(() => new MyelinatedFibreParameters(axonToFibreDiameterRatio: double.NaN)).ParamName);
        var gap = Assert.Throws<ArgumentOutOfRangeException>(() => new MyelinatedFibreParameters(nodeGap: Length.FromMicrometres(20)));
        Assert.Equal("nodeGap", gap.ParamName);
        Assert.Contains("0.5 µm", gap.Message);
        Assert.Equal("axoplasmResistivity", Assert.Throws<ArgumentOutOfRangeException>(() => new MyelinatedFibreParameters(axoplasmResistivity: Resistivity.FromOhmMetres(20))).ParamName);
        Assert.Equal("membraneCapacitance", Assert.Throws<ArgumentOutOfRangeException>(() => new MyelinatedFibreParameters(membraneCapacitance: SpecificCapacitance.Zero)).ParamName);
        Assert.Throws<ArgumentException>(() => Model.StrengthDuration(field, Fibre(10), Pulse300, [Duration.FromMicroseconds(100)]));
        Assert.Null(Model.Threshold(field, Fibre(2, 0, 1), Pulse300, Current.FromMilliamperes(2))); // not excitable below 2 mA
    }

    [Fact]
    public void Extreme_fields_do_not_overflow_the_membrane_model()
    {
        // 1 A through a point source 0.35 mm above a fibre in fat-like tissue: depolarisations of hundreds of volts.
        var field = new ElectrodeField(Monopole3, [LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(0.2))], ConductiveMedium.Isotropic(Conductivity.FromSiemensPerMetre(0.04)),
            ContactSourceModel.Point);
        var fibre = Fibre(20, 0, -0.1);
        Assert.True(Model.Fires(field, fibre, Pulse300.WithAmplitude(Current.FromMilliamperes(1000))));
        Assert.True(double.IsFinite(FrankenhaeuserHuxleyNode.Ghk(50_000, 114.5, 13.74)));
        Assert.True(double.IsFinite(FrankenhaeuserHuxleyNode.Ghk(-50_000, 2.5, 120)));
        // The GHK factor is continuous through E = 0 (V = +70 mV), where its closed form is 0/0.
        Tolerance.AssertClose(FrankenhaeuserHuxleyNode.Ghk(70 + 1e-6, 114.5, 13.74), FrankenhaeuserHuxleyNode.Ghk(70, 114.5, 13.74), 1e-5);
    }

    [Fact]
    public void Frankenhaeuser_Huxley_resting_state_is_an_equilibrium()
    {
        // McNeal 1976 resting gate values are the steady states of the FH 1964 rates at V = 0 (rest), to 2 significant digits.
        Tolerance.AssertClose(0.0005, FrankenhaeuserHuxleyNode.AlphaM(0) / (FrankenhaeuserHuxleyNode.AlphaM(0) + FrankenhaeuserHuxleyNode.BetaM(0)), 0.1);
        Tolerance.AssertClose(0.8249, FrankenhaeuserHuxleyNode.AlphaH(0) / (FrankenhaeuserHuxleyNode.AlphaH(0) + FrankenhaeuserHuxleyNode.BetaH(0)), 0.01);
        Tolerance.AssertClose(0.0268, FrankenhaeuserHuxleyNode.AlphaN(0) / (FrankenhaeuserHuxleyNode.AlphaN(0) + FrankenhaeuserHuxleyNode.BetaN(0)), 0.02);
        Tolerance.AssertClose(0.0049, FrankenhaeuserHuxleyNode.AlphaP(0) / (FrankenhaeuserHuxleyNode.AlphaP(0) + FrankenhaeuserHuxleyNode.BetaP(0)), 0.05);
    }
}
