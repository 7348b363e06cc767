using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

/// <summary>Conductivity: from Quantities.json, the unit of the field models' tissues.</summary>
public class ConductivityTests
{
    [Fact]
    public void Siemens_per_metre_millisiemens_per_metre_and_per_centimetre_convert_into_each_other()
    {
        // CSF: 1.7 S/m = 17 mS/cm (Holsheimer and Struijk's models).
        var csf = Conductivity.FromSiemensPerMetre(1.7);
        Assert.Equal(1.7, csf.ToSiemensPerMetre());
        Tolerance.AssertClose(1700, csf.ToMillisiemensPerMetre());
        Tolerance.AssertClose(17, csf.ToMillisiemensPerCentimetre());
        Tolerance.AssertClose(0.083, Conductivity.FromMillisiemensPerCentimetre(0.83).ToSiemensPerMetre());
        Tolerance.AssertClose(0.04, Conductivity.FromMillisiemensPerMetre(40).ToSiemensPerMetre());
        Assert.Equal(Conductivity.Zero, Conductivity.FromMillisiemensPerCentimetre(0));
    }

    [Theory]
    [InlineData(1.7, "1.7 S/m")]
    [InlineData(0.6, "600 mS/m")]
    [InlineData(0.083, "83 mS/m")]
    [InlineData(0, "0 S/m")]
    [InlineData(12, "12 S/m")]
    public void Formats_in_the_most_readable_unit_of_the_SI_ladder(double siemensPerMetre, string expected) =>
        Assert.Equal(expected, Conductivity.FromSiemensPerMetre(siemensPerMetre).ToString());

    [Fact]
    public void Formats_in_a_named_unit()
    {
        Assert.Equal("17 mS/cm", Conductivity.FromSiemensPerMetre(1.7).ToString("mS/cm"));
        Assert.Equal("1700.0 mS/m", Conductivity.FromSiemensPerMetre(1.7).ToString("mS/m:0.0"));
        var e = Assert.Throws<FormatException>(() => Conductivity.FromSiemensPerMetre(1).ToString("S"));
        Assert.Equal("'S' is not a unit of conductivity; use one of: S/m, mS/m, mS/cm.", e.Message);
    }

    [Theory]
    [InlineData("1.7 S/m", 1.7)]
    [InlineData("1.7S/m", 1.7)]
    [InlineData("600 mS/m", 0.6)]
    [InlineData("17 mS/cm", 1.7)]
    [InlineData(" 8.3e-1 mS/cm ", 0.083)]
    public void Parses_every_spelling_with_or_without_a_space(string text, double siemensPerMetre)
    {
        Tolerance.AssertClose(siemensPerMetre, Conductivity.Parse(text).ToSiemensPerMetre());
        Assert.True(Conductivity.TryParse(text, out var parsed));
        Tolerance.AssertClose(siemensPerMetre, parsed.ToSiemensPerMetre());
    }

    [Fact]
    public void Is_never_negative()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Conductivity.FromSiemensPerMetre(-0.1));
        Assert.Equal("siemensPerMetre", e.ParamName);
        Assert.StartsWith("siemensPerMetre must be a finite number from 0 S/m to 1E+100 S/m; got -0.1 S/m.", e.Message);
        var parse = Assert.Throws<FormatException>(() => Conductivity.Parse("-1 mS/cm"));
        Assert.StartsWith("'-1 mS/cm' is not a valid conductivity: siemensPerMetre must be a finite number from 0 S/m", parse.Message);
        Assert.False(Conductivity.TryParse("-1 mS/cm", out _));
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => Conductivity.FromSiemensPerMetre(1) - Conductivity.FromSiemensPerMetre(2)).ParamName);
        Assert.Null(typeof(Conductivity).GetMethod("op_UnaryNegation"));
    }

    [Fact]
    public void Arithmetic_and_comparison()
    {
        var longitudinal = Conductivity.FromSiemensPerMetre(0.6);
        var transverse = Conductivity.FromMillisiemensPerMetre(83);
        Tolerance.AssertClose(0.683, (longitudinal + transverse).ToSiemensPerMetre());
        Tolerance.AssertClose(0.6 / 0.083, longitudinal / transverse);
        Assert.True(transverse < longitudinal);
        Assert.Equal(1, longitudinal.CompareTo(transverse));
    }

    [Property]
    public Property Formatting_round_trips_through_parsing() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).Select(n => n / 1000.0).ToArbitrary(), siemensPerMetre =>
        {
            var value = Conductivity.FromSiemensPerMetre(siemensPerMetre);
            var viaMillisiemens = Conductivity.Parse(value.ToString("mS/cm:R")).ToSiemensPerMetre();
            return Conductivity.Parse(value.ToString("S/m:R")) == value && Math.Abs(viaMillisiemens - siemensPerMetre) <= 1e-15 * Math.Max(1, siemensPerMetre);
        });
}
