using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

/// <summary>Concentration: the first quantity added only through Quantities.json.</summary>
public class ConcentrationTests
{
    [Fact]
    public void Millimolar_and_micromolar_convert_into_each_other()
    {
        // 1 mM is the usual extracellular Mg2+ of the NMDA magnesium block (Jahr and Stevens 1990).
        var magnesium = Concentration.FromMillimolar(1);
        Assert.Equal(1, magnesium.ToMillimolar());
        Tolerance.AssertClose(1000, magnesium.ToMicromolar());
        Tolerance.AssertClose(0.25, Concentration.FromMicromolar(250).ToMillimolar());
        Assert.Equal(Concentration.Zero, Concentration.FromMicromolar(0));
    }

    [Theory]
    [InlineData(1, "1 mM")]
    [InlineData(0.25, "250 µM")]
    [InlineData(0, "0 mM")]
    [InlineData(1500, "1500 mM")]
    public void Formats_in_the_most_readable_unit(double millimolar, string expected) =>
        Assert.Equal(expected, Concentration.FromMillimolar(millimolar).ToString());

    [Fact]
    public void Formats_in_a_named_unit()
    {
        Assert.Equal("1000 µM", Concentration.FromMillimolar(1).ToString("µM"));
        Assert.Equal("1000.0 µM", Concentration.FromMillimolar(1).ToString("uM:0.0"));
        var e = Assert.Throws<FormatException>(() => Concentration.FromMillimolar(1).ToString("mol"));
        Assert.Equal("'mol' is not a unit of concentration; use one of: mM, mmol/L, µM, uM, µmol/L, umol/L.", e.Message);
    }

    [Theory]
    [InlineData("1 mM", 1)]
    [InlineData("1mM", 1)]
    [InlineData("2 mmol/L", 2)]
    [InlineData("250 µM", 0.25)]
    [InlineData("250uM", 0.25)]
    [InlineData(" 500 umol/L ", 0.5)]
    [InlineData("5e2 µmol/L", 0.5)]
    public void Parses_every_spelling_with_or_without_a_space(string text, double millimolar)
    {
        Tolerance.AssertClose(millimolar, Concentration.Parse(text).ToMillimolar());
        Assert.True(Concentration.TryParse(text, out var parsed));
        Tolerance.AssertClose(millimolar, parsed.ToMillimolar());
    }

    [Fact]
    public void Is_never_negative()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.FromMillimolar(-1));
        Assert.Equal("millimolar", e.ParamName);
        Assert.StartsWith("millimolar must be a finite number from 0 mM to 1E+100 mM; got -1 mM.", e.Message);
        var parse = Assert.Throws<FormatException>(() => Concentration.Parse("-1 µM"));
        Assert.StartsWith("'-1 µM' is not a valid concentration: millimolar must be a finite number from 0 mM", parse.Message);
        Assert.False(Concentration.TryParse("-1 µM", out _));
        var difference = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.FromMillimolar(1) - Concentration.FromMillimolar(2));
        Assert.Equal("right", difference.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.FromMillimolar(1) * -2);
        Assert.Null(typeof(Concentration).GetMethod("op_UnaryNegation"));
    }

    [Fact]
    public void Arithmetic_and_comparison()
    {
        var one = Concentration.FromMillimolar(1);
        var half = Concentration.FromMicromolar(500);
        Tolerance.AssertClose(1.5, (one + half).ToMillimolar());
        Tolerance.AssertClose(0.5, (one - half).ToMillimolar());
        Tolerance.AssertClose(2, one / half);
        Tolerance.AssertClose(3, (3 * one).ToMillimolar());
        Assert.True(half < one);
        Assert.Equal(1, one.CompareTo(half));
        var overflow = Assert.Throws<OverflowException>(() => Concentration.FromMillimolar(1e100) * 10);
        Assert.Equal("The concentration resulting from a multiplication is beyond the range of concentration (magnitude at most 1E+100 in its storage unit).", overflow.Message);
    }

    [Property]
    public Property Formatting_round_trips_through_parsing() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).Select(n => n / 1000.0).ToArbitrary(), millimolar =>
        {
            var value = Concentration.FromMillimolar(millimolar);
            // Exact in the storage unit; through µM the two scalings may differ in the last bit.
            var viaMicromolar = Concentration.Parse(value.ToString("µM:R")).ToMillimolar();
            return Concentration.Parse(value.ToString("R")) == value && Math.Abs(viaMicromolar - millimolar) <= 1e-15 * Math.Max(1, millimolar);
        });
}
