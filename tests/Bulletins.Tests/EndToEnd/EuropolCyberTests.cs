using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// europol-cyber-takedown.txt: a takedown with three currencies, an advisory, a keynote, a full release
/// followed by its own teaser, and an anniversary release.
/// </summary>
public class EuropolCyberTests
{
    private static readonly ReadResult Bulletin = Read("europol-cyber-takedown.txt");
    private static Article Article(string titleStart) => Bulletin.Titled(titleStart);

    [Fact]
    public void SixArticlesOfTheRightKindsWithTheTeaserOfTheFullReleaseMarked()
    {
        Assert.Equal([1, 17, 29, 51, 59, 65], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["OperationReport", "MediaAdvisory", "Speech", "OperationReport", "OperationReport", "NewsRelease"], Bulletin.Kinds());
        Assert.Equal([false, false, false, false, true, false], Bulletin.Articles.Select(static a => a.IsTruncated));
        // The one repeat is the teaser of the laundering release, under the same title.
        var repeat = Assert.Single(Bulletin.Articles, static a => a.DuplicateOf is not null);
        Assert.True(repeat.IsTruncated);
        Assert.Equal(Article("Criminal network laundering").Id, repeat.DuplicateOf);
        Assert.Equal(Article("Criminal network laundering").Title, repeat.Title);
        Assert.Equal("Operation Blackwater", Assert.IsType<OperationReport>(Article("Phishing-as-a-service platform shut")).Operation);
    }

    [Fact]
    public void TheTakedownReadsEurosDollarsAndPoundsWithTheirIsoCodes()
    {
        Assert.Equal(
            [("€1.3 million", 1_300_000m, "EUR"), ("$ 48.2 million", 48_200_000m, "USD"), ("£8 million", 8_000_000m, "GBP")],
            Article("Phishing-as-a-service platform shut").Amounts());
    }

    [Fact]
    public void TheTakedownCountsArrestsAndSearchesAndNamesTheDirectorAndHerQuote()
    {
        var report = Assert.IsType<OperationReport>(Article("Phishing-as-a-service platform shut"));
        Assert.Equal(17, report.Arrests);
        Assert.Equal(29, report.Searches);
        Assert.Equal([("9 and 10 April 2025", "2025-04-09", "2025-04-10")], report.DateRanges());
        Assert.Equal([("Margarethe Lindholm", "Executive Director")], report.Persons());
        Assert.Equal("Margarethe Lindholm", Assert.Single(report.Quotes).Speaker);
        Assert.Equal(Sorted("Ireland", "Portugal", "United Kingdom", "United States"), report.Authorities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["An Garda Síochána"], report.Authorities["Ireland"]);
        Assert.Equal(Sorted("Ireland", "Portugal", "United Kingdom", "United States"), report.CountrySet());
    }

    [Fact]
    public void TheAdvisoryReadsItsProgrammeHandleAndDates()
    {
        var advisory = Assert.IsType<MediaAdvisory>(Article("Europol Executive Director"));
        Assert.Equal(
            ["14:00|WEST|Welcome address by the Executive Director", "14:30|WEST|Panel on artificial intelligence and crime", "16:00|WEST|Press conference"],
            advisory.Schedule.Select(static e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
        Assert.Equal(["@Europol"], advisory.Handles);
        Assert.True(advisory.MediaOpportunity);
        Assert.Equal([("2 June 2025", "2025-06-02", "2025-06-02"), ("28 May 2025", "2025-05-28", "2025-05-28")], advisory.DateRanges());
        Assert.Equal("Margarethe Lindholm", Assert.Single(advisory.People).Name);
    }

    [Fact]
    public void TheLaunderingReportAndItsTeaserAgreeOnTheArrests()
    {
        var full = Assert.IsType<OperationReport>(Article("Criminal network laundering"));
        Assert.Equal(14, full.Arrests);
        Assert.Equal([("EUR 2.5 million", 2_500_000m, "EUR"), ("3 billion euros", 3_000_000_000m, "EUR")], full.Amounts());
        Assert.Equal(["300 kilograms of cocaine|300|kilogram"], full.Quantities.Select(static q => $"{q.Text}|{q.Amount}|{q.Unit}"));
        Assert.Equal(14, Assert.IsType<OperationReport>(Bulletin.RepeatOf(Article("Criminal network laundering"))).Arrests);
        Assert.Equal("TruncatedTeaser", Assert.Single(Bulletin.RepeatOf(Article("Criminal network laundering")).Warnings).Code);
    }

    [Fact]
    public void TheAnniversaryReadsTheRangeAndSixPartnerCountries()
    {
        var release = Article("European Cybercrime Centre");
        Assert.Equal([("From 3 to 5 June 2025", "2025-06-03", "2025-06-05")], release.DateRanges());
        Assert.Equal(Sorted("Australia", "Canada", "Norway", "Switzerland", "United Kingdom", "United States"), release.CountrySet());
    }

    [Fact]
    public void TheAnniversaryNamesTheCommissionerWithoutHonorific() =>
        Assert.Equal([("Jonas Aaltonen", "European Commissioner for Home Affairs")], Article("European Cybercrime Centre").Persons());
}
