using BenchmarkDotNet.Attributes;
using Bulletins.Benchmarks.Corpus;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Benchmarks.Suites;

/// <summary>
/// Extraction alone, on drafts already read into memory (so neither the disk nor the reader counts):
/// each mention extractor, the classifier, and the whole factory (classification, mentions and kind
/// fields). MB/s is the corpus size over the time; the import benchmark minus the reader gives the
/// same figure in context. Not part of `--quick`.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<ArticleDraft> _drafts = [];

    [Params(1)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = File.OpenRead(CorpusFiles.Bulletin(SizeMB));
        _drafts = Bulletin.ReadDrafts(stream, "corpus").ToList();
    }

    private long Each(Func<ExtractionContext, int> extract)
    {
        long total = 0;
        foreach (var draft in _drafts) total += extract(new ExtractionContext(draft, "id"));
        return total;
    }

    [Benchmark(Baseline = true, Description = "factory (all)")]
    public long Factory() => Each(c => ArticleFactory.Create(c).Title.Length);

    [Benchmark(Description = "classify")]
    public long Classify() => Each(c => (int)ArticleClassifier.Classify(c));

    [Benchmark(Description = "dates")]
    public long Dates() => Each(c => c.Dates.Count);

    [Benchmark(Description = "money")]
    public long Money() => Each(c => c.Money.Count);

    [Benchmark(Description = "people")]
    public long People() => Each(c => c.People.Count);

    [Benchmark(Description = "countries")]
    public long Countries() => Each(c => c.Countries.Count);

    [Benchmark(Description = "quotes")]
    public long Quotes() => Each(c => c.Quotes.Count);

    [Benchmark(Description = "warnings")]
    public long Warnings() => Each(c => c.Warnings.Count);
}
