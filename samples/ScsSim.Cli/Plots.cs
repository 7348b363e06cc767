using ScottPlot;
using ScsSim.Activation;
using ScsSim.Quantities;
using ScsSim.Waveforms;

namespace ScsSim.Cli;

/// <summary>The PNG plots of `simulate`, drawn with ScottPlot.</summary>
internal static class Plots
{
    private const int Width = 900;
    private const int Height = 450;

    public static string Waveform(WaveformSchedule schedule, Duration window, string path)
    {
        var samples = schedule.Render<double>(window);
        var plot = new Plot();
        var signal = plot.Add.Signal(samples, period: 1000.0 / schedule.SampleRateHz); // x in ms
        signal.LegendText = "cathode current";
        plot.Title($"{schedule.Program.Family}: first {window}");
        plot.XLabel("time (ms)");
        plot.YLabel("current at the cathodes (mA)");
        plot.SavePng(path, Width, Height);
        return path;
    }

    public static string Spectrum(PowerSpectrum spectrum, double maxHertz, string path)
    {
        var bins = Enumerable.Range(1, spectrum.Frequencies.Count - 1).Where(k => spectrum.Frequencies[k] <= maxHertz).ToArray();
        var plot = new Plot();
        plot.Add.ScatterLine(bins.Select(k => spectrum.Frequencies[k]).ToArray(),
            bins.Select(k => 10 * Math.Log10(Math.Max(spectrum.Power[k], 1e-12))).ToArray());
        plot.Title($"power spectrum (resolution {spectrum.Resolution:0.##} Hz)");
        plot.XLabel("frequency (Hz)");
        plot.YLabel("power (dB re 1 mA²)");
        plot.SavePng(path, Width, Height);
        return path;
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
        plot.ShowLegend();
        plot.Title("recruitment curve");
        plot.XLabel("amplitude (mA)");
        plot.YLabel("fibres recruited (%)");
        plot.SavePng(path, Width, Height);
        return path;
    }
}
