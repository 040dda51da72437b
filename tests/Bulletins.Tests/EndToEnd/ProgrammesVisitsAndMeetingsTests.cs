using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>nato-programmes-visits-meetings.txt (UTF-8, LF): an advisory, remarks, a visit report, a Council statement, a meeting report.</summary>
public class ProgrammesVisitsAndMeetingsTests
{
    private static readonly ReadResult Bulletin = Read("nato-programmes-visits-meetings.txt");
    private static Article Article(string titleStart) => Bulletin.Titled(titleStart);

    [Fact]
    public void FiveArticlesOfTheRightKinds()
    {
        Assert.Equal([1, 17, 40, 52, 62], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["MediaAdvisory", "Speech", "NewsRelease", "Statement", "NewsRelease"], Bulletin.Kinds());
        Assert.All(Bulletin.Articles, static a => Assert.Equal("NATO", a.Source));
        Assert.All(Bulletin.Articles, static a => Assert.False(a.IsTruncated));
        Assert.All(Bulletin.Articles, static a => Assert.Null(a.DuplicateOf));
    }

    [Fact]
    public void TheAdvisoryKeepsItsProgrammeAsOneParagraphAndSaysThereIsAMediaOpportunity()
    {
        var advisory = Assert.IsType<MediaAdvisory>(Article("Deputy Secretary General"));
        Assert.Equal("Programme", advisory.Paragraphs[1]);
        Assert.Equal(3, advisory.Paragraphs[2].Split('\n').Length);
        Assert.True(advisory.MediaOpportunity);
    }

    [Fact]
    public void TheAdvisoryReadsItsTimedProgrammeGluedHandlesDateAndCountry()
    {
        var advisory = Assert.IsType<MediaAdvisory>(Article("Deputy Secretary General"));
        Assert.Equal(
            ["10:15|CEST|Arrival of the Deputy Secretary General at the Government building",
             "10:30|CEST|Meeting with the Prime Minister of Montenegro",
             "11:45|CEST|Joint press point"],
            advisory.Schedule.Select(static e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
        Assert.Equal(["@NATO", "@NATOPress"], advisory.Handles);
        Assert.Equal([("14 March 2025", "2025-03-14", "2025-03-14")], advisory.DateRanges());
        Assert.Equal(["Montenegro"], advisory.CountrySet());
    }

    [Fact]
    public void TheAdvisoryNamesOnlyTheDeputySecretaryGeneral() =>
        Assert.Equal([("Ilona Marković", "Deputy Secretary General")], Article("Deputy Secretary General").Persons());

    [Fact]
    public void TheRemarksNameTheirSpeakerAndTheAmountInEuros()
    {
        var speech = Assert.IsType<Speech>(Article("Opening remarks by"));
        Assert.Equal(["Anders Lindqvist"], speech.Speakers);
        Assert.Equal([("Anders Lindqvist", "Secretary General")], speech.Persons());
        Assert.Equal([("12 billion euros", 12_000_000_000m, "EUR")], speech.Amounts());
        Assert.Empty(speech.Dates);
    }

    [Fact]
    public void TheVisitReportReadsRangesMonthsAndADayWithoutAYear()
    {
        Assert.Equal(
            [("From 3 to 7 March 2025", "2025-03-03", "2025-03-07"), ("June 2025", "2025-06-01", "2025-06-30"), ("21st May", "2025-05-21", "2025-05-21")],
            Article("Military Committee Chair").DateRanges());
    }

    [Fact]
    public void TheVisitReportNamesTheOfficersOnceEachAndTheirQuotes()
    {
        var report = Article("Military Committee Chair");
        Assert.Equal([("Henrik Oostveld", "Admiral"), ("Carla Ferreira", "Lieutenant General")], report.Persons());
        Assert.Equal(Sorted("Albania", "Bosnia and Herzegovina", "North Macedonia"), report.CountrySet());
        Assert.Equal(
            ["Henrik Oostveld", "Henrik Oostveld", "Carla Ferreira"],
            report.Said().Select(static q => q.Speaker));
        Assert.StartsWith("Your soldiers have served alongside ours", report.Quotes[0].Text);
        Assert.Equal("We will keep investing in it.", report.Quotes[1].Text);
        Assert.Empty(report.Money);
    }

    [Fact]
    public void TheCouncilStatementNamesTheDateAndCountriesAndNoPeople()
    {
        var statement = Assert.IsType<Statement>(Article("Statement by the"));
        Assert.Equal([("9 April 2025", "2025-04-09", "2025-04-09")], statement.DateRanges());
        Assert.Equal(["Estonia", "Finland"], statement.CountrySet());
        Assert.Empty(statement.People);
        Assert.Empty(statement.Quotes);
    }

    [Fact]
    public void TheMeetingReportReadsTwoDaysAPersonAQuoteAndMultiWordCountries()
    {
        var release = Article("NATO and Ukraine");
        Assert.Equal([("14 and 15 May 2025", "2025-05-14", "2025-05-15")], release.DateRanges());
        Assert.Equal([("Tomasz Wierzbicki", "Assistant Secretary General")], release.Persons());
        Assert.Equal([("every lesson we learn in Ukraine saves lives elsewhere.", "Tomasz Wierzbicki")], release.Said());
        var countries = release.CountrySet();
        Assert.Superset(Sorted("Poland", "Ukraine", "United Kingdom", "United States").ToHashSet(), countries.ToHashSet());
        Assert.Contains(countries, static c => c is "Czechia" or "Czech Republic");
        Assert.Equal(5, countries.Length);
    }
}
