using System.Diagnostics;
using System.Globalization;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Writing;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// `--loop eager|full [MB] [seconds]`: one pipeline over the corpus again and again for a while,
/// one thread, so that a sampling profiler (perf with DOTNET_PerfMapEnabled=1, dotnet-trace) sees
/// nothing else. `eager` is what `Import-Bulletin | Out-Null` pays (read, ids, duplicates, dates,
/// kind); `full` is every field to JSON Lines, as Export-Bulletin does. BULLETINS_LOOP_THREADS=N reads
/// with N workers (<see cref="BulletinReadOptions.MaxDegreeOfParallelism"/>); the full pipeline extracts
/// every field before the writer reads it (<see cref="BulletinReadOptions.ExtractAllFields"/>), on the workers when N > 1.
/// </summary>
public static class LoopReport
{
    public static int Run(string pipeline, int megabytes, double seconds)
    {
        var path = CorpusFiles.Bulletin(megabytes);
        double mb = CorpusFiles.SizeInMegabytes(path);
        int threads = int.TryParse(Environment.GetEnvironmentVariable("BULLETINS_LOOP_THREADS"), out var n) ? n : 1;
        var eager = new BulletinReadOptions { MaxDegreeOfParallelism = threads };
        var full = new BulletinReadOptions { MaxDegreeOfParallelism = threads, ExtractAllFields = true };
        var watch = Stopwatch.StartNew();
        int passes = -1; // the first pass warms up (JIT, regexes) and is not counted
        double warm = 0;
        using var process = Process.GetCurrentProcess();
        var warmCpu = TimeSpan.Zero;
        long warmBytes = 0;
        int warmGen0 = 0, warmGen2 = 0;
        while (passes < 1 || watch.Elapsed.TotalSeconds - warm < seconds)
        {
            switch (pipeline)
            {
                case "eager":
                    _ = Bulletin.Read(path, eager).Count();
                    break;
                case "full":
                    using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, TextWriter.Null))
                    {
                        foreach (var article in Bulletin.Read(path, full)) writer.Write(article);
                    }
                    break;
                default:
                    Console.Error.WriteLine($"--loop: unknown pipeline '{pipeline}' (eager or full)");
                    return 2;
            }
            if (++passes == 0)
            {
                warm = watch.Elapsed.TotalSeconds;
                process.Refresh();
                warmCpu = process.TotalProcessorTime;
                warmBytes = GC.GetTotalAllocatedBytes();
                (warmGen0, warmGen2) = (GC.CollectionCount(0), GC.CollectionCount(2));
            }
        }
        process.Refresh();
        double cpu = (process.TotalProcessorTime - warmCpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pipeline} ({threads} thread(s)): {passes} passes, {mb * passes / (watch.Elapsed.TotalSeconds - warm):0.##} MB/s wall, {mb * passes / cpu:0.##} MB per CPU second, after a warm-up pass of {warm:0.0} s; "
            + $"{(GC.GetTotalAllocatedBytes() - warmBytes) / 1e6 / passes:0} MB allocated a pass, {(GC.CollectionCount(0) - warmGen0) / (double)passes:0.#} gen0 and {(GC.CollectionCount(2) - warmGen2) / (double)passes:0.#} gen2 collections a pass, {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused in all"));
        return 0;
    }

    /// <summary>`--jsonl MB out`: every field of the corpus's articles as JSON Lines, as Export-Bulletin writes them.</summary>
    public static int Export(int megabytes, string output)
    {
        using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, File.Create(output));
        foreach (var article in Bulletin.Read(CorpusFiles.Bulletin(megabytes))) writer.Write(article);
        return 0;
    }

    /// <summary>
    /// `--jsonl-files out in...`: every field of each input file's articles as JSON Lines, and the reader's problems
    /// beside them in `out.problems`, to cmp the committed bulletins across commits.
    /// </summary>
    public static int ExportFiles(string output, IEnumerable<string> inputs)
    {
        using var problems = new StreamWriter(output + ".problems");
        using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, File.Create(output));
        foreach (var input in inputs)
        {
            var options = new BulletinReadOptions { OnProblem = problem => problems.WriteLine(problem.ToString()) };
            foreach (var article in Bulletin.Read(input, options)) writer.Write(article);
        }
        return 0;
    }
}
