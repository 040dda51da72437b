using System.Text.Json;

namespace Bulletins.Tests.HeldBack;

/// <summary>The scorer itself: each way a field can be wrong is counted where it belongs.</summary>
public sealed class HeldBackScorerTests
{
    private static JsonElement[] Articles(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();

    private static HeldBackScorer Score(string expected, string found)
    {
        var scorer = new HeldBackScorer();
        scorer.ScoreArticles("test", Articles(expected), Articles(found));
        return scorer;
    }

    [Fact]
    public void AShortFormBesideTheFullNameIsAFalseFindAndTheFullNameAHit()
    {
        var scorer = Score(
            """[{"title":"T","kind":"NewsRelease","people":[{"name":"Anna Berg","title":null}]}]""",
            """[{"title":"T","kind":"NewsRelease","people":[{"name":"Anna  Berg"},{"name":"Berg"}]}]""");
        Assert.Equal((1, 2, 1), (scorer.Tally("people").Listed, scorer.Tally("people").Found, scorer.Tally("people").Hits));
        Assert.Equal(0.5, scorer.Tally("people").FalseFindRate);
    }

    [Fact]
    public void AQuoteWithTheWrongSpeakerIsBothMissedAndAFalseFind()
    {
        var scorer = Score(
            """[{"title":"T","kind":"Speech","quotes":[{"speaker":"Anna Berg","startsWith":"We will stand"}]}]""",
            """[{"title":"T","kind":"Speech","quotes":[{"text":"We will stand together.","speaker":"Minister Berg"}]}]""");
        Assert.Single(scorer.Tally("quotes").Missed);
        Assert.Single(scorer.Tally("quotes").FalseFinds);
    }

    [Fact]
    public void AQuoteMatchesOnItsOpeningWordsAndSpeaker()
    {
        var scorer = Score(
            """[{"title":"T","kind":"Speech","quotes":[{"speaker":"Anna Berg","startsWith":"“We will stand"}]}]""",
            """[{"title":"T","kind":"Speech","quotes":[{"text":"We will stand together.","speaker":"anna berg"}]}]""");
        Assert.Equal(1, scorer.Tally("quotes").Hits);
    }

    [Fact]
    public void ACountTheReaderLeftEmptyIsAFalseFindAndAWrongCountIsBoth()
    {
        var scorer = Score(
            """[{"title":"A","kind":"OperationReport","arrests":null},{"title":"B","kind":"OperationReport","arrests":3}]""",
            """[{"title":"A","kind":"OperationReport","arrests":6500},{"title":"B","kind":"OperationReport","arrests":4}]""");
        Assert.Equal((1, 2, 0), (scorer.Tally("arrests").Listed, scorer.Tally("arrests").Found, scorer.Tally("arrests").Hits));
    }

    [Fact]
    public void AKindFieldOfAnotherKindIsNotExpectedButIsCountedWhenFound()
    {
        var scorer = Score(
            """[{"title":"A","kind":"NewsRelease"}]""",
            """[{"title":"A","kind":"OperationReport","arrests":2,"authorities":{"Spain":["National Police"]}}]""");
        Assert.Equal(0, scorer.Tally("kind").Hits);
        Assert.Equal((0, 1), (scorer.Tally("arrests").Listed, scorer.Tally("arrests").Found));
        Assert.Equal((0, 1), (scorer.Tally("authorities").Listed, scorer.Tally("authorities").Found));
    }

    [Fact]
    public void AnArticleNotReadUnderItsTitleLosesEveryItem()
    {
        var scorer = Score(
            """[{"title":"A","kind":"NewsRelease","countries":["Spain","France"]}]""",
            """[{"title":"A merged into B","kind":"NewsRelease","countries":["Spain"]}]""");
        Assert.Equal(2, scorer.ArticleMismatches.Count);
        Assert.Equal((2, 1, 0), (scorer.Tally("countries").Listed, scorer.Tally("countries").Found, scorer.Tally("countries").Hits));
    }

    [Fact]
    public void MoneyMatchesOnAmountAndCurrencyNotOnTheText()
    {
        var scorer = Score(
            """[{"title":"A","kind":"OperationReport","money":[{"amount":500000000,"currency":"EUR"}]}]""",
            """[{"title":"A","kind":"OperationReport","money":[{"text":"half a billion euros","amount":500000000.0,"currency":"eur"}]}]""");
        Assert.Equal(1, scorer.Tally("money").Hits);
    }
}
