using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Where a setup's threshold surface is computed, and how finely (<see cref="StimulationSetup.WithGrid"/>; a coarse
/// grid for quick lessons): fibre diameters × depths × lateral distances from the lead axis × pulse widths. Each axis
/// is strictly increasing; diameters and widths are positive, depths and lateral distances at least 0.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ThresholdSurfaceGrid
{
    /// <summary>Creates a grid.</summary>
    /// <param name="diameters">Two or more fibre diameters, strictly increasing, 0.5 to 30 µm.</param>
    /// <param name="depths">Two or more depths below the cord surface, strictly increasing, 0 to 10 mm.</param>
    /// <param name="lateralDistances">Two or more lateral distances from the lead axis, strictly increasing, 0 to 20 mm.</param>
    /// <param name="pulseWidths">One or more pulse widths, strictly increasing (one width: the surface serves only that width).</param>
    /// <exception cref="ArgumentException">An axis is too short or not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ThresholdSurfaceGrid(IEnumerable<Length> diameters, IEnumerable<Length> depths, IEnumerable<Length> lateralDistances, IEnumerable<Duration> pulseWidths)
    {
        var d = Guard.NotNull(diameters, nameof(diameters)).ToArray();
        var y = Guard.NotNull(depths, nameof(depths)).ToArray();
        var x = Guard.NotNull(lateralDistances, nameof(lateralDistances)).ToArray();
        var w = Guard.NotNull(pulseWidths, nameof(pulseWidths)).ToArray();
        DiametersUm = Axis(d.Select(v => v.ToMicrometres()), 0.5, 30, 2, nameof(diameters), " µm");
        DepthsMm = Axis(y.Select(v => v.ToMillimetres()), 0, 10, 2, nameof(depths), " mm");
        LateralMm = Axis(x.Select(v => v.ToMillimetres()), 0, 20, 2, nameof(lateralDistances), " mm");
        PulseWidthsUs = Axis(w.Select(v => v.ToMicroseconds()), 1e-3, 1e5, 1, nameof(pulseWidths), " µs");
        Diameters = d; Depths = y; LateralDistances = x; PulseWidths = w;
    }

    private static double[] Axis(IEnumerable<double> values, double min, double max, int minCount, string name, string unit)
    {
        var a = values.ToArray();
        if (a.Length < minCount) throw new ArgumentException($"{name} needs at least {minCount} values; got {a.Length}.", name);
        for (var i = 0; i < a.Length; i++)
        {
            Guard.InRange(a[i], min, max, name, unit);
            if (i > 0 && a[i] <= a[i - 1]) throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} must be strictly increasing; value {i} ({a[i]:G6}{unit}) is not above value {i - 1} ({a[i - 1]:G6}{unit})."), name);
        }
        return a;
    }

    /// <summary>
    /// The default grid for one pulse width: diameters 1.5, 3, 5, 7, 9, 11.5, 14, 16 µm (16 µm: the largest population fibre and the MRG model's upper limit); depths 0, 0.2, 0.45, 0.7, 1 mm;
    /// lateral distances 0, 1, 2, 3, 4.5, 6, 8 mm (covers the default population with the lead up to 5 mm off the midline).
    /// </summary>
    /// <param name="pulseWidth">The one pulse width; greater than 0.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is out of range.</exception>
    public static ThresholdSurfaceGrid DefaultFor(Duration pulseWidth) => new(
        new[] { 1.5, 3, 5, 7, 9, 11.5, 14, 16 }.Select(Length.FromMicrometres),
        new[] { 0, 0.2, 0.45, 0.7, 1 }.Select(Length.FromMillimetres),
        new[] { 0, 1, 2, 3, 4.5, 6, 8 }.Select(Length.FromMillimetres),
        [pulseWidth]);

    /// <summary>A coarse grid for searches over many configurations: diameters 1.5, 6, 10, 16 µm; depths 0, 0.35, 1 mm; lateral 0, 1.5, 3.5, 8 mm.</summary>
    /// <param name="pulseWidth">The one pulse width; greater than 0.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is out of range.</exception>
    public static ThresholdSurfaceGrid CoarseFor(Duration pulseWidth) => new(
        new[] { 1.5, 6, 10, 16 }.Select(Length.FromMicrometres),
        new[] { 0, 0.35, 1 }.Select(Length.FromMillimetres),
        new[] { 0, 1.5, 3.5, 8 }.Select(Length.FromMillimetres),
        [pulseWidth]);

    /// <summary>Fibre diameters, increasing.</summary>
    public IReadOnlyList<Length> Diameters { get; }

    /// <summary>Depths below the cord surface, increasing.</summary>
    public IReadOnlyList<Length> Depths { get; }

    /// <summary>Lateral distances from the lead axis, increasing.</summary>
    public IReadOnlyList<Length> LateralDistances { get; }

    /// <summary>Pulse widths, increasing.</summary>
    public IReadOnlyList<Duration> PulseWidths { get; }

    // The kernel's view: the same axes as plain numbers in the kernel's units.
    internal double[] DiametersUm { get; }
    internal double[] DepthsMm { get; }
    internal double[] LateralMm { get; }
    internal double[] PulseWidthsUs { get; }

    /// <summary>Whether two grids have the same axes (value by value).</summary>
    /// <param name="other">The other grid.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ThresholdSurfaceGrid? other) =>
        other is not null && DiametersUm.AsSpan().SequenceEqual(other.DiametersUm) && DepthsMm.AsSpan().SequenceEqual(other.DepthsMm)
        && LateralMm.AsSpan().SequenceEqual(other.LateralMm) && PulseWidthsUs.AsSpan().SequenceEqual(other.PulseWidthsUs);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var axis in new[] { DiametersUm, DepthsMm, LateralMm, PulseWidthsUs })
        {
            hash.Add(axis.Length);
            foreach (var v in axis) hash.Add(v);
        }
        return hash.ToHashCode();
    }

    /// <summary>The axes, readably.</summary>
    /// <returns>For example "8 diameters 1.5-16 µm × 5 depths 0-1 mm × 7 lateral 0-8 mm × 1 width 300 µs".</returns>
    public sealed override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"ThresholdSurfaceGrid {{ {Diameters.Count} diameters {Diameters[0]} to {Diameters[^1]} × {Depths.Count} depths {Depths[0]} to {Depths[^1]} × {LateralDistances.Count} lateral distances {LateralDistances[0]} to {LateralDistances[^1]} × {PulseWidths.Count} pulse widths {PulseWidths[0]} to {PulseWidths[^1]} }}");

    /// <summary>Number of grid points.</summary>
    public int PointCount => DiametersUm.Length * DepthsMm.Length * LateralMm.Length * PulseWidthsUs.Length;
}
