using System.Text;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>The bulletin text writer: round trip, and canonical files written back byte for byte.</summary>
public class TextWriterTests
{
    private static string Write(IEnumerable<Article> articles)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.Text, output))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }

    [Fact]
    public void ReadingWhatWasWrittenGivesEqualArticles()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;
        var again = TestReading.FromText(Write(seed), TestReading.SeedPath);
        // Equal as records, File and lines included: the seed uses single blank lines, so no line moves.
        Assert.Equal(seed, again.Articles);
        Assert.Empty(again.Problems);
    }

    [Fact]
    public void RoundTripOfANonCanonicalFileKeepsEverythingButLinePositions()
    {
        var messy = "Stray line.\r\n\r\n\r\n" + SampleBulletin.WithLineEnds("\r\n").Replace("\r\n\r\n", "\r\n \u00A0\r\n\r\n");
        var first = TestReading.FromText(messy).Articles;
        var again = TestReading.FromText(Write(first)).Articles;
        Assert.Equal(first.Select(a => a with { Line = 0, LastLine = 0, ParagraphLines = [], Warnings = a.Warnings.Select(w => w with { Line = 0 }).ToArray() }), again.Select(a => a with { Line = 0, LastLine = 0, ParagraphLines = [], Warnings = a.Warnings.Select(w => w with { Line = 0 }).ToArray() }));
    }

    public static TheoryData<string> CanonicalFiles => new()
    {
        TestReading.BulletinPath("citations.txt"),
        TestReading.BulletinPath("teasers.txt"),
    };

    [Theory]
    [MemberData(nameof(CanonicalFiles))]
    public void CanonicalFileIsWrittenBackByteForByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var output = new MemoryStream();
        using (var text = new StreamWriter(output, new UTF8Encoding(false)))
        using (var writer = ArticleWriter.Create(BulletinFormat.Text, text))
        {
            foreach (var article in Bulletin.Read(path)) writer.Write(article);
        }
        Assert.Equal(bytes, output.ToArray());
    }

    [Fact]
    public void CanonicalSampleIsWrittenBackExactly()
    {
        Assert.Equal(SampleBulletin.Text, Write(TestReading.FromText(SampleBulletin.Text).Articles));
    }

    [Fact]
    public void WritingIsIdempotent()
    {
        var once = Write(TestReading.FromFile(TestReading.SeedPath).Articles);
        Assert.Equal(once, Write(TestReading.FromText(once).Articles));
        Assert.DoesNotContain('\r', once);
        Assert.EndsWith("package.\n", once);
    }

    [Fact]
    public void ATitleSetWithALineBreakStaysOneLine()
    {
        var article = new RaidReport { Title = "Two\nlines", Source = "Europol", Paragraphs = ["Body."] };
        Assert.Equal("Two lines\n\nSource: Europol\n\nBody.\n", Write([article]));
    }

    [Fact]
    public void OwnsTheOutputOnlyWhenTold()
    {
        var output = new StringWriter();
        using (ArticleWriter.Create(BulletinFormat.Text, output)) { }
        output.Write("still open");
        using (ArticleWriter.Create(BulletinFormat.Text, output, ownsOutput: true)) { }
        Assert.Throws<ObjectDisposedException>(() => output.Write("closed"));
    }
}
