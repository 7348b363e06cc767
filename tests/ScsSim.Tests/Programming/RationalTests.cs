using ScsSim.Programming;

namespace ScsSim.Tests.Programming;

/// <summary>The exact fraction behind the interleaving proof, checked against hand arithmetic. (Found by mutation testing.)</summary>
public class RationalTests
{
    [Fact]
    public void Fractions_are_kept_in_lowest_terms_with_a_positive_denominator()
    {
        var r = new Rational(6, -4);
        Assert.Equal(-3, (int)r.Numerator);
        Assert.Equal(2, (int)r.Denominator);
        Assert.Equal("-3/2", r.ToString());
        Assert.Equal("0", new Rational(0, 5).ToString());
        Assert.Equal(1, (int)new Rational(0, -5).Denominator);
        Assert.Equal("7", new Rational(14, 2).ToString());
        Assert.Equal(new Rational(1, 3), new Rational(-2, -6));
        Assert.Contains("zero denominator", Assert.Throws<DivideByZeroException>(() => new Rational(1, 0)).Message);
    }

    [Fact]
    public void Arithmetic_is_exact()
    {
        Rational half = new(1, 2), third = new(1, 3);
        Assert.Equal(new Rational(5, 6), half + third);
        Assert.Equal(new Rational(1, 6), half - third);
        Assert.Equal(new Rational(1, 6), half * third);
        Assert.Equal(new Rational(3, 2), half / third);
        Assert.Equal(new Rational(4, 1), (Rational)4);
        Assert.Equal(Rational.Zero, half - half);
        Assert.Equal(0.5, half.ToDouble());
        Assert.Equal(-0.25, new Rational(-1, 4).ToDouble());
    }

    [Fact]
    public void Comparisons_order_fractions_and_treat_equal_values_as_equal()
    {
        Rational half = new(1, 2), third = new(1, 3), alsoHalf = new(2, 4);
        Assert.True(third < half);
        Assert.False(half < alsoHalf);
        Assert.True(half > third);
        Assert.False(half > alsoHalf);
        Assert.True(half <= alsoHalf);
        Assert.False(half <= third);
        Assert.True(half >= alsoHalf);
        Assert.False(third >= half);
        Assert.Equal(0, half.CompareTo(alsoHalf));
        Assert.Equal(-1, Math.Sign(new Rational(-1, 2).CompareTo(third)));
    }

    [Fact]
    public void Gcd_and_modulo_match_hand_values()
    {
        // gcd(3/4, 1/6): 3/4 = 9/12, 1/6 = 2/12 → 1/12.
        Assert.Equal(new Rational(1, 12), Rational.GreatestCommonDivisor(new Rational(3, 4), new Rational(1, 6)));
        Assert.Equal(new Rational(5, 1), Rational.GreatestCommonDivisor(15, 10));
        // 7/2 mod 3/2 = 1/2; −1 mod 3/2 = 1/2; 3 mod 3/2 = 0; −3/2 mod 3/2 = 0.
        var m = new Rational(3, 2);
        Assert.Equal(new Rational(1, 2), new Rational(7, 2).Modulo(m));
        Assert.Equal(new Rational(1, 2), ((Rational)(-1)).Modulo(m));
        Assert.Equal(Rational.Zero, ((Rational)3).Modulo(m));
        Assert.Equal(Rational.Zero, new Rational(-3, 2).Modulo(m));
        Assert.Equal(new Rational(1, 3), new Rational(1, 3).Modulo(m));
    }
}
