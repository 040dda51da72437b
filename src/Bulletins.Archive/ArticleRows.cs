using System.Buffers;
using System.Text;
using System.Text.Json;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>
/// The rows a save adds beside each new article: the queryable copies of its mentions (people,
/// countries, dates and money, one row each) and its first sighting. A writer gathers a whole
/// batch's rows and writes each table's in one statement whose single parameter is the rows as a
/// JSON array, which the store unpacks (<see cref="StoreDialect.InsertJsonRows"/>): a statement per
/// article and table cost more than the rows (SQLite binds each parameter by name, PostgreSQL waits
/// a round trip per statement).
/// </summary>
internal sealed class ArticleRows
{
    private readonly StoreDialect _dialect;
    private readonly (string Table, IReadOnlyList<(string Name, ColumnType Type)> Columns, ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)[] _tables;
    private int _rows;

    /// <summary>The rows' values are given in the order of the tables' columns (<see cref="ArchiveTables"/>).</summary>
    public ArticleRows(StoreDialect dialect)
    {
        _dialect = dialect;
        _tables = [Table("people"), Table("countries"), Table("dates"), Table("money"), Table("sightings")];
    }

    /// <summary>Gathers a new article's first sighting, to be written by <see cref="Write"/>.</summary>
    public void AddSighting(long seq, Article article, string savedAt) => Row(4, seq, article.File, article.Line, savedAt);

    /// <summary>Gathers the article's mention rows, to be written by <see cref="Write"/>.</summary>
    public void AddMentions(long seq, Article article)
    {
        foreach (var p in article.People) Row(0, seq, p.Name, Glob.Key(p.Name), p.Title);
        foreach (var c in article.Countries) Row(1, seq, c, Glob.Key(c));
        foreach (var d in article.Dates) Row(2, seq, Sql.Day(d.Start), Sql.Day(d.End));
        foreach (var m in article.Money) Row(3, seq, m.Amount, m.Currency);
    }

    /// <summary>Writes the rows gathered since the last write, one statement per table that has any.</summary>
    public void Write(StatementCache statements)
    {
        if (_rows == 0) return;
        foreach (var (table, columns, buffer, json) in _tables)
        {
            if (json.CurrentDepth == 0) continue;
            json.WriteEndArray();
            json.Flush();
            statements.Execute(_dialect.InsertJsonRows(table, columns, "@rows"), ("@rows", Encoding.UTF8.GetString(buffer.WrittenSpan)));
            buffer.ResetWrittenCount();
            json.Reset(buffer);
        }
        _rows = 0;
    }

    /// <summary>The article's mention rows at once (the migration rewrites one article at a time).</summary>
    public static void InsertMentions(StatementCache statements, long seq, Article article, StoreDialect dialect)
    {
        var rows = new ArticleRows(dialect);
        rows.AddMentions(seq, article);
        rows.Write(statements);
    }

    public static void DeleteMentions(StatementCache statements, long seq)
    {
        foreach (var table in new[] { "people", "countries", "dates", "money" })
        {
            statements.Execute($"DELETE FROM {table} WHERE article_seq = @seq", ("@seq", seq));
        }
    }

    private static (string, IReadOnlyList<(string, ColumnType)>, ArrayBufferWriter<byte>, Utf8JsonWriter) Table(string name)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (name, ArchiveTables.Columns(name), buffer, new Utf8JsonWriter(buffer));
    }

    private void Row(int table, long seq, params object?[] values)
    {
        var (_, columns, _, json) = _tables[table];
        if (json.CurrentDepth == 0) json.WriteStartArray();
        json.WriteStartObject();
        json.WriteNumber(columns[0].Name, seq);
        for (int i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null: json.WriteNull(columns[i + 1].Name); break;
                case string text: json.WriteString(columns[i + 1].Name, text); break;
                case int number: json.WriteNumber(columns[i + 1].Name, number); break;
                case decimal amount: json.WriteNumber(columns[i + 1].Name, amount); break;
                default: throw new ArgumentException($"No JSON for a {values[i]!.GetType().Name} in {columns[i + 1].Name}.");
            }
        }
        json.WriteEndObject();
        _rows++;
    }
}
