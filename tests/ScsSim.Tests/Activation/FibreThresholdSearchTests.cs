using FsCheck;
using FsCheck.Xunit;
using ScsSim.Activation;
using ScsSim.Programming;
using ScsSim.Quantities;
using Xunit.Abstractions;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

/// <summary>The threshold is the lowest firing amplitude, whatever happens above it (issue: a bisection from 1 mA landed on
/// the upper edge of an anodal-surround block window); firing windows; thresholds independent of the fibre's length.</summary>
public class FibreThresholdSearchTests(ITestOutputHelper output)
{
    private static readonly Lazy<FiringWindows> IssueExample = new(() =>
    {
        var (field, fibre) = PointSource(20, 1);
        return McNealFibreModel.Default.FiringWindows(field, fibre, Monophasic(1000), Current.FromMilliamperes(30));
    });

    [Fact]
    public void A_block_window_above_the_threshold_does_not_fool_the_search()
    {
        // The issue's example: 20 µm McNeal fibre 1 mm from a point source, 1 ms monophasic cathodic pulse.
        var (field, fibre) = PointSource(20, 1);
        var pulse = Monophasic(1000);
        var threshold = McNealFibreModel.Default.Threshold(field, fibre, pulse)!.Value;
        output.WriteLine($"threshold {threshold}; windows {IssueExample.Value}");
        Assert.True(threshold < Current.FromMilliamperes(0.3), $"threshold {threshold}: the lowest firing amplitude is a fraction of a milliamp");
        Assert.True(McNealFibreModel.Default.Fires(field, fibre, pulse.WithAmplitude(threshold * 1.02)));
        Assert.False(McNealFibreModel.Default.Fires(field, fibre, pulse.WithAmplitude(threshold * 0.98)));
        // 1 mA, where the old bisection started, lies in the block window: it does not fire.
        Assert.False(McNealFibreModel.Default.Fires(field, fibre, pulse.WithAmplitude(Current.FromMilliamperes(1))));
        Assert.Equal(threshold.ToMilliamperes(), IssueExample.Value.ActivationThreshold!.Value.ToMilliamperes(), 0.02 * threshold.ToMilliamperes());
    }

    [Fact]
    public void Firing_windows_give_activation_block_and_reexcitation_thresholds_that_bracket_firing()
    {
        var (field, fibre) = PointSource(20, 1);
        var pulse = Monophasic(1000);
        var w = IssueExample.Value;
        Assert.NotNull(w.BlockThreshold);
        Assert.NotNull(w.ReexcitationThreshold);
        var edges = new (Current Edge, bool FiresAbove)[]
        {
            (w.ActivationThreshold!.Value, true), (w.BlockThreshold!.Value, false), (w.ReexcitationThreshold!.Value, true),
        };
        foreach (var (edge, firesAbove) in edges)
        {
            Assert.Equal(firesAbove, McNealFibreModel.Default.Fires(field, fibre, pulse.WithAmplitude(edge * 1.03)));
            Assert.Equal(!firesAbove, McNealFibreModel.Default.Fires(field, fibre, pulse.WithAmplitude(edge * 0.97)));
            Assert.Equal(firesAbove, w.Fires(edge * 1.03));
        }
        Assert.True(w.BlockThreshold.Value > w.ActivationThreshold.Value * 2 && w.ReexcitationThreshold.Value > w.BlockThreshold.Value * 2,
            $"windows {w}: a wide block window between two firing ranges");
    }

    [Fact]
    public void A_fibre_that_never_fires_has_no_windows_and_no_threshold()
    {
        var (field, fibre) = PointSource(2, 15);
        var max = Current.FromMilliamperes(0.05);
        Assert.Null(McNealFibreModel.Default.Threshold(field, fibre, Monophasic(100), max));
        var w = McNealFibreModel.Default.FiringWindows(field, fibre, Monophasic(100), max);
        Assert.Empty(w.Intervals);
        Assert.Null(w.ActivationThreshold);
        Assert.Null(w.BlockThreshold);
        Assert.Null(w.ReexcitationThreshold);
    }

    /// <summary>A synthetic cable that fires in chosen amplitude windows and is locally excited from a chosen amplitude
    /// up: the search alone is under test, against every arrangement FsCheck draws.</summary>
    private sealed class WindowCable(double excitedFromMa, (double From, double To)[] firing) : IFibreCable
    {
        public long TimeStepNs => 1000;
        public bool LastRunExcited { get; private set; }
        public int Runs { get; private set; }

        public int CountPropagated(ReadOnlySpan<double> waveformPerMa, int stimulusSteps, double amplitudeMa, int stopAfter,
            List<double>? arrivalTimesMs, CancellationToken cancellationToken)
        {
            Runs++;
            LastRunExcited = amplitudeMa >= excitedFromMa;
            return firing.Any(w => amplitudeMa >= w.From && amplitudeMa < w.To) ? 1 : 0;
        }
    }

    [Property(MaxTest = 300)]
    public bool The_search_returns_the_lowest_firing_window_wherever_it_starts(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt g)
    {
        // Activation between 0.01 and 10 mA; a block window from 1.3-10x above it to 1.3-10x above that; firing again to
        // infinity. Local excitation starts at or below activation. Start guesses 0.001-100 mA.
        double Unit(PositiveInt x, int salt) => (x.Get * 7919 + salt) % 1000 / 1000.0;
        var activation = 0.01 * Math.Pow(1000, Unit(a, 1));
        var block = activation * Math.Pow(10, 0.12 + 0.88 * Unit(b, 2));
        var resume = block * Math.Pow(10, 0.12 + 0.88 * Unit(c, 3));
        var guess = 0.001 * Math.Pow(1e5, Unit(g, 4));
        var cable = new WindowCable(activation * 0.8, [(activation, block), (resume, double.PositiveInfinity)]);
        var run = new FibreModel.PreparedRun(cable, [0.0], 1);
        var t = FibreModel.ThresholdMa(run, guess, 1e4);
        var windows = FibreModel.FiringIntervalsMa(run, 1e4, CancellationToken.None);
        return Math.Abs(t / activation - 1) <= FibreModel.ThresholdRelativeAccuracy
               && windows.Count == 2 && Math.Abs(windows[0].To / block - 1) <= 0.01 && Math.Abs(windows[1].From / resume - 1) <= 0.01
               && double.IsPositiveInfinity(windows[1].To);
    }

    [Fact]
    public void The_search_reports_nothing_above_its_maximum_and_the_floor_below_its_minimum()
    {
        var above = new FibreModel.PreparedRun(new WindowCable(60, [(60, double.PositiveInfinity)]), [0.0], 1);
        Assert.Equal(double.PositiveInfinity, FibreModel.ThresholdMa(above, 1, 50));
        var exact = new FibreModel.PreparedRun(new WindowCable(49.9, [(49.9, double.PositiveInfinity)]), [0.0], 1);
        Assert.InRange(FibreModel.ThresholdMa(exact, 1, 50), 49.9 * (1 - FibreModel.ThresholdRelativeAccuracy / 2), 50);
        var always = new FibreModel.PreparedRun(new WindowCable(0, [(0, double.PositiveInfinity)]), [0.0], 1);
        Assert.Equal(FibreModel.MinimumSearchMa, FibreModel.ThresholdMa(always, 1, 50));
    }

    public static TheoryData<string, ElectrodeConfiguration, Polarity, bool> LengthCases => new()
    {
        { "cathodic monopole", Monopole3, Polarity.CathodicFirst, false },
        { "anodic monopole", Monopole3, Polarity.AnodicFirst, false },
        { "biphasic monopole", Monopole3, Polarity.CathodicFirst, true },
        { "guarded tripole", Tripole3, Polarity.CathodicFirst, true },
    };

    [Theory]
    [MemberData(nameof(LengthCases))]
    public void Thresholds_do_not_depend_on_where_the_fibre_ends(string name, ElectrodeConfiguration electrodes, Polarity polarity, bool biphasic)
    {
        // 10 µm fibre 0.1 mm deep under 3 mm of CSF, 300 µs; the fibre's margin beyond the contacts ×1, ×2, ×4.
        var field = new ElectrodeField(electrodes, LeadPlacement.MidlineT8.WithCsfThickness(Length.FromMillimetres(3)));
        var pulse = biphasic ? Pulse300 : Monophasic(300, polarity);
        var t = new[] { 1.0, 2, 4 }.Select(s => McNealFibreModel.Default.WithLengthScale(s).Threshold(field, Fibre(10), pulse)!.Value.ToMilliamperes()).ToArray();
        output.WriteLine($"{name}: {string.Join(" / ", t.Select(v => v.ToString("G4")))} mA at margin ×1/×2/×4");
        Assert.All(t, v => Assert.Equal(t[2], v, 0.015 * t[2]));
    }
}
