using System.Diagnostics;

namespace ScsSim.Cli.Tests;

/// <summary>Runs the built tool (ScsSim.Cli.dll beside the tests) as a separate process, its output really redirected.</summary>
internal static class ToolProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ScsSim.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"scssim {string.Join(' ', args)} did not finish within two minutes");
        return (process.ExitCode, output.Result, error.Result);
    }
}
