using BenchmarkDotNet.Running;
using ScsSim.Benchmarks;

// Jobs:
//   dotnet run -c Release --project benchmarks/ScsSim.Benchmarks -- [BenchmarkDotNet arguments]
//       runs benchmarks; exits non-zero when any benchmark fails to run (BenchmarkDotNet exits 0 by itself).
//   dotnet run -c Release --project benchmarks/ScsSim.Benchmarks -- gate <results folder>
//       reads the JSON reports in the folder and checks every expected case against its target (see BenchmarkGate).
//   dotnet run -c Release --project benchmarks/ScsSim.Benchmarks -- margins <results folder> <results folder> ...
//       derives the gate's margin and known misses from several runs (see MarginDerivation).
//   dotnet run -c Release --project benchmarks/ScsSim.Benchmarks -- mrg-neuron-speed
//       times NEURON's threshold protocol on ScsSim's MRG cable (eng/mrg-neuron/speed.sh compares it with NEURON).
if (args.Length > 0 && args[0] == "gate")
    return BenchmarkGate.Run(args.Length > 1 ? args[1] : "BenchmarkDotNet.Artifacts/results");
if (args.Length > 0 && args[0] == "margins")
    return MarginDerivation.Derive(args[1..], Console.Out);
if (args.Length > 0 && args[0] == "mrg-neuron-speed")
    return MrgNeuronSpeed.Run(Console.Out);

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkGate).Assembly).Run(args).ToArray();
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).ToArray();
foreach (var summary in failed)
    Console.Error.WriteLine($"Benchmark failure in {summary.Title}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
if (summaries.Length == 0)
{
    Console.Error.WriteLine("No benchmark ran: check the --filter argument.");
    return 2;
}
return failed.Length == 0 ? 0 : 1;
