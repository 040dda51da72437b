using System.Data.Common;

namespace Bulletins.Archive.Stores;

/// <summary>
/// What differs between the stores: connecting, the tables' DDL, the full-text index and its query,
/// and the SQL for a JSON field. Everything else (the tables' shape, filters, saving) is shared SQL.
/// </summary>
internal abstract class StoreDialect : IDisposable
{
    /// <summary>Releases pooled connections.</summary>
    public virtual void Dispose()
    {
    }

    /// <summary>A name for messages: the file's path, or the database and host.</summary>
    public abstract string DisplayName { get; }

    /// <summary>SQLite or PostgreSQL.</summary>
    public abstract string StoreName { get; }

    public abstract DbConnection Connect();

    /// <summary>The store's SQL type for a kind of column (<see cref="ArchiveTables"/>, NOT NULL and the like apart).</summary>
    public abstract string SqlType(ColumnType type);

    /// <summary>Columns only this store's <c>articles</c> table has (PostgreSQL's tsvector).</summary>
    public virtual IReadOnlyList<string> ExtraArticleColumns => [];

    /// <summary>
    /// The value of the article's full-text column that the archive writes itself, or null where the store
    /// indexes the text on its own (SQLite's FTS5). Pure, so the reading thread computes it (<see cref="ArchiveWriter.Add"/>).
    /// </summary>
    public virtual object? SearchVector(string title, IReadOnlyList<string> paragraphs) => null;

    /// <summary>Store version 2's table change, in the migration's transaction: none here (PostgreSQL writes its vector itself from then on).</summary>
    public virtual void StoreVersion2(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>The store's full-text index over the articles' title and body, created after the tables.</summary>
    public abstract IReadOnlyList<string> FullTextStatements { get; }

    /// <summary>True when the database holds a table named <c>archive_meta</c>.</summary>
    public abstract bool HasMetaTable(DbConnection connection, DbTransaction? transaction);

    /// <summary>True when the database holds no tables at all (so an archive may be created in it).</summary>
    public abstract bool IsEmpty(DbConnection connection, DbTransaction? transaction);

    /// <summary>Serialises archive creation between processes (inside the creating transaction).</summary>
    public virtual void LockForCreate(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>The SQL that gives the stored fields for an insert parameter (jsonb needs a cast).</summary>
    public virtual string FieldsParameter(string name) => name;

    /// <summary>
    /// Inserts a part's new article rows (<c>ON CONFLICT (id) DO NOTHING</c>) in order, and gives each
    /// row's <c>seq</c>, or null where another writer's row with that id was there first: SQLite binds
    /// them row by row to one prepared statement, PostgreSQL sends them all in one.
    /// </summary>
    public abstract IReadOnlyList<long?> InsertArticles(StatementCache statements, IReadOnlyList<ArticleRow> rows);

    /// <summary>An INSERT of the rows given as one parameter, a JSON array of objects keyed by column name.</summary>
    public abstract string InsertJsonRows(string table, IReadOnlyList<(string Name, ColumnType Type)> columns, string parameter);

    /// <summary>
    /// Adds the articles this transaction saved (every <c>seq</c> from <paramref name="firstSeq"/> on) to the
    /// full-text index, where the store does not do it itself.
    /// </summary>
    public virtual void IndexTextFrom(StatementCache statements, long firstSeq)
    {
    }

    /// <summary>The query's terms (each a word or a phrase) as the parameters <see cref="RankWindowSql"/> takes.</summary>
    public virtual IReadOnlyList<object> TermValues(DbConnection connection, IReadOnlyList<string> terms) => terms;

    /// <summary>
    /// The <c>seq</c> and rank (lower is better) of the newest <paramref name="window"/> articles holding
    /// every term (the parameters of <see cref="TermValues"/>) with a <c>seq</c> below <paramref name="beforeParameter"/>
    /// that pass <paramref name="where"/> (a condition over <c>articles a</c>, or empty); only those are ranked.
    /// </summary>
    public abstract string RankWindowSql(IReadOnlyList<string> termParameters, string beforeParameter, string where, int window);

    /// <summary>
    /// Called when a save is flushed, with the articles it added since the last flush: brings the planner's statistics
    /// up to date at once where the store would only do it later (PostgreSQL, whose autovacuum comes by within a minute).
    /// <see cref="Optimize"/> runs after each batch instead, for a store that has no such process of its own (SQLite).
    /// </summary>
    public virtual void Saved(long added)
    {
    }

    /// <summary>Keeps the planner's statistics current after a committed batch, where the store does not do it itself.</summary>
    public virtual void Optimize(DbConnection connection)
    {
    }

    /// <summary>A condition that <paramref name="column"/> is one of the values of the list <paramref name="parameter"/> (<see cref="ListValue{T}"/>).</summary>
    public virtual string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    /// <summary>A list of strings or integers as one parameter's value: a JSON array here, an array on PostgreSQL.</summary>
    public virtual object ListValue<T>(IReadOnlyList<T> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                if (value is long number) json.WriteNumberValue(number);
                else json.WriteStringValue(value?.ToString());
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The SQL for a numeric kind field (e.g. <c>arrests</c>) of <c>a.fields</c>.</summary>
    public abstract string NumberField(string jsonName);

    /// <summary>True when the failure is a conflict with another writer that is worth retrying.</summary>
    public virtual bool IsTransient(DbException exception) => false;
}
