using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// nato-partners-no-final-newline.txt (no final newline): an advisory with a dated programme in local time, a
/// speech without a named speaker, a release with Korean and abbreviated ranks, a declaration, and
/// a release with `Sir` and `Ambassador` forms.
/// </summary>
public class NatoPartnersTests
{
    private static readonly ReadResult Bulletin = Read("nato-partners-no-final-newline.txt");
    private static Article Article(string titleStart) => Bulletin.Titled(titleStart);

    [Fact]
    public void FiveArticlesOfTheRightKindsAndTheLastLineWithoutNewlineKept()
    {
        Assert.Equal([1, 13, 29, 39, 49], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["MediaAdvisory", "Speech", "NewsRelease", "Statement", "NewsRelease"], Bulletin.Kinds());
        Assert.Equal("Sir Edward underlined the contribution of the United Kingdom to the NATO Mission in Iraq.", Article("NATO Deputy Secretary").Paragraphs[^1]);
        Assert.Equal(57, Article("NATO Deputy Secretary").LastLine);
    }

    [Fact]
    public void TheAdvisoryReadsLocalTimeTheDayLineAndTheRange()
    {
        var advisory = Assert.IsType<MediaAdvisory>(Article("Chair of the"));
        Assert.Equal(
            ["08:30|local time|Meeting with the Chief of Staff of the Japan Joint Staff", "15:00|local time|Visit to the Japan Ground Self-Defense Force"],
            advisory.Schedule.Select(static e => $"{e.Time}|{e.TimeZone}|{e.Event}"));
        Assert.Equal(["@NATO", "@NATO_MCC"], advisory.Handles);
        Assert.Equal(("2025-06-16", "2025-06-20"), (advisory.DateRanges()[0].Start, advisory.DateRanges()[0].End));
        Assert.Equal([("Henrik Oostveld", "Admiral")], advisory.Persons());
        Assert.Contains("Japan", advisory.Countries);
        Assert.Equal(2, advisory.Countries.Count);
    }

    [Fact]
    public void TheSpeechWithoutANameHasNoSpeakers()
    {
        var speech = Assert.IsType<Speech>(Article("Speech by the"));
        Assert.Empty(speech.Speakers);
        Assert.Equal(Sorted("Japan", "Ukraine"), speech.CountrySet());
    }

    [Fact]
    public void TheCyberReleaseNamesEachOfficerOnce()
    {
        var people = Article("NATO and Republic").Persons();
        Assert.DoesNotContain(people, static p => p.Name == "Chiefs");
        Assert.Single(people, static p => p.Name.StartsWith("Park", StringComparison.Ordinal));
        Assert.Contains(("Park Ji-hoon", "General"), people);
        Assert.Equal(3, people.Length);
    }

    [Fact]
    public void TheCyberReleaseExpandsLtgAndReadsTheMonth()
    {
        var release = Article("NATO and Republic");
        Assert.Contains(("Marcus Whitfield", "Lieutenant General"), release.Persons());
        Assert.Equal([("19 June 2025", "2025-06-19", "2025-06-19"), ("April 2025", "2025-04-01", "2025-04-30")], release.DateRanges());
        Assert.Contains("Estonia", release.Countries);
        Assert.Equal("We face the same threats, so we should train together,", Assert.Single(release.Quotes).Text);
    }

    [Fact]
    public void TheDeclarationReadsAnOldDate()
    {
        Assert.Equal([("4 April 1949", "1949-04-04", "1949-04-04")], Article("Declaration by the").DateRanges());
        Assert.Empty(Article("Declaration by the").People);
    }

    [Fact]
    public void TheDiscussionNamesThreePeopleOnce() =>
        Assert.Equal(
            [("Ilona Marković", "Deputy Secretary General"), ("Edward Hallam", "Ambassador"), ("Ingrid Solberg", "Ambassador")],
            Article("NATO Deputy Secretary").Persons());

    [Fact]
    public void TheDiscussionQuoteIsByTheDeputySecretaryGeneral()
    {
        var release = Article("NATO Deputy Secretary");
        Assert.Equal([("Peace agreements last longer when women are at the table,", "Ilona Marković")], release.Said());
        Assert.Equal(Sorted("Iraq", "Norway", "United Kingdom"), release.CountrySet());
        Assert.Equal([("24 June 2025", "2025-06-24", "2025-06-24")], release.DateRanges());
    }
}
