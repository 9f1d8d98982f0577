using BenchmarkDotNet.Running;
using HumanSecurity.Benchmarks.Index;

// `dotnet run -c Release -- headline` prints the two headline timings side by side with the reference peer;
// anything else is passed to BenchmarkDotNet (e.g. `-- --filter *HotLoop*`).
if (args.Length > 0 && args[0] == "headline") return Headline.Run(args.Skip(1).ToArray());
BenchmarkSwitcher.FromAssembly(typeof(Headline).Assembly).Run(args);
return 0;
