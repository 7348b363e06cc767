using ScottPlot;
using ScsSim.Activation;
using ScsSim.DorsalHorn;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Cli;

/// <summary>The PNG plots of the command-line sample, drawn with ScottPlot.</summary>
internal static class Plots
{
    private const int Width = 900;
    private const int Height = 450;

    private static string Save(Plot plot, string title, string xLabel, string yLabel, string path)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.SavePng(path, Width, Height);
        return path;
    }

    public static string Waveform(WaveformSchedule schedule, Duration window, string path)
    {
        var plot = new Plot();
        plot.Add.Signal(schedule.Render<double>(window), period: 1000.0 / schedule.SampleRate.ToHertz()); // x in ms
        return Save(plot, $"{schedule.Program.Family}: first {window}", "time (ms)", "current at the cathodes (mA)", path);
    }

    public static string Spectrum(PowerSpectrum spectrum, double maxHertz, string path)
    {
        var bins = Enumerable.Range(1, spectrum.Frequencies.Count - 1).Where(k => spectrum.Frequencies[k] <= maxHertz).ToArray();
        var plot = new Plot();
        plot.Add.ScatterLine(bins.Select(k => spectrum.Frequencies[k]).ToArray(),
            bins.Select(k => 10 * Math.Log10(Math.Max(spectrum.Power[k], 1e-12))).ToArray());
        return Save(plot, $"power spectrum (resolution {spectrum.Resolution:0.##} Hz)", "frequency (Hz)", "power (dB re 1 mA²)", path);
    }

    public static string Recruitment(RecruitmentAnalysis analysis, double maxMilliamperes, string path)
    {
        var amplitudes = Enumerable.Range(0, 121).Select(i => Current.FromMilliamperes(maxMilliamperes * i / 120)).ToArray();
        var curve = analysis.Curve(amplitudes);
        var xs = amplitudes.Select(a => a.ToMilliamperes()).ToArray();
        var plot = new Plot();
        plot.Add.ScatterLine(xs, curve.DorsalColumnFraction.Select(f => 100 * f).ToArray()).LegendText = "dorsal columns";
        plot.Add.ScatterLine(xs, curve.DorsalRootFraction.Select(f => 100 * f).ToArray()).LegendText = "dorsal roots";
        if (analysis.PerceptionThreshold is { } perception)
            plot.Add.VerticalLine(perception.ToMilliamperes()).LegendText = $"perception {perception.ToString("mA:0.00")}";
        if (analysis.DiscomfortThreshold is { } discomfort)
            plot.Add.VerticalLine(discomfort.ToMilliamperes()).LegendText = $"discomfort {discomfort.ToString("mA:0.00")}";
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, "recruitment curve", "amplitude (mA)", "fibres recruited (%)", path);
    }

    /// <summary>Pain-transmission index against frequency, on a log-frequency axis.</summary>
    public static string FrequencyResponse(IReadOnlyList<SweepPoint> points, string path)
    {
        var plot = new Plot();
        plot.Add.Scatter(points.Select(p => Math.Log10(p.Frequency.ToHertz())).ToArray(), points.Select(p => p.Index).ToArray()).LegendText = "pain-transmission index";
        plot.Add.HorizontalLine(1).LegendText = "no relief";
        var decades = Enumerable.Range(0, 5).Select(d => (double)d).ToArray();
        plot.Axes.Bottom.SetTicks(decades, ["1", "10", "100", "1k", "10k"]);
        plot.ShowLegend(Alignment.UpperLeft);
        return Save(plot, "frequency response (WDR with SCS / without)", "frequency (Hz)", "index", path);
    }

    /// <summary>Pain-transmission index against amplitude (multiples of the perception threshold).</summary>
    public static string AmplitudeResponse(IReadOnlyList<SweepPoint> points, string path)
    {
        var plot = new Plot();
        plot.Add.Scatter(points.Select(p => p.AmplitudeMultiple).ToArray(), points.Select(p => p.Index).ToArray()).LegendText = "pain-transmission index";
        plot.Add.HorizontalLine(1).LegendText = "no relief";
        plot.ShowLegend(Alignment.LowerLeft);
        return Save(plot, "amplitude response", "amplitude (× perception threshold)", "index", path);
    }
}
