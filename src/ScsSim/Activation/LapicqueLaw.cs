using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For fitting and comparing strength-duration data (<see cref="StrengthDurationCurve.Lapicque"/>): Lapicque's
/// (exponential) strength-duration law: I_th(PW) = I_rh / (1 − exp(−PW / τ)), with membrane time constant τ;
/// its chronaxie is τ · ln 2.
/// </summary>
/// <remarks>Source: Lapicque L (1907); the chronaxie relation c = τ · ln 2 follows from I_th(c) = 2 · I_rh. Immutable and thread-safe.</remarks>
public sealed record LapicqueLaw
{
    /// <summary>Creates the law.</summary>
    /// <param name="rheobase">Threshold for an infinitely long pulse; greater than 0.</param>
    /// <param name="timeConstant">Membrane time constant τ; greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public LapicqueLaw(Current rheobase, Duration timeConstant)
    {
        Guard.Positive(rheobase.ToMilliamperes(), nameof(rheobase), " mA");
        Guard.Positive(timeConstant.ToNanoseconds(), nameof(timeConstant), " ns");
        Rheobase = rheobase;
        TimeConstant = timeConstant;
    }

    /// <summary>Threshold for an infinitely long pulse.</summary>
    public Current Rheobase { get; }

    /// <summary>Membrane time constant τ.</summary>
    public Duration TimeConstant { get; }

    /// <summary>The threshold current at a pulse width.</summary>
    /// <param name="pulseWidth">Greater than 0.</param>
    /// <returns>I_rh / (1 − exp(−PW / τ)).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is not positive.</exception>
    public Current Threshold(Duration pulseWidth)
    {
        Guard.Positive(pulseWidth.ToNanoseconds(), nameof(pulseWidth), " ns");
        return Rheobase / -double.ExpM1(-(pulseWidth / TimeConstant));
    }

    /// <summary>The chronaxie τ · ln 2.</summary>
    public Duration Chronaxie => StrengthDuration.ChronaxieFromTimeConstant(TimeConstant);

    /// <summary>The Weiss law with the same rheobase and chronaxie.</summary>
    /// <returns>The equivalent linear law.</returns>
    public WeissLaw ToWeiss() => new(Rheobase, Chronaxie);

    /// <summary>
    /// Least-squares fit of measured thresholds in log space: minimises Σ (ln I_i − ln I_rh + ln(1 − e^(−PW_i/τ)))²; for each τ
    /// the best rheobase is closed-form, and τ is found by a scan over 1 µs to 100 ms followed by golden-section refinement.
    /// </summary>
    /// <param name="points">Two or more (pulse width, threshold) pairs with distinct, positive widths and positive thresholds.</param>
    /// <returns>The fitted law.</returns>
    /// <exception cref="ArgumentException">Fewer than two points, or all widths equal.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A width or threshold is not positive.</exception>
    public static LapicqueLaw Fit(IEnumerable<(Duration PulseWidth, Current Threshold)> points)
    {
        var data = Guard.NotNull(points, nameof(points)).ToArray();
        if (data.Length < 2 || data.Select(p => p.PulseWidth).Distinct().Count() < 2)
            throw new ArgumentException("points needs at least two distinct pulse widths.", nameof(points));
        foreach (var (pw, th) in data)
        {
            Guard.Positive(pw.ToNanoseconds(), "points.PulseWidth", " ns");
            Guard.Positive(th.ToMilliamperes(), "points.Threshold", " mA");
        }
        var widthsUs = data.Select(p => p.PulseWidth.ToMicroseconds()).ToArray();
        var logI = data.Select(p => Math.Log(p.Threshold.ToMilliamperes())).ToArray();
        (double Cost, double LogRheobase) Evaluate(double logTau)
        {
            var tau = Math.Exp(logTau);
            var shape = new double[widthsUs.Length];
            for (var i = 0; i < shape.Length; i++) shape[i] = Math.Log(-double.ExpM1(-widthsUs[i] / tau));
            var logRh = 0.0;
            for (var i = 0; i < shape.Length; i++) logRh += logI[i] + shape[i];
            logRh /= shape.Length;
            var cost = 0.0;
            for (var i = 0; i < shape.Length; i++) { var r = logI[i] - logRh + shape[i]; cost += r * r; }
            return (cost, logRh);
        }
        double lo = Math.Log(1), hi = Math.Log(1e5);
        var best = lo; var bestCost = double.PositiveInfinity;
        for (var k = 0; k <= 200; k++)
        {
            var x = lo + (hi - lo) * k / 200;
            var c = Evaluate(x).Cost;
            if (c < bestCost) { bestCost = c; best = x; }
        }
        double a = Math.Max(lo, best - (hi - lo) / 200), b = Math.Min(hi, best + (hi - lo) / 200);
        var phi = (Math.Sqrt(5) - 1) / 2;
        for (var k = 0; k < 80; k++)
        {
            var x1 = b - phi * (b - a); var x2 = a + phi * (b - a);
            if (Evaluate(x1).Cost <= Evaluate(x2).Cost) b = x2; else a = x1;
        }
        var logTau = (a + b) / 2;
        return new LapicqueLaw(Current.FromMilliamperes(Math.Exp(Evaluate(logTau).LogRheobase)), Duration.FromMicroseconds(Math.Exp(logTau)));
    }
}
