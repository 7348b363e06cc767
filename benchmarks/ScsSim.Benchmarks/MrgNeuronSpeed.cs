using System.Diagnostics;
using System.Globalization;
using ScsSim.Activation;

namespace ScsSim.Benchmarks;

/// <summary>
/// The C# half of the speed comparison with NEURON 8.2 (issue 11, part 5; eng/mrg-neuron/speed.sh runs both halves in one
/// go): the same threshold searches as the NEURON script's timing rows (41 nodes, sealed ends, point source 1 mm away,
/// 100 µs cathodic pulse, dt 5 µs, doubling then bisection to 1 %), timed as process CPU time like Python's
/// <c>time.process_time</c>, the best of several repeats after a warm-up.
/// </summary>
internal static class MrgNeuronSpeed
{
    internal static readonly double[] DiametersUm = [5.7, 10, 16];

    internal static int Run(TextWriter output, int repeats = 20)
    {
        output.WriteLine("diameter_um,runs,threshold_ma,cpu_s");
        foreach (var d in DiametersUm)
        {
            var cable = MrgNeuronProtocol.Cable(d, 1, 41, 5);
            var threshold = MrgNeuronProtocol.Threshold(cable, 100, 5, 0.01, out var runs); // warm-up (JIT)
            var best = double.PositiveInfinity;
            for (var r = 0; r < repeats; r++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                MrgNeuronProtocol.Threshold(cable, 100, 5, 0.01, out _);
                best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d},{runs},{threshold:G6},{best:G4}"));
        }
        return 0;
    }
}
