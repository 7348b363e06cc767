using ScsSim.Programming;
using ScsSim.Quantities;

namespace ScsSim.Tests.Programming;

/// <summary>Validation reports and violations: texts, equality, order, and the busy-interval detail of an overlap. (Found by mutation testing.)</summary>
public class ValidationReportTests
{
    private static readonly Violation Amplitude = new("amplitude", "30 mA", "≤ 25.5 mA", "Too high.");
    private static readonly Violation Width = new("pulseWidth", "10 µs", "20 µs-1 ms", "Too short.");

    [Fact]
    public void A_violation_reads_parameter_value_limit_and_message()
    {
        Assert.Equal("amplitude = 30 mA (limit ≤ 25.5 mA): Too high.", Amplitude.ToString());
    }

    [Fact]
    public void A_report_lists_its_violations_one_per_line_in_order()
    {
        var report = new ValidationReport([Amplitude, Width]);
        Assert.False(report.IsValid);
        Assert.Equal(Amplitude + Environment.NewLine + Width, report.ToString());
        var empty = new ValidationReport([]);
        Assert.True(empty.IsValid);
        Assert.Equal("valid", empty.ToString());
    }

    [Fact]
    public void Reports_are_equal_when_their_violations_are_equal_in_order()
    {
        var report = new ValidationReport([Amplitude, Width]);
        Assert.Equal(report, new ValidationReport([Amplitude, Width]));
        Assert.Equal(report.GetHashCode(), new ValidationReport([Amplitude, Width]).GetHashCode());
        Assert.NotEqual(report, new ValidationReport([Width, Amplitude]));
        Assert.NotEqual(report, new ValidationReport([Amplitude]));
        Assert.False(report.Equals(null));
        // The list is copied: changing the source afterwards does not change the report.
        var source = new List<Violation> { Amplitude };
        var copied = new ValidationReport(source);
        source.Add(Width);
        Assert.Single(copied.Violations);
    }

    [Fact]
    public void An_overlap_names_where_in_each_period_the_busy_intervals_start()
    {
        // Burst of 3 pulses at 500 Hz (starting 0, 2 ms and 4 ms into its 25 ms period), each busy 200 µs; a tonic
        // 40 Hz area offset 4.1 ms meets the third pulse.
        var pulse = new PulseShape(Current.FromMilliamperes(2), Duration.FromMicroseconds(100));
        var burst = StimulationProgram.Burst(pulse, Frequency.FromHertz(500), 3, Frequency.FromHertz(40));
        var tonic = StimulationProgram.Tonic(pulse, Frequency.FromHertz(40));
        var bipolar = ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 3, 4);
        var e = Assert.Throws<ArgumentException>(() =>
            new ProgramSet([new(burst, bipolar), new(tonic, ElectrodeConfiguration.Bipolar(Lead.Percutaneous8, 5, 6), Duration.FromMicroseconds(4100))]));
        Assert.Contains("areas[0] (burst) and areas[1] (tonic)", e.Message);
        Assert.Contains("a 200 µs busy interval starting 4 ms into one period meets a 200 µs interval starting 0 ns into the other's", e.Message);
        // Offset 4.2 ms: the tonic pulse starts exactly when the burst's last pulse ends.
        Assert.NotNull(new ProgramSet([new(burst, bipolar), new(tonic, bipolar, Duration.FromMicroseconds(4200))]));
    }
}
