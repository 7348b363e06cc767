using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;
using ScsSim.Tests.TestSupport;

namespace ScsSim.Tests.Quantities;

public class QuantityFormattingTests
{
    [Theory]
    [InlineData(5, "5 mA")]
    [InlineData(0.05, "50 µA")]
    [InlineData(25.5, "25.5 mA")]
    [InlineData(1500, "1.5 A")]
    [InlineData(0, "0 mA")]
    [InlineData(-3, "-3 mA")]
    public void Current_formats_in_the_most_readable_unit(double milliamperes, string expected) =>
        Assert.Equal(expected, Current.FromMilliamperes(milliamperes).ToString());

    [Theory]
    [InlineData("5mA", 5)]
    [InlineData("5 mA", 5)]
    [InlineData(" 0.5 A ", 500)]
    [InlineData("250uA", 0.25)]
    [InlineData("250 µA", 0.25)]
    [InlineData("-1e-3 A", -1)]
    public void Current_parses_with_or_without_a_space(string text, double milliamperes) =>
        Tolerance.AssertClose(milliamperes, Current.Parse(text).ToMilliamperes());

    [Theory]
    [InlineData("5")]
    [InlineData("mA")]
    [InlineData("5 mV")]
    [InlineData("")]
    [InlineData("five mA")]
    public void Current_rejects_text_that_is_not_a_current(string text)
    {
        var e = Assert.Throws<FormatException>(() => Current.Parse(text));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.False(Current.TryParse(text, out _));
    }

    [Fact]
    public void Unknown_unit_error_lists_the_accepted_units()
    {
        var e = Assert.Throws<FormatException>(() => Current.Parse("5 mV"));
        Assert.Contains("mA", e.Message);
        Assert.Contains("'mV'", e.Message);
    }

    [Fact]
    public void Named_unit_formatting()
    {
        Assert.Equal("0.005 A", Current.FromMilliamperes(5).ToString("A"));
        Assert.Equal("12.25 mm²", Area.FromSquareMillimetres(12.25).ToString());
        Assert.Equal("0.1225 cm²", Area.FromSquareMillimetres(12.25).ToString("cm²"));
        Assert.Equal("525 Ω", Resistance.FromOhms(525).ToString());
        Assert.Equal("1.5 kΩ", Resistance.FromOhms(1500).ToString());
        Assert.Equal("30 µC/cm²", ChargeDensity.FromMicrocoulombsPerSquareCentimetre(30).ToString());
        Assert.Throws<FormatException>(() => Current.FromMilliamperes(1).ToString("s"));
        Assert.Equal("12.24 µC/cm²", ChargeDensity.FromMicrocoulombsPerSquareCentimetre(12.2426879301458).ToString("G4"));
        Assert.Equal("0.44 mA", Current.FromMilliamperes(0.436666).ToString("mA:0.00"));
        Assert.Equal("4.44826 mA", Current.FromMilliamperes(4.4482558459742).ToString());
        Assert.Equal("163.265 µC/cm²", ChargeDensity.FromMicrocoulombsPerSquareCentimetre(163.265306).ToString()); // never "1.63 C/m²"
        Assert.Equal("1.63265 C/m²", ChargeDensity.FromMicrocoulombsPerSquareCentimetre(163.265306).ToString("C/m²"));
        Assert.Equal("436.7 µA", Current.FromMilliamperes(0.436666).ToString("0.0"));
        Assert.Equal("0.3 ms", Duration.FromMicroseconds(300).ToString("ms:0.0"));
        Assert.Equal("1.54 ms", Duration.FromMicroseconds(1538.46).ToString("0.00"));
    }

    [Fact]
    public void Other_quantities_parse_their_units()
    {
        Tolerance.AssertClose(12.25, Area.Parse("12.25mm2").ToSquareMillimetres());
        Tolerance.AssertClose(0.1225, Area.Parse("0.1225 cm²").ToSquareCentimetres());
        Tolerance.AssertClose(1000, Resistance.Parse("1 kohm").ToOhms());
        Tolerance.AssertClose(3.6, Voltage.Parse("3600 mV").ToVolts());
        Tolerance.AssertClose(1.5, Charge.Parse("1500 nC").ToMicrocoulombs());
        Tolerance.AssertClose(30, ChargeDensity.Parse("30 uC/cm2").ToMicrocoulombsPerSquareCentimetre());
        Tolerance.AssertClose(0.002, Energy.Parse("2 mJ").ToJoules());
        Tolerance.AssertClose(120e-6, Power.Parse("120 uW").ToWatts());
        Tolerance.AssertClose(325, BatteryCapacity.Parse("0.325 Ah").ToMilliampereHours());
        Tolerance.AssertClose(1.3, Length.Parse("1300 um").ToMillimetres());
    }

    [Fact]
    public void Quantities_that_cannot_be_negative_reject_negative_values_and_text()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromSquareMillimetres(-1));
        Assert.Equal("squareMillimetres", e.ParamName);
        Assert.Contains("-1", e.Message);
        Assert.Contains("0", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Resistance.FromOhms(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatteryCapacity.FromMilliampereHours(-5));
        Assert.Throws<FormatException>(() => Area.Parse("-3 mm²"));
        Assert.False(Resistance.TryParse("-3 ohm", out _));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_values_are_rejected_naming_the_parameter(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Current.FromMilliamperes(value));
        Assert.Equal("milliamperes", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Voltage.FromVolts(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromMicroseconds(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromHertz(value));
    }

    [Property(MaxTest = 300)]
    public Property Every_floating_quantity_parses_what_it_formats() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 997.0).ToArbitrary(), Gen.Choose(-12, 6).ToArbitrary(), (mantissa, exponent) =>
        {
            var value = mantissa * Math.Pow(10, exponent);
            var magnitude = Math.Abs(value);
            return RoundTrips(Current.FromMilliamperes(value), q => q.ToMilliamperes())
                && RoundTrips(Voltage.FromVolts(value), q => q.ToVolts())
                && RoundTrips(Charge.FromMicrocoulombs(value), q => q.ToMicrocoulombs())
                && RoundTrips(Energy.FromJoules(value), q => q.ToJoules())
                && RoundTrips(Power.FromWatts(value), q => q.ToWatts())
                && RoundTrips(Area.FromSquareMillimetres(magnitude), q => q.ToSquareMillimetres())
                && RoundTrips(Resistance.FromOhms(magnitude), q => q.ToOhms())
                && RoundTrips(BatteryCapacity.FromMilliampereHours(magnitude), q => q.ToMilliampereHours())
                && RoundTrips(ChargeDensity.FromMicrocoulombsPerSquareCentimetre(value), q => q.ToMicrocoulombsPerSquareCentimetre())
                && RoundTrips(Length.FromMillimetres(value), q => q.ToMillimetres());
        });

    // Readable text (6 significant digits) parses back to within 5e-6 and formats to the same text again;
    // "R" text parses back to within 1e-15.
    private static bool RoundTrips<T>(T quantity, Func<T, double> value) where T : IFormattable, IParsable<T>
    {
        var text = quantity.ToString(null, null);
        var back = T.Parse(text, null);
        var exact = T.Parse(quantity.ToString("R", null), null);
        return Tolerance.Close(value(quantity), value(back), 5e-6) && back.ToString(null, null) == text
            && Tolerance.Close(value(quantity), value(exact), 1e-15);
    }

    [Fact]
    public void Quantities_compare_and_add()
    {
        var a = Current.FromMilliamperes(2);
        var b = Current.FromMilliamperes(3);
        Assert.True(a < b);
        Assert.True(b >= a);
        Tolerance.AssertClose(5, (a + b).ToMilliamperes());
        Tolerance.AssertClose(-1, (a - b).ToMilliamperes());
        Tolerance.AssertClose(1.5, b / a);
        Tolerance.AssertClose(6, (a * 3).ToMilliamperes());
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Equal(Current.FromAmperes(0.002), a);
    }
}

public class QuantityRelationTests
{
    [Fact]
    public void Current_times_duration_is_charge()
    {
        // 5 mA for 300 µs is 1.5 µC.
        var q = Current.FromMilliamperes(5) * Duration.FromMicroseconds(300);
        Tolerance.AssertClose(1.5, q.ToMicrocoulombs());
        Tolerance.AssertClose(5, (q / Duration.FromMicroseconds(300)).ToMilliamperes());
        Assert.Equal(q, Duration.FromMicroseconds(300) * Current.FromMilliamperes(5));
    }

    [Fact]
    public void Charge_over_area_is_charge_density()
    {
        // 1.5 µC on 12.25 mm² (0.1225 cm²) is 12.24 µC/cm².
        var d = Charge.FromMicrocoulombs(1.5) / Area.FromSquareMillimetres(12.25);
        Tolerance.AssertClose(1.5 / 0.1225, d.ToMicrocoulombsPerSquareCentimetre());
        Tolerance.AssertClose(1.5, (d * Area.FromSquareMillimetres(12.25)).ToMicrocoulombs());
    }

    [Fact]
    public void Ohm_and_power_relations()
    {
        var v = Current.FromMilliamperes(5) * Resistance.FromOhms(1000);
        Tolerance.AssertClose(5, v.ToVolts());
        Tolerance.AssertClose(5, (v / Resistance.FromOhms(1000)).ToMilliamperes());
        Tolerance.AssertClose(1000, (v / Current.FromMilliamperes(5)).ToOhms());
        Tolerance.AssertClose(0.025, (v * Current.FromMilliamperes(5)).ToWatts());
        var e = Power.FromWatts(0.025) * Duration.FromSeconds(2);
        Tolerance.AssertClose(0.05, e.ToJoules());
        Tolerance.AssertClose(0.025, (e / Duration.FromSeconds(2)).ToWatts());
        Tolerance.AssertClose(6, (Length.FromMillimetres(2) * Length.FromMillimetres(3)).ToSquareMillimetres());
    }

    [Fact]
    public void Battery_capacity_over_drain_is_a_duration()
    {
        var life = BatteryCapacity.FromMilliampereHours(200) / Current.FromMilliamperes(0.5);
        Assert.Equal(Duration.FromSeconds(400 * 3600), life);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BatteryCapacity.FromMilliampereHours(200) / Current.Zero);
        Assert.Equal("drain", e.ParamName);
    }
}
