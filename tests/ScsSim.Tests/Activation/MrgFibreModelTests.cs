using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>The public MRG model: the same physics as the NEURON-validated cable, laid out like every ScsSim fibre.</summary>
public class MrgFibreModelTests(ITestOutputHelper output)
{
    private static readonly MrgFibreModel Model = MrgFibreModel.Default;

    [Fact]
    public void The_public_model_reproduces_the_NEURON_threshold_with_its_own_fibre_layout()
    {
        // NEURON (41 nodes, sealed ends, 0.1 % search): 10 µm fibre 1 mm from a point source, 100 µs: 0.12227 mA.
        var reference = MrgNeuronReference.Rows.Value.Single(r => r is { Kind: "threshold_ma", DiameterUm: 10, DistanceMm: 1, PulseWidthUs: 100 }).Value;
        var (field, fibre) = PointSource(10, 1);
        var t = Model.Threshold(field, fibre, Monophasic(100))!.Value.ToMilliamperes();
        output.WriteLine($"ScsSim MrgFibreModel {t:G5} mA, NEURON {reference:G5} mA ({t / reference - 1:+0.00%;-0.00%})");
        Assert.Equal(reference, t, 0.02 * reference);
    }

    [Theory]
    [MemberData(nameof(FibreThresholdSearchTests.LengthCases), MemberType = typeof(FibreThresholdSearchTests))]
    public void Thresholds_do_not_depend_on_where_the_fibre_ends(string name, ElectrodeConfiguration electrodes, Polarity polarity, bool biphasic)
    {
        var field = new ElectrodeField(electrodes, LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(3)));
        var pulse = biphasic ? Pulse300 : Monophasic(300, polarity);
        var t = new[] { 1.0, 2 }.Select(s => Model.WithLengthScale(s).Threshold(field, Fibre(10), pulse)!.Value.ToMilliamperes()).ToArray();
        output.WriteLine($"{name}: {t[0]:G4} / {t[1]:G4} mA at margin ×1/×2");
        Assert.Equal(t[1], t[0], 0.02 * t[1]);
    }

    [Fact]
    public void Strength_duration_of_a_10_um_fibre()
    {
        var (field, fibre) = PointSource(10, 1);
        var sd = Model.StrengthDuration(field, fibre, Monophasic(100), new[] { 30.0, 60, 100, 200, 500, 1000 }.Select(Duration.FromMicroseconds));
        output.WriteLine($"Weiss: rheobase {sd.Weiss.Rheobase}, chronaxie {sd.Weiss.Chronaxie}; Lapicque: {sd.Lapicque.Rheobase}, {sd.Lapicque.Chronaxie}");
        // Mammalian axons at 37 °C: chronaxies of tens to a few hundred microseconds (Geddes 2004; MRG 2002 Fig. 7).
        Assert.InRange(sd.Weiss.Chronaxie.ToMicroseconds(), 50, 300);
        Assert.True(sd.Points.Zip(sd.Points.Skip(1), (a, b) => b.Threshold < a.Threshold).All(x => x), "thresholds fall with pulse width");
    }

    [Fact]
    public void Train_thresholds_of_a_single_axon_barely_change_from_40_to_1200_Hz()
    {
        // Abejón et al. 2016 report perception thresholds falling from 40 to 1200 Hz. A single MRG axon under
        // charge-balanced 300 µs pulses does not show that fall (measured: 1.245 / 1.219 / 1.228 / 1.236 mA at
        // 40 / 200 / 500 / 1200 Hz, single pulse 1.245 mA: a 2 % dip): the clinical fall needs summation this model does not have (stated in MODEL.md).
        var field = MonopoleField();
        var fibre = Fibre(12);
        var t = new[] { 40.0, 200, 500, 1200 }.Select(hz =>
            Model.TrainThreshold(field, fibre, StimulationProgram.Tonic(Pulse300, Frequency.FromHertz(hz)), Duration.FromMilliseconds(50))!.Value.ToMilliamperes()).ToArray();
        var single = Model.Threshold(field, fibre, Pulse300)!.Value.ToMilliamperes();
        output.WriteLine($"single {single:G4} mA; 40/200/500/1200 Hz: {string.Join(" / ", t.Select(v => v.ToString("G4")))} mA");
        Assert.Equal(single, t[0], 0.011 * single); // at 40 Hz pulses are independent
        Assert.All(t, v => Assert.InRange(v, 0.95 * single, single * 1.011));
    }

    [Fact]
    public void A_strong_anode_next_to_the_fibre_does_not_break_the_integration()
    {
        // Anodic 30 mA 0.3 mm from a point source drives nodes far below −1 V, where the slow-K rates underflow.
        var (field, fibre) = PointSource(10, 0.3);
        var w = Model.FiringWindows(field, fibre, Monophasic(300, Polarity.AnodicFirst), Current.FromMilliamperes(30));
        output.WriteLine(w.ToString());
        Assert.NotNull(w.ActivationThreshold);
    }

    [Fact]
    public void The_thinnest_grid_fibre_far_from_a_tripole_gets_a_threshold_search_not_an_error()
    {
        // 1.5 µm, 8 mm lateral, 1 mm deep: 1,135 nodes with the MRG margin (the cap of 1,001 threw inside a 60 µs surface).
        var field = new ElectrodeField(Tripole3, LeadPlacement.MidlineT8);
        var fibre = new StraightFibre(Length.FromMicrometres(1.5), Length.FromMillimetres(8), Length.FromMillimetres(1));
        var t = Model.Threshold(field, fibre, Pulse300.WithPulseWidth(Duration.FromMicroseconds(60)), Current.FromMilliamperes(50));
        output.WriteLine(t?.ToString() ?? "not recruitable below 50 mA");
        Assert.Null(t); // a 1.5 µm fibre 9 mm from the contacts does not fire below 50 mA
    }

    [Fact]
    public void Diameters_outside_the_model_are_refused_with_the_range()
    {
        var (field, _) = PointSource(10, 1);
        var tiny = new StraightFibre(Length.FromMicrometres(0.8), Length.Zero, Length.FromMillimetres(0.1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Model.Threshold(field, tiny, Monophasic(100)));
        Assert.Contains("1.011 to 16 µm", e.Message);
        Assert.Contains("0.8 µm", e.Message);
    }

    [Fact]
    public void Small_fibres_use_the_Pena_geometry_and_the_seam_at_5_7_um_is_reported()
    {
        var t = new[] { 2.0, 3.5, 5.69, 5.7 }.Select(d => { var (f, fb) = PointSource(d, 1); return Model.Threshold(f, fb, Monophasic(100))!.Value.ToMilliamperes(); }).ToArray();
        output.WriteLine($"2 / 3.5 / 5.69 / 5.7 µm at 1 mm, 100 µs: {string.Join(" / ", t.Select(v => v.ToString("G4")))} mA");
        Assert.True(t[0] > t[1] && t[1] > t[2], "thresholds fall with diameter within the small-fibre model");
        Assert.InRange(t[2] / t[3], 0.5, 2); // the seam: documented, bounded
    }
}
