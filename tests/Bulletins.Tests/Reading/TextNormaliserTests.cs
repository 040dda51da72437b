using Bulletins.Reading;

namespace Bulletins.Tests.Reading;

/// <summary>The normal form behind ids and duplicates (docs/format.md, "Ids and duplicates").</summary>
public class TextNormaliserTests
{
    [Theory]
    [InlineData("Plain text.", "plain text.")]
    [InlineData("  • Spain:  National\u00A0Police ", "• spain: national police")]
    [InlineData("a \u00A0\tb", "a b")]
    [InlineData("a\u00A0 b", "a b")]
    [InlineData("It’s “the” largest – ever…", "it's \"the\" largest - ever...")]
    [InlineData("Line one\nline two", "line one line two")]
    [InlineData("\u00A0 ", "")]
    [InlineData("ÉTÉ À PARIS", "été à paris")]
    public void Text(string text, string expected)
    {
        Assert.Equal(expected, new TextNormaliser().Text(text).ToString());
    }

    [Fact]
    public void BodyJoinsParagraphsWithOneSpace()
    {
        var draft = new ArticleDraft
        {
            File = "x",
            Line = 1,
            LastLine = 9,
            Title = "T",
            Source = "S",
            Paragraphs = [new Paragraph("First.", 5), new Paragraph("  ", 7), new Paragraph("Second\nline.", 8)],
        };
        Assert.Equal("first. second line.", new TextNormaliser().Body(draft).ToString());
    }
}
