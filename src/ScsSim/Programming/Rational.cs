using System.Numerics;

namespace ScsSim.Programming;

/// <summary>
/// An exact fraction, used wherever a timing question must be answered without rounding (the period of
/// 130 Hz is 1e12/130000 ns, not 7692307.69 ns). Small and internal: not a hot path.
/// </summary>
internal readonly record struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("A rational cannot have a zero denominator.");
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Numerator = numerator;
        Denominator = denominator.IsZero ? BigInteger.One : denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational Zero => new(0, 1);

    public static implicit operator Rational(long value) => new(value, 1);

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>The largest g such that both values are whole multiples of g.</summary>
    public static Rational GreatestCommonDivisor(Rational a, Rational b) =>
        new(BigInteger.GreatestCommonDivisor(a.Numerator * b.Denominator, b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    /// <summary>The remainder of this value modulo a positive <paramref name="modulus"/>, in [0, modulus).</summary>
    public Rational Modulo(Rational modulus)
    {
        var quotient = BigInteger.Divide(Numerator * modulus.Denominator, Denominator * modulus.Numerator);
        var remainder = this - modulus * new Rational(quotient, 1);
        return remainder < Zero ? remainder + modulus : remainder;
    }

    public double ToDouble() => (double)Numerator / (double)Denominator;

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
