using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

/// <summary>Temperature: hand-written (affine units), stored in kelvins, never below absolute zero.</summary>
public class TemperatureTests
{
    [Fact]
    public void Kelvins_and_degrees_celsius_differ_by_273_15()
    {
        var body = Temperature.FromDegreesCelsius(37);
        Assert.Equal(310.15, body.ToKelvins());
        Tolerance.AssertClose(37, body.ToDegreesCelsius(), 1e-13);
        Assert.Equal(0, Temperature.FromDegreesCelsius(-273.15).ToKelvins());
        Assert.Equal(Temperature.AbsoluteZero, Temperature.FromKelvins(0));
        Assert.Equal(Temperature.FromKelvins(273.15), Temperature.FromDegreesCelsius(0));
        // McNeal's GHK temperature: 295.18 K, which reads as 22.03 °C.
        Assert.Equal(295.18, Temperature.FromKelvins(295.18).ToKelvins());
        Assert.Equal(295.18 - 273.15, Temperature.FromKelvins(295.18).ToDegreesCelsius());
    }

    [Theory]
    [InlineData(310.15, null, "37 °C")]
    [InlineData(295.18, null, "22.03 °C")]
    [InlineData(0, null, "-273.15 °C")]
    [InlineData(310.15, "K", "310.15 K")]
    [InlineData(310.15, "°C", "37 °C")]
    [InlineData(310.15, "degC:0.0", "37.0 °C")]
    [InlineData(310.15, "K:0", "310 K")]
    [InlineData(310.15, "G3", "37 °C")]
    public void Formats_in_degrees_celsius_unless_told(double kelvins, string? format, string expected) =>
        Assert.Equal(expected, Temperature.FromKelvins(kelvins).ToString(format));

    [Fact]
    public void Formatting_in_an_unknown_unit_names_the_units()
    {
        var e = Assert.Throws<FormatException>(() => Temperature.FromKelvins(300).ToString("degF"));
        Assert.Equal("'degF' is not a unit of temperature; use one of: K, °C, degC, ℃.", e.Message);
    }

    [Theory]
    [InlineData("37 °C", 310.15)]
    [InlineData("37°C", 310.15)]
    [InlineData("37 degC", 310.15)]
    [InlineData("37 ℃", 310.15)]
    [InlineData(" 310.15 K ", 310.15)]
    [InlineData("-273.15 °C", 0)]
    [InlineData("3.1015e2K", 310.15)]
    public void Parses_every_spelling_with_or_without_a_space(string text, double kelvins)
    {
        Tolerance.AssertClose(kelvins, Temperature.Parse(text).ToKelvins(), 1e-13);
        Assert.True(Temperature.TryParse(text, out var parsed));
        Tolerance.AssertClose(kelvins, parsed.ToKelvins(), 1e-13);
    }

    [Fact]
    public void A_bare_C_is_the_coulomb_and_is_refused()
    {
        var e = Assert.Throws<FormatException>(() => Temperature.Parse("37 C"));
        Assert.Equal("'C' is not a unit of temperature; use one of: K, °C, degC, ℃.", e.Message);
        Assert.False(Temperature.TryParse("37 C", out _));
        Assert.False(Temperature.TryParse("", out _));
        Assert.False(Temperature.TryParse(null, null, out _));
    }

    [Fact]
    public void Is_never_below_absolute_zero()
    {
        var k = Assert.Throws<ArgumentOutOfRangeException>(() => Temperature.FromKelvins(-1));
        Assert.Equal("kelvins", k.ParamName);
        Assert.StartsWith("kelvins must be a finite number from 0 K to 1E+100 K; got -1 K.", k.Message);
        var c = Assert.Throws<ArgumentOutOfRangeException>(() => Temperature.FromDegreesCelsius(-300));
        Assert.Equal("degreesCelsius", c.ParamName);
        Assert.StartsWith("degreesCelsius must be a finite number from -273.15 °C to 1E+100 °C; got -300 °C.", c.Message);
        Assert.Equal("degreesCelsius", Assert.Throws<ArgumentOutOfRangeException>(() => Temperature.FromDegreesCelsius(double.PositiveInfinity)).ParamName);
        var parse = Assert.Throws<FormatException>(() => Temperature.Parse("-1 K"));
        Assert.StartsWith("'-1 K' is not a valid temperature: kelvins must be a finite number from 0 K", parse.Message);
    }

    [Fact]
    public void Compares_but_has_no_sum_or_scaling()
    {
        var cold = Temperature.FromDegreesCelsius(5);
        var warm = Temperature.FromKelvins(310.15);
        Assert.True(cold < warm && warm > cold && cold <= warm && cold >= Temperature.FromDegreesCelsius(5) && warm >= cold);
        Assert.Equal(-1, cold.CompareTo(warm));
        Assert.Null(typeof(Temperature).GetMethod("op_Addition"));
        Assert.Null(typeof(Temperature).GetMethod("op_Multiply"));
        Assert.Null(typeof(Temperature).GetMethod("op_UnaryNegation"));
    }

    [Property]
    public Property Formatting_round_trips_through_parsing() =>
        Prop.ForAll(Gen.Choose(0, 10_000_000).Select(n => n / 1000.0).ToArbitrary(), kelvins =>
        {
            var value = Temperature.FromKelvins(kelvins);
            var viaCelsius = Temperature.Parse(value.ToString("°C:R")).ToKelvins();
            return Temperature.Parse(value.ToString("K:R")) == value && Math.Abs(viaCelsius - kelvins) <= 1e-12 * Math.Max(1, kelvins);
        });
}
