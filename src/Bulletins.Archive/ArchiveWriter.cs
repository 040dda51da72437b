using System.Data.Common;
using System.Globalization;
using Bulletins.Archive.Stores;

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
    private readonly Dictionary<string, int?> _years = new(StringComparer.Ordinal);
    private string? _file;
    private int? _year;

    internal ArchiveWriter(BulletinArchive archive) => _archive = archive;

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
        var years = BulletinYears(batch);
        for (int attempt = 1; ; attempt++)
        {
            using var connection = _archive.Dialect.Connect();
            using var transaction = connection.BeginTransaction();
            using var statements = new StatementCache(connection, transaction);
            try
            {
                var savedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                var outcomes = new List<SaveOutcome>(batch.Length);
                for (int i = 0; i < batch.Length; i++) outcomes.Add(SaveOne(statements, batch[i], years[i], savedAt));
                transaction.Commit();
                _archive.Dialect.Optimize(connection);
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

    /// <summary>
    /// The year the reader had from the bulletin's earlier dates when it read each article (the
    /// latest year of the dates of the articles before it in the same file), kept so that a
    /// re-extraction reads day-and-month dates as the first extraction did.
    /// </summary>
    private int?[] BulletinYears(Article[] batch)
    {
        var years = new int?[batch.Length];
        for (int i = 0; i < batch.Length; i++)
        {
            var article = batch[i];
            if (article.File != _file)
            {
                if (_file is not null) _years[_file] = _year;
                _file = article.File;
                _year = _years.GetValueOrDefault(article.File);
            }
            years[i] = _year;
            foreach (var date in article.Dates)
            {
                if (_year is not { } year || date.End.Year > year) _year = date.End.Year;
            }
        }
        return years;
    }

    private SaveOutcome SaveOne(StatementCache statements, Article article, int? bulletinYear, string savedAt)
    {
        if (statements.Scalar("SELECT seq FROM articles WHERE id = @id", ("@id", article.Id)) is { } existing)
        {
            return Sighted(statements, Convert.ToInt64(existing), article, savedAt);
        }

        var normalised = _keys.Normalise(article.Paragraphs);
        var stored = article.DuplicateOf is null && FindOriginal(statements, article, normalised) is { } original
            ? article with { DuplicateOf = original }
            : article;

        var seqValue = statements.Scalar(
            $"""
            INSERT INTO articles (id, kind, title, source, source_key, file, line, last_line, is_truncated, duplicate_of, body, fields, bulletin_year, month, body_hash, start_hash, saved_at)
            VALUES (@id, @kind, @title, @source, @sourceKey, @file, @line, @lastLine, @truncated, @duplicateOf, @body, {_archive.Dialect.FieldsParameter("@fields")}, @year, @month, @bodyHash, @startHash, @savedAt)
            ON CONFLICT (id) DO NOTHING RETURNING seq
            """,
            ("@id", stored.Id), ("@kind", stored.Kind), ("@title", stored.Title), ("@source", stored.Source), ("@sourceKey", Glob.Key(stored.Source)),
            ("@file", stored.File), ("@line", stored.Line), ("@lastLine", stored.LastLine), ("@truncated", stored.IsTruncated),
            ("@duplicateOf", stored.DuplicateOf), ("@body", ArticleCodec.Body(stored)), ("@fields", _archive.Codec.Fields(stored)),
            ("@year", bulletinYear), ("@month", Month(stored)), ("@bodyHash", RepeatKeys.BodyHash(normalised)),
            ("@startHash", RepeatKeys.StartHash(normalised, stored.IsTruncated)), ("@savedAt", savedAt));
        if (seqValue is null)
        {
            // Another writer stored the same id since the check above (PostgreSQL: it waited for that commit).
            var seqOfOther = Convert.ToInt64(statements.Scalar("SELECT seq FROM articles WHERE id = @id", ("@id", article.Id)));
            return Sighted(statements, seqOfOther, article, savedAt);
        }
        long seq = Convert.ToInt64(seqValue);
        MentionRows.Insert(statements, seq, stored, _archive.Dialect is SqliteDialect);
        AddSighting(statements, seq, stored, savedAt);
        _archive.Dialect.IndexText(statements, seq, stored.Title, ArticleCodec.Body(stored));
        return new SaveOutcome(stored, SaveStatus.Added);
    }

    private SaveOutcome Sighted(StatementCache statements, long seq, Article article, string savedAt)
    {
        bool added = AddSighting(statements, seq, article, savedAt);
        var stored = _archive.Query($"SELECT {BulletinArchive.Columns} FROM articles a WHERE a.seq = @seq", c => Sql.Add(c, "@seq", seq), statements.Connection, statements.Transaction).First().Article;
        return new SaveOutcome(stored, added ? SaveStatus.Sighted : SaveStatus.Unchanged);
    }

    private static bool AddSighting(StatementCache statements, long seq, Article article, string savedAt) =>
        statements.Execute(
            "INSERT INTO sightings (article_seq, file, line, saved_at) VALUES (@seq, @file, @line, @savedAt) ON CONFLICT DO NOTHING",
            ("@seq", seq), ("@file", article.File), ("@line", article.Line), ("@savedAt", savedAt)) > 0;

    /// <summary>The archived article this one repeats, by the rules of <see cref="Reading.DuplicateIndex"/>, or null.</summary>
    private string? FindOriginal(StatementCache statements, Article article, string normalised)
    {
        if (RepeatKeys.BodyHash(normalised) is not { } bodyHash) return null;
        foreach (var (id, body) in Candidates(statements, "body_hash", bodyHash))
        {
            if (_keys.Normalise(ArticleCodec.Paragraphs(body)) == normalised) return id;
        }
        if (!article.IsTruncated || RepeatKeys.TeaserStart(normalised) is not { } teaser) return null;
        foreach (var (id, body) in Candidates(statements, "start_hash", RepeatKeys.TeaserLookup(teaser)))
        {
            if (RepeatKeys.StartsLike(_keys.Normalise(ArticleCodec.Paragraphs(body)), teaser)) return id;
        }
        return null;
    }

    private static List<(string Id, string Body)> Candidates(StatementCache statements, string column, long hash)
    {
        using var reader = statements.Command($"SELECT id, body FROM articles WHERE {column} = @hash ORDER BY seq", ("@hash", hash)).ExecuteReader();
        var candidates = new List<(string, string)>();
        while (reader.Read()) candidates.Add((reader.GetString(0), reader.GetString(1)));
        return candidates;
    }

    /// <summary>The month of the latest date the article mentions (<c>yyyy-MM</c>), or null.</summary>
    internal static string? Month(Article article) =>
        article.Dates.Count == 0 ? null : article.Dates.Max(d => d.End).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
