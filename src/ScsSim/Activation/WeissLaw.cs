using ScsSim.Quantities;

namespace ScsSim.Activation;

/// <summary>
/// For fitting and comparing strength-duration data (<see cref="StrengthDurationCurve.Weiss"/>,
/// <see cref="SpinalCordPerception"/>): Weiss's (linear) strength-duration law: I_th(PW) = I_rh · (1 + c / PW), with rheobase I_rh and chronaxie c.
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
