using ScsSim.Cli;

// The README's main job: `dotnet run --project samples/ScsSim.Cli -- simulate tonic`.
// Bad input gets one clear line on stderr and a non-zero exit code, never a stack trace.
return CliApp.Run(args);
