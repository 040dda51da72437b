using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Bulletins.Archive.Stores;

/// <summary>
/// A SQLite file: WAL, so readers query while a writer saves; FTS5 with bm25 over title and body
/// (the title weighted 3, as Search-Bulletin scores it); the unicode61 tokenizer keeps diacritics,
/// so words match as the file search matches them (letters and digits, ignoring case).
/// </summary>
internal sealed class SqliteDialect : StoreDialect
{
    // The title's weight in the rank, the body's being 1.
    private const string TitleWeight = "3.0";

    // A term's article count is counted exactly up to this many, estimated beyond.
    private const int RarityProbe = 1000;

    private readonly string _connectionString;

    public SqliteDialect(string path, bool create)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
            // Waits this long for another writer's transaction (Microsoft.Data.Sqlite retries SQLITE_BUSY).
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }

    public override string DisplayName => Path;

    public override string StoreName => "SQLite";

    // The file is closed when the archive is: a test or a user may move or delete it next.
    public override void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString));

    public override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // NORMAL is durable in WAL mode against a killed process; only a power cut may lose the last commits.
        // The indexes keyed by id, repeat hash, person, country are written at random places: a save of a large
        // archive reads their pages all over the file. Mapped, a page read is a memory access to the OS's cache
        // rather than a read call; 128 MB of page cache keeps the hot ones; and a checkpoint every 40 MB of WAL
        // (10 000 pages, ten times SQLite's default) writes a page touched by several batches to the file once.
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
            + "PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 10000;";
        pragma.ExecuteNonQuery();
        Fts5Bm25.Register(connection);
        return connection;
    }

    public override string SqlType(ColumnType type) => type switch
    {
        // INTEGER PRIMARY KEY is the rowid: numbered on insert, in save order.
        ColumnType.Sequence => "INTEGER PRIMARY KEY",
        ColumnType.Text or ColumnType.Json => "TEXT",
        ColumnType.Number => "REAL",
        _ => "INTEGER",
    };

    public override IReadOnlyList<string> FullTextStatements { get; } =
    [
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 0')",
        // The title weighs three times the body, as Search-Bulletin scores a title match (FTS5's rank; the
        // archive's search ranks with the same weights through Fts5Bm25).
        $"INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25({TitleWeight}, 1.0)')",
    ];

    public override bool HasMetaTable(DbConnection connection, DbTransaction? transaction) =>
        Scalar(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'archive_meta'") > 0;

    public override bool IsEmpty(DbConnection connection, DbTransaction? transaction) =>
        Scalar(connection, transaction, "SELECT count(*) FROM sqlite_master") == 0;

    // One statement a part, its values bound by position straight to SQLite: through ADO.NET each row set its
    // seventeen parameters by name, each looked up in the command's list, and bound again by name
    // (docs/archive.md, "Ninth round"). The rows are the transaction's, on the connection's own handle. No
    // RETURNING, which cost SQLite more than the row itself ("Third round"): seq is the rowid, which the
    // connection knows, and a row ON CONFLICT skipped changed nothing.
    public override IReadOnlyList<long?> InsertArticles(StatementCache statements, IReadOnlyList<ArticleRow> rows)
    {
        var db = ((SqliteConnection)statements.Connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        var seqs = new long?[rows.Count];
        Check(db, SQLitePCL.raw.sqlite3_prepare_v2(db, InsertArticleSql, out var statement));
        using (statement)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var values = rows[i].Values();
                for (int at = 0; at < values.Length; at++) Check(db, Bind(statement, at + 1, values[at]));
                Check(db, SQLitePCL.raw.sqlite3_step(statement));
                seqs[i] = SQLitePCL.raw.sqlite3_changes(db) == 0 ? null : SQLitePCL.raw.sqlite3_last_insert_rowid(db);
                Check(db, SQLitePCL.raw.sqlite3_reset(statement));
            }
        }
        return seqs;
    }

    private static readonly string InsertArticleSql =
        $"INSERT INTO articles ({string.Join(", ", ArticleRow.Columns)}) VALUES ({string.Join(", ", ArticleRow.Columns.Select((_, at) => "?" + (at + 1)))}) ON CONFLICT (id) DO NOTHING";

    // The values a row holds, bound as Microsoft.Data.Sqlite binds them: a bool as 0 or 1, null as NULL.
    private static int Bind(SQLitePCL.sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => SQLitePCL.raw.sqlite3_bind_null(statement, index),
        string text => SQLitePCL.raw.sqlite3_bind_text(statement, index, text),
        int number => SQLitePCL.raw.sqlite3_bind_int64(statement, index, number),
        long number => SQLitePCL.raw.sqlite3_bind_int64(statement, index, number),
        bool flag => SQLitePCL.raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        _ => throw new ArgumentException($"No SQLite value for a {value.GetType().Name} in articles."),
    };

    // Microsoft.Data.Sqlite's own check: a result other than OK, ROW or DONE throws a SqliteException with SQLite's message.
    private static void Check(SQLitePCL.sqlite3 db, int result) => SqliteException.ThrowExceptionForRC(result, db);

    // ->> gives a JSON number as INTEGER or REAL, a string as TEXT, null as NULL: the column's type. jsonb_each
    // parses the array once and gives each row's object as JSONB, which ->> reads in place; json_each gives it as
    // text, parsed again for every column (the mention rows took 10-20% longer: docs/archive.md, "Ninth round").
    public override string InsertJsonRows(string table, IReadOnlyList<(string Name, ColumnType Type)> columns, string parameter) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) SELECT {string.Join(", ", columns.Select(c => $"value ->> '{c.Name}'"))} FROM jsonb_each({parameter})";

    // One statement for the batch, reading the rows just written: SQLite has one writer at a time and
    // numbers a new row after the largest seq, so every seq from the batch's first on is this batch's.
    public override void IndexTextFrom(StatementCache statements, long firstSeq) =>
        statements.Execute("INSERT INTO articles_fts (rowid, title, body) SELECT seq, title, body FROM articles WHERE seq >= @first", ("@first", firstSeq));

    // FTS5 walks its index newest rowid first and stops at the window; the rank is computed only for the
    // rows kept, by FTS5's bm25 formula with each term's article count given (Fts5Bm25): FTS5's own bm25()
    // would count every article holding each term first, for every query. The terms are one MATCH
    // expression, each a phrase; then each term's article count (TermValues).
    public override string RankWindowSql(IReadOnlyList<string> termParameters, string beforeParameter, string where, int window) =>
        $"""
        SELECT f.rowid, {Fts5Bm25.FunctionName}(articles_fts, {TitleWeight}, 1.0, {string.Join(", ", termParameters.Skip(1))}) FROM articles_fts f{(where.Length > 0 ? " JOIN articles a ON a.seq = f.rowid" : "")}
        WHERE articles_fts MATCH {termParameters[0]}
          AND f.rowid < {beforeParameter}{(where.Length > 0 ? " AND " + where : "")}
        ORDER BY f.rowid DESC LIMIT {window}
        """;

    // FTS5 takes the terms as one query string: each a quoted phrase (words are letters and digits only), all required.
    // Then each term's article count, for its weight in the rank (how rare it is).
    public override IReadOnlyList<object> TermValues(DbConnection connection, IReadOnlyList<string> terms)
    {
        var phrases = terms.Select(t => "\"" + t.Replace("\"", "\"\"") + "\"").ToList();
        var values = new List<object> { string.Join(" AND ", phrases) };
        long newest = Convert.ToInt64(Sql.Scalar(connection, null, "SELECT max(seq) FROM articles") ?? 0L);
        foreach (var phrase in phrases) values.Add(ArticlesHolding(connection, phrase, newest));
        return values;
    }

    /// <summary>
    /// How many articles hold the phrase: exact when fewer than <see cref="RarityProbe"/> do; otherwise estimated
    /// from how far back its newest <see cref="RarityProbe"/> reach (1 000 in the newest 40 000 of a million:
    /// 25 000). A count of every match, as FTS5's bm25() makes, costs as much as the rest of a first page.
    /// </summary>
    private static double ArticlesHolding(DbConnection connection, string phrase, long newest)
    {
        using var command = Sql.Command(connection, null, $"SELECT count(*), min(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @phrase ORDER BY rowid DESC LIMIT {RarityProbe})");
        Sql.Add(command, "@phrase", phrase);
        using var reader = command.ExecuteReader();
        reader.Read();
        long found = reader.GetInt64(0);
        if (found < RarityProbe) return found;
        long oldest = reader.GetInt64(1);
        return (double)found * newest / Math.Max(1, newest - oldest + 1);
    }

    // Runs ANALYZE only when the tables grew enough to need it, with a bounded cost (sqlite.org/lang_analyze.html).
    public override void Optimize(DbConnection connection) => Sql.Execute(connection, null, "PRAGMA optimize = 0x10002");

    public override string NumberField(string jsonName) => $"json_extract(a.fields, '$.{jsonName}')";

    private static long Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
