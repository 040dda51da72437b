using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// eurojust-utf16.txt (UTF-16 LE with BOM): Eurojust dot thousands, a month, a citation line
/// starting with Source: inside a body, a signing with people and quotes, a press conference.
/// </summary>
public class EurojustUtf16Tests
{
    private static readonly ReadResult Bulletin = Read("eurojust-utf16.txt");
    private static Article Article(string titleStart) => Bulletin.Titled(titleStart);

    [Fact]
    public void FourArticlesOfTheRightKindsDecodedFromUtf16()
    {
        Assert.Equal([1, 16, 28, 38], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["OperationReport", "OperationReport", "NewsRelease", "Speech"], Bulletin.Kinds());
        Assert.All(Bulletin.Articles, static a => Assert.Equal("Eurojust", a.Source));
        Assert.Contains("Public Prosecutor’s Office Vienna", Article("Investment fraud with").Paragraphs[3]);
    }

    [Fact]
    public void ASourceCitationInsideABodyStaysAParagraph()
    {
        var report = Article("Alleged leader of");
        Assert.Equal(4, report.Paragraphs.Count);
        Assert.Equal("Source: Italian Ministry of Justice, press release of 20 January 2025.", report.Paragraphs[2]);
        Assert.Equal("The suspect remains presumed innocent until proven guilty.", report.Paragraphs[3]);
    }

    [Fact]
    public void TheFraudReportReadsDotThousandsAsThousandsAndAMonthAsARange()
    {
        var report = Assert.IsType<OperationReport>(Article("Investment fraud with"));
        Assert.Equal(9, report.Arrests);
        Assert.Equal(10_105, report.Victims);
        Assert.Equal([("EUR 3 million", 3_000_000m, "EUR"), ("EUR 27.400.000", 27_400_000m, "EUR")], report.Amounts());
        Assert.Equal([("26 March 2025", "2025-03-26", "2025-03-26"), ("June 2022", "2022-06-01", "2022-06-30")], report.DateRanges());
        Assert.Equal(Sorted("Austria", "Cyprus", "Czechia"), report.CountrySet());
        Assert.Equal(["Regional Public Prosecutor’s Office in Prague", "National Centre against Organised Crime"], report.Authorities["Czechia"]);
        Assert.Equal(3, report.Authorities.Count);
    }

    [Fact]
    public void TheExtraditionReportReadsBothDatesTheAmountAndTheCountries()
    {
        var report = Assert.IsType<OperationReport>(Article("Alleged leader of"));
        Assert.Equal([("11 January 2025", "2025-01-11", "2025-01-11"), ("20 January 2025", "2025-01-20", "2025-01-20")], report.DateRanges());
        Assert.Equal([("€45 000", 45_000m, "EUR")], report.Amounts());
        Assert.Equal(Sorted("France", "Ghana", "Italy"), report.CountrySet());
        Assert.Empty(report.Authorities);
    }

    [Fact]
    public void TheSigningReadsADayWithoutAYearFromTheArticlesOwnDate()
    {
        Assert.Equal([("8 April 2025", "2025-04-08", "2025-04-08"), ("21st May", "2025-05-21", "2025-05-21")], Article("Eurojust and Ukraine").DateRanges());
        Assert.Equal(["Ukraine"], Article("Eurojust and Ukraine").CountrySet());
    }

    [Fact]
    public void TheSigningNamesBothSignatoriesWithFullNamesAndTitles() =>
        Assert.Equal([("Lukas Brenner", "President of Eurojust"), ("Oksana Hrytsenko", "Prosecutor General of Ukraine")], Article("Eurojust and Ukraine").Persons());

    [Fact]
    public void TheSigningQuotesAreBothByThePresident() =>
        Assert.Equal(
            [("Evidence collected today will be heard in court tomorrow,", "Lukas Brenner"), ("We owe it to the victims to keep every piece of it safe,", "Lukas Brenner")],
            Article("Eurojust and Ukraine").Said());

    [Fact]
    public void ThePressConferenceNamesNoSpeakerBecauseTheTextNamesNone()
    {
        var speech = Assert.IsType<Speech>(Article("Press conference by"));
        Assert.Empty(speech.Speakers);
        Assert.Empty(speech.People);
        Assert.Empty(speech.Quotes);
    }
}
