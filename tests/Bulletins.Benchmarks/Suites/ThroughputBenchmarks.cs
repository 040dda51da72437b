using BenchmarkDotNet.Attributes;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Peers;

namespace Bulletins.Benchmarks.Suites;

/// <summary>
/// The same corpus, side by side, single thread: the floor (decode and split lines, no work), the
/// reader (segmentation and base fields), the full import (classification and every extracted
/// field), System.Text.Json reading the same articles from JSON Lines, and Import-Bulletin through
/// the hosted engine. Each returns a count so that nothing can be optimised away.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private string _bulletin = "";
    private string _jsonLines = "";
    private PowerShellEngine? _engine;

    /// <summary>1 MB, 100 MB and 1 GB; `--quick` sets BULLETINS_BENCH_SIZES=1,100.</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("BULLETINS_BENCH_SIZES") ?? "1,100,1024").Split(',').Select(int.Parse);

    [ParamsSource(nameof(Sizes))]
    public int SizeMB { get; set; }

    // Each case builds only what it uses: a runspace takes a second or two to open, and the JSON
    // Lines file is written once per library build; `--quick` has two minutes for everything.
    [GlobalSetup]
    public void Setup() => _bulletin = CorpusFiles.Bulletin(SizeMB);

    [GlobalSetup(Target = nameof(SystemTextJson))]
    public void SetupJsonLines()
    {
        Setup();
        _jsonLines = CorpusFiles.JsonLines(SizeMB);
    }

    [GlobalSetup(Target = nameof(Module))]
    public void SetupEngine()
    {
        Setup();
        _engine = new PowerShellEngine();
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();

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

    [Benchmark(Description = "import")]
    public long Import()
    {
        long count = 0;
        foreach (var _ in Bulletin.Read(_bulletin)) count++;
        return count;
    }

    [Benchmark(Description = "stj")]
    public long SystemTextJson() => JsonLinesPeer.ReadAll(_jsonLines);

    [Benchmark(Description = "module")]
    public int Module() =>
        _engine!.Invoke("param($p) Import-Bulletin -LiteralPath $p | Out-Null", new Dictionary<string, object?> { ["p"] = _bulletin }).Count;
}

/// <summary>
/// Import-Bulletin against the script a PowerShell user writes without the module. The script is
/// slow enough that it runs on the small corpus only.
/// </summary>
[MemoryDiagnoser]
public class PowerShellBenchmarks
{
    private string _bulletin = "";
    private string _script = "";
    private PowerShellEngine? _engine;

    [Params(1)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bulletin = CorpusFiles.Bulletin(SizeMB);
        _script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Peers", "ScriptPeer.ps1"));
        _engine = new PowerShellEngine();
    }

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();

    /// <summary>The script's objects go to Out-Null, as the module's do: both pay the pipeline per article.</summary>
    [Benchmark(Baseline = true, Description = "script")]
    public int Script() =>
        _engine!.Invoke("param($p, $s) & ([scriptblock]::Create($s)) -Path $p | Out-Null",
            new Dictionary<string, object?> { ["p"] = _bulletin, ["s"] = _script }).Count;

    [Benchmark(Description = "module")]
    public int Module() =>
        _engine!.Invoke("param($p) Import-Bulletin -LiteralPath $p | Out-Null", new Dictionary<string, object?> { ["p"] = _bulletin }).Count;
}
