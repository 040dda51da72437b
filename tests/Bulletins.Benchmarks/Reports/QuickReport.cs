using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Suites;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// `--quick`: the 1 MB and 100 MB library cases with a short in-process BenchmarkDotNet job, the
/// PowerShell cases in real pwsh (<see cref="UserReport"/>), and the latest `--memory` record,
/// printed as one `name: value unit` line per figure and ending with the ratio lines.
/// </summary>
public static class QuickReport
{
    public static int Run()
    {
        // Two jobs. A 1 MB read takes tens of milliseconds, so those cases get enough warm-up
        // iterations and invocations to reach tiered-JIT steady state (with one warm-up they timed
        // tier-0 code and one-time regex construction, and the module lost to the script); a
        // 100 MB read takes seconds and is warm after one. Both are short throughput jobs, not
        // Job.Dry, whose cold-start strategy would time the JIT.
        // (BenchmarkDotNet's jitting stage runs each case once before the warm-up, so a 100 MB case
        // is warm without a warm-up iteration of its own.)
        var small = QuickJob("quick-1mb", warmups: 4, iterations: 5, invocations: 3);
        var large = QuickJob("quick-100mb", warmups: 0, iterations: 3, invocations: 1);

        var summaries = new List<Summary>();
        Environment.SetEnvironmentVariable("BULLETINS_BENCH_SIZES", "1");
        summaries.AddRange(BenchmarkRunner.Run([typeof(ThroughputBenchmarks), typeof(GeneratorBenchmarks)], Config(small)));
        Environment.SetEnvironmentVariable("BULLETINS_BENCH_SIZES", "100");
        summaries.Add(BenchmarkRunner.Run(typeof(ThroughputBenchmarks), Config(large)));

        var figures = new Dictionary<string, double>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is null) continue;
            var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            var size = report.BenchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "SizeMB")?.Value;
            double seconds = report.ResultStatistics.Median / 1e9;
            if (size is int megabytes)
            {
                // Every case, the JSON peer too, is rated by the size of the bulletin text it stands for.
                double mb = CorpusFiles.SizeInMegabytes(CorpusFiles.Bulletin(megabytes));
                double rate = mb / seconds;
                figures[$"{name}-{megabytes}mb"] = rate;
                Print($"{name} {megabytes} MB", rate, "MB/s");
            }
            else
            {
                figures[name] = seconds * 1000;
                Print(name, seconds * 1000, "ms");
            }
        }

        // Per article, so the 1 MB corpus says the same as a larger one (every static is built by now).
        var (readerBytes, importBytes) = MemoryProbe.AllocationsPerArticle(1);
        Print("reader allocations", readerBytes, "bytes/article");
        Print("import allocations", importBytes, "bytes/article");

        // Real pwsh, one process, timed inside it: the rate is MB of bulletin text per wall second.
        double userMB = CorpusFiles.SizeInMegabytes(CorpusFiles.Bulletin(UserReport.SizeMB));
        foreach (var (name, (wall, cpu)) in UserReport.Run())
        {
            figures[$"pwsh-{name}"] = userMB / wall;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pwsh {name} {UserReport.SizeMB} MB: {userMB / wall:0.##} MB/s ({wall:0.00} s wall, {cpu:0.00} s CPU)"));
        }
        foreach (var line in MemoryProbe.Recorded()) Console.WriteLine(line);

        Ratio("reader/floor", figures, "reader-100mb", "floor-100mb");
        Ratio("import/stj", figures, "import-100mb", "stj-100mb");
        Ratio("parallel/import", figures, "import-parallel-100mb", "import-100mb");
        Ratio("module/script", figures, "pwsh-module", "pwsh-script");
        Ratio("module-select/script", figures, "pwsh-module-select", "pwsh-script");
        return 0;
    }

    private static Job QuickJob(string id, int warmups, int iterations, int invocations) =>
        Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithLaunchCount(1)
            .WithInvocationCount(invocations)
            .WithUnrollFactor(1)
            .WithId(id);

    private static IConfig Config(Job job) =>
        ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddLogger(NullLogger.Instance)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

    private static void Print(string name, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##} {unit}"));

    private static void Ratio(string name, Dictionary<string, double> figures, string numerator, string denominator)
    {
        if (figures.TryGetValue(numerator, out var top) && figures.TryGetValue(denominator, out var bottom) && bottom > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {top / bottom:0.00}"));
        }
        else
        {
            Console.WriteLine($"{name}: n/a (a case failed; run the full suite to see why)");
        }
    }
}
