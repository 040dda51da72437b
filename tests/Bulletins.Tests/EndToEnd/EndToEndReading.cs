using Bulletins.Mentions;
using Bulletins.Testing;
using Bulletins.Tests.Reading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// Reads the QA bulletins (written blind, in the seed's style) and flattens the fields into short
/// comparable values, so each test states what a careful reader would write down.
/// </summary>
internal static class EndToEndReading
{
    public static string PathOf(string fileName) => Fixtures.Project("EndToEnd", "Bulletins", fileName);

    public static ReadResult Read(string fileName) => TestReading.FromFile(PathOf(fileName));

    /// <summary>
    /// The article whose title starts with <paramref name="titleStart"/>: tests pick articles by what
    /// they say, not by where they stand. When a repeat shares the title, the original.
    /// </summary>
    public static Article Titled(this ReadResult result, string titleStart)
    {
        var found = result.Articles.Where(a => a.Title.StartsWith(titleStart, StringComparison.Ordinal)).ToList();
        if (found.Count > 1) found = found.Where(static a => a.DuplicateOf is null).ToList();
        Assert.True(found.Count == 1, $"{found.Count} articles titled '{titleStart}…'");
        return found[0];
    }

    /// <summary>The one article read as a repeat of <paramref name="original"/>.</summary>
    public static Article RepeatOf(this ReadResult result, Article original) =>
        Assert.Single(result.Articles, a => a.DuplicateOf == original.Id);

    public static string[] Kinds(this ReadResult result) => result.Articles.Select(static a => a.Kind).ToArray();

    public static (string Text, string Start, string End)[] DateRanges(this Article article) =>
        article.Dates.Select(static d => (d.Text, d.Start.ToString("yyyy-MM-dd"), d.End.ToString("yyyy-MM-dd"))).ToArray();

    public static (string Text, decimal Amount, string Currency)[] Amounts(this Article article) =>
        article.Money.Select(static m => (m.Text, m.Amount, m.Currency)).ToArray();

    public static (string Name, string? Title)[] Persons(this Article article) =>
        article.People.Select(static p => (p.Name, p.Title)).ToArray();

    public static (string Text, string? Speaker)[] Said(this Article article) =>
        article.Quotes.Select(static q => (q.Text, q.Speaker)).ToArray();

    public static (string Code, int Line, string Text)[] Findings(this Article article) =>
        article.Warnings.Select(static w => (w.Code, w.Line, w.Text)).ToArray();

    /// <summary>Countries in a stable order; the test separately checks that none is repeated.</summary>
    public static string[] CountrySet(this Article article)
    {
        Assert.Equal(article.Countries.Count, article.Countries.Distinct().Count());
        return article.Countries.Order(StringComparer.Ordinal).ToArray();
    }

    public static string[] Sorted(params string[] values) => values.Order(StringComparer.Ordinal).ToArray();
}
