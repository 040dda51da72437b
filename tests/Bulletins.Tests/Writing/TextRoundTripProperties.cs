using Bulletins.Tests.Reading.Properties;
using Bulletins.Writing;
using FsCheck.Xunit;

namespace Bulletins.Tests.Writing;

/// <summary>The text writer over generated bulletins (noise, cut-offs included): the round trip holds for any input.</summary>
public class TextRoundTripProperties
{
    [Property(Arbitrary = [typeof(BulletinArbitraries)], MaxTest = 200)]
    public void ReadingWhatWasWrittenGivesEqualArticlesAndTheOutputIsCanonical(GeneratedBulletin bulletin)
    {
        var read = Bulletin.Read(new StringReader(bulletin.Text), "generated.txt").ToList();
        var written = Write(read);
        var again = Bulletin.Read(new StringReader(written), "generated.txt").ToList();

        // Only positions may move: the original may have had more blank lines than the canonical form.
        Assert.Equal(read.Select(a => a with { Line = 0, LastLine = 0, ParagraphLines = [], Warnings = a.Warnings.Select(w => w with { Line = 0 }).ToArray() }), again.Select(a => a with { Line = 0, LastLine = 0, ParagraphLines = [], Warnings = a.Warnings.Select(w => w with { Line = 0 }).ToArray() }));
        Assert.Equal(written, Write(again));
    }

    private static string Write(IEnumerable<Article> articles)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.Text, output))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }
}
