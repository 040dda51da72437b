using Bulletins.Extraction.Runtime;
using Bulletins.Schema;

namespace Bulletins.Archive;

/// <summary>How to open an archive.</summary>
public sealed record ArchiveOptions
{
    /// <summary>Create the archive when the file (or the database's tables) does not exist yet; false for readers.</summary>
    public bool Create { get; init; } = true;

    /// <summary>The schema's kinds; the built-in schema's unless set (a program with its own schema passes its <c>ArticleSchema.Kinds</c>).</summary>
    public IReadOnlyList<KindInfo> Kinds { get; init; } = ArticleSchema.Kinds;

    /// <summary>The schema's factory, used to re-extract articles from their text when the schema changed.</summary>
    public Func<ExtractionContext, Article> Factory { get; init; } = ArticleFactory.Create;

    /// <summary>
    /// Articles per transaction when saving. A large archive's random-keyed indexes (id, repeat hashes, person)
    /// take a batch's entries on pages all over the file, each written at the commit: a larger batch shares more
    /// of those pages. A batch is handed to the writing thread in parts (5 000 articles at most), so what it holds
    /// until it commits is its articles, not their rows. Building the million-article archive, 20 000 took the
    /// writing thread 0.170 ms an article and 50 000 0.147, and the managed heap peaked at 462 MB and 718 MB
    /// (docs/archive.md, "Batch size").
    /// </summary>
    public int BatchSize { get; init; } = 20000;

    /// <summary>
    /// A full-text search ranks this many matches at a time, newest saved first: the first results are the
    /// best ranked of the newest this many matches, then the next older ones are ranked, until all are given.
    /// Larger ranks over more of the archive's history and costs the first page more (docs/archive.md, "Search").
    /// </summary>
    public int RankWindow { get; init; } = 1000;

    /// <summary>
    /// False writes each full batch on the caller's thread, fields computed as the writer reads them (the
    /// fourth round's save), so the benchmark compares the two within one run; true (the default) writes
    /// it on a thread of its own while the caller reads and extracts the next.
    /// </summary>
    internal bool WriteBesideCaller { get; init; } = true;

    /// <summary>
    /// At most this many articles are handed to the writing thread at a time, however large a batch is: the part
    /// being gathered and the part being written hold their articles' prepared rows (fields JSON, body, normal form),
    /// the batch's parts written before it only the articles, until the batch commits.
    /// </summary>
    internal int HandOver { get; init; } = 5000;

    /// <summary>
    /// A batch whose next part does not come within this time after the last was written is committed as it is:
    /// a producer that trickles articles in does not keep the store's write lock (SQLite's, the ids' on
    /// PostgreSQL) or its articles uncommitted while it gathers the next part. A full import hands its parts faster.
    /// </summary>
    internal TimeSpan IdleCommit { get; init; } = TimeSpan.FromSeconds(1);
}
