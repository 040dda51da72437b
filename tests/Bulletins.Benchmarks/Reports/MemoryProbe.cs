using System.Diagnostics;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Benchmarks.Peers;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// Peak working set of `Import-Bulletin | Export-Bulletin` streaming a corpus, each size in a
/// fresh child process so that one run's peak cannot hide another's; and the reader's
/// allocations per article.
/// </summary>
public static class MemoryProbe
{
    /// <summary>Runs in the child: streams the corpus through the module and prints the peak in MB.</summary>
    public static int RunChild(int megabytes)
    {
        var source = CorpusFiles.Bulletin(megabytes);
        var output = Path.Combine(CorpusFiles.Folder, $"memory-{megabytes}mb.jsonl");
        using (var engine = new PowerShellEngine())
        {
            engine.Invoke("param($in, $out) Import-Bulletin -LiteralPath $in | Export-Bulletin -Format JsonLines -LiteralPath $out -Force",
                new Dictionary<string, object?> { ["in"] = source, ["out"] = output });
        }
        File.Delete(output);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"peak-mb: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F1}");
        return 0;
    }

    /// <summary>Starts the child for one size and returns its peak working set in MB.</summary>
    public static double PeakWorkingSetMB(int megabytes)
    {
        CorpusFiles.Bulletin(megabytes); // generate outside the child, so the child only streams
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var entry = typeof(MemoryProbe).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(entry);
        start.ArgumentList.Add("--memory-child");
        start.ArgumentList.Add(megabytes.ToString());
        using var child = Process.Start(start)!;
        var text = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("peak-mb: ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"memory child failed (exit {child.ExitCode}): {text}");
        return double.Parse(line["peak-mb: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

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
