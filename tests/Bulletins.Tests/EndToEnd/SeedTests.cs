using Bulletins.Tests.Reading;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>The real bulletin in ../shared/seeds: the expectations below were read off the file by hand.</summary>
public class SeedTests
{
    private static readonly ReadResult Seed = FromFile(SeedPath);

    [Fact]
    public void TenArticlesWithTheirTitlesSourcesAndLines()
    {
        Assert.Equal(
            [
                (1, "One of the key leaders of EncroChat extradited to France with the support of Eurojust", "Eurojust"),
                (15, "NATO Secretary General chairs meeting of National Security Advisers, addresses preparations for Washington Summit", "NATO"),
                (31, "Joint press conference by NATO Secretary General Jens Stoltenberg and the National Security Advisor of the United States, Jake Sullivan", "NATO"),
                (125, "One of the main key leaders of EncroChat extradited to France with support of Eurojust", "Eurojust"),
                (139, "Reserve Forces Committee addresses the future of military medicine through telemetry, AI, and big data", "NATO"),
                (159, "Chair of the NATO Military Committee at Leangkollen Security Conference: “by preparing we ramp up our resilience and our deterrence”", "NATO"),
                (176, "Major blow to Albanian drug trafficking network: 59 arrests across Europe", "Europol"),
                (182, "Joint Statement on Ivanti Connect Secure and Ivanti Policy Secure Vulnerabilities", "Europol"),
                (188, "Remarks to the troops by NATO Deputy Secretary General Mircea Geoană at Rajlovac military base", "NATO"),
                (230, "NATO Deputy Secretary General thanks Bosnia and Herzegovina for its contributions to NATO missions", "NATO"),
            ],
            Seed.Articles.Select(a => (a.Line, a.Title, a.Source)));
        Assert.All(Seed.Articles, a => Assert.Equal(SeedPath, a.File));
        Assert.Empty(Seed.Problems);
    }

    [Fact]
    public void LastLinesAndParagraphCounts()
    {
        Assert.Equal([13, 29, 123, 137, 157, 174, 180, 186, 228, 234], Seed.Articles.Select(a => a.LastLine));
        Assert.Equal([5, 6, 34, 5, 7, 6, 1, 1, 16, 1], Seed.Articles.Select(a => a.Paragraphs.Count));
    }

    [Fact]
    public void MultiLineParagraphsKeepTheirLinesAndLoseTrailingSpaces()
    {
        var pressConference = Seed.Articles[2];
        Assert.Equal("Jake, it is good to see you again,\nJust after we last met in Washington last week.", pressConference.Paragraphs[3]);
        Assert.Equal("I have just chaired a meeting of National Security Advisers from all NATO Allies.", pressConference.Paragraphs[1]);
        var listItems = Seed.Articles[4].Paragraphs[5].Split('\n');
        Assert.Equal(3, listItems.Length);
        Assert.All(listItems, item => Assert.StartsWith("  • ", item));
    }

    [Fact]
    public void TheRepeatedEncroChatReleaseIsMarkedAsADuplicate()
    {
        var (first, repeat) = (Seed.Articles[0], Seed.Articles[3]);
        Assert.Equal(first.Id, repeat.DuplicateOf);
        Assert.NotEqual(first.Id, repeat.Id);
        Assert.Equal(1, Seed.Articles.Count(a => a.DuplicateOf is not null));
        Assert.Equal(10, Seed.Articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void TheTwoTeasersAreTruncated()
    {
        Assert.Equal([176, 182], Seed.Articles.Where(a => a.IsTruncated).Select(a => a.Line));
        Assert.All(Seed.Articles.Where(a => a.IsTruncated), a => Assert.EndsWith("…", a.Paragraphs[^1]));
    }

    [Fact]
    public void TheSeedReadsTheSameInEveryEncodingAndLineEnd()
    {
        var text = File.ReadAllText(SeedPath);
        Assert.Equal(Seed.Articles, FromBytes([0xEF, 0xBB, 0xBF, .. Utf8(text.ReplaceLineEndings("\r\n"))], SeedPath).Articles);
        var utf16 = new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        Assert.Equal(Seed.Articles, FromBytes([.. utf16.GetPreamble(), .. utf16.GetBytes(text.ReplaceLineEndings("\r"))], SeedPath).Articles);
    }

    [Fact]
    public void KindsFromTheBuiltInSchema()
    {
        Assert.Equal(
            [
                "OperationReport", "NewsRelease", "Speech", "OperationReport", "NewsRelease",
                "NewsRelease", "OperationReport", "Statement", "Speech", "NewsRelease",
            ],
            Seed.Articles.Select(a => a.Kind));
    }
}
