using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The seed's mentions as a careful reader would list them, article by article (by position in the
/// file). The values come from the articles' text; nothing in the extractors is keyed to it.
/// </summary>
public class SeedMentionTests
{
    private static readonly List<Article> Seed =
        Bulletin.Read(Fixtures.Seed).ToList();

    private static string Dates(Article a) => string.Join("; ", a.Dates.Select(d => $"{d.Text}={d.Start:yyyy-MM-dd}/{d.End:yyyy-MM-dd}"));
    private static string Money(Article a) => string.Join("; ", a.Money.Select(m => $"{m.Text}={m.Amount} {m.Currency}"));
    private static string People(Article a) => string.Join("; ", a.People.Select(p => $"{p.Name} ({p.Title})"));

    [Fact]
    public void TheSeedsDatesAreReadWithTheirYears()
    {
        Assert.Equal("July 2021=2021-07-01/2021-07-31; June 2023=2023-06-01/2023-06-30; 2 February=2024-02-02/2024-02-02", Dates(Seed[0]));
        // `the Washington Summit in July` is July 2024 in a February 2024 bulletin; `Since last July` is July 2023.
        Assert.Equal("7 February 2024=2024-02-07/2024-02-07; July=2024-07-01/2024-07-31; last July=2023-07-01/2023-07-31", Dates(Seed[1]));
        Assert.Equal("From 31st January to 2nd February 2024=2024-01-31/2024-02-02", Dates(Seed[4]));
        Assert.Equal("6 February 2024=2024-02-06/2024-02-06", Dates(Seed[5]));
        Assert.Equal("January 2020=2020-01-01/2020-01-31", Dates(Seed[6]));
        Assert.Equal("January=2024-01-01/2024-01-31; 31 January 2024=2024-01-31/2024-01-31", Dates(Seed[7])); // `at the beginning of January`
        Assert.Equal("2 February 2024=2024-02-02/2024-02-02", Dates(Seed[9]));
    }

    [Fact]
    public void TheSeedsMoneyIsReadWithItsCurrencies()
    {
        Assert.Equal("EUR 900 million=900000000 EUR", Money(Seed[0]));
        Assert.Equal("10 billion dollars=10000000000 USD; 5.5 billion dollars=5500000000 USD", Money(Seed[1]));
        Assert.Equal("10 billion US dollars=10000000000 USD; 5.5 billion dollars=5500000000 USD", Money(Seed[2]));
        Assert.Empty(Seed[5].Money);
    }

    [Fact]
    public void TheSeedsPeopleAreReadWithTheirTitles()
    {
        Assert.Equal("Stoltenberg (Secretary General)", People(Seed[1]));
        Assert.Equal("Jens Stoltenberg (Secretary General); Jake Sullivan (National Security Advisor of the United States); Biden (President)", People(Seed[2]));
        Assert.Equal("Stuart A. G. Roberts (Surgeon Commander); Paul Dhillon (Major)", People(Seed[4]));
        Assert.Equal("Rob Bauer (Admiral); Bjørn Arild Gram (Minister of Defence)", People(Seed[5]));
        Assert.Equal("Mircea Geoană (Deputy Secretary General); Zukan Helez (Minister of Defence)", People(Seed[9]));
        Assert.Empty(Seed[0].People);
    }

    [Fact]
    public void TheSeedsCountriesAreReadInTheOrderNamed()
    {
        Assert.Equal(["France"], Seed[0].Countries);
        Assert.Equal(["United Kingdom", "Australia", "United States", "France"], Seed[4].Countries);
        Assert.Equal(["Bosnia and Herzegovina", "Afghanistan", "Iraq"], Seed[8].Countries);
    }

    [Fact]
    public void QuotesAndSpeakers()
    {
        Assert.All(Seed[1].Quotes, q => Assert.Equal("Stoltenberg", q.Speaker));
        Assert.Equal(7, Seed[1].Quotes.Count);
        Assert.Equal(["Rob Bauer", "Rob Bauer", null], Seed[5].Quotes.Select(q => q.Speaker));
        Assert.Equal("Stuart A. G. Roberts", Assert.Single(Seed[4].Quotes).Speaker);
    }

    [Fact]
    public void TheExtraditionReportCountsNoArrestOfItsOwn()
    {
        // `Between 2020 and 2023, over 6 500 suspects were arrested` is the history of the investigation; the
        // release reports one extradition of a man arrested long before (the 2021 warrant), so no arrest count.
        var report = Assert.IsType<OperationReport>(Seed[0]);
        Assert.Null(report.Arrests);
    }

    [Fact]
    public void WarningsOnlyForTheTruncatedTeasers()
    {
        var warned = Seed.Where(a => a.Warnings.Count > 0).ToList();
        Assert.Equal([180, 186], warned.Select(a => Assert.Single(a.Warnings).Line));
        Assert.All(warned, a => Assert.Equal("TruncatedTeaser", a.Warnings[0].Code));
    }
}
