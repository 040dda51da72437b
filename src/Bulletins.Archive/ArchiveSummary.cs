namespace Bulletins.Archive;

/// <summary>What an archive holds, counted: by source, by kind and by month.</summary>
/// <param name="Articles">Every stored article.</param>
/// <param name="BySource">Articles per source, most first.</param>
/// <param name="ByKind">Articles per kind, most first.</param>
/// <param name="ByMonth">Per month, oldest first.</param>
public sealed record ArchiveSummary(long Articles, IReadOnlyList<SummaryCount> BySource, IReadOnlyList<SummaryCount> ByKind, IReadOnlyList<MonthSummary> ByMonth);

/// <summary>How many articles share one value (a source, a kind).</summary>
public sealed record SummaryCount(string Key, long Articles);

/// <summary>
/// One month: its articles, the arrests they report and the money they mention per currency.
/// An article's month is that of the latest date it mentions; articles mentioning no date have none.
/// </summary>
/// <param name="Month"><c>yyyy-MM</c>, or null for articles without a date.</param>
/// <param name="Articles">Articles of the month.</param>
/// <param name="Arrests">The sum of their <c>arrests</c> field (operation reports).</param>
/// <param name="Money">The sum of the amounts they mention, per ISO 4217 currency.</param>
public sealed record MonthSummary(string? Month, long Articles, long Arrests, IReadOnlyDictionary<string, decimal> Money)
{
    /// <summary>The money for a person to read: each currency and its sum, by currency (<c>EUR 2,400,000; USD 4,500,000,000</c>).</summary>
    public string MoneyText => string.Join("; ", Money.OrderBy(m => m.Key, StringComparer.Ordinal)
        .Select(m => m.Key + " " + m.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)));
}
