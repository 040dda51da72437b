using System.Data.Common;
using System.Globalization;
using Bulletins.Archive.Stores;
using Bulletins.Querying;
using Bulletins.Schema;
using Microsoft.Data.Sqlite;

namespace Bulletins.Archive;

/// <summary>
/// A store of articles that grows by a bulletin a day: a SQLite file for one machine, or a
/// PostgreSQL database a team shares, chosen by what <see cref="Open"/> is given. Saving is
/// idempotent by id, repeats are found against the whole archive, reading gives back the typed
/// records as first saved. Each call opens its own connection, so one instance serves several threads.
/// </summary>
public sealed class BulletinArchive : IDisposable
{
    /// <summary>The layout of the tables this version writes (recorded in <c>archive_meta</c>).</summary>
    public const int StoreVersion = 2;

    internal const string Columns = "a.seq, a.id, a.kind, a.title, a.source, a.file, a.line, a.last_line, a.is_truncated, a.duplicate_of, a.body, a.fields";

    private readonly ThreadLocal<ArticleCodec> _codec;

    private BulletinArchive(StoreDialect dialect, ArchiveOptions options)
    {
        Dialect = dialect;
        Options = options;
        _codec = new ThreadLocal<ArticleCodec>(() => new ArticleCodec(options.Kinds));
    }

    internal StoreDialect Dialect { get; }

    internal ArchiveOptions Options { get; }

    internal ArticleCodec Codec => _codec.Value!;

    /// <summary>Where the archive is: a file's full path, or a PostgreSQL database and host.</summary>
    public string Location => Dialect.DisplayName;

    /// <summary><c>SQLite</c> or <c>PostgreSQL</c>.</summary>
    public string Store => Dialect.StoreName;

    /// <summary>
    /// What opening did to bring an older archive up to date (docs/archive.md, "Versions and the migration rule"):
    /// each store version step taken, and a re-extraction when the schema changed; empty when it was current.
    /// </summary>
    public IReadOnlyList<string> Migrations { get; private set; } = [];

    /// <summary>
    /// True when <paramref name="location"/> is a PostgreSQL connection string (<c>Host=...;Database=...</c>
    /// or a <c>postgresql://</c> URI) rather than the path of a SQLite file.
    /// </summary>
    public static bool IsConnectionString(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (location.Contains('=') && location.Split(';').Any(part => part.Trim().StartsWith("host", StringComparison.OrdinalIgnoreCase) && part.Contains('=')));

    /// <summary>
    /// Opens the archive at <paramref name="location"/> (a path, or a PostgreSQL connection string),
    /// creating it when allowed, and migrating an older one forward. Throws
    /// <see cref="ArchiveException"/> for a file that is not an archive or one of a newer version.
    /// </summary>
    public static BulletinArchive Open(string location, ArchiveOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        options ??= new ArchiveOptions();
        StoreDialect dialect;
        if (IsConnectionString(location))
        {
            dialect = new PostgresDialect(PostgresLocation.ToConnectionString(location));
        }
        else
        {
            var path = Path.GetFullPath(location);
            if (!options.Create && !File.Exists(path))
                throw new ArchiveException(ArchiveError.NotFound, path, $"There is no archive at '{path}'. Save-Bulletin -Archive creates one.");
            dialect = new SqliteDialect(path, options.Create);
        }
        var archive = new BulletinArchive(dialect, options);
        try
        {
            archive.Prepare();
            return archive;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>Starts saving articles; batches are committed as they fill and by <see cref="ArchiveWriter.Flush"/>.</summary>
    public ArchiveWriter BeginSave() => new(this);

    /// <summary>Saves every article (idempotent by id), in batched transactions; returns what each save did.</summary>
    public IReadOnlyList<SaveOutcome> Save(IEnumerable<Article> articles)
    {
        using var writer = BeginSave();
        var outcomes = new List<SaveOutcome>();
        foreach (var article in articles) outcomes.AddRange(writer.Add(article));
        outcomes.AddRange(writer.Flush());
        return outcomes;
    }

    /// <summary>How many articles the archive holds.</summary>
    public long Count()
    {
        using var connection = Dialect.Connect();
        return Convert.ToInt64(Sql.Scalar(connection, null, "SELECT count(*) FROM articles"));
    }

    /// <summary>The article with this id as first saved, or null.</summary>
    public Article? Get(string id) => Find(new ArchiveFilter { Ids = [id] }).FirstOrDefault();

    /// <summary>The articles the filter lets through, in the order they were first saved.</summary>
    /// <remarks>
    /// Read a page at a time, each the rows after the last seq read (the first page small, for a prompt's
    /// <c>Select-Object -First</c>): a reader that stops early costs the store only the pages it read. One
    /// statement for every match made PostgreSQL send them all, and its driver read every row to the end
    /// when the reader was disposed (a kind within a source at 100 000 articles: a first page of 20 took
    /// up to 0.8 s).
    /// </remarks>
    public IEnumerable<Article> Find(ArchiveFilter? filter = null)
    {
        filter ??= ArchiveFilter.None;
        var check = filter.ToArticleFilter();
        using var connection = Dialect.Connect();
        long after = 0; // seq numbers start at 1 on both stores
        for (int page = FirstFindPage; ; page = Math.Min(page * 10, LargestFindPage))
        {
            var where = new FilterSql(filter, KindNames);
            var sql = $"SELECT {Columns} FROM articles a WHERE {(where.Where.Length > 0 ? where.Where + " AND " : "")}a.seq > {where.Parameter(after)} ORDER BY a.seq LIMIT {page}";
            var articles = new List<Article>(page);
            using (var command = Sql.Command(connection, null, sql))
            {
                where.AddTo(command);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    after = reader.GetInt64(0);
                    articles.Add(ReadArticle(reader));
                }
            }
            foreach (var article in articles)
            {
                if (check.Matches(article)) yield return article;
            }
            if (articles.Count < page) yield break;
        }
    }

    private const int FirstFindPage = 20;
    private const int LargestFindPage = 2000;

    /// <summary>Every time the article was seen (the first save included), oldest first.</summary>
    public IReadOnlyList<Sighting> SightingsOf(string id)
    {
        using var connection = Dialect.Connect();
        using var command = Sql.Command(connection, null,
            "SELECT s.file, s.line, s.saved_at FROM sightings s JOIN articles a ON a.seq = s.article_seq WHERE a.id = @id ORDER BY s.saved_at, s.file, s.line");
        Sql.Add(command, "@id", id);
        using var reader = command.ExecuteReader();
        var sightings = new List<Sighting>();
        while (reader.Read())
        {
            sightings.Add(new Sighting(reader.GetString(0), reader.GetInt32(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }
        return sightings;
    }

    /// <summary>
    /// The articles holding every term of the query (the query language of <see cref="SearchQuery"/>),
    /// filtered, best first by the store's ranking (bm25 on SQLite, ts_rank on PostgreSQL) within
    /// windows of the newest <see cref="ArchiveOptions.RankWindow"/> matches (the newest window first),
    /// each with where every term matched and the score Search-Bulletin gives over files. An empty
    /// query lists the filtered articles in the order they were saved.
    /// </summary>
    public IEnumerable<SearchHit> Search(SearchQuery query, ArchiveFilter? filter = null, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        filter ??= ArchiveFilter.None;
        if (query.IsEmpty)
        {
            foreach (var article in limit is { } most ? Find(filter).Take(most) : Find(filter)) yield return new SearchHit(article, 0, []);
            yield break;
        }
        var hits = new RankedSearch(this, query, filter).Hits();
        foreach (var hit in limit is { } most ? hits.Take(most) : hits) yield return hit;
    }

    /// <summary>Articles per source, kind and month, with each month's arrests and money.</summary>
    public ArchiveSummary Summarise() => ArchiveSummaries.Of(this);

    /// <summary>Closes the connection to the archive (the SQLite file or the PostgreSQL server).</summary>
    public void Dispose()
    {
        _codec.Dispose();
        Dialect.Dispose();
    }

    internal IEnumerable<string> KindNames => Options.Kinds.Select(k => k.Name);

    internal IEnumerable<(Article Article, double Rank)> Query(string sql, Action<DbCommand> bind, DbConnection? open = null, DbTransaction? transaction = null)
    {
        var connection = open ?? Dialect.Connect();
        try
        {
            using var command = Sql.Command(connection, transaction, sql);
            bind(command);
            using var reader = command.ExecuteReader();
            bool ranked = reader.FieldCount > 12;
            while (reader.Read())
            {
                yield return (ReadArticle(reader), ranked ? Convert.ToDouble(reader.GetValue(12), CultureInfo.InvariantCulture) : 0);
            }
        }
        finally
        {
            if (open is null) connection.Dispose();
        }
    }

    internal Article ReadArticle(DbDataReader reader)
    {
        var columns = new StoredColumns(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetBoolean(8),
            reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10));
        return Codec.Read(columns, reader.GetString(11));
    }

    private void Prepare()
    {
        using var connection = OpenChecked();
        using (var transaction = connection.BeginTransaction())
        {
            Dialect.LockForCreate(connection, transaction);
            if (!Dialect.HasMetaTable(connection, transaction))
            {
                if (!Dialect.IsEmpty(connection, transaction))
                    throw new ArchiveException(ArchiveError.NotAnArchive, Location, $"'{Location}' is not a bulletin archive: it holds other tables. Give a new file or an empty database.");
                if (!Options.Create)
                    throw new ArchiveException(ArchiveError.NotFound, Location, $"There is no archive in '{Location}'. Save-Bulletin -Archive creates one.");
                foreach (var statement in ArchiveTables.Statements(Dialect)) Sql.Execute(connection, transaction, statement);
                Sql.Execute(connection, transaction, "INSERT INTO archive_meta (key, value) VALUES ('store_version', @v), ('schema', @s), ('schema_namespace', @n)",
                    ("@v", StoreVersion.ToString(CultureInfo.InvariantCulture)), ("@s", SchemaFingerprint.Of(Options.Kinds)), ("@n", SchemaNamespace));
            }
            transaction.Commit();
        }
        var meta = ArchiveMeta.Read(connection);
        if (!meta.TryGetValue("store_version", out var text) || !int.TryParse(text, CultureInfo.InvariantCulture, out int version))
            throw new ArchiveException(ArchiveError.NotAnArchive, Location, $"'{Location}' is not a bulletin archive: it records no store version.");
        if (version > StoreVersion)
            throw new ArchiveException(ArchiveError.NewerVersion, Location,
                $"The archive '{Location}' has store version {version}, written by a newer Bulletins; this one reads versions up to {StoreVersion}. Update the Bulletins module or library.");
        if (meta.TryGetValue("schema_namespace", out var ns) && ns != SchemaNamespace)
            throw new ArchiveException(ArchiveError.OtherSchema, Location,
                $"The archive '{Location}' holds articles of the schema '{ns}', not '{SchemaNamespace}'.");
        Migrations = ArchiveMigration.Run(this, connection, version, meta.GetValueOrDefault("schema"));
    }

    private string SchemaNamespace => Options.Kinds.Count > 0 ? Options.Kinds[0].ClrType.Namespace ?? "" : "";

    private DbConnection OpenChecked()
    {
        try
        {
            var connection = Dialect.Connect();
            if (Dialect is SqliteDialect)
            {
                // Reading the schema is what fails for a file that is not SQLite.
                Sql.Scalar(connection, null, "SELECT count(*) FROM sqlite_master");
            }
            return connection;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new ArchiveException(ArchiveError.NotAnArchive, Location, $"'{Location}' is not a bulletin archive: it is not a SQLite database ({e.Message}).", e);
        }
    }
}
