using Bulletins.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>Stable ids and duplicate marking (docs/format.md, "Ids and duplicates").</summary>
public class DuplicateTests
{
    private const string Body =
        "Police in Spain and Portugal arrested 14 suspects of a drug trafficking network that shipped cocaine in fruit containers from South America to European ports.";

    private static string Article(string title, string body, string source = "Europol") => $"{title}\n\n{"Source: " + source}\n\n{body}\n\n";

    [Fact]
    public void SameBodyUnderAReworkedTitleIsADuplicateWithItsOwnId()
    {
        var articles = FromText(Article("Cocaine network dismantled", Body) + Article("Fruit-container cocaine ring taken down", Body)).Articles;
        Assert.Null(articles[0].DuplicateOf);
        Assert.Equal(articles[0].Id, articles[1].DuplicateOf);
        Assert.NotEqual(articles[0].Id, articles[1].Id);
    }

    [Fact]
    public void WhitespaceCaseAndTypographicVariantsAreStillTheSameBody()
    {
        var typographic = "It’s “the largest” seizure – 14 suspects…";
        var plain = "IT'S  \"the\u00A0largest\" seizure - 14\nsuspects...";
        var articles = FromText(Article("First", typographic + " More text.") + Article("Second", plain + " More text.")).Articles;
        Assert.Equal(articles[0].Id, articles[1].DuplicateOf);
    }

    [Fact]
    public void DifferentBodiesAreNotDuplicates()
    {
        var articles = FromText(Article("One", Body) + Article("Two", Body.Replace("14", "15"))).Articles;
        Assert.Equal([null, null], articles.Select(a => a.DuplicateOf));
    }

    [Fact]
    public void IdIsStableAcrossLineEndsEncodingsAndFiles()
    {
        var lf = FromText(SampleBulletin.Text, "a.txt").Articles;
        var crlf = FromBytes([0xEF, 0xBB, 0xBF, .. Utf8(SampleBulletin.WithLineEnds("\r\n"))], "b.txt").Articles;
        Assert.Equal(lf.Select(a => a.Id), crlf.Select(a => a.Id));
        Assert.All(lf, a => Assert.Matches("^[0-9a-f]{16}$", a.Id));
        Assert.Equal(3, lf.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void TeaserOfAnEarlierFullTextIsADuplicate()
    {
        var result = FromFile(BulletinPath("teasers.txt"));
        Assert.Empty(result.Problems);
        var (full, speech, teaser) = (result.Articles[0], result.Articles[1], result.Articles[2]);
        Assert.True(teaser.IsTruncated);
        Assert.False(full.IsTruncated);
        Assert.Equal(full.Id, teaser.DuplicateOf);
        Assert.Null(speech.DuplicateOf);
        Assert.Null(full.DuplicateOf);
    }

    [Fact]
    public void FullTextAfterItsTeaserIsNotADuplicate()
    {
        var teaser = Body[..100] + "…";
        var articles = FromText(Article("Teaser", teaser) + Article("Full", Body)).Articles;
        Assert.True(articles[0].IsTruncated);
        Assert.Null(articles[1].DuplicateOf);
    }

    [Fact]
    public void TeaserThatDivergesFromTheEarlierTextIsNotADuplicate()
    {
        var teaser = Body[..70] + " shipped heroin instead of cocaine across the border…";
        var articles = FromText(Article("Full", Body) + Article("Teaser", teaser)).Articles;
        Assert.Null(articles[1].DuplicateOf);
    }

    [Fact]
    public void ShortTeaserIsNotMatchedOnItsFewWords()
    {
        var articles = FromText(Article("Full", Body) + Article("Teaser", "Police in Spain…")).Articles;
        Assert.Null(articles[1].DuplicateOf);
    }

    [Fact]
    public void ASharedIndexFindsDuplicatesAcrossFiles()
    {
        var index = new DuplicateIndex();
        var first = Bulletin.Read(new StringReader(Article("Cocaine network dismantled", Body)), "monday.txt", new BulletinReadOptions { Duplicates = index }).Single();
        var second = Bulletin.Read(new StringReader(Article("Cocaine ring taken down", Body)), "tuesday.txt", new BulletinReadOptions { Duplicates = index }).Single();
        var alone = Bulletin.Read(new StringReader(Article("Cocaine ring taken down", Body)), "tuesday.txt").Single();
        Assert.Equal(first.Id, second.DuplicateOf);
        Assert.Null(alone.DuplicateOf);
    }

    [Fact]
    public void ArticlesWithoutBodyAreNeverDuplicates()
    {
        var articles = FromText("One\n\nSource: NATO\n\nTwo\n\nSource: NATO\n").Articles;
        Assert.Equal([null, null], articles.Select(a => a.DuplicateOf));
    }

    [Fact]
    public void TheIndexRemembersTheMostRecentArticlesOnly()
    {
        // Capacity 2: after a, b and c, the body of a is forgotten but b's is still known.
        var index = new DuplicateIndex(capacity: 2);
        var options = new BulletinReadOptions { Duplicates = index };
        string a = Body, b = Body.Replace("14", "15"), c = Body.Replace("14", "16");
        var text = Article("A", a) + Article("B", b) + Article("C", c) + Article("B again", b) + Article("A again", a);
        var articles = Bulletin.Read(new StringReader(text), "window.txt", options).ToList();
        Assert.Equal(articles[1].Id, articles[3].DuplicateOf);
        Assert.Null(articles[4].DuplicateOf);
    }

    [Fact]
    public void AForgottenFullTextNoLongerClaimsItsTeaser()
    {
        var teaser = Body[..100] + "…";
        var recent = FromText(Article("Full", Body) + Article("Teaser", teaser)).Articles;
        Assert.Equal(recent[0].Id, recent[1].DuplicateOf);

        var options = new BulletinReadOptions { Duplicates = new DuplicateIndex(capacity: 1) };
        var text = Article("Full", Body) + Article("Other", Body.Replace("14", "15")) + Article("Teaser", teaser);
        var forgotten = Bulletin.Read(new StringReader(text), "window.txt", options).ToList();
        Assert.Null(forgotten[2].DuplicateOf);
    }

    [Fact]
    public void CapacityMustBePositive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateIndex(capacity: 0));

    [Fact]
    public void ARepeatUnderAVaguerTitleKeepsItsOriginalsKindWhileTheIndexRemembersIt()
    {
        var report = Article("Police arrest 14 suspects in cocaine raid", Body);
        var vague = Article("Update from the press office", Body);
        var kept = FromText(report + vague).Articles;
        Assert.Equal("OperationReport", kept[0].Kind);
        Assert.Equal(kept[0].Id, kept[1].DuplicateOf);
        Assert.Equal("OperationReport", kept[1].Kind);

        // With the original forgotten, the vague repeat is classified on its own.
        var options = new BulletinReadOptions { Duplicates = new DuplicateIndex(capacity: 1) };
        var forgotten = Bulletin.Read(new StringReader(report + Article("Other", "Ministers met in Oslo to discuss the budget.") + vague), "window.txt", options).ToList();
        Assert.Null(forgotten[2].DuplicateOf);
        Assert.NotEqual("OperationReport", forgotten[2].Kind);
    }

    [Fact]
    public void TheIndexRecordsKindsOnlyForTheArticlesItRemembers()
    {
        var index = new DuplicateIndex(capacity: 1);
        index.RememberRecordType("unknown", typeof(Speech));
        Assert.Null(index.RecordTypeOf("unknown"));
    }
}
