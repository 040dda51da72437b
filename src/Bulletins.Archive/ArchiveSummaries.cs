using System.Globalization;
using Bulletins.Archive.Stores;

namespace Bulletins.Archive;

/// <summary>The GROUP BY queries behind <see cref="BulletinArchive.Summarise"/>.</summary>
internal static class ArchiveSummaries
{
    /// <summary>The kind field summed as arrests per month, where the schema has it.</summary>
    private const string ArrestsField = "arrests";

    public static ArchiveSummary Of(BulletinArchive archive)
    {
        using var connection = archive.Dialect.Connect();
        long total = Convert.ToInt64(Sql.Scalar(connection, null, "SELECT count(*) FROM articles"));
        var bySource = Counts(connection, "SELECT a.source, count(*) FROM articles a GROUP BY a.source ORDER BY count(*) DESC, a.source");
        var byKind = Counts(connection, "SELECT a.kind, count(*) FROM articles a GROUP BY a.kind ORDER BY count(*) DESC, a.kind");

        bool hasArrests = archive.Options.Kinds.Any(k => k.Fields.Any(f => f.JsonName == ArrestsField));
        var arrests = hasArrests ? $"coalesce(sum({archive.Dialect.NumberField(ArrestsField)}), 0)" : "0";
        var months = new List<(string? Month, long Articles, long Arrests)>();
        using (var command = Sql.Command(connection, null, $"SELECT a.month, count(*), {arrests} FROM articles a GROUP BY a.month ORDER BY a.month"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) months.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }
        var money = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        using (var command = Sql.Command(connection, null,
            "SELECT a.month, m.currency, sum(m.amount) FROM money m JOIN articles a ON a.seq = m.article_seq WHERE a.month IS NOT NULL GROUP BY a.month, m.currency"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var month = reader.GetString(0);
                if (!money.TryGetValue(month, out var sums)) money[month] = sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
                sums[reader.GetString(1)] = Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture);
            }
        }
        // Articles without a date come last.
        var byMonth = months.OrderBy(m => m.Month is null).ThenBy(m => m.Month, StringComparer.Ordinal)
            .Select(m => new MonthSummary(m.Month, m.Articles, m.Arrests,
                m.Month is not null && money.TryGetValue(m.Month, out var sums) ? sums : new Dictionary<string, decimal>()))
            .ToList();
        return new ArchiveSummary(total, bySource, byKind, byMonth);
    }

    private static List<SummaryCount> Counts(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = Sql.Command(connection, null, sql);
        using var reader = command.ExecuteReader();
        var counts = new List<SummaryCount>();
        while (reader.Read()) counts.Add(new SummaryCount(reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }
}
