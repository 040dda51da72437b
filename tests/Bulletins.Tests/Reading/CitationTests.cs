using static Bulletins.Tests.Reading.TestReading;

namespace Bulletins.Tests.Reading;

/// <summary>A <c>Source:</c> line inside a body is a citation, not a new article (docs/format.md, "Article header").</summary>
public class CitationTests
{
    private const string Header = "Arrests in migrant smuggling case\n\nSource: Europol\n\n";

    [Fact]
    public void CitationDirectlyUnderAParagraphLineStaysInThatParagraph()
    {
        var article = Assert.Single(FromText(Header + "Smuggling rose by a third.\nSource: Eurostat\n\nMore text.\n").Articles);
        Assert.Equal(["Smuggling rose by a third.\nSource: Eurostat", "More text."], article.Paragraphs);
    }

    [Fact]
    public void CitationBetweenBlankLinesAfterASentenceIsAParagraph()
    {
        var article = Assert.Single(FromText(Header + "Smuggling rose by a third.\n\nSource: Eurostat\n\nMore text.\n").Articles);
        Assert.Equal(["Smuggling rose by a third.", "Source: Eurostat", "More text."], article.Paragraphs);
    }

    [Theory]
    [InlineData("The figures are as follows:")]
    [InlineData("According to the figures,")]
    [InlineData("Figures for the region;")]
    public void ALineEndingLikeAClauseIsNotATitle(string line)
    {
        var article = Assert.Single(FromText(Header + line + "\n\nSource: Eurostat\n\nMore text.\n").Articles);
        Assert.Equal([line, "Source: Eurostat", "More text."], article.Paragraphs);
    }

    [Fact]
    public void CitationAfterAMultiLineParagraphIsAParagraph()
    {
        var article = Assert.Single(FromText(Header + "Arrests by country\nin 2024\n\nSource: Eurostat\n\nMore text.\n").Articles);
        Assert.Equal(["Arrests by country\nin 2024", "Source: Eurostat", "More text."], article.Paragraphs);
    }

    [Theory]
    [InlineData("Source: Eurostat, 2024")]
    [InlineData("Source: Eurostat (2024): table 3")]
    [InlineData("Source: the annual report of the agency.")]
    [InlineData("Source: a survey of one hundred and twenty member state authorities in the region")]
    public void ASourceThatDoesNotLookLikeANameIsACitation(string citation)
    {
        var article = Assert.Single(FromText(Header + "Arrests by country\n\n" + citation + "\n\nMore text.\n").Articles);
        Assert.Equal(["Arrests by country", citation, "More text."], article.Paragraphs);
    }

    [Fact]
    public void SourceLineFollowedByTextIsNotAHeader()
    {
        var article = Assert.Single(FromText(Header + "Table of arrests\n\nSource: Eurostat\nas of 2024.\n").Articles);
        Assert.Equal(["Table of arrests", "Source: Eurostat\nas of 2024."], article.Paragraphs);
    }

    [Fact]
    public void SeveralBlankLinesBetweenTitleAndSourceStillMakeAHeader()
    {
        var articles = FromText(Header + "Body text.\n\nSecretary General to visit Norway\n\n\n \nSource: NATO\n\n\nThe visit.\n").Articles;
        Assert.Equal(["Arrests in migrant smuggling case", "Secretary General to visit Norway"], articles.Select(a => a.Title));
        Assert.Equal((7, 5, 14), (articles[1].Line, articles[0].LastLine, articles[1].LastLine));
        Assert.Equal(["The visit."], articles[1].Paragraphs);
    }

    [Fact]
    public void AShortUnpunctuatedLineBeforeAValidSourceIsAnArticle()
    {
        // The documented ambiguity: this is exactly an article header, so it is read as one.
        var articles = FromText(Header + "Body text.\n\nArrests by country\n\nSource: Eurostat\n\nMore text.\n").Articles;
        Assert.Equal(["Arrests in migrant smuggling case", "Arrests by country"], articles.Select(a => a.Title));
        Assert.Equal("Eurostat", articles[1].Source);
    }

    [Fact]
    public void OwnBulletinWithCitationsAndLists()
    {
        var result = FromFile(BulletinPath("citations.txt"));
        Assert.Empty(result.Problems);
        Assert.Equal(
            ["Europol supports takedown of counterfeit medicine network in three countries", "Secretary General to visit Finland"],
            result.Articles.Select(a => a.Title));
        Assert.Equal(["Europol", "NATO"], result.Articles.Select(a => a.Source));
        Assert.Equal([1, 19], result.Articles.Select(a => a.Line));
        Assert.Equal(
            [
                "Seizures of falsified medicines rose sharply over the last five years.\nSource: Eurostat",
                "The share of online sales in the trade has doubled since 2020.",
                "Source: Eurostat",
                "The following authorities were involved:\n  • Portugal: Judicial Police (Polícia Judiciária)\n  • Greece: Hellenic Police\n  • Poland: Central Bureau of Investigation",
            ],
            result.Articles[0].Paragraphs.Skip(1));
        Assert.Equal("09:30 (EET) Arrival of the Secretary General\n10:00 (EET) Meeting with the President of Finland", result.Articles[1].Paragraphs[1]);
        Assert.Equal(28, result.Articles[1].LastLine);
    }
}
