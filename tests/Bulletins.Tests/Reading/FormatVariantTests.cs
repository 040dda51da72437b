using System.Text;
using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>
/// Every way the same bulletin can arrive (BOM, UTF-16, line ends, blank-line styles, no final
/// newline, trailing spaces) reads to the same articles as the canonical text.
/// </summary>
public class FormatVariantTests
{
    private static readonly List<Article> Canonical = FromText(SampleBulletin.Text).Articles;

    [Fact]
    public void CanonicalSampleReadsAsWritten()
    {
        Assert.Equal(SampleBulletin.Titles, Canonical.Select(a => a.Title));
        Assert.Equal(["Europol", "NATO", "Eurojust"], Canonical.Select(a => a.Source));
        Assert.Equal(SampleBulletin.TitleLines, Canonical.Select(a => a.Line));
        Assert.Equal([9, 19, 25], Canonical.Select(a => a.LastLine));
        Assert.All(Canonical, a => Assert.Equal("test.txt", a.File));
        Assert.Equal(
            [
                "On 4 June 2025, investigators from six countries took down a platform that sold phishing kits to criminals.",
                "The following authorities were involved:\n  • Germany: Federal Criminal Police Office\n  • Spain: National Police",
            ],
            Canonical[0].Paragraphs);
        Assert.Equal(["Good morning.", "It is good to be back in Riga,\nAmong friends,\nAnd among Allies."], Canonical[1].Paragraphs);
        Assert.Equal([false, false, true], Canonical.Select(a => a.IsTruncated));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LineEndStylesGiveTheSameArticles(string lineEnd)
    {
        var result = FromText(SampleBulletin.WithLineEnds(lineEnd));
        Assert.Equal(Canonical, result.Articles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void MixedLineEndsGiveTheSameArticles()
    {
        var lines = SampleBulletin.Text.Split('\n');
        string[] ends = ["\n", "\r\n", "\r"];
        var text = new StringBuilder();
        for (int i = 0; i < lines.Length - 1; i++)
        {
            // A CR followed by an empty line ending in LF would be one CRLF: that is a different text.
            var end = ends[i % 3];
            if (end == "\r" && lines[i + 1].Length == 0 && ends[(i + 1) % 3] == "\n") end = "\r\n";
            text.Append(lines[i]).Append(end);
        }
        Assert.Equal(Canonical, FromText(text.ToString()).Articles);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("\t \u00A0 ")]
    public void WhitespaceOnlyLinesAreBlank(string blank)
    {
        var text = SampleBulletin.Text.Replace("\n\n", "\n" + blank + "\n");
        Assert.Equal(Canonical, FromText(text).Articles);
    }

    [Fact]
    public void NoFinalNewline()
    {
        var result = FromText(SampleBulletin.Text.TrimEnd('\n'));
        Assert.Equal(Canonical, result.Articles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void TrailingSpacesAfterTitleAndSourceAreIgnored()
    {
        var text = SampleBulletin.Text
            .Replace("platform\n", "platform  \u00A0\n")
            .Replace("Source: NATO\n", "Source: NATO \t\n");
        Assert.Equal(Canonical, FromText(text).Articles);
    }

    [Fact]
    public void Utf8WithAndWithoutBom()
    {
        var plain = FromBytes(Utf8(SampleBulletin.Text));
        var withBom = FromBytes([0xEF, 0xBB, 0xBF, .. Utf8(SampleBulletin.Text)]);
        Assert.Equal(Canonical, plain.Articles);
        Assert.Equal(Canonical, withBom.Articles);
        Assert.Empty(withBom.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(SampleBulletin.WithLineEnds("\r\n"))];
        var result = FromBytes(bytes);
        Assert.Equal(Canonical, result.Articles);
        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf32WithBomIsReadNotCalledUtf16(bool bigEndian)
    {
        var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(SampleBulletin.WithLineEnds("\n"))];
        var result = FromBytes(bytes);
        Assert.Equal(Canonical, result.Articles);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ForcedEncodingIsUsed()
    {
        var latin1 = Encoding.Latin1.GetBytes("Réunion à Paris\n\nSource: NATO\n\nLes Alliés se réunissent.\n");
        var result = FromBytes(latin1, encoding: Encoding.Latin1);
        Assert.Equal("Réunion à Paris", Assert.Single(result.Articles).Title);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void ReadsFromAPathAndNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bulletin-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, SampleBulletin.Text);
        try
        {
            var result = FromFile(path);
            Assert.Equal(Canonical.Select(a => a with { File = path }), result.Articles);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFileIsTheUsualFileNotFoundException()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.txt");
        Assert.Throws<FileNotFoundException>(() => Bulletin.Read(missing).ToList());
    }

    [Fact]
    public void LongInputSpanningManyBuffersReadsLikeTheShortOne()
    {
        // Far more than one 64 KiB buffer, so lines and CRLF pairs are split across reads.
        var repeated = string.Concat(Enumerable.Repeat(SampleBulletin.WithLineEnds("\r\n") + "\r\n", 2000));
        var articles = FromBytes(Utf8(repeated)).Articles;
        Assert.Equal(6000, articles.Count);
        Assert.Equal(Canonical.Select(a => a.Paragraphs), articles.Take(3).Select(a => a.Paragraphs));
        Assert.Equal(Canonical.Select(a => a.Paragraphs), articles.TakeLast(3).Select(a => a.Paragraphs));
        Assert.Equal(26 * 1999 + 21, articles[^1].Line);
    }

    [Fact]
    public void EachArticleIsYieldedBeforeTheWholeStreamIsRead()
    {
        var repeated = Utf8(string.Concat(Enumerable.Repeat(SampleBulletin.Text + "\n", 5000)));
        using var stream = new MemoryStream(repeated);
        using var articles = Bulletin.Read(stream, "big.txt").GetEnumerator();
        Assert.True(articles.MoveNext());
        Assert.True(stream.Position < stream.Length / 4, $"read {stream.Position} of {stream.Length} bytes before the first article");
    }

    [Fact]
    public void OwnBulletinWithNoBreakSpaceBlanksTrailingSpacesAndNoFinalNewline()
    {
        var result = FromFile(BulletinPath("advisories.txt"));
        Assert.Empty(result.Problems);
        Assert.Equal(
            [
                (1, "Secretary General to visit Norway", "NATO", 12),
                (14, "Joint Statement by the heads of the agencies on synthetic drug precursors", "Europol", 20),
                (22, "Terrorist content online: referral action day targets extremist propaganda", "Europol", 26),
            ],
            result.Articles.Select(a => (a.Line, a.Title, a.Source, a.LastLine)));
        Assert.Equal(
            [
                "NATO Secretary General will travel to Oslo on Monday (9 June 2025), where he will meet the Prime Minister of Norway.",
                "09:30 (CEST) Arrival of the Secretary General\n10:15 (CEST) Joint press point",
                "There will be no media opportunity.",
                "Follow us on X: @NATO and @NATOPress",
            ],
            result.Articles[0].Paragraphs);
        Assert.Equal([false, false, true], result.Articles.Select(a => a.IsTruncated));
    }

    [Fact]
    public void ReadDraftsGivesTheBaseFieldsOfRead()
    {
        var drafts = Bulletin.ReadDrafts(new MemoryStream(Utf8(SampleBulletin.Text)), "test.txt").ToList();
        Assert.Equal(Canonical.Select(a => (a.File, a.Line, a.LastLine, a.Title, a.Source, a.IsTruncated)),
            drafts.Select(d => (d.File, d.Line, d.LastLine, d.Title, d.Source, d.IsTruncated)));
        Assert.Equal(Canonical.Select(a => a.Paragraphs), drafts.Select(d => d.Paragraphs.Select(p => p.Text).ToList()));
        Assert.Equal([5, 7], drafts[0].Paragraphs.Select(p => p.Line));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16BE")]
    public void AStreamThatTricklesBytesReadsTheSame(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        // Longer than the 8 KiB read at the start, so that later reads split characters too.
        var text = string.Concat(Enumerable.Repeat(SampleBulletin.WithLineEnds("\r\n") + "\r\n", 20));
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        var problems = new List<Bulletins.Reading.BulletinProblem>();
        var articles = Bulletin.Read(new TrickleStream(bytes, 3), "test.txt", new BulletinReadOptions { OnProblem = problems.Add }).ToList();
        Assert.Equal(FromText(text).Articles, articles);
        Assert.Equal(60, articles.Count);
        Assert.Empty(problems);
    }
}
