using System.Globalization;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Peers;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// Peak working set of `Import-Bulletin | Export-Bulletin` streaming a corpus, each size in a fresh
/// real pwsh (Peers/MemoryCase.ps1), so that one run's peak cannot hide another's; and the reader's
/// allocations per article. The 1 GB run takes minutes, so `--memory` records its figures in the
/// corpus folder and `--quick` prints the latest record with its date and build.
/// </summary>
public static class MemoryProbe
{
    private static string RecordPath => Path.Combine(CorpusFiles.Folder, "memory-figures.txt");

    /// <summary>Streams one size through a fresh pwsh and returns its peak working set in MB.</summary>
    public static double PeakWorkingSetMB(int megabytes)
    {
        var source = CorpusFiles.Bulletin(megabytes); // generated outside the child, so the child only streams
        var output = Path.Combine(CorpusFiles.Folder, $"memory-{megabytes}mb.jsonl");
        var lines = RealPwsh.Run(RealPwsh.Script("MemoryCase.ps1"), ("Module", RealPwsh.Manifest), ("Path", source), ("Out", output));
        var line = lines.FirstOrDefault(l => l.StartsWith("peak-mb: ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the memory case printed no peak: {string.Join('\n', lines)}");
        return double.Parse(line["peak-mb: ".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Measures each size and records the figures (with the time and the library build) for `--quick`.</summary>
    public static void MeasureAndRecord(IEnumerable<int> sizes)
    {
        var record = new List<string>();
        foreach (var size in sizes)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"module peak working set {size} MB: {PeakWorkingSetMB(size):0.#} MB (--memory {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, library build {CorpusFiles.LibraryBuild})");
            Console.WriteLine(line);
            record.Add(line);
        }
        Directory.CreateDirectory(CorpusFiles.Folder);
        File.WriteAllLines(RecordPath, record);
    }

    /// <summary>The lines the latest `--memory` run recorded, or a line saying there is none.</summary>
    public static IReadOnlyList<string> Recorded() =>
        File.Exists(RecordPath) ? File.ReadAllLines(RecordPath) : ["module peak working set 1024 MB: not measured on this machine yet (run --memory)"];

    /// <summary>Bytes allocated per article by the reader alone and by the full import.</summary>
    public static (double Reader, double Import) AllocationsPerArticle(int megabytes)
    {
        var path = CorpusFiles.Bulletin(megabytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long drafts = 0;
        using (var stream = File.OpenRead(path))
        {
            foreach (var _ in Bulletin.ReadDrafts(stream, path)) drafts++;
        }
        long afterReader = GC.GetAllocatedBytesForCurrentThread();
        long articles = 0;
        foreach (var _ in Bulletin.Read(path)) articles++;
        long afterImport = GC.GetAllocatedBytesForCurrentThread();
        return ((afterReader - before) / (double)Math.Max(1, drafts), (afterImport - afterReader) / (double)Math.Max(1, articles));
    }
}
