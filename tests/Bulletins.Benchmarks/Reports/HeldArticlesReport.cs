using System.Diagnostics;
using Bulletins.Archive;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Writing;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// What a save's reading thread pays for holding its articles until their batch commits, with no store at
/// all: one thread reads the archive corpus and makes each article's row parts as <c>ArchiveWriter.Add</c>
/// does (fields JSON, normal form, body), once dropping each article at once, once holding 20 000 at a
/// time, beside the full import to JSON Lines; the collector's work is the difference. Twice, the first
/// round warming the JIT.
/// </summary>
public static class HeldArticlesReport
{
    private const int Held = 20_000;

    public static int Run(int megabytes)
    {
        var corpus = ArchiveCorpus.Bulletin(megabytes);
        var codec = new ArticleCodec(ArticleSchema.Kinds);
        var keys = new RepeatKeys();
        var jsonl = Path.Combine(CorpusFiles.Folder, $"held-{megabytes}.jsonl");
        for (int round = 1; round <= 2; round++)
        {
            Console.WriteLine($"round {round}:");
            Time("full import to JSON Lines", () =>
            {
                using var output = new StreamWriter(jsonl, false, new System.Text.UTF8Encoding(false), 1 << 16);
                using var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output);
                long n = 0;
                foreach (var article in Bulletin.Read(corpus)) { writer.Write(article); n++; }
                return n;
            });
            Time("rows made, each article dropped", () => Make(corpus, codec, keys, hold: false));
            Time($"rows made, {Held:N0} articles held at a time", () => Make(corpus, codec, keys, hold: true));
        }
        File.Delete(jsonl);
        return 0;
    }

    private static long Make(string corpus, ArticleCodec codec, RepeatKeys keys, bool hold)
    {
        var held = new List<object>(Held);
        long n = 0;
        foreach (var article in Bulletin.Read(corpus))
        {
            var row = (article, codec.Fields(article), NormalForm.Of(keys, article.Paragraphs, article.IsTruncated), ArticleCodec.Body(article));
            if (hold) held.Add(row);
            if (held.Count == Held) held = new List<object>(Held);
            n++;
        }
        return n;
    }

    private static void Time(string name, Func<long> run)
    {
        int full = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        long articles = run();
        Console.WriteLine($"  {name,-45} {watch.Elapsed.TotalMilliseconds / articles:0.0000} ms an article ({GC.CollectionCount(2) - full} full collections)");
    }
}
