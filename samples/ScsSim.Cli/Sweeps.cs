using Spectre.Console;

namespace ScsSim.Cli;

/// <summary>Runs a sweep (or any long library call) behind a Spectre.Console progress bar fed by the library's IProgress reports.</summary>
internal static class Sweeps
{
    /// <summary>Runs <paramref name="run"/> behind a bar, or silently when <paramref name="quiet"/> (a JSON answer owns stdout).</summary>
    public static T WithProgress<T>(string title, Func<IProgress<SweepProgress>?, T> run, bool quiet = false) =>
        quiet ? run(null) : AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(title, maxValue: 1);
            // Progress<T> posts to the thread pool; report synchronously instead so the bar ends at 100 %.
            var result = run(new SynchronousProgress(p => task.Value = p.Fraction));
            task.Value = 1;
            return result;
        });

    private sealed class SynchronousProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        private readonly Lock _gate = new();

        public void Report(SweepProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
