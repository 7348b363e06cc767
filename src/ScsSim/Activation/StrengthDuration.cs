using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// Weiss's (linear) strength-duration law: I_th(PW) = I_rh · (1 + c / PW), with rheobase I_rh and chronaxie c.
/// Equivalently the threshold charge grows linearly with pulse width: Q_th = I_rh · (PW + c).
/// </summary>
/// <remarks>
/// Source: Weiss G (1901); SCS perception thresholds by Yearwood et al., Pain Physician 13:321 (2010): chronaxie about
/// 295 µs, rheobase about 2.5 mA.
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record WeissLaw
{
    /// <summary>Creates the law.</summary>
    /// <param name="rheobase">Threshold for an infinitely long pulse; greater than 0.</param>
    /// <param name="chronaxie">Pulse width at which the threshold is twice the rheobase; greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public WeissLaw(Current rheobase, Duration chronaxie)
    {
        Guard.Positive(rheobase.ToMilliamperes(), nameof(rheobase), " mA");
        Guard.Positive(chronaxie.ToNanoseconds(), nameof(chronaxie), " ns");
        Rheobase = rheobase;
        Chronaxie = chronaxie;
    }

    /// <summary>Threshold for an infinitely long pulse.</summary>
    public Current Rheobase { get; }

    /// <summary>Pulse width at which the threshold is twice the rheobase.</summary>
    public Duration Chronaxie { get; }

    /// <summary>The perception-threshold fit reported for spinal cord stimulation by Yearwood et al. 2010: 2.5 mA, 295 µs.</summary>
    public static WeissLaw SpinalCordPerception { get; } = new(Current.FromMilliamperes(2.5), Duration.FromMicroseconds(295));

    /// <summary>The threshold current at a pulse width.</summary>
    /// <param name="pulseWidth">Greater than 0.</param>
    /// <returns>I_rh · (1 + c / PW).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The width is not positive.</exception>
    public Current Threshold(Duration pulseWidth)
    {
        Guard.Positive(pulseWidth.ToNanoseconds(), nameof(pulseWidth), " ns");
        return Rheobase * (1 + Chronaxie / pulseWidth);
    }

    /// <summary>The Lapicque law with the same rheobase and chronaxie (τ = c / ln 2).</summary>
    /// <returns>The equivalent exponential law.</returns>
    public LapicqueLaw ToLapicque() => new(Rheobase, StrengthDuration.TimeConstantFromChronaxie(Chronaxie));

    /// <summary>
    /// Least-squares fit of measured thresholds, using the linear form Q_th = I_rh · PW + I_rh · c
    /// (MathNet.Numerics <c>Fit.Line</c> on charge against pulse width).
    /// </summary>
    /// <param name="points">Two or more (pulse width, threshold) pairs with distinct, positive widths.</param>
    /// <returns>The fitted law.</returns>
    /// <exception cref="ArgumentException">Fewer than two points, or all widths equal.</exception>
    /// <exception cref="InvalidOperationException">The data give a non-positive rheobase or chronaxie (not strength-duration data).</exception>
    public static WeissLaw Fit(IEnumerable<(Duration PulseWidth, Current Threshold)> points)
    {
        var data = Guard.NotNull(points, nameof(points)).ToArray();
        if (data.Length < 2 || data.Select(p => p.PulseWidth).Distinct().Count() < 2)
            throw new ArgumentException("points needs at least two distinct pulse widths.", nameof(points));
        foreach (var (pw, _) in data) Guard.Positive(pw.ToNanoseconds(), "points.PulseWidth", " ns");
        var widthsUs = data.Select(p => p.PulseWidth.ToMicroseconds()).ToArray();
        var chargesNc = data.Select(p => p.Threshold.ToMilliamperes() * p.PulseWidth.ToMicroseconds()).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(widthsUs, chargesNc);
        if (slope <= 0 || intercept <= 0)
            throw new InvalidOperationException($"The points do not follow a strength-duration law (fitted rheobase {slope:G4} mA, rheobase × chronaxie {intercept:G4} nC).");
        return new WeissLaw(Current.FromMilliamperes(slope), Duration.FromMicroseconds(intercept / slope));
    }
}

/// <summary>
/// Lapicque's (exponential) strength-duration law: I_th(PW) = I_rh / (1 − exp(−PW / τ)), with membrane time constant τ;
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

/// <summary>Conversions between chronaxie and membrane time constant.</summary>
public static class StrengthDuration
{
    /// <summary>τ = c / ln 2.</summary>
    /// <param name="chronaxie">Greater than 0.</param>
    /// <returns>The time constant, rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The chronaxie is not positive.</exception>
    public static Duration TimeConstantFromChronaxie(Duration chronaxie)
    {
        Guard.Positive(chronaxie.ToNanoseconds(), nameof(chronaxie), " ns");
        return Duration.FromMicroseconds(chronaxie.ToMicroseconds() / Math.Log(2));
    }

    /// <summary>c = τ · ln 2.</summary>
    /// <param name="timeConstant">Greater than 0.</param>
    /// <returns>The chronaxie, rounded to the nearest nanosecond.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time constant is not positive.</exception>
    public static Duration ChronaxieFromTimeConstant(Duration timeConstant)
    {
        Guard.Positive(timeConstant.ToNanoseconds(), nameof(timeConstant), " ns");
        return Duration.FromMicroseconds(timeConstant.ToMicroseconds() * Math.Log(2));
    }
}
