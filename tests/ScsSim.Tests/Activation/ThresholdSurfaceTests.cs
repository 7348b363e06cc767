using ScsSim.Activation;
using ScsSim.Quantities;
using static ScsSim.Tests.Activation.ActivationFixtures;

namespace ScsSim.Tests.Activation;

public class ThresholdSurfaceTests
{
    // Two pulse widths so that the width axis is interpolated too; a reduced grid keeps the test quick.
    private static readonly Lazy<ThresholdSurface> Surface = new(() => ThresholdSurface.Compute(
        new ElectrodeField(Tripole3, LeadPlacement.MidlineT8), Pulse300,
        new ThresholdSurfaceGrid(
            new[] { 5, 7, 9, 11.5, 14, 17 }.Select(Length.FromMicrometres),
            new[] { 0, 0.2, 0.45, 0.7 }.Select(Length.FromMillimetres),
            new[] { 0, 1, 2, 3, 4.5 }.Select(Length.FromMillimetres),
            new[] { 150, 300 }.Select(us => Duration.FromMicroseconds(us)))));

    [Fact]
    public void Interpolated_thresholds_agree_with_the_full_cable_model_within_five_percent()
    {
        var surface = Surface.Value;
        var random = new Random(3);
        var worst = 0.0;
        for (var i = 0; i < 12; i++)
        {
            var d = 6 + 10 * random.NextDouble();
            var depth = 0.6 * random.NextDouble();
            var lateral = 4 * random.NextDouble();
            var pwUs = 150 + 150 * random.NextDouble();
            var pw = Duration.FromMicroseconds(Math.Round(pwUs));
            var full = McNealFibreModel.Default.Threshold(surface.Field, Fibre(d, lateral, depth), Pulse300.WithPulseWidth(pw), surface.Maximum)!.Value;
            var interpolated = surface.Threshold(Length.FromMicrometres(d), Length.FromMillimetres(depth), Length.FromMillimetres(lateral), pw)!.Value;
            var error = Math.Abs(interpolated / full - 1);
            worst = Math.Max(worst, error);
            Assert.True(error < 0.05, $"D {d:F1} µm, depth {depth:F2} mm, lateral {lateral:F2} mm, PW {pw}: full {full}, surface {interpolated} ({error:P1})");
        }
        Assert.True(worst > 0, "the comparison must not be trivial");
    }

    [Fact]
    public void Grid_points_reproduce_the_cable_model_and_the_field_is_symmetric()
    {
        var surface = Surface.Value;
        var full = McNealFibreModel.Default.Threshold(surface.Field, Fibre(11.5, 2, 0.2), Pulse300, surface.Maximum)!.Value;
        var atPoint = surface.Threshold(Length.FromMicrometres(11.5), Length.FromMillimetres(0.2), Length.FromMillimetres(2), Pulse300.PulseWidth)!.Value;
        // Both bisections end within 1 % (warm-started from different guesses, so not bit-identical).
        Assert.InRange(atPoint / full, 0.99, 1.01);
        var mirrored = McNealFibreModel.Default.Threshold(surface.Field, Fibre(11.5, -2, 0.2), Pulse300, surface.Maximum)!.Value;
        Assert.Equal(full.ToMilliamperes(), mirrored.ToMilliamperes(), 9);
    }

    [Fact]
    public void Every_point_of_a_surface_computed_in_parallel_is_its_own_fibres_threshold()
    {
        // The lateral columns run on several threads; each point must still be the threshold of its fibre alone (within the
        // two 1 % bisections), and a point skipped as not recruitable must not fire below the maximum.
        var pulse = Pulse300;
        var grid = ThresholdSurfaceGrid.CoarseFor(pulse.PulseWidth);
        var field = new ElectrodeField(Tripole3, LeadPlacement.MidlineT8);
        var surface = ThresholdSurface.Compute(field, pulse, grid, maximum: Current.FromMilliamperes(20));
        var finite = 0;
        foreach (var d in new[] { 1.5, 6, 10, 16 })
        foreach (var depth in new[] { 0, 0.35, 1 })
        foreach (var lateral in new[] { 0, 1.5, 3.5, 8 })
        {
            var atPoint = surface.Threshold(Length.FromMicrometres(d), Length.FromMillimetres(depth), Length.FromMillimetres(lateral), pulse.PulseWidth);
            var alone = McNealFibreModel.Default.Threshold(field, Fibre(d, lateral, depth), pulse, surface.Maximum);
            Assert.Equal(alone is null, atPoint is null);
            if (alone is not { } a) continue;
            finite++;
            Assert.InRange(atPoint!.Value / a, 0.98, 1.02);
        }
        Assert.InRange(finite, 10, 47); // both kinds of point occur
    }

    [Fact]
    public void Queries_outside_the_grid_are_rejected_not_clamped()
    {
        var surface = Surface.Value;
        Assert.Equal("diameter", Assert.Throws<ArgumentOutOfRangeException>(() =>
            surface.Threshold(Length.FromMicrometres(4), Length.Zero, Length.Zero, Pulse300.PulseWidth)).ParamName);
        Assert.Equal("pulseWidth", Assert.Throws<ArgumentOutOfRangeException>(() =>
            surface.Threshold(Length.FromMicrometres(10), Length.Zero, Length.Zero, Duration.FromMicroseconds(400))).ParamName);
        Assert.Equal("depths", Assert.Throws<ArgumentException>(() => new ThresholdSurfaceGrid(
            [Length.FromMicrometres(5), Length.FromMicrometres(10)], [Length.FromMillimetres(0.5), Length.FromMillimetres(0.2)],
            [Length.Zero, Length.FromMillimetres(1)], [Duration.FromMicroseconds(100)])).ParamName);
    }
}
