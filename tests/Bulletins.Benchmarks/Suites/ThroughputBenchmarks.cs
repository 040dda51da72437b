using BenchmarkDotNet.Attributes;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Peers;

namespace Bulletins.Benchmarks.Suites;

/// <summary>
/// The same corpus, side by side, single thread: the floor (decode and split lines, no work), the
/// reader (segmentation and base fields), the full import (classification and every extracted
/// field), System.Text.Json reading the same articles from JSON Lines. Each returns a count so that
/// nothing can be optimised away. What a PowerShell user feels is timed in real pwsh instead
/// (<see cref="Reports.UserReport"/>).
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private string _bulletin = "";
    private string _jsonLines = "";

    /// <summary>1 MB, 100 MB and 1 GB; `--quick` sets BULLETINS_BENCH_SIZES=1,100.</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("BULLETINS_BENCH_SIZES") ?? "1,100,1024").Split(',').Select(int.Parse);

    [ParamsSource(nameof(Sizes))]
    public int SizeMB { get; set; }

    // The JSON Lines file is written once per library build, and only for the case that reads it.
    [GlobalSetup]
    public void Setup() => _bulletin = CorpusFiles.Bulletin(SizeMB);

    [GlobalSetup(Target = nameof(SystemTextJson))]
    public void SetupJsonLines()
    {
        Setup();
        _jsonLines = CorpusFiles.JsonLines(SizeMB);
    }

    [Benchmark(Baseline = true, Description = "floor")]
    public long Floor()
    {
        long lines = 0;
        foreach (var _ in File.ReadLines(_bulletin)) lines++;
        return lines;
    }

    [Benchmark(Description = "reader")]
    public long Reader()
    {
        using var stream = File.OpenRead(_bulletin);
        long count = 0;
        foreach (var _ in Bulletin.ReadDrafts(stream, _bulletin)) count++;
        return count;
    }

    /// <summary>The full import: every field of every article, as a writer reads them, one thread.</summary>
    [Benchmark(Description = "import")]
    public long Import()
    {
        long count = 0;
        foreach (var _ in Bulletin.Read(_bulletin, new BulletinReadOptions { ExtractAllFields = true })) count++;
        return count;
    }

    /// <summary>The same on every core (2 on the machine the figures come from).</summary>
    [Benchmark(Description = "import-parallel")]
    public long ImportParallel()
    {
        long count = 0;
        foreach (var _ in Bulletin.Read(_bulletin, new BulletinReadOptions { ExtractAllFields = true, MaxDegreeOfParallelism = Environment.ProcessorCount })) count++;
        return count;
    }

    [Benchmark(Description = "stj")]
    public long SystemTextJson() => JsonLinesPeer.ReadAll(_jsonLines);
}
