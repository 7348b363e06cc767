using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ScsSim.Quantities;

namespace ScsSim.Tests.Quantities;

public class DurationTests
{
    [Theory]
    [InlineData(300_000, "300 µs")]
    [InlineData(1_500_000, "1.5 ms")]
    [InlineData(30_000_000_000, "30 s")]
    [InlineData(7, "7 ns")]
    [InlineData(0, "0 ns")]
    [InlineData(5_400_000_000_000, "1.5 h")]
    public void Formats_exactly_in_the_most_readable_unit(long nanoseconds, string expected) =>
        Assert.Equal(expected, Duration.FromNanoseconds(nanoseconds).ToString());

    [Theory]
    [InlineData("300us", 300_000)]
    [InlineData("300 µs", 300_000)]
    [InlineData("0.3 ms", 300_000)]
    [InlineData("30 s", 30_000_000_000)]
    [InlineData("1.5 min", 90_000_000_000)]
    [InlineData("2.5e2 us", 250_000)]
    public void Parses_exactly(string text, long nanoseconds) =>
        Assert.Equal(nanoseconds, Duration.Parse(text).ToNanoseconds());

    [Fact]
    public void Rejects_text_finer_than_a_nanosecond()
    {
        var e = Assert.Throws<FormatException>(() => Duration.Parse("0.0001 us"));
        Assert.Contains("1 ns", e.Message);
    }

    [Fact]
    public void Double_factories_round_to_the_nearest_nanosecond_and_do_not_truncate()
    {
        // 0.03 ms * 1e6 is 29999.999999999996 in floating point: truncation would give 29999 ns.
        Assert.Equal(30_000, Duration.FromMilliseconds(0.03).ToNanoseconds());
        Assert.Equal(30_000, Duration.FromMicroseconds(30).ToNanoseconds());
        Assert.Equal(1, Duration.FromMicroseconds(0.0005).ToNanoseconds());
    }

    [Fact]
    public void Arithmetic_is_exact_and_checked()
    {
        var a = Duration.FromMicroseconds(300);
        Assert.Equal(Duration.FromMicroseconds(600), a + a);
        Assert.Equal(Duration.FromMicroseconds(900), a * 3);
        Assert.Equal(2.0, Duration.FromMicroseconds(600) / a);
        Assert.Throws<OverflowException>(() => Duration.FromNanoseconds(long.MaxValue) + a);
    }

    [Fact]
    public void Out_of_range_seconds_are_rejected_with_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromSeconds(1e12));
        Assert.Equal("seconds", e.ParamName);
    }

    [Property(MaxTest = 500)]
    public Property Parses_what_it_formats_exactly() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).Two().ToArbitrary(), pair =>
        {
            var ns = (long)pair.Item1 * 4096 + pair.Item2 % 4096;
            var d = Duration.FromNanoseconds(ns);
            return Duration.Parse(d.ToString()) == d && Duration.Parse(d.ToString("us")) == d && Duration.Parse(d.ToString("s")) == d;
        });
}

public class FrequencyTests
{
    [Theory]
    [InlineData(50_000, "50 Hz")]
    [InlineData(10_000_000, "10 kHz")]
    [InlineData(130_500, "130.5 Hz")]
    [InlineData(500, "500 mHz")]
    public void Formats_exactly(long millihertz, string expected) =>
        Assert.Equal(expected, Frequency.FromMillihertz(millihertz).ToString());

    [Theory]
    [InlineData("50Hz", 50_000)]
    [InlineData("10 kHz", 10_000_000)]
    [InlineData("130.5 Hz", 130_500)]
    [InlineData("1.2 kHz", 1_200_000)]
    public void Parses_exactly(string text, long millihertz) =>
        Assert.Equal(millihertz, Frequency.Parse(text).ToMillihertz());

    [Fact]
    public void Rejects_negative_and_sub_resolution_values()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromHertz(-1));
        Assert.Equal("hertz", e.ParamName);
        var tiny = Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.FromHertz(0.0001));
        Assert.Contains("1 mHz", tiny.Message);
        Assert.Throws<FormatException>(() => Frequency.Parse("-5 Hz"));
        Assert.Throws<FormatException>(() => Frequency.Parse("0.0001 Hz"));
    }

    [Fact]
    public void Period_rounds_to_the_nearest_nanosecond()
    {
        Assert.Equal(Duration.FromMilliseconds(20), Frequency.FromHertz(50).Period());
        Assert.Equal(7_692_308, Frequency.FromHertz(130).Period().ToNanoseconds()); // 7692307.69 ns
        Assert.Throws<InvalidOperationException>(() => Frequency.Zero.Period());
    }

    [Fact]
    public void Cycles_in_a_duration()
    {
        Assert.Equal(500.0, Frequency.FromHertz(50) * Duration.FromSeconds(10));
    }

    [Property(MaxTest = 300)]
    public Property Parses_what_it_formats_exactly() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), mHz =>
        {
            var f = Frequency.FromMillihertz(mHz);
            return Frequency.Parse(f.ToString()) == f && Frequency.Parse(f.ToString("Hz")) == f;
        });
}

public class DurationReadableFormatTests
{
    [Fact]
    public void Readable_format_never_picks_a_unit_with_a_repeating_decimal()
    {
        // 1000 s is 16.666... min: decimal division rounded it so that it multiplied back to 1000 s and was chosen.
        Assert.Equal("1000 s", Duration.FromSeconds(1000).ToString());
        Assert.Equal("1000000 s", Duration.FromSeconds(1_000_000).ToString());
        Assert.Equal("1.5 h", Duration.FromSeconds(5400).ToString());
        Assert.Equal(Duration.FromSeconds(1000), Duration.Parse(Duration.FromSeconds(1000).ToString()));
    }
}
