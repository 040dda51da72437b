using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>
/// The queryable copies of an article's mentions: people, countries, dates and money, one row each,
/// written as one multi-row INSERT per table and article (a statement per row cost more than the rows).
/// </summary>
internal static class MentionRows
{
    public static void Insert(StatementCache statements, long seq, Article article, bool amountsAsReal)
    {
        Insert(statements, seq, "people (article_seq, name, name_key, title)", article.People,
            p => [p.Name, Glob.Key(p.Name), p.Title]);
        Insert(statements, seq, "countries (article_seq, country, country_key)", article.Countries,
            c => [c, Glob.Key(c)]);
        Insert(statements, seq, "dates (article_seq, start_day, end_day)", article.Dates,
            d => [Sql.Day(d.Start), Sql.Day(d.End)]);
        // SQLite would store a decimal parameter as text; a REAL sums.
        Insert(statements, seq, "money (article_seq, amount, currency)", article.Money,
            m => [amountsAsReal ? (double)m.Amount : m.Amount, m.Currency]);
    }

    public static void Delete(StatementCache statements, long seq)
    {
        foreach (var table in new[] { "people", "countries", "dates", "money" })
        {
            statements.Execute($"DELETE FROM {table} WHERE article_seq = @seq", ("@seq", seq));
        }
    }

    private static void Insert<T>(StatementCache statements, long seq, string tableAndColumns, IReadOnlyList<T> items, Func<T, object?[]> values)
    {
        if (items.Count == 0) return;
        var parameters = new List<(string, object?)> { ("@seq", seq) };
        var rows = new string[items.Count];
        for (int row = 0; row < items.Count; row++)
        {
            var names = new List<string> { "@seq" };
            var rowValues = values(items[row]);
            for (int column = 0; column < rowValues.Length; column++)
            {
                var name = $"@v{row}_{column}";
                names.Add(name);
                parameters.Add((name, rowValues[column]));
            }
            rows[row] = "(" + string.Join(", ", names) + ")";
        }
        statements.Execute($"INSERT INTO {tableAndColumns} VALUES {string.Join(", ", rows)}", [.. parameters]);
    }
}
