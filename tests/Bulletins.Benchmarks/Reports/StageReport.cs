using System.Diagnostics;
using System.Globalization;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Extraction.Runtime;
using Bulletins.Extraction.Extractors.Dates;
using Bulletins.Extraction.Text;
using Bulletins.Reading;

namespace Bulletins.Benchmarks.Reports;

/// <summary>
/// `--stages [MB]`: where one thread's import time goes, stage by stage, on drafts held in memory
/// (the reader is timed from the file). Each stage runs over every draft, best of three passes,
/// wall and process CPU seconds; each extractor gets a fresh context, so shared work (the segments,
/// the people a quote needs) is counted in every stage that needs it and said so.
/// </summary>
public static class StageReport
{
    public static int Run(int megabytes)
    {
        var path = CorpusFiles.Bulletin(megabytes);
        double mb = CorpusFiles.SizeInMegabytes(path);
        List<ArticleDraft> drafts;
        using (var stream = File.OpenRead(path)) drafts = Bulletin.ReadDrafts(stream, path).ToList();
        var kinds = drafts.Select(d => ArticleClassifier.Classify(new ExtractionContext(d, "id"))).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{drafts.Count} articles, {mb:0.#} MB; seconds per 100 MB (wall / CPU)"));

        Stage("read (decode, lines, segment, base fields)", mb, () =>
        {
            using var stream = File.OpenRead(path);
            return Bulletin.ReadDrafts(stream, path).Count();
        });
        var title = new TextNormaliser();
        var body = new TextNormaliser();
        Stage("normal form (title and body)", mb, () => drafts.Sum(d => title.Text(d.Title).Length + body.Body(d).Length));
        var ids = new ArticleId();
        Stage("normal form + id (SHA-256)", mb, () => drafts.Sum(d => ids.Compute(title.Text(d.Title), body.Body(d)).Length));
        Stage("normal form + duplicates", mb, () =>
        {
            var index = new DuplicateIndex();
            int i = 0;
            return drafts.Sum(d => index.FindOrAdd(body.Body(d), d.IsTruncated, (i++).ToString(CultureInfo.InvariantCulture)) is null ? 0 : 1);
        });
        Stage("year survey (the assembler's, once an article)", mb, () => drafts.Sum(d => DateExtractor.Survey(ArticleText.All(d)).NeedsYear ? 1 : 0));
        Stage("segments (title and paragraphs as lines)", mb, () => drafts.Sum(d => ArticleText.All(d).Count()));
        Stage("classify", mb, () => drafts.Sum(d => (int)ArticleClassifier.Classify(new ExtractionContext(d, "id"))));
        Stage("dates", mb, () => drafts.Sum(d => new ExtractionContext(d, "id", bulletinYear: 2024).Dates.Count));
        Stage("money", mb, () => drafts.Sum(d => new ExtractionContext(d, "id").Money.Count));
        Stage("people", mb, () => drafts.Sum(d => new ExtractionContext(d, "id").People.Count));
        Stage("countries", mb, () => drafts.Sum(d => new ExtractionContext(d, "id").Countries.Count));
        Stage("quotes (with the people they need)", mb, () => drafts.Sum(d => new ExtractionContext(d, "id").Quotes.Count));
        Stage("warnings", mb, () => drafts.Sum(d => new ExtractionContext(d, "id").Warnings.Count));
        foreach (var kind in Enum.GetValues<ArticleKind>())
        {
            var ofKind = drafts.Where((d, i) => kinds[i] == kind).ToList();
            // Mentions first, outside the clock: what is left is the kind's own fields and the record.
            var contexts = ofKind.Select(d => new ExtractionContext(d, "id")).ToList();
            foreach (var c in contexts) _ = (c.Dates, c.Money, c.People, c.Countries, c.Quotes, c.Warnings);
            Stage($"kind fields: {kind} ({ofKind.Count} articles)", mb, () => contexts.Sum(c => ArticleFactory.Create(kind, c).Title.Length));
        }
        Stage("whole factory (classify, mentions, kind fields)", mb, () => drafts.Sum(d => ArticleFactory.Create(new ExtractionContext(d, "id", bulletinYear: 2024)).Title.Length));
        Stage("whole import (Bulletin.Read from the file)", mb, () => Bulletin.Read(path).Count());
        return 0;
    }

    private static void Stage(string name, double mb, Func<int> work)
    {
        work(); // warm: JIT and the regexes each stage builds once
        double bestWall = double.MaxValue, bestCpu = 0;
        using var process = Process.GetCurrentProcess();
        for (int pass = 0; pass < 3; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            work();
            watch.Stop();
            process.Refresh();
            if (watch.Elapsed.TotalSeconds < bestWall) { bestWall = watch.Elapsed.TotalSeconds; bestCpu = (process.TotalProcessorTime - cpu).TotalSeconds; }
        }
        double scale = 100 / mb;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {bestWall * scale:0.000} s / {bestCpu * scale:0.000} s"));
    }
}
