using System.Data.Common;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>The queryable copies of an article's mentions: people, countries, dates and money, one row each.</summary>
internal static class MentionRows
{
    public static void Insert(StatementCache statements, long seq, Article article, bool amountsAsReal)
    {
        foreach (var person in article.People)
        {
            statements.Execute("INSERT INTO people (article_seq, name, name_key, title) VALUES (@seq, @name, @key, @title)",
                ("@seq", seq), ("@name", person.Name), ("@key", Glob.Key(person.Name)), ("@title", person.Title));
        }
        foreach (var country in article.Countries)
        {
            statements.Execute("INSERT INTO countries (article_seq, country, country_key) VALUES (@seq, @country, @key)",
                ("@seq", seq), ("@country", country), ("@key", Glob.Key(country)));
        }
        foreach (var date in article.Dates)
        {
            statements.Execute("INSERT INTO dates (article_seq, start_day, end_day) VALUES (@seq, @start, @end)",
                ("@seq", seq), ("@start", Sql.Day(date.Start)), ("@end", Sql.Day(date.End)));
        }
        foreach (var money in article.Money)
        {
            // SQLite would store a decimal parameter as text; a REAL sums.
            statements.Execute("INSERT INTO money (article_seq, amount, currency) VALUES (@seq, @amount, @currency)",
                ("@seq", seq), ("@amount", amountsAsReal ? (object)(double)money.Amount : money.Amount), ("@currency", money.Currency));
        }
    }

    public static void Delete(StatementCache statements, long seq)
    {
        foreach (var table in new[] { "people", "countries", "dates", "money" })
        {
            statements.Execute($"DELETE FROM {table} WHERE article_seq = @seq", ("@seq", seq));
        }
    }
}
