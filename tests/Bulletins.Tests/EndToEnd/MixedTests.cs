using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>mixed-kinds.txt: an advisory with three glued handles, a doorstep, a fuel-theft operation, a project release, a joint statement.</summary>
public class MixedTests
{
    private static readonly ReadResult Bulletin = Read("mixed-kinds.txt");
    private static Article Article(string titleStart) => Bulletin.Titled(titleStart);

    [Fact]
    public void FiveArticlesWithTheAdvisoryDoorstepOperationAndStatementRecognised()
    {
        Assert.Equal([1, 15, 31, 43, 53], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["MediaAdvisory", "Speech", "OperationReport", "Statement"], Bulletin.Kinds().Where(static (_, i) => i != 3));
    }

    [Fact]
    public void TheProjectReleaseIsANewsRelease() =>
        Assert.IsType<NewsRelease>(Article("NATO Science for"));

    [Fact]
    public void TheAdvisoryReadsItsProgrammeThreeGluedHandlesPersonDateAndCountry()
    {
        var advisory = Assert.IsType<MediaAdvisory>(Article("Secretary General to"));
        Assert.Equal(["09:00", "09:15", "12:30"], advisory.Schedule.Select(static e => e.Time));
        Assert.All(advisory.Schedule, static e => Assert.Equal("GMT", e.TimeZone));
        Assert.Equal("Doorstep statement by the Secretary General", advisory.Schedule[1].Event);
        Assert.Equal(["@NATO", "@NATOPress", "@SecGenNATO"], advisory.Handles);
        Assert.Equal([("Anders Lindqvist", "Secretary General")], advisory.Persons());
        Assert.Equal([("22 May 2025", "2025-05-22", "2025-05-22")], advisory.DateRanges());
        Assert.Equal(["Iceland"], advisory.CountrySet());
    }

    [Fact]
    public void TheAdvisoryOffersTheDoorstepAndPressConferenceToTheMedia() =>
        Assert.True(Assert.IsType<MediaAdvisory>(Article("Secretary General to")).MediaOpportunity);

    [Fact]
    public void TheDoorstepNamesItsSpeakerAndTheNordicCountries()
    {
        var speech = Assert.IsType<Speech>(Article("Doorstep by NATO"));
        Assert.Equal(["Anders Lindqvist"], speech.Speakers);
        Assert.Equal(Sorted("Denmark", "Finland", "Iceland", "Norway", "Sweden"), speech.CountrySet());
    }

    [Fact]
    public void TheFuelTheftOperationReadsAnOrdinalRangeCountsLitresAndKronor()
    {
        var report = Assert.IsType<OperationReport>(Article("Europol supports Finnish"));
        Assert.Equal([("Between 28th April and 1st May 2025", "2025-04-28", "2025-05-01")], report.DateRanges());
        Assert.Equal(12, report.Arrests);
        Assert.Equal(["40 000 litres of fuel|40000|litre"], report.Quantities.Select(static q => $"{q.Text}|{q.Amount}|{q.Unit}"));
        Assert.Equal([("SEK 6 million", 6_000_000m, "SEK")], report.Amounts());
        Assert.Equal(["Swedish Police Authority", "Swedish Prosecution Authority"], report.Authorities["Sweden"]);
        Assert.Equal(["National Bureau of Investigation"], report.Authorities["Finland"]);
        Assert.Null(report.Operation);
    }

    [Fact]
    public void TheProjectReleaseReadsMoneyTheDoctorAndHerQuote()
    {
        var release = Article("NATO Science for");
        Assert.Equal([("EUR 950 000", 950_000m, "EUR")], release.Amounts());
        Assert.Equal([("Emina Hadžić", "Dr")], release.Persons());
        Assert.Equal([("Every field we clear gives a village its land back,", "Emina Hadžić")], release.Said());
        Assert.Equal(Sorted("Bosnia and Herzegovina", "Croatia", "Netherlands"), release.CountrySet());
        Assert.Equal([("12 May 2025", "2025-05-12", "2025-05-12")], release.DateRanges());
    }

    [Fact]
    public void TheJointStatementNamesTheCountriesAndNoPeople()
    {
        var statement = Assert.IsType<Statement>(Article("Joint Statement of"));
        Assert.Equal(Sorted("Germany", "Russia", "Ukraine"), statement.CountrySet());
        Assert.Empty(statement.People);
    }
}
