using BenchmarkDotNet.Running;
using Bulletins.Benchmarks.Reports;

// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --quick        (1 MB and 100 MB in process, 32 MB in real pwsh)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --memory       (peak working set in real pwsh, 100 MB vs 1 GB; --quick prints the latest)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --stages [MB]  (one thread's time per stage: read, ids, duplicates, classify, each extractor)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --loop eager|full|import|stj [MB] [seconds]  (one pipeline again and again, for a profiler)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --first-pass [MB]  (each field's allocations and large-object heap bytes, first read in a fresh process and again)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --jsonl <MB> <out.jsonl>  (the corpus's full JSON Lines, to cmp across commits)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --jsonl-files <out.jsonl> <bulletin>...  (the same for given files, problems in out.jsonl.problems)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- [BenchmarkDotNet arguments]   (the full suite)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --archive <MB> <path or connection string> [--files [MB]] [--batch 500,2000] [--save-only] [--seed N] [--sequential | --sequential-to <empty archive>]  (another seed: other articles, to add to an archive built before; --sequential: the save with each batch written on the reading thread too, into a copy, or into the archive given, a PostgreSQL database say)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --held [MB]  (a save's reading side alone: the rows made with each article dropped, or held 20 000 at a time, against the full import)
// dotnet run -c Release --project tests/Bulletins.Benchmarks -- --archive-queries <path or connection string> [--files MB] [--rank-window N] [--first-page-only]  (the queries alone, on an archive built before)
if (args.Length > 2 && args[0] == "--archive")
{
    int batch = Array.IndexOf(args, "--batch");
    var batchSizes = batch > 0 ? args[batch + 1].Split(',').Select(int.Parse).ToArray() : [new Bulletins.Archive.ArchiveOptions().BatchSize];
    int seed = Array.IndexOf(args, "--seed");
    return ArchiveReport.Run(int.Parse(args[1]), args[2], FilesMegabytes(int.Parse(args[1])), batchSizes, args.Contains("--save-only"), seed > 0 ? int.Parse(args[seed + 1]) : null, args.Contains("--sequential"),
        Array.IndexOf(args, "--sequential-to") is > 0 and var to ? args[to + 1] : null);
}
if (args.Length > 1 && args[0] == "--archive-queries")
{
    int window = Array.IndexOf(args, "--rank-window");
    return ArchiveReport.Query(args[1], FilesMegabytes(null), window > 0 ? int.Parse(args[window + 1]) : null, args.Contains("--first-page-only"));
}
if (args.Length > 0 && args[0] == "--held") return HeldArticlesReport.Run(args.Length > 1 ? int.Parse(args[1]) : 100);
if (args.Length > 0 && args[0] == "--quick") return QuickReport.Run();
if (args.Length > 0 && args[0] == "--stages") return StageReport.Run(args.Length > 1 ? int.Parse(args[1]) : 20);
if (args.Length > 1 && args[0] == "--loop")
{
    return LoopReport.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 10, args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
}
if (args.Length > 0 && args[0] == "--first-pass") return FirstPassReport.Run(args.Length > 1 ? int.Parse(args[1]) : 10);
if (args.Length > 2 && args[0] == "--jsonl") return LoopReport.Export(int.Parse(args[1]), args[2]);
if (args.Length > 2 && args[0] == "--jsonl-files") return LoopReport.ExportFiles(args[1], args[2..]);
if (args.Length > 0 && args[0] == "--memory")
{
    MemoryProbe.MeasureAndRecord([100, 1024]);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

// `--files` alone searches the archive's own corpus; `--files 100` a smaller one, where a search over 1 GB of files would take hours.
int? FilesMegabytes(int? archiveMegabytes)
{
    int at = Array.IndexOf(args, "--files");
    if (at < 0) return null;
    return at + 1 < args.Length && int.TryParse(args[at + 1], out int mb) ? mb : archiveMegabytes ?? throw new ArgumentException("--archive-queries --files needs a size in MB");
}
