using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// What a setup's recruitment is read from (<see cref="StimulationSetup.Surface"/>), and a way to read a threshold at any
/// fibre geometry or pulse width without a cable-model run: precomputed cable-model thresholds for one electrode field
/// and pulse shape over a grid of fibre diameter × depth ×
/// lateral distance × pulse width, interpolated multilinearly in (ln D, depth, lateral distance, ln PW) on ln threshold.
/// Gives population thresholds in nanoseconds per fibre instead of milliseconds.
/// </summary>
/// <remarks>
/// <para>One field shape serves every amplitude (the field is linear in current), so only the fibre solve needs
/// bisection. The lateral axis is the offset from the field's reference axis (the lead axis; for two leads the mean of
/// their axes). A single lead's field is mirror-symmetric about its vertical plane, so one side serves both; for two
/// leads both sides are computed (twice the points). Fibres are straight, parallel to the cord, with a node under the
/// cathode centre.</para>
/// <para>Precomputation runs the full <see cref="FibreModel"/> at each grid point, from the largest diameter down,
/// warm-starting each bisection from the neighbouring result; a point whose larger-diameter or shallower neighbour is
/// above <see cref="Maximum"/> is taken to be above it too (thresholds rise as fibres get thinner or deeper). Thresholds
/// above the maximum are unknown: where a cell touches one, interpolation uses 2 × maximum there, and a result above the
/// maximum is reported as not recruitable. Tests check the interpolated thresholds against the full model within 5 %
/// (measured: within 2 % on the default grid, within 6 % on the coarse grid). Aligning a node under the cathode is the
/// most excitable position; shifting the nodes by half an internode raised thresholds by at most 2.3 % (6-16 µm fibres,
/// guarded tripole over 3 mm CSF), so the alignment is not varied.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ThresholdSurface
{
    private readonly double[] _lnThreshold; // [side][pw][d][depth][lat], +inf above maximum; side 1 (left) only when asymmetric
    private readonly double[] _lnD, _depth, _lat, _lnPw;
    private readonly double _lnCapFill, _maxMa;
    private readonly int _sideStride;
    private readonly bool _symmetric;

    private ThresholdSurface(ElectrodeField field, PulseShape pulse, ThresholdSurfaceGrid grid, double maxMa, double[] lnThreshold)
    {
        Field = field; Pulse = pulse; Grid = grid; _maxMa = maxMa; _lnThreshold = lnThreshold;
        _lnD = grid.DiametersUm.Select(v => Math.Log(v)).ToArray();
        _depth = grid.DepthsMm.ToArray();
        _lat = grid.LateralMm.ToArray();
        _lnPw = grid.PulseWidthsUs.Select(v => Math.Log(v)).ToArray();
        _lnCapFill = Math.Log(2 * maxMa);
        _symmetric = field.IsMirrorSymmetric;
        _sideStride = grid.PointCount;
    }

    /// <summary>The field the thresholds belong to.</summary>
    public ElectrodeField Field { get; }

    /// <summary>The pulse shape (its width varies over the grid; its amplitude is ignored).</summary>
    public PulseShape Pulse { get; }

    /// <summary>The grid.</summary>
    public ThresholdSurfaceGrid Grid { get; }

    /// <summary>Largest amplitude searched; thresholds above it are reported as not recruitable.</summary>
    public Current Maximum => Current.FromMilliamperes(_maxMa);

    /// <summary>Runs the cable model over the grid.</summary>
    /// <param name="field">The electrode field.</param>
    /// <param name="pulse">The pulse shape.</param>
    /// <param name="grid">The grid (default <see cref="ThresholdSurfaceGrid.DefaultFor"/> the pulse's width).</param>
    /// <param name="model">The cable model (default <see cref="McNealFibreModel.Default"/>).</param>
    /// <param name="maximum">Largest amplitude searched; greater than 0 (default 50 mA).</param>
    /// <param name="progress">Receives a report after each grid point (points computed and skipped so far, of all the points
    /// to compute: the grid's points, twice for a field that is not mirror-symmetric), one at a time and in order, from the
    /// computing threads (lateral columns of the grid are computed in parallel); none after a cancel.</param>
    /// <param name="cancellationToken">Cancels the computation (checked at every grid point and every 1,024 cable time steps).</param>
    /// <returns>The surface.</returns>
    /// <exception cref="ArgumentNullException">The field or pulse is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The maximum is not positive, or a grid point lies where the field is not modelled.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static ThresholdSurface Compute(ElectrodeField field, PulseShape pulse, ThresholdSurfaceGrid? grid = null,
        FibreModel? model = null, Current? maximum = null, IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(field, nameof(field));
        Guard.NotNull(pulse, nameof(pulse));
        grid ??= ThresholdSurfaceGrid.DefaultFor(pulse.PulseWidth);
        model ??= McNealFibreModel.Default;
        var maxMa = Guard.Positive((maximum ?? Current.FromMilliamperes(50)).ToMilliamperes(), nameof(maximum), " mA");
        int nD = grid.DiametersUm.Length, nY = grid.DepthsMm.Length, nX = grid.LateralMm.Length, nW = grid.PulseWidthsUs.Length;
        var sides = field.IsMirrorSymmetric ? 1 : 2;
        var values = new double[sides * nW * nD * nY * nX];
        var done = 0;
        var reporting = new object();
        void Done()
        {
            if (progress is null) return;
            lock (reporting)
            {
                done++;
                if (!cancellationToken.IsCancellationRequested) progress.Report(new SweepProgress(done, values.Length));
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        for (var side = 0; side < sides; side++)
        for (var w = 0; w < nW; w++)
        {
            var shaped = pulse.WithPulseWidth(Duration.FromMicroseconds(grid.PulseWidthsUs[w]));
            var dt = model.StepFor(shaped);
            var waveform = FibreModel.SampleWaveform(shaped, dt, model.Tail);
            var stimulusSteps = (int)Math.Ceiling(shaped.TotalDuration.ToNanoseconds() / (double)dt);
            void Point(int d, int y, int x)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var offset = side * grid.PointCount;
                var index = offset + Index(w, d, y, x, nD, nY, nX);
                if (side == 1 && grid.LateralMm[x] == 0) { values[index] = values[Index(w, d, y, x, nD, nY, nX)]; Done(); return; } // shared midline column
                var largerAbove = d < nD - 1 && double.IsPositiveInfinity(values[offset + Index(w, d + 1, y, x, nD, nY, nX)]);
                var shallowerAbove = y > 0 && double.IsPositiveInfinity(values[offset + Index(w, d, y - 1, x, nD, nY, nX)]);
                if (largerAbove || shallowerAbove) { values[index] = double.PositiveInfinity; Done(); return; }
                var guess = d < nD - 1 ? Math.Exp(values[offset + Index(w, d + 1, y, x, nD, nY, nX)]) * 1.5
                    : x > 0 && double.IsFinite(values[offset + Index(w, d, y, x - 1, nD, nY, nX)]) ? Math.Exp(values[offset + Index(w, d, y, x - 1, nD, nY, nX)]) * 1.3
                    : w > 0 && double.IsFinite(values[offset + Index(w - 1, d, y, x, nD, nY, nX)]) ? Math.Exp(values[offset + Index(w - 1, d, y, x, nD, nY, nX)]) * 0.8
                    : 1.0;
                var fibreX = field.ReferenceLateralMm + (side == 0 ? 1 : -1) * grid.LateralMm[x];
                var run = new FibreModel.PreparedRun(model.CreateCable(field, grid.DiametersUm[d], fibreX, grid.DepthsMm[y], 0, dt), waveform, stimulusSteps);
                values[index] = Math.Log(FibreModel.ThresholdMa(run, guess, maxMa, cancellationToken));
                Done();
            }
            // The largest diameter first, in order (its guesses chain along the lateral axis); then each lateral column on
            // its own thread, thinner fibres guessed from the next larger one and skipped below a fibre that never fires.
            // A point reads only points of its own column or of the largest diameter, so the values do not depend on the
            // number of threads.
            for (var y = 0; y < nY; y++)
            for (var x = 0; x < nX; x++)
                Point(nD - 1, y, x);
            try
            {
                Parallel.For(0, nX, new ParallelOptions { CancellationToken = cancellationToken }, x =>
                {
                    for (var d = nD - 2; d >= 0; d--)
                    for (var y = 0; y < nY; y++)
                        Point(d, y, x);
                });
            }
            catch (AggregateException e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }
        return new ThresholdSurface(field, pulse, grid, maxMa, values);
    }

    private static int Index(int w, int d, int y, int x, int nD, int nY, int nX) => ((w * nD + d) * nY + y) * nX + x;

    /// <summary>Interpolated threshold, or null when the fibre is not recruitable below <see cref="Maximum"/>.</summary>
    /// <param name="diameter">Within the grid's diameters.</param>
    /// <param name="depth">Within the grid's depths.</param>
    /// <param name="lateralOffset">Offset from the reference axis (the lead axis; for two leads the mean of their axes),
    /// positive to the right; its magnitude within the grid's lateral distances.</param>
    /// <param name="pulseWidth">Within the grid's widths (exactly the width for a one-width grid, to 1 ns).</param>
    /// <returns>The threshold, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the grid.</exception>
    public Current? Threshold(Length diameter, Length depth, Length lateralOffset, Duration pulseWidth)
    {
        Guard.InRange(diameter.ToMicrometres(), Grid.DiametersUm[0], Grid.DiametersUm[^1], nameof(diameter), " µm");
        Guard.InRange(depth.ToMillimetres(), _depth[0], _depth[^1], nameof(depth), " mm");
        Guard.InRange(Math.Abs(lateralOffset.ToMillimetres()), _lat[0], _lat[^1], nameof(lateralOffset), " mm");
        var pwUs = pulseWidth.ToMicroseconds();
        if (_lnPw.Length == 1) Guard.InRange(pwUs, Grid.PulseWidthsUs[0] - 1e-3, Grid.PulseWidthsUs[0] + 1e-3, nameof(pulseWidth), " µs");
        else Guard.InRange(pwUs, Grid.PulseWidthsUs[0], Grid.PulseWidthsUs[^1], nameof(pulseWidth), " µs");
        var t = ThresholdMa(diameter.ToMicrometres(), depth.ToMillimetres(), lateralOffset.ToMillimetres(), Math.Log(pwUs));
        return double.IsFinite(t) ? Current.FromMilliamperes(t) : null;
    }

    /// <summary>Whether a fibre lies within the grid's diameter, depth and lateral range.</summary>
    internal bool Covers(double diameterUm, double depthMm, double lateralDistanceMm) =>
        diameterUm >= Grid.DiametersUm[0] && diameterUm <= Grid.DiametersUm[^1] && depthMm >= _depth[0] && depthMm <= _depth[^1] &&
        lateralDistanceMm >= _lat[0] && lateralDistanceMm <= _lat[^1];

    /// <summary>The hot path: mA, +∞ above the maximum. Inputs must lie within the grid (checked by callers).</summary>
    internal double ThresholdMa(double diameterUm, double depthMm, double lateralOffsetMm, double lnPwUs)
    {
        var sideOffset = !_symmetric && lateralOffsetMm < 0 ? _sideStride : 0;
        var (d0, fd) = Locate(_lnD, Math.Log(diameterUm));
        var (y0, fy) = Locate(_depth, depthMm);
        var (x0, fx) = Locate(_lat, Math.Abs(lateralOffsetMm));
        var (w0, fw) = _lnPw.Length == 1 ? (0, 0.0) : Locate(_lnPw, lnPwUs);
        int nD = _lnD.Length, nY = _depth.Length, nX = _lat.Length;
        double sum = 0; var touchesCap = false;
        for (var cw = 0; cw < (_lnPw.Length == 1 ? 1 : 2); cw++)
        {
            var ww = _lnPw.Length == 1 ? 1.0 : cw == 0 ? 1 - fw : fw;
            if (ww == 0) continue;
            for (var cd = 0; cd < 2; cd++)
            {
                var wd = ww * (cd == 0 ? 1 - fd : fd);
                if (wd == 0) continue;
                for (var cy = 0; cy < 2; cy++)
                {
                    var wy = wd * (cy == 0 ? 1 - fy : fy);
                    if (wy == 0) continue;
                    var baseIndex = sideOffset + Index(w0 + cw, d0 + cd, y0 + cy, x0, nD, nY, nX);
                    var v0 = _lnThreshold[baseIndex];
                    var v1 = _lnThreshold[baseIndex + 1];
                    if (double.IsPositiveInfinity(v0)) { v0 = _lnCapFill; touchesCap = true; }
                    if (double.IsPositiveInfinity(v1)) { v1 = _lnCapFill; touchesCap |= fx > 0; }
                    sum += wy * (v0 + fx * (v1 - v0));
                }
            }
        }
        var t = Math.Exp(sum);
        return touchesCap && t > _maxMa ? double.PositiveInfinity : t;
    }

    /// <summary>Lower index and fraction of <paramref name="value"/> in a strictly increasing axis (value within range).</summary>
    private static (int Index, double Fraction) Locate(double[] axis, double value)
    {
        var last = axis.Length - 2;
        var i = 0;
        while (i < last && value >= axis[i + 1]) i++;
        var f = (value - axis[i]) / (axis[i + 1] - axis[i]);
        return (i, f);
    }
}
