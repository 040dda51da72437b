using System.Data.Common;
using Npgsql;

namespace Bulletins.Archive.Stores;

/// <summary>
/// A PostgreSQL database shared by a team: a tsvector over title (weight A) and body (B) with a GIN
/// index, ranked by ts_rank. The archive writes the vector itself (store version 2; version 1 had the
/// server compute it, a generated column of <c>to_tsvector('simple', ...)</c>): the file search's words,
/// case folded, with their positions (<see cref="PostgresSearch"/>), and the query's phrases are built of
/// the same words, so PostgreSQL matches exactly the words the file search and SQLite match (<c>2</c> in
/// <c>EUR 2.4 million</c>, a part of an e-mail address or a URL). The vectors are made on the reading
/// thread in tsvector's text form, which the server reads with the type's input function: its text
/// search parser, a third of its CPU on a saved row, no longer runs.
/// </summary>
internal sealed class PostgresDialect : StoreDialect
{
    private readonly NpgsqlDataSource _source;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        DisplayName = $"PostgreSQL database '{builder.Database}' on {builder.Host}";
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string DisplayName { get; }

    public override string StoreName => "PostgreSQL";

    public override DbConnection Connect() => _source.OpenConnection();

    public override void Dispose() => _source.Dispose();

    public override string SqlType(ColumnType type) => type switch
    {
        ColumnType.Sequence => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        ColumnType.ArticleReference or ColumnType.Long => "BIGINT",
        ColumnType.Integer => "INTEGER",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Number => "NUMERIC",
        ColumnType.Json => "JSONB",
        _ => "TEXT",
    };

    // Written by the archive (InsertArticles); nullable, as the version-1 generated column is once its expression is dropped.
    public override IReadOnlyList<string> ExtraArticleColumns { get; } = ["search TSVECTOR"];

    // The vector's text form, made on the reading thread; the server reads it with tsvector's input function (not its
    // text search parser). Sent in binary as an NpgsqlTsVector it cost the client three times as much and the
    // writing thread more (docs/archive.md, "Seventh round").
    public override object? SearchVector(string title, IReadOnlyList<string> paragraphs) => PostgresSearch.VectorText(title, paragraphs);

    // Version 2: the generated column becomes a written one, and every row's vector is made again from the
    // archive's words, a chunk at a time (the rows are never all in memory), in the step's one transaction:
    // the ALTER holds the table's lock to the end, so no writer of version 1 saves a row without a vector
    // meanwhile. A second process migrating at once waits for that lock, then finds the column written
    // already (IF EXISTS) and makes the vectors again, to the same values.
    public override void StoreVersion2(DbConnection connection, DbTransaction transaction)
    {
        Sql.Execute(connection, transaction, "ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION IF EXISTS");
        const int chunk = 1000;
        long after = 0;
        while (true)
        {
            var seqs = new List<long>(chunk);
            var vectors = new List<string>(chunk);
            using (var select = Sql.Command(connection, transaction, $"SELECT seq, title, body FROM articles WHERE seq > @after ORDER BY seq LIMIT {chunk}"))
            {
                Sql.Add(select, "@after", after);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    seqs.Add(reader.GetInt64(0));
                    vectors.Add(PostgresSearch.VectorText(reader.GetString(1), ArticleCodec.Paragraphs(reader.GetString(2))));
                }
            }
            if (seqs.Count == 0) return;
            Sql.Execute(connection, transaction,
                "UPDATE articles a SET search = v.search::tsvector FROM unnest(@seqs::bigint[], @vectors::text[]) AS v(seq, search) WHERE a.seq = v.seq",
                ("@seqs", seqs.ToArray()), ("@vectors", vectors.ToArray()));
            after = seqs[^1];
        }
    }

    public override IReadOnlyList<string> FullTextStatements { get; } = ["CREATE INDEX articles_search ON articles USING GIN (search)"];

    public override bool HasMetaTable(DbConnection connection, DbTransaction? transaction) =>
        Scalar(connection, transaction, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'archive_meta'") > 0;

    public override bool IsEmpty(DbConnection connection, DbTransaction? transaction) =>
        Scalar(connection, transaction, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()") == 0;

    public override void LockForCreate(DbConnection connection, DbTransaction transaction)
    {
        // Two processes opening a new archive at once: the second waits, then finds the tables.
        Scalar(connection, transaction, "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(7245118090)) AS locked");
    }

    public override string FieldsParameter(string name) => name + "::jsonb";

    // The terms as one tsquery of the archive's words (PostgresSearch.Query), sent in binary: each term a phrase, all ANDed.
    public override IReadOnlyList<object> TermValues(DbConnection connection, IReadOnlyList<string> terms) => [PostgresSearch.Query(terms)];

    // The newest matches first (seq order), then ts_rank over those alone; negated, so lower is better as in bm25.
    public override string RankWindowSql(IReadOnlyList<string> termParameters, string beforeParameter, string where, int window) =>
        $"""
        SELECT w.seq, -ts_rank(w.search, w.query) FROM (
          SELECT a.seq, a.search, q.query
          FROM articles a, (SELECT {termParameters[0]}::tsquery AS query) q
          WHERE a.search @@ q.query AND a.seq < {beforeParameter}{(where.Length > 0 ? " AND " + where : "")}
          ORDER BY a.seq DESC LIMIT {window}) w
        """;

    // The batch's rows in one statement, each column an array parameter (sent in binary, no text to escape)
    // that unnest turns back into rows, in order, so seq numbers them as they came: a statement a row
    // waited for a round trip each (docs/archive.md, "Fourth round").
    public override IReadOnlyList<long?> InsertArticles(StatementCache statements, IReadOnlyList<ArticleRow> rows)
    {
        var types = ArchiveTables.Columns("articles").ToDictionary(c => c.Name, c => c.Type);
        var values = rows.Select(r => r.Values()).ToList();
        var parameters = ArticleRow.Columns.Select((c, at) => ("@" + c, (object?)ColumnArray(types[c], values.Select(v => v[at]))))
            // The vectors every row carries (ArchiveWriter: the reading thread's SearchVector): the server's text search parser no longer runs.
            .Append(("@search", (object?)rows.Select(r => (string)r.Search!).ToArray()))
            .ToArray();
        string[] columns = [.. ArticleRow.Columns, "search"];
        var sql = $"""
            INSERT INTO articles ({string.Join(", ", columns)})
            SELECT {string.Join(", ", columns.Select(c => c switch { "fields" => "r.fields::jsonb", "search" => "r.search::tsvector", _ => "r." + c }))}
            FROM unnest({string.Join(", ", columns.Select(c => $"@{c}::{(c == "search" ? "text[]" : ArrayType(types[c]))}"))}) WITH ORDINALITY AS r({string.Join(", ", columns)}, n)
            ORDER BY r.n
            ON CONFLICT (id) DO NOTHING
            RETURNING seq, id
            """;
        var seqOf = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        using (var reader = statements.Command(sql, parameters).ExecuteReader())
        {
            while (reader.Read()) seqOf[reader.GetString(1)] = reader.GetInt64(0);
        }
        return rows.Select(r => seqOf.TryGetValue(r.Stored.Id, out long seq) ? seq : (long?)null).ToList();
    }

    private static string ArrayType(ColumnType type) => type switch
    {
        ColumnType.Integer => "integer[]",
        ColumnType.Long => "bigint[]",
        ColumnType.Boolean => "boolean[]",
        _ => "text[]",
    };

    private static Array ColumnArray(ColumnType type, IEnumerable<object?> values) => type switch
    {
        ColumnType.Integer => values.Select(v => v is null ? (int?)null : Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        ColumnType.Long => values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        ColumnType.Boolean => values.Select(v => (bool)v!).ToArray(),
        _ => values.Select(v => (string?)v).ToArray(),
    };

    // Each field read as its column's type (a JSON number becomes NUMERIC exactly).
    public override string InsertJsonRows(string table, IReadOnlyList<(string Name, ColumnType Type)> columns, string parameter) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) SELECT {string.Join(", ", columns.Select(c => c.Name))} "
        + $"FROM json_to_recordset({parameter}::json) AS r({string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type)}"))})";

    // An array parameter (text[] or bigint[]): the planner probes the index once per element.
    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override object ListValue<T>(IReadOnlyList<T> values) => values.ToArray();

    public override string NumberField(string jsonName) => $"(a.fields ->> '{jsonName}')::bigint";

    // Deadlock and serialization failures: two writers saving the same articles in one instant.
    public override bool IsTransient(DbException exception) => exception is PostgresException { SqlState: "40P01" or "40001" };

    // Autovacuum analyses a table within its naptime (a minute by default): a listing right after a first large save met
    // plans made without statistics (docs/archive.md, "Eighth round": a kind within a source 65.8 ms p99, 1.0 ms once
    // analysed). A save that added at least as many articles as the table was estimated to hold analyses the archive's
    // tables at once; a day's save into a large archive does not.
    public override void Saved(long added)
    {
        if (added < AnalyseAfterAdding) return;
        using var connection = Connect();
        long estimated = Scalar(connection, null, "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = 'articles'::regclass");
        if (added < estimated) return;
        Sql.Execute(connection, null, "ANALYZE articles, sightings, people, countries, dates, money");
    }

    // Fewer new articles than this leave the statistics to autovacuum.
    private const int AnalyseAfterAdding = 1000;

    private static long Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
