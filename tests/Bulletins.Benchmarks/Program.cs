using BenchmarkDotNet.Running;
using Bulletins.Benchmarks.Reports;

// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --quick        (1 MB and 100 MB, ~2 minutes)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --memory       (peak working set, 100 MB vs 1 GB)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- [BenchmarkDotNet arguments]   (the full suite)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --archive <MB> <path or connection string> [--files]
if (args.Length > 2 && args[0] == "--archive") return ArchiveReport.Run(int.Parse(args[1]), args[2], args.Contains("--files"));
if (args.Length > 0 && args[0] == "--quick") return QuickReport.Run(includeMemory: args.Contains("--with-memory"));
if (args.Length > 1 && args[0] == "--memory-child") return MemoryProbe.RunChild(int.Parse(args[1]));
if (args.Length > 0 && args[0] == "--memory")
{
    foreach (var size in new[] { 100, 1024 })
    {
        Console.WriteLine($"module peak working set {size} MB: {MemoryProbe.PeakWorkingSetMB(size):0.#} MB");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
