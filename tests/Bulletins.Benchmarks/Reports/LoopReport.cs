using System.Diagnostics;
using System.Globalization;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Writing;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// `--loop eager|full|import|stj [MB] [seconds]`: one pipeline over the corpus again and again for a while, so that
/// a sampling profiler (perf with DOTNET_PerfMapEnabled=1, dotnet-trace) sees nothing else, and so that a loaded
/// machine can still compare builds and thread counts by CPU time. `eager` is what `Import-Bulletin | Out-Null` pays
/// (read, ids, duplicates, dates, kind); `full` is every field to JSON Lines, as Export-Bulletin does; `import` and
/// `stj` are the benchmarks' pair (every field extracted, no writer; System.Text.Json reading the same records).
/// BULLETINS_LOOP_THREADS=N reads with N workers (<see cref="BulletinReadOptions.MaxDegreeOfParallelism"/>); the
/// full pipeline extracts every field before the writer reads it (<see cref="BulletinReadOptions.ExtractAllFields"/>),
/// on the workers when N > 1.
/// </summary>
/// <remarks>
/// The warm-up runs passes until the JIT is done (a stretch of passes of at least 3 s in which compiling took under 2% of the time): with
/// tiered PGO the first passes run instrumented code while the JIT's thread recompiles, and on a loaded machine that
/// lasted about a minute, so a single warm-up pass left most of the JIT (and the slow instrumented code) in the
/// measured passes, more of it with more threads (two threads then seemed to cost 1.8x the CPU of one). The figures
/// are per MB of bulletin text: the process's CPU (every thread: the workers, the GC's, the JIT's), the loop's own
/// thread's (with one thread, the whole pipeline), what the JIT still did, the bytes allocated and the collections.
/// "Cores busy" is the process's CPU over the wall time: on a quiet machine, how much of each core the workers kept
/// busy (idle time in the hand-off or in collections shows there); on a loaded one, mostly how much the others left.
/// </remarks>
public static class LoopReport
{
    /// <summary>The warm-up is judged over stretches of passes at least this long.</summary>
    private const double WarmUpStretchSeconds = 3;

    /// <summary>The warm-up's limit, however busy the JIT still is.</summary>
    private const double MaxWarmUpSeconds = 300;

    public static int Run(string pipeline, int megabytes, double seconds)
    {
        var path = CorpusFiles.Bulletin(megabytes);
        // The JSON peer reads the same records as JSON Lines (rated, as in --quick, by the bulletin text's size).
        string? jsonLines = pipeline == "stj" ? CorpusFiles.JsonLines(megabytes) : null;
        double mb = CorpusFiles.SizeInMegabytes(path);
        int threads = int.TryParse(Environment.GetEnvironmentVariable("BULLETINS_LOOP_THREADS"), out var n) ? n : 1;
        var eager = new BulletinReadOptions { MaxDegreeOfParallelism = threads };
        var full = new BulletinReadOptions { MaxDegreeOfParallelism = threads, ExtractAllFields = true };
        Action? pass = pipeline switch
        {
            "eager" => () => _ = Bulletin.Read(path, eager).Count(),
            "full" => () =>
            {
                using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, TextWriter.Null);
                foreach (var article in Bulletin.Read(path, full)) writer.Write(article);
            },
            "import" => () => _ = Bulletin.Read(path, full).Count(),
            "stj" => () => _ = Peers.JsonLinesPeer.ReadAll(jsonLines!),
            _ => null,
        };
        if (pass is null)
        {
            Console.Error.WriteLine($"--loop: unknown pipeline '{pipeline}' (eager, full, import or stj)");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        int warmUps = 0;
        var before = CpuSnapshot.Take();
        var stretchStart = watch.Elapsed;
        while (true)
        {
            pass();
            warmUps++;
            var stretch = watch.Elapsed - stretchStart;
            // Judged over a few seconds of passes, not one: tier-up follows the clock, so a short pass always sees some.
            if (stretch.TotalSeconds < WarmUpStretchSeconds) continue;
            var after = CpuSnapshot.Take();
            // Compilation time is elapsed time on the compiling threads, as the stretch's is: a loaded machine stretches both.
            bool jitDone = (after.Jit - before.Jit).TotalSeconds < 0.02 * stretch.TotalSeconds;
            if (jitDone || watch.Elapsed.TotalSeconds > MaxWarmUpSeconds) break;
            (before, stretchStart) = (after, watch.Elapsed);
        }
        double warm = watch.Elapsed.TotalSeconds;
        long startBytes = GC.GetTotalAllocatedBytes();
        int startGen0 = GC.CollectionCount(0), startGen2 = GC.CollectionCount(2);
        var startPause = GC.GetTotalPauseDuration();
        var start = CpuSnapshot.Take();
        int passes = 0;
        while (passes < 1 || watch.Elapsed.TotalSeconds - warm < seconds)
        {
            pass();
            passes++;
        }
        var end = CpuSnapshot.Take();
        double total = mb * passes;
        double wall = watch.Elapsed.TotalSeconds - warm;
        double PerMB(TimeSpan span) => span.TotalSeconds * 1000 / total;
        double process = PerMB(end.ProcessCpu - start.ProcessCpu), loop = PerMB(end.LoopThread - start.LoopThread);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pipeline} ({threads} thread(s)): {passes} passes of {mb:0.#} MB after {warmUps} warm-up pass(es) ({warm:0} s), {total / wall:0.##} MB/s wall, {total / (process / 1000 * total):0.##} MB per CPU second, {process * total / 1000 / wall:0.00} cores busy; "
            + $"CPU ms per MB: {process:0.0} process, {loop:0.0} on the loop's thread, {process - loop:0.0} on the others (workers, GC, JIT); "
            + $"JIT {PerMB(end.Jit - start.Jit):0.00} ms (elapsed) per MB, {end.Methods - start.Methods} methods; "
            + $"{(GC.GetTotalAllocatedBytes() - startBytes) / total / 1e6:0.00} MB allocated per MB, {(GC.CollectionCount(0) - startGen0) * 100 / total:0.0} gen0 and {(GC.CollectionCount(2) - startGen2) * 100 / total:0.0} gen2 collections per 100 MB, "
            + $"{PerMB(GC.GetTotalPauseDuration() - startPause):0.0} ms paused per MB"));
        return 0;
    }

    /// <summary>The process's CPU time, the loop's own thread's, and the JIT's compilation time and method count so far.</summary>
    private readonly record struct CpuSnapshot(TimeSpan ProcessCpu, TimeSpan LoopThread, TimeSpan Jit, long Methods)
    {
        public static CpuSnapshot Take()
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            double loop = ThreadCpu.Milliseconds();
            return new CpuSnapshot(process.TotalProcessorTime, TimeSpan.FromMilliseconds(double.IsNaN(loop) ? 0 : loop),
                System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        }
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
