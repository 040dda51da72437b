using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Bulletins.Archive.Stores;
using Bulletins.Extraction.Runtime;
using Bulletins.Reading;

namespace Bulletins.Archive;

/// <summary>
/// Saves articles in batches, each in one transaction: a batch is either wholly in the archive or
/// not at all, so a writer killed mid-save leaves every committed article and no partial one.
/// An id already archived adds a sighting; a new id that repeats an archived text (same normalised
/// body, or a teaser of an archived full text) is stored with <see cref="Article.DuplicateOf"/> the
/// archived original, confirmed by comparing the normal forms, not only their hashes.
/// </summary>
public sealed class ArchiveWriter : IDisposable
{
    private const int Attempts = 5;

    private readonly BulletinArchive _archive;
    private readonly List<Article> _pending = [];
    private readonly RepeatKeys _keys = new();

    internal ArchiveWriter(BulletinArchive archive) => _archive = archive;

    /// <summary>Where this writer's time went, per stage.</summary>
    internal SaveStages Stages { get; } = new();

    /// <summary>How many articles are waiting for the next commit.</summary>
    public int Pending => _pending.Count;

    /// <summary>Adds an article; when the batch is full it is committed and its outcomes returned (else none).</summary>
    public IReadOnlyList<SaveOutcome> Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _pending.Add(article);
        return _pending.Count >= _archive.Options.BatchSize ? Flush() : [];
    }

    /// <summary>Commits the articles added since the last commit and returns what saving each did.</summary>
    public IReadOnlyList<SaveOutcome> Flush()
    {
        if (_pending.Count == 0) return [];
        var batch = _pending.ToArray();
        _pending.Clear();
        for (int attempt = 1; ; attempt++)
        {
            using var connection = _archive.Dialect.Connect();
            using var transaction = connection.BeginTransaction();
            using var statements = new StatementCache(connection, transaction);
            try
            {
                var savedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                var outcomes = new List<SaveOutcome>(batch.Length);
                var rows = new ArticleRows(_archive.Dialect);
                long? firstAdded = null;
                for (int i = 0; i < batch.Length; i++) outcomes.Add(SaveOne(statements, rows, batch[i], savedAt, ref firstAdded));
                long at = Stopwatch.GetTimestamp();
                rows.Write(statements);
                at = Stages.Lap("mention and sighting rows", at);
                if (firstAdded is { } first) _archive.Dialect.IndexTextFrom(statements, first);
                at = Stages.Lap("full-text index", at);
                transaction.Commit();
                at = Stages.Lap("commit", at);
                _archive.Dialect.Optimize(connection);
                Stages.Lap("statistics", at);
                return outcomes;
            }
            catch (DbException e) when (attempt < Attempts && _archive.Dialect.IsTransient(e))
            {
                transaction.Rollback();
                Thread.Sleep(20 * attempt);
            }
        }
    }

    /// <summary>Drops articles not yet committed; call <see cref="Flush"/> first to keep them.</summary>
    public void Dispose() => _pending.Clear();

    private SaveOutcome SaveOne(StatementCache statements, ArticleRows rows, Article article, string savedAt, ref long? firstAdded)
    {
        long at = Stopwatch.GetTimestamp();
        var existing = statements.Scalar("SELECT seq FROM articles WHERE id = @id", ("@id", article.Id));
        at = Stages.Lap("id lookup", at);
        if (existing is not null)
        {
            return Sighted(statements, rows, Convert.ToInt64(existing), article, savedAt);
        }

        var normalised = _keys.Normalise(article.Paragraphs);
        var reading = ReadingContext.Of(article);
        var stored = article.DuplicateOf is null && FindOriginal(statements, article, normalised) is { } original
            ? AsRepeatOf(article, original.Id, original.Kind, reading)
            : article;
        at = Stages.Lap("repeat lookup", at);
        var fields = _archive.Codec.Fields(stored);
        var body = ArticleCodec.Body(stored);
        at = Stages.Lap("fields JSON", at);

        var inserted = _archive.Dialect.InsertReturningSeq(statements,
            $"""
            INSERT INTO articles (id, kind, title, source, source_key, file, line, last_line, is_truncated, duplicate_of, body, fields, bulletin_year, month, body_hash, start_hash, saved_at)
            VALUES (@id, @kind, @title, @source, @sourceKey, @file, @line, @lastLine, @truncated, @duplicateOf, @body, {_archive.Dialect.FieldsParameter("@fields")}, @year, @month, @bodyHash, @startHash, @savedAt)
            ON CONFLICT (id) DO NOTHING
            """,
            ("@id", stored.Id), ("@kind", stored.Kind), ("@title", stored.Title), ("@source", stored.Source), ("@sourceKey", Glob.Key(stored.Source)),
            ("@file", stored.File), ("@line", stored.Line), ("@lastLine", stored.LastLine), ("@truncated", stored.IsTruncated),
            ("@duplicateOf", stored.DuplicateOf), ("@body", body), ("@fields", fields),
            ("@year", reading?.BulletinYear), ("@month", Month(stored)), ("@bodyHash", RepeatKeys.BodyHash(normalised)),
            ("@startHash", RepeatKeys.StartHash(normalised, stored.IsTruncated)), ("@savedAt", savedAt));
        if (inserted is not { } seq)
        {
            // Another writer stored the same id since the check above (PostgreSQL: it waited for that commit).
            var seqOfOther = Convert.ToInt64(statements.Scalar("SELECT seq FROM articles WHERE id = @id", ("@id", article.Id)));
            return Sighted(statements, rows, seqOfOther, article, savedAt);
        }
        firstAdded ??= seq;
        rows.AddMentions(seq, stored);
        rows.AddSighting(seq, stored, savedAt);
        Stages.Lap("article row", at);
        return new SaveOutcome(stored, SaveStatus.Added);
    }

    private SaveOutcome Sighted(StatementCache statements, ArticleRows rows, long seq, Article article, string savedAt)
    {
        // The batch's gathered first sightings go in first: this one may repeat one of them (the same file saved twice in one batch).
        rows.Write(statements);
        long at = Stopwatch.GetTimestamp();
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

    /// <summary>The archived article this one repeats, by the rules of <see cref="DuplicateIndex"/>, or null.</summary>
    private (string Id, string Kind)? FindOriginal(StatementCache statements, Article article, string normalised)
    {
        if (RepeatKeys.BodyHash(normalised) is not { } bodyHash) return null;
        if (FirstCandidate(statements, "body_hash", bodyHash, body => _keys.Normalise(ArticleCodec.Paragraphs(body)) == normalised) is { } same) return same;
        if (!article.IsTruncated || RepeatKeys.TeaserStart(normalised) is not { } teaser) return null;
        return FirstCandidate(statements, "start_hash", RepeatKeys.TeaserLookup(teaser), body => RepeatKeys.StartsLike(_keys.Normalise(ArticleCodec.Paragraphs(body)), teaser));
    }

    /// <summary>The earliest saved article with this key whose body the check confirms (read one at a time: a common opening has many).</summary>
    private static (string Id, string Kind)? FirstCandidate(StatementCache statements, string column, long hash, Func<string, bool> confirms)
    {
        using var reader = statements.Command($"SELECT id, kind, body FROM articles WHERE {column} = @hash ORDER BY seq", ("@hash", hash)).ExecuteReader();
        while (reader.Read())
        {
            if (confirms(reader.GetString(2))) return (reader.GetString(0), reader.GetString(1));
        }
        return null;
    }

    /// <summary>The month of the latest date the article mentions (<c>yyyy-MM</c>), or null.</summary>
    internal static string? Month(Article article) =>
        article.Dates.Count == 0 ? null : article.Dates.Max(d => d.End).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
