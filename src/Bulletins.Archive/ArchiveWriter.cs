using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Bulletins.Archive.Stores;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Archive;

/// <summary>
/// Saves articles in batches of <see cref="ArchiveOptions.BatchSize"/>, each in one transaction: a batch is either
/// wholly in the archive or not at all, so a writer killed mid-save leaves every committed article and no partial one.
/// An id already archived adds a sighting; a new id that repeats an archived text (same normalised
/// body, or a teaser of an archived full text) is stored with <see cref="Article.DuplicateOf"/> the
/// archived original, confirmed by comparing the normal forms, not only their hashes.
/// The caller hands the articles to a thread of their own <see cref="ArchiveOptions.HandOver"/> at a time, written into the open
/// transaction while the caller goes on reading and extracting the next ones (the store's work overlaps the reading;
/// the writing thread is the longer of the two: docs/archive.md, "Fifth round"); one part at a time is written, in
/// order, and a batch's outcomes come back from the next <see cref="Add"/> or <see cref="Flush"/>, once it is committed.
/// </summary>
public sealed class ArchiveWriter : IDisposable
{
    private const int Attempts = 5;

    private readonly BulletinArchive _archive;
    private readonly List<Article> _pending = [];

    // The caller's thread's time making full-text vectors (the store's, where it takes one: PostgreSQL), and waiting
    // for the batch before to commit.
    private long _searchTicks;
    private long _waitTicks;

    // Articles added since the last Flush, for the store's statistics (StoreDialect.Saved).
    private long _added;
    private readonly RepeatKeys _keys = new();

    // What the caller's thread computed of each pending article beside the writing (its body's normal form with
    // the repeat hashes, the body the row stores, its fields JSON and its full-text vector where the store takes
    // one), so that the writing thread, the
    // slower of the two at scale, does not; null when the batch is written on the caller's thread. The
    // caller has its own normaliser: neither is thread-safe.
    private readonly List<Prepared?> _prepared = [];
    private readonly RepeatKeys _callerKeys = new();

    private readonly record struct Prepared(NormalForm Normal, string Body, string Fields, object? Search);

    // The part being written on its own thread, if any: the next part waits for it, so that its lookups see
    // every article before it.
    private Task<IReadOnlyList<SaveOutcome>>? _writing;

    // The transaction a batch's parts are written into until BatchSize articles are in it, used by one part at a time
    // (on the writing thread, or by Flush once it is done); its outcomes and articles until it commits (a retry writes
    // them again). How many articles the caller has handed over since the last commit it asked for.
    private OpenTransaction? _open;
    private readonly List<SaveOutcome> _uncommitted = [];
    private readonly List<Article> _uncommittedArticles = [];
    private int _handedSinceCommit;

    // A writing thread that wrote a part of an unfinished batch waits for the caller's next part, which Committed
    // announces under this lock (_nextPartComing), as long as ArchiveOptions.IdleCommit, and then commits what the
    // batch has (_committedIdle): a slow producer must not keep the store's write lock and the articles written.
    private readonly object _gate = new();
    private bool _nextPartComing;
    private bool _committedIdle;

    internal ArchiveWriter(BulletinArchive archive) => _archive = archive;

    /// <summary>How many batches were committed before they were full, their next part slow to come (<see cref="ArchiveOptions.IdleCommit"/>).</summary>
    internal int IdleCommits { get; private set; }

    /// <summary>Where this writer's time went, per stage.</summary>
    internal SaveStages Stages { get; } = new();

    /// <summary>The time the caller's thread spent making full-text vectors (<see cref="StoreDialect.SearchVector"/>) in <see cref="Add"/>.</summary>
    internal TimeSpan SearchVectorTime => Stopwatch.GetElapsedTime(0, _searchTicks);

    /// <summary>The time the caller's thread spent waiting for the batch before to commit, in <see cref="Add"/> and <see cref="Flush"/>.</summary>
    internal TimeSpan WaitTime => Stopwatch.GetElapsedTime(0, _waitTicks);

    /// <summary>How many articles are waiting to be handed to the writing thread (added, not yet being written).</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Adds an article, computing every field it has not computed yet and the fields JSON its row stores (on
    /// the caller's thread, while the part before is written). When a part is full, it is handed to the
    /// writing thread; what returns is the outcomes of a batch committed since the last call (else none).
    /// </summary>
    public IReadOnlyList<SaveOutcome> Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        bool beside = _archive.Options.WriteBesideCaller;
        // The fields JSON reads every field, so this computes them all (the lazy ones too) here; the full-text
        // vector too where the store takes one (PostgreSQL's): it depends on the title and paragraphs alone,
        // which a repeat keeps.
        Prepared? made = null;
        if (beside)
        {
            var fields = _archive.Codec.Fields(article);
            long at = Stopwatch.GetTimestamp();
            var search = _archive.Dialect.SearchVector(article.Title, article.Paragraphs);
            _searchTicks += Stopwatch.GetTimestamp() - at;
            made = new Prepared(NormalForm.Of(_callerKeys, article.Paragraphs, article.IsTruncated), ArticleCodec.Body(article), fields, search);
        }
        _prepared.Add(made);
        _pending.Add(article);
        int batchSize = _archive.Options.BatchSize;
        if (!beside) return _pending.Count < batchSize ? [] : Flush();
        if (_pending.Count < Math.Min(_archive.Options.HandOver, batchSize - _handedSinceCommit)) return [];
        var committed = Committed();
        _added += committed.Count(o => o.Status == SaveStatus.Added);
        if (_committedIdle) _handedSinceCommit = 0;
        _committedIdle = false;
        var (batch, prepared) = TakePending();
        _handedSinceCommit += batch.Length;
        bool commit = _handedSinceCommit >= batchSize;
        if (commit) _handedSinceCommit = 0;
        lock (_gate) _nextPartComing = false;
        _writing = Task.Run(() => Write(batch, prepared, commit));
        return committed;
    }

    /// <summary>Commits every article added so far and returns what saving each did (those of a batch already returned excepted).</summary>
    public IReadOnlyList<SaveOutcome> Flush()
    {
        IReadOnlyList<SaveOutcome> outcomes = Committed();
        if (_pending.Count > 0 || _open is not null)
        {
            var (batch, prepared) = TakePending();
            outcomes = [.. outcomes, .. Write(batch, prepared, commit: true)];
        }
        _handedSinceCommit = 0;
        _committedIdle = false;
        _added += outcomes.Count(o => o.Status == SaveStatus.Added);
        long at = Stopwatch.GetTimestamp();
        _archive.Dialect.Saved(_added);
        Stages.Lap("statistics", at);
        _added = 0;
        return outcomes;
    }

    private (Article[] Batch, Prepared?[] Prepared) TakePending()
    {
        var taken = (_pending.ToArray(), _prepared.ToArray());
        _pending.Clear();
        _prepared.Clear();
        return taken;
    }

    /// <summary>
    /// Waits for the part being written, rolls back the batch's parts written but not committed, and drops the
    /// articles not handed over yet; call <see cref="Flush"/> first to keep them (and to hear of a failure: here
    /// the writing part's is not thrown again).
    /// </summary>
    public void Dispose()
    {
        _pending.Clear();
        _prepared.Clear();
        NextPartComing();
        try
        {
            _writing?.Wait();
        }
        catch (AggregateException)
        {
            // The batch was rolled back; the caller did not Flush, so it is leaving on an error of its own.
        }
        _writing = null;
        // What the transaction holds was not flushed: it is rolled back.
        EndTransaction();
    }

    /// <summary>The outcomes of the batch being written, once committed (its exception, if it failed); none when none is.</summary>
    private IReadOnlyList<SaveOutcome> Committed()
    {
        if (_writing is not { } writing) return [];
        _writing = null;
        // The caller hands over another part or flushes: either way the writing thread need not commit on its own.
        NextPartComing();
        long at = Stopwatch.GetTimestamp();
        try
        {
            return writing.GetAwaiter().GetResult();
        }
        finally
        {
            _waitTicks += Stopwatch.GetTimestamp() - at;
        }
    }

    private void NextPartComing()
    {
        lock (_gate)
        {
            _nextPartComing = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>True when the caller announced its next part within <see cref="ArchiveOptions.IdleCommit"/>.</summary>
    private bool AwaitNextPart()
    {
        long deadline = Environment.TickCount64 + (long)_archive.Options.IdleCommit.TotalMilliseconds;
        lock (_gate)
        {
            while (!_nextPartComing && Environment.TickCount64 is var now && now < deadline) Monitor.Wait(_gate, TimeSpan.FromMilliseconds(deadline - now));
            return _nextPartComing;
        }
    }

    /// <summary>
    /// Writes a part into the open transaction (begun if none is), and commits it when <paramref name="commit"/>
    /// says the batch is full, or when the caller's next part does not come within <see cref="ArchiveOptions.IdleCommit"/>:
    /// the outcomes of every part it holds come back then, none before. A failure the store calls transient rolls
    /// the transaction back, and its parts are written again, whole.
    /// </summary>
    private IReadOnlyList<SaveOutcome> Write(Article[] batch, Prepared?[] prepared, bool commit)
    {
        for (int attempt = 1; ; attempt++)
        {
            var open = _open ??= new OpenTransaction(_archive.Dialect.Connect());
            try
            {
                if (batch.Length > 0)
                {
                    _uncommitted.AddRange(WriteRows(open.Statements, batch, prepared));
                    _uncommittedArticles.AddRange(batch);
                }
                if (!commit)
                {
                    // On the caller's thread (Flush) commit is always true: only the writing thread waits here.
                    if (AwaitNextPart()) return [];
                    _committedIdle = true;
                    IdleCommits++;
                }
                long at = Stopwatch.GetTimestamp();
                open.Transaction.Commit();
                at = Stages.Lap("commit", at);
                _archive.Dialect.Optimize(open.Connection);
                Stages.Lap("statistics", at);
                var committed = _uncommitted.ToArray();
                EndTransaction();
                return committed;
            }
            catch (DbException e) when (attempt < Attempts && _archive.Dialect.IsTransient(e))
            {
                // The batch's earlier parts are rolled back with this one: all are written again, their normal forms
                // and fields made here this time (the caller's are not kept past a part's rows).
                batch = [.. _uncommittedArticles, .. batch];
                prepared = [.. new Prepared?[_uncommittedArticles.Count], .. prepared];
                EndTransaction();
                Thread.Sleep(20 * attempt);
            }
            catch
            {
                EndTransaction();
                throw;
            }
        }
    }

    /// <summary>Disposes the open transaction (rolled back unless committed) and forgets what it held.</summary>
    private void EndTransaction()
    {
        _open?.Dispose();
        _open = null;
        _uncommitted.Clear();
        _uncommittedArticles.Clear();
    }

    /// <summary>The rows of one part, written in the open transaction; the outcomes, in the part's order.</summary>
    private SaveOutcome[] WriteRows(StatementCache statements, Article[] batch, Prepared?[] prepared)
    {
        var savedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var outcomes = new SaveOutcome[batch.Length];
        var rows = new ArticleRows(_archive.Dialect);
        long? firstAdded = null;
        long at = Stopwatch.GetTimestamp();
        var normalised = batch.Select((a, i) => prepared[i]?.Normal ?? NormalForm.Of(_keys, a.Paragraphs, a.IsTruncated)).ToArray();
        var lookups = BatchLookups.Fetch(statements, _archive.Dialect, batch, normalised, _keys);
        Stages.Lap("id and repeat lookups", at);
        var pending = new List<(int Index, ArticleRow Row)>();
        for (int i = 0; i < batch.Length; i++)
        {
            // An id this batch adds already: its row goes in first, so the sighting has a seq to point at.
            if (lookups.IsPending(batch[i].Id)) InsertPending(statements, rows, lookups, batch, pending, outcomes, savedAt, ref firstAdded);
            if (lookups.SeqOf(batch[i].Id) is { } existing)
            {
                outcomes[i] = Sighted(statements, rows, existing, batch[i], savedAt);
                continue;
            }
            var row = NewRow(lookups, batch[i], normalised[i], prepared[i], savedAt);
            lookups.Added(row.Stored, normalised[i]);
            pending.Add((i, row));
        }
        InsertPending(statements, rows, lookups, batch, pending, outcomes, savedAt, ref firstAdded);
        at = Stopwatch.GetTimestamp();
        rows.Write(statements);
        at = Stages.Lap("mention and sighting rows", at);
        if (firstAdded is { } first) _archive.Dialect.IndexTextFrom(statements, first);
        Stages.Lap("full-text index", at);
        return outcomes;
    }

    /// <summary>A connection with the transaction a save keeps open across the parts of a batch.</summary>
    private sealed class OpenTransaction : IDisposable
    {
        public OpenTransaction(DbConnection connection)
        {
            Connection = connection;
            Transaction = connection.BeginTransaction();
            Statements = new StatementCache(connection, Transaction);
        }

        public DbConnection Connection { get; }

        public DbTransaction Transaction { get; }

        public StatementCache Statements { get; }

        public void Dispose()
        {
            Statements.Dispose();
            Transaction.Dispose();
            Connection.Dispose();
        }
    }

    /// <summary>
    /// A new article's row: a repeat of an archived text marked as such, its fields JSON (the caller's, unless it
    /// became a repeat), its full-text vector where the store takes one, and its keys.
    /// </summary>
    private ArticleRow NewRow(BatchLookups lookups, Article article, NormalForm normalised, Prepared? prepared, string savedAt)
    {
        long at = Stopwatch.GetTimestamp();
        var reading = ReadingContext.Of(article);
        var stored = article.DuplicateOf is null && lookups.FindOriginal(article, normalised) is { } original
            ? AsRepeatOf(article, original.Id, original.Kind, reading)
            : article;
        at = Stages.Lap("repeat check", at);
        // Made by Add on the caller's thread, unless the batch is written there too (WriteBesideCaller off). The vector
        // depends on the title and paragraphs alone, which a repeat keeps; the fields JSON does not.
        var fields = ReferenceEquals(stored, article) && prepared is { } caller ? caller.Fields : _archive.Codec.Fields(stored);
        // A repeat keeps the title and paragraphs, so the body and its hashes are the caller's either way.
        var body = prepared?.Body ?? ArticleCodec.Body(stored);
        var search = prepared is null ? _archive.Dialect.SearchVector(stored.Title, stored.Paragraphs) : prepared.Value.Search;
        var row = new ArticleRow(stored, body, fields, reading?.BulletinYear, Month(stored),
            normalised.BodyHash, normalised.StartHash, savedAt, search);
        Stages.Lap("fields JSON and vector", at);
        return row;
    }

    /// <summary>Inserts the rows gathered since the last insert, then gathers their mention rows and first sightings.</summary>
    private void InsertPending(StatementCache statements, ArticleRows rows, BatchLookups lookups, Article[] batch, List<(int Index, ArticleRow Row)> pending,
        SaveOutcome[] outcomes, string savedAt, ref long? firstAdded)
    {
        if (pending.Count == 0) return;
        long at = Stopwatch.GetTimestamp();
        var seqs = _archive.Dialect.InsertArticles(statements, pending.Select(p => p.Row).ToList());
        Stages.Lap("article rows", at);
        for (int k = 0; k < pending.Count; k++)
        {
            var (index, row) = pending[k];
            if (seqs[k] is not { } seq)
            {
                // Another writer stored the same id since the lookup (PostgreSQL: the insert waited for that commit).
                var seqOfOther = Convert.ToInt64(statements.Scalar("SELECT seq FROM articles WHERE id = @id", ("@id", row.Stored.Id)));
                lookups.Numbered(row.Stored.Id, seqOfOther);
                outcomes[index] = Sighted(statements, rows, seqOfOther, batch[index], savedAt);
                continue;
            }
            firstAdded ??= seq;
            lookups.Numbered(row.Stored.Id, seq);
            rows.AddMentions(seq, row.Stored);
            rows.AddSighting(seq, row.Stored, savedAt);
            outcomes[index] = new SaveOutcome(row.Stored, SaveStatus.Added);
        }
        pending.Clear();
    }

    private SaveOutcome Sighted(StatementCache statements, ArticleRows rows, long seq, Article article, string savedAt)
    {
        // The batch's gathered first sightings go in first: this one may repeat one of them (the same file saved twice in one batch).
        long at = Stopwatch.GetTimestamp();
        rows.Write(statements);
        at = Stages.Lap("mention and sighting rows", at);
        bool added = AddSighting(statements, seq, article, savedAt);
        var stored = _archive.Query($"SELECT {BulletinArchive.Columns} FROM articles a WHERE a.seq = @seq", c => Sql.Add(c, "@seq", seq), statements.Connection, statements.Transaction).First().Article;
        Stages.Lap("sighting", at);
        return new SaveOutcome(stored, added ? SaveStatus.Sighted : SaveStatus.Unchanged);
    }

    private static bool AddSighting(StatementCache statements, long seq, Article article, string savedAt) =>
        statements.Execute(
            "INSERT INTO sightings (article_seq, file, line, saved_at) VALUES (@seq, @file, @line, @savedAt) ON CONFLICT DO NOTHING",
            ("@seq", seq), ("@file", article.File), ("@line", article.Line), ("@savedAt", savedAt)) > 0;

    /// <summary>
    /// The article as a repeat of an archived original: as Import-Bulletin gives a repeat within one
    /// input, it takes the original's kind (a reworded title must not turn a report into a release),
    /// extracted again as that kind from the draft and dating the reader had. An article not made by
    /// the reader in this process (no <see cref="ReadingContext"/>) keeps the kind it has.
    /// </summary>
    private Article AsRepeatOf(Article article, string originalId, string originalKind, ReadingContext? reading)
    {
        if (originalKind == article.Kind || reading is null) return article with { DuplicateOf = originalId };
        return _archive.Options.Factory(new ExtractionContext(reading.Draft, article.Id, originalId, reading.BulletinYear, reading.BulletinDate)
        {
            DuplicateRecordType = _archive.Codec.RecordTypeOf(originalKind),
        });
    }

    /// <summary>The month of the latest date the article mentions (<c>yyyy-MM</c>), or null.</summary>
    internal static string? Month(Article article) =>
        article.Dates.Count == 0 ? null : article.Dates.Max(d => d.End).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
