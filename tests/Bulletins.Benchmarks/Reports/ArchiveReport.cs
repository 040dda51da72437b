using System.Diagnostics;
using Bulletins.Archive;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Querying;
using Bulletins.Writing;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// The archive at scale, in one run (whole-process timing, one thread): save throughput against the
/// full import to JSON Lines of the same corpus, archive size against text size, and query latency
/// (p50, p99 over many varied queries) for a phrase, a person, a country within a date range and a
/// kind within a source, against Search-Bulletin's engine over the file.
/// </summary>
public static class ArchiveReport
{
    private const int Queries = 200;

    /// <summary>
    /// Builds the archive at <paramref name="location"/> once per batch size (a SQLite path gets the
    /// size as a suffix when there are several, so two settings compare within one run), then queries the last.
    /// </summary>
    public static int Run(int megabytes, string location, int? filesMegabytes, IReadOnlyList<int> batchSizes, bool saveOnly, int? seed = null, bool alsoSequential = false, string? sequentialTo = null)
    {
        var corpus = seed is { } other ? ArchiveCorpus.Bulletin(megabytes, other) : ArchiveCorpus.Bulletin(megabytes);
        double textMB = CorpusFiles.SizeInMegabytes(corpus);
        Log($"corpus: {textMB:0.0} MB of bulletin text, {location}; load average {LoadAverage()}");

        // Untimed: the first pass over the reader and the JSON writer compiles them (tier 0, then tier 1),
        // which a 10 MB import would otherwise count against the import, not the save.
        ImportToJsonLines(ArchiveCorpus.Bulletin(10), 10);
        var importBefore = ImportToJsonLines(corpus, megabytes);
        Log($"import to JSON Lines (before the save): {importBefore.TotalSeconds:0.0} s; load average {LoadAverage()}");
        var saves = new List<(int BatchSize, string Location, TimeSpan Time, long Articles, SaveStages Stages, TimeSpan Reading)>();
        foreach (int batchSize in batchSizes)
        {
            var target = batchSizes.Count > 1 && !BulletinArchive.IsConnectionString(location) ? $"{location}.batch{batchSize}" : location;
            // --sequential: first the fourth round's save (each batch written on the reading thread) into a copy of the target
            // (an empty one, or a copy of the archive given), so that the two compare within one run.
            if (sequentialTo is not null || (alsoSequential && !BulletinArchive.IsConnectionString(target)))
            {
                var sequential = sequentialTo ?? target + ".sequential";
                if (sequentialTo is null && File.Exists(target)) File.Copy(target, sequential, overwrite: true);
                else if (sequentialTo is null) File.Delete(sequential);
                saves.Add(Save(corpus, sequential, batchSize, writeBesideCaller: false));
            }
            saves.Add(Save(corpus, target, batchSize));
        }
        // The import again: the machine is shared, its load drifts; the ratio takes the mean of the imports around the saves.
        var importAfter = ImportToJsonLines(corpus, megabytes);
        var importTime = (importBefore + importAfter) / 2;
        Log($"articles read: {saves[0].Articles:N0}; load average {LoadAverage()}");
        Log($"import to JSON Lines: {textMB / importBefore.TotalSeconds:0.00} MB/s before the save, {textMB / importAfter.TotalSeconds:0.00} MB/s after");
        foreach (var (batchSize, target, saveTime, articles, stages, _) in saves)
        {
            Log($"save into {target}, {batchSize} articles a transaction: {textMB / saveTime.TotalSeconds:0.00} MB/s ({articles / saveTime.TotalSeconds:N0} articles/s); save/import {importTime / saveTime:0.00} (target >= 0.5)");
            // The reading thread's share was printed as the save ran; this is the writing thread's, with its sum to set against the save's own ms an article.
            Log($"  on the writing thread (ms an article, {stages.Totals.Sum(s => s.Time.TotalMilliseconds) / articles:0.000} in all of the save's {saveTime.TotalMilliseconds / articles:0.000}): "
                + string.Join(", ", stages.Totals.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds / articles:0.000}")));
            if (!BulletinArchive.IsConnectionString(target))
            {
                double archiveMB = new FileInfo(target).Length / (1024.0 * 1024.0);
                Log($"  archive size: {archiveMB:0.0} MB, {archiveMB / textMB:0.00}x the text");
            }
        }
        if (saveOnly) return 0;
        return Query(saves[^1].Location, filesMegabytes);
    }

    /// <summary>
    /// The queries alone, against an archive built before (<c>--archive-queries</c>), so a query-side
    /// change is measured without rebuilding; with <paramref name="filesMegabytes"/>, one query of each
    /// case with Search-Bulletin's engine over that size of the same corpus.
    /// </summary>
    public static int Query(string location, int? filesMegabytes, int? rankWindow = null, bool firstPageOnly = false)
    {
        if (!BulletinArchive.IsConnectionString(location))
        {
            double archiveMB = new FileInfo(location).Length / (1024.0 * 1024.0);
            Log($"archive: {location}, {archiveMB:0.0} MB; load average {LoadAverage()}");
        }
        var options = new ArchiveOptions { Create = false };
        if (rankWindow is { } window) options = options with { RankWindow = window };
        Log($"full-text queries rank the newest {options.RankWindow} matches at a time");
        using var reader = BulletinArchive.Open(location, options);
        var random = new Random(7);
        var people = ArchiveCorpus.People();
        var countries = ArchiveCorpus.Countries();
        string[] phrases = ["\"money laundering\"", "\"investment fraud\"", "\"Security Conference\"", "\"human trafficking\" arrested", "\"cyber attacks\""];
        var cases = new (string Name, Func<(SearchQuery, ArchiveFilter)> Next)[]
        {
            ("phrase", () => (SearchQuery.Parse(phrases[random.Next(phrases.Length)]), ArchiveFilter.None)),
            ("person", () => (SearchQuery.Parse(""), new ArchiveFilter { People = [people[random.Next(people.Length)]] })),
            ("country in a year", () =>
            {
                int year = random.Next(2016, 2026);
                return (SearchQuery.Parse(""), new ArchiveFilter { Countries = [countries[random.Next(countries.Length)]], After = new DateOnly(year, 1, 1), Before = new DateOnly(year, 12, 31) });
            }),
            ("kind within source", () => (SearchQuery.Parse(""), new ArchiveFilter { Kinds = [random.Next(2) == 0 ? "Statement" : "NewsRelease"], Sources = [random.Next(2) == 0 ? "NATO" : "Europol"] })),
        };
        foreach (var (name, next) in cases)
        {
            // Untimed: the first query of a case compiles its code path (the JIT), which a session pays once.
            var (warmQuery, warmFilter) = next();
            _ = reader.Search(warmQuery, warmFilter, 20).Count();
            foreach (int? limit in firstPageOnly ? new int?[] { 20 } : [20, null])
            {
                var times = new List<double>();
                var cpu = new List<double>();
                long hits = 0;
                int runs = limit is null && name is "phrase" or "kind within source" ? 10 : Queries;
                for (int i = 0; i < runs; i++)
                {
                    var (query, filter) = next();
                    double cpuAt = ThreadCpu.Milliseconds();
                    var watch = Stopwatch.StartNew();
                    hits += reader.Search(query, filter, limit).Count();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    cpu.Add(ThreadCpu.Milliseconds() - cpuAt);
                }
                times.Sort();
                cpu.Sort();
                Log($"query {name,-20} {(limit is null ? "all hits" : "first 20"),-9} p50 {Percentile(times, 0.50),8:0.0} ms  p99 {Percentile(times, 0.99),8:0.0} ms"
                    + $"  (CPU p50 {Percentile(cpu, 0.50):0.0} ms, p99 {Percentile(cpu, 0.99):0.0} ms; {hits / (double)runs:0.#} hits a query, {runs} queries)");
            }
        }
        Log($"queries done; load average {LoadAverage()}");
        if (filesMegabytes is { } filesMB)
        {
            var corpus = ArchiveCorpus.Bulletin(filesMB);
            foreach (var (name, next) in cases)
            {
                var (query, filter) = next();
                var watch = Stopwatch.StartNew();
                long count = ArticleSearch.Search(Bulletin.Read(corpus), query, filter.ToArticleFilter()).LongCount();
                Log($"files ({filesMB} MB): {name,-20} {watch.Elapsed.TotalMilliseconds,10:0} ms ({count} hits) - Search-Bulletin's engine over the file; load average {LoadAverage()}");
            }
        }
        return 0;
    }

    private static (int, string, TimeSpan, long, SaveStages, TimeSpan) Save(string corpus, string location, int batchSize, bool writeBesideCaller = true)
    {
        long articles = 0;
        SaveStages? stages = null;
        TimeSpan reading = default, adding = default, vectors = default, waiting = default;
        long added = 0, peakHeap = 0;
        int idleCommits = 0;
        int fullCollections = GC.CollectionCount(2);
        using (var before = BulletinArchive.Open(location))
        {
            Log($"save into {location} ({before.Count():N0} articles), {(writeBesideCaller ? "each batch written beside the reading thread" : "each batch written on the reading thread")}; load average {LoadAverage()}");
        }
        var time = Time(() =>
        {
            using var archive = BulletinArchive.Open(location, new ArchiveOptions { BatchSize = batchSize, WriteBesideCaller = writeBesideCaller });
            using var writer = archive.BeginSave();
            using var read = Bulletin.Read(corpus).GetEnumerator();
            while (true)
            {
                long at = Stopwatch.GetTimestamp();
                bool more = read.MoveNext();
                reading += Stopwatch.GetElapsedTime(at);
                if (!more) break;
                articles++;
                at = Stopwatch.GetTimestamp();
                added += writer.Add(read.Current).Count(o => o.Status == SaveStatus.Added);
                adding += Stopwatch.GetElapsedTime(at);
                if (articles % 1000 == 0) peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                if (articles % 100_000 == 0) Log($"  saved {articles:N0} articles; load average {LoadAverage()}");
            }
            added += writer.Flush().Count(o => o.Status == SaveStatus.Added);
            stages = writer.Stages;
            vectors = writer.SearchVectorTime;
            waiting = writer.WaitTime;
            idleCommits = writer.IdleCommits;
        });
        Log($"  {added:N0} of {articles:N0} articles added (the rest were archived already)");
        Log($"  on the reading thread (ms an article): reading {reading.TotalMilliseconds / articles:0.000}, extracting every field and waiting for the batch before {adding.TotalMilliseconds / articles:0.000}"
            + (vectors > TimeSpan.Zero ? $" (of which the full-text vectors {vectors.TotalMilliseconds / articles:0.000})" : "")
            + $", of which waiting for the batch before {waiting.TotalMilliseconds / articles:0.000}");
        // The managed heap's high-water mark, sampled every 1 000 articles: what the batches held cost in memory
        // (the process's working set also counts the archive's pages, mapped).
        Log($"  managed heap at most {peakHeap / (1024.0 * 1024):0} MB (sampled every 1 000 articles); {GC.CollectionCount(2) - fullCollections} full collections; {idleCommits} batches committed before they were full, their next part slow to come");
        return (batchSize, location, time, articles, stages!, reading);
    }

    /// <summary>A line of the report with the time it was written (a long run is followed in its log).</summary>
    private static void Log(string line) => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}");

    /// <summary>The machine's load average over the last minute (Linux), for the record: the machine is shared.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static TimeSpan ImportToJsonLines(string corpus, int megabytes)
    {
        var jsonl = Path.Combine(CorpusFiles.Folder, $"archive-report-{megabytes}.jsonl");
        var time = Time(() =>
        {
            using var output = new StreamWriter(jsonl, false, new System.Text.UTF8Encoding(false), 1 << 16);
            using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output);
            foreach (var article in Bulletin.Read(corpus)) writer.Write(article);
        });
        File.Delete(jsonl);
        return time;
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
