using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The seed's mentions as a careful reader would list them, article by article (each picked by the start of its
/// title). The values come from the articles' text; nothing in the extractors is keyed to it.
/// </summary>
public class SeedMentionTests
{
    private static readonly List<Article> SeedArticles =
        Bulletin.Read(Fixtures.Seed).ToList();

    /// <summary>The one seed article whose title starts with <paramref name="titleStart"/>: by what it is, not where it stands.</summary>
    private static Article Seed(string titleStart) =>
        Assert.Single(SeedArticles, a => a.Title.StartsWith(titleStart, StringComparison.Ordinal));

    private static string Dates(Article a) => string.Join("; ", a.Dates.Select(d => $"{d.Text}={d.Start:yyyy-MM-dd}/{d.End:yyyy-MM-dd}"));
    private static string Money(Article a) => string.Join("; ", a.Money.Select(m => $"{m.Text}={m.Amount} {m.Currency}"));
    private static string People(Article a) => string.Join("; ", a.People.Select(p => $"{p.Name} ({p.Title})"));

    [Fact]
    public void TheSeedsDatesAreReadWithTheirYears()
    {
        Assert.Equal("July 2021=2021-07-01/2021-07-31; June 2023=2023-06-01/2023-06-30; 2 February=2024-02-02/2024-02-02", Dates(Seed("One of the key leaders of EncroChat")));
        // `the Washington Summit in July` is July 2024 in a February 2024 bulletin; `Since last July` is July 2023.
        Assert.Equal("7 February 2024=2024-02-07/2024-02-07; July=2024-07-01/2024-07-31; last July=2023-07-01/2023-07-31", Dates(Seed("NATO Secretary General chairs meeting")));
        Assert.Equal("From 31st January to 2nd February 2024=2024-01-31/2024-02-02", Dates(Seed("Reserve Forces Committee")));
        Assert.Equal("6 February 2024=2024-02-06/2024-02-06", Dates(Seed("Chair of the NATO Military Committee")));
        Assert.Equal("January 2020=2020-01-01/2020-01-31", Dates(Seed("Major blow to Albanian")));
        Assert.Equal("January=2024-01-01/2024-01-31; 31 January 2024=2024-01-31/2024-01-31", Dates(Seed("Joint Statement on Ivanti"))); // `at the beginning of January`
        Assert.Equal("2 February 2024=2024-02-02/2024-02-02", Dates(Seed("NATO Deputy Secretary General thanks")));
    }

    [Fact]
    public void TheSeedsMoneyIsReadWithItsCurrencies()
    {
        Assert.Equal("EUR 900 million=900000000 EUR", Money(Seed("One of the key leaders of EncroChat")));
        Assert.Equal("10 billion dollars=10000000000 USD; 5.5 billion dollars=5500000000 USD", Money(Seed("NATO Secretary General chairs meeting")));
        Assert.Equal("10 billion US dollars=10000000000 USD; 5.5 billion dollars=5500000000 USD", Money(Seed("Joint press conference by NATO")));
        Assert.Empty(Seed("Chair of the NATO Military Committee").Money);
    }

    [Fact]
    public void TheSeedsPeopleAreReadWithTheirTitles()
    {
        Assert.Equal("Stoltenberg (Secretary General)", People(Seed("NATO Secretary General chairs meeting")));
        Assert.Equal("Jens Stoltenberg (Secretary General); Jake Sullivan (National Security Advisor of the United States); Biden (President)", People(Seed("Joint press conference by NATO")));
        Assert.Equal("Stuart A. G. Roberts (Surgeon Commander); Paul Dhillon (Major)", People(Seed("Reserve Forces Committee")));
        Assert.Equal("Rob Bauer (Admiral); Bjørn Arild Gram (Minister of Defence)", People(Seed("Chair of the NATO Military Committee")));
        Assert.Equal("Mircea Geoană (Deputy Secretary General); Zukan Helez (Minister of Defence)", People(Seed("NATO Deputy Secretary General thanks")));
        Assert.Empty(Seed("One of the key leaders of EncroChat").People);
    }

    [Fact]
    public void TheSeedsCountriesAreReadInTheOrderNamed()
    {
        Assert.Equal(["France"], Seed("One of the key leaders of EncroChat").Countries);
        Assert.Equal(["United Kingdom", "Australia", "United States", "France"], Seed("Reserve Forces Committee").Countries);
        Assert.Equal(["Bosnia and Herzegovina", "Afghanistan", "Iraq"], Seed("Remarks to the troops").Countries);
    }

    [Fact]
    public void QuotesAndSpeakers()
    {
        Assert.All(Seed("NATO Secretary General chairs meeting").Quotes, q => Assert.Equal("Stoltenberg", q.Speaker));
        Assert.Equal(7, Seed("NATO Secretary General chairs meeting").Quotes.Count);
        Assert.Equal(["Rob Bauer", "Rob Bauer", null], Seed("Chair of the NATO Military Committee").Quotes.Select(q => q.Speaker));
        Assert.Equal("Stuart A. G. Roberts", Assert.Single(Seed("Reserve Forces Committee").Quotes).Speaker);
    }

    [Fact]
    public void TheExtraditionReportCountsNoArrestOfItsOwn()
    {
        // `Between 2020 and 2023, over 6 500 suspects were arrested` is the history of the investigation; the
        // release reports one extradition of a man arrested long before (the 2021 warrant), so no arrest count.
        var report = Assert.IsType<OperationReport>(Seed("One of the key leaders of EncroChat"));
        Assert.Null(report.Arrests);
    }

    [Fact]
    public void WarningsOnlyForTheTruncatedTeasers()
    {
        var warned = SeedArticles.Where(a => a.Warnings.Count > 0).ToList();
        Assert.Equal([180, 186], warned.Select(a => Assert.Single(a.Warnings).Line));
        Assert.All(warned, a => Assert.Equal("TruncatedTeaser", a.Warnings[0].Code));
    }
}
