using System.Diagnostics.Tracing;
using System.Globalization;
using System.Reflection;
using Bulletins.Benchmarks.Corpus;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// `--first-pass [MB]`: what each field allocates, and how much of it on the large-object heap, the first time a
/// fresh process reads it over the corpus, then on a second read of the same corpus. The difference is warm-up
/// (the non-backtracking regex engine building each pattern, its character-set BDDs, 3-10 MB each: large arrays that are garbage
/// at once); it is what lifts the peak working set of a short pwsh session. One thread, lazy fields, each field
/// read over every article before the next one (in the order the records declare them, but the warnings last:
/// reading them computes every field).
/// </summary>
public static class FirstPassReport
{
    public static int Run(int megabytes)
    {
        var path = CorpusFiles.Bulletin(megabytes);
        using var heap = new LargeObjectListener();
        var one = new BulletinReadOptions { MaxDegreeOfParallelism = 1 };
        var rows = new List<(string Field, long[] Large, long[] All)>();
        for (int pass = 0; pass < 2; pass++)
        {
            long large0 = heap.Large, all0 = GC.GetAllocatedBytesForCurrentThread();
            var articles = Bulletin.Read(path, one).ToList();
            long allRead = GC.GetAllocatedBytesForCurrentThread() - all0;
            Record("(read: ids, duplicates, dates, kind)", pass, heap.Large - large0, allRead);
            // Warnings last: reading them computes every field first (each field's problems are warnings).
            foreach (var property in FieldsInOrder(articles).OrderBy(p => p.Name == nameof(Article.Warnings)))
            {
                large0 = heap.Large;
                all0 = GC.GetAllocatedBytesForCurrentThread();
                foreach (var article in articles)
                {
                    if (property.DeclaringType!.IsInstanceOfType(article)) property.GetValue(article);
                }
                long all = GC.GetAllocatedBytesForCurrentThread() - all0;
                Record(property.DeclaringType!.Name + "." + property.Name, pass, heap.Large - large0, all);
            }
        }
        Console.WriteLine($"{megabytes} MB corpus, one thread; MB allocated on the large-object heap (and in all) per field, first pass / second pass");
        foreach (var (field, large, all) in rows.OrderByDescending(r => r.Large[0]))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{large[0] / 1e6,8:0.0} / {large[1] / 1e6,6:0.0} LOH   {all[0] / 1e6,8:0.0} / {all[1] / 1e6,7:0.0} all   {field}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Sum(r => r.Large[0]) / 1e6,8:0.0} / {rows.Sum(r => r.Large[1]) / 1e6,6:0.0} LOH   {rows.Sum(r => r.All[0]) / 1e6,8:0.0} / {rows.Sum(r => r.All[1]) / 1e6,7:0.0} all   in all"));
        return 0;

        void Record(string field, int pass, long large, long all)
        {
            int row = rows.FindIndex(r => r.Field == field);
            if (row < 0)
            {
                rows.Add((field, new long[2], new long[2]));
                row = rows.Count - 1;
            }
            rows[row].Large[pass] = large;
            rows[row].All[pass] = all;
        }
    }

    /// <summary>Every public field-like property of the articles' record types, base record first, each once.</summary>
    private static IEnumerable<PropertyInfo> FieldsInOrder(IEnumerable<Article> articles)
    {
        var seen = new HashSet<(Type, string)>();
        foreach (var type in articles.Select(a => a.GetType()).Distinct().OrderBy(t => t == typeof(Article) ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract" && seen.Add((t, property.Name))) yield return property;
                }
            }
        }
    }

    /// <summary>Sums the runtime's allocation ticks (one about every 100 KB of a kind) for the large-object heap.</summary>
    private sealed class LargeObjectListener : EventListener
    {
        private long _large;
        /// <summary>The sum so far; the runtime delivers its events on its own thread, a moment late, so wait for them first.</summary>
        public long Large
        {
            get
            {
                Thread.Sleep(400);
                return Interlocked.Read(ref _large);
            }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            if (Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("AllocationKind")], CultureInfo.InvariantCulture) != 1) return;
            Interlocked.Add(ref _large, Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture));
        }
    }
}
