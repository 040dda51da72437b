using Bulletins.Mentions;
using Bulletins.Querying;

namespace Bulletins.Tests.Querying;

/// <summary>The search logic Search-Bulletin uses, in the library, without the engine.</summary>
public sealed class ArticleSearchTests
{
    private static readonly NewsRelease Meeting = new()
    {
        Title = "Allies discuss the Army of tomorrow",
        Source = "NATO",
        File = "meeting.txt",
        Line = 10,
        Paragraphs = ["Ministers met in Brussels.", "They issued a Joint\nstatement on\u00a0support\nto Ukraine."],
        Dates = [new DateMention("From 3 to 7 March 2025", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7))],
        People = [new PersonMention("Jens Stoltenberg", "Secretary General")],
        Countries = ["Belgium", "Ukraine"],
    };

    [Fact]
    public void AHitIsOnItsTrueLineWithExtraBlankLinesCRLFAndAParagraphOverTwoLines()
    {
        const string text = "Allies meet in Brussels\r\n\r\nSource: NATO\r\n\r\n\r\nMinisters met in Brussels.\r\n\r\n\r\n\r\nThey issued a joint\r\nstatement on Ukraine.\r\n";
        var article = Assert.Single(Bulletin.Read(new StringReader(text), "extra-blanks.txt"));

        Assert.Equal(6, Assert.Single(ArticleSearch.Match(article, SearchQuery.Parse("ministers"))!.Matches).Line);
        Assert.Equal(11, Assert.Single(ArticleSearch.Match(article, SearchQuery.Parse("ukraine"))!.Matches).Line);
    }

    [Fact]
    public void TheQueryParserSplitsWordsAndQuotedPhrases()
    {
        var query = SearchQuery.Parse("EncroChat “money laundering” extradited encrochat \"unclosed phrase");

        Assert.Equal(["EncroChat", "money laundering", "extradited", "unclosed phrase"], query.Terms.Select(t => t.Text));
        Assert.True(query.Terms[1].IsPhrase);
    }

    [Fact]
    public void APhraseMatchesAcrossLineEndsAndNoBreakSpaces()
    {
        var hit = ArticleSearch.Match(Meeting, SearchQuery.Parse("\"joint statement on support\""));

        var match = Assert.Single(Assert.IsType<SearchHit>(hit).Matches);
        Assert.Equal(2, match.Paragraph);
        Assert.Equal("They issued a Joint statement on\u00a0support to Ukraine.", match.Snippet);
    }

    [Fact]
    public void WordsMatchWholeWordsOnly()
    {
        Assert.Null(ArticleSearch.Match(Meeting, SearchQuery.Parse("arm")));
        Assert.NotNull(ArticleSearch.Match(Meeting, SearchQuery.Parse("ARMY")));
    }

    [Fact]
    public void EveryTermIsRequired()
    {
        Assert.NotNull(ArticleSearch.Match(Meeting, SearchQuery.Parse("Brussels Ukraine")));
        Assert.Null(ArticleSearch.Match(Meeting, SearchQuery.Parse("Brussels Moscow")));
    }

    [Fact]
    public void AMatchKnowsItsLineInTheFile()
    {
        // Title on 10, Source on 12, paragraph 1 on 14, paragraph 2 on 16-18: "to Ukraine." is its third line.
        var hit = ArticleSearch.Match(Meeting, SearchQuery.Parse("Ukraine"))!;

        Assert.Equal(18, Assert.Single(hit.Matches).Line);
        Assert.Equal(10, ArticleSearch.Match(Meeting, SearchQuery.Parse("allies"))!.Matches[0].Line);
    }

    [Fact]
    public void TitleMatchesWeighThreeTimesBodyMatchesAndPhrasesCountTheirWords()
    {
        Assert.Equal(3, ArticleSearch.Match(Meeting, SearchQuery.Parse("allies"))!.Score);
        Assert.Equal(1, ArticleSearch.Match(Meeting, SearchQuery.Parse("Brussels"))!.Score);
        Assert.Equal(2, ArticleSearch.Match(Meeting, SearchQuery.Parse("\"Joint statement\""))!.Score);
    }

    [Fact]
    public void RankingPutsTheBestScoreFirstAndKeepsFileOrderForTies()
    {
        var second = Meeting with { Title = "Ministers in Brussels", Line = 30 };
        var third = Meeting with { Title = "Brussels, Brussels", Line = 50 };

        var ranked = ArticleSearch.Search([Meeting, second, third], SearchQuery.Parse("Brussels")).Select(h => h.Line);
        var inFileOrder = ArticleSearch.Search([Meeting, second, third], SearchQuery.Parse("Brussels"), order: SearchOrder.FileOrder).Select(h => h.Line);

        Assert.Equal([50, 30, 10], ranked);
        Assert.Equal([10, 30, 50], inFileOrder);
    }

    [Theory]
    [InlineData("2025-03-07", null, true)]   // the range ends on the day
    [InlineData("2025-03-08", null, false)]
    [InlineData(null, "2025-03-03", true)]   // the range starts on the day
    [InlineData(null, "2025-03-02", false)]
    [InlineData("2025-03-04", "2025-03-05", true)] // a window inside the range
    public void AfterAndBeforeAreInclusiveAndARangeCountsWhenItOverlaps(string? after, string? before, bool matches)
    {
        var filter = new ArticleFilter
        {
            After = after is null ? null : DateOnly.Parse(after),
            Before = before is null ? null : DateOnly.Parse(before),
        };

        Assert.Equal(matches, filter.Matches(Meeting));
        Assert.False(filter.Matches(Meeting with { Dates = [] }));
    }

    [Fact]
    public void PeopleAndCountriesAreFilteredByTheExtractedValues()
    {
        Assert.True(new ArticleFilter { Person = n => n.Contains("Stoltenberg"), Country = ArticleFilter.Equal(["ukraine"]) }.Matches(Meeting));
        Assert.False(new ArticleFilter { Country = ArticleFilter.Equal(["France"]) }.Matches(Meeting));
        Assert.True(ArticleFilter.None.Matches(Meeting));
    }
}
