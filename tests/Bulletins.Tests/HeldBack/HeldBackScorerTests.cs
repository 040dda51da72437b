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
    public void A_short_form_beside_the_full_name_is_a_false_find_and_the_full_name_a_hit()
    {
        var scorer = Score(
            """[{"title":"T","kind":"NewsRelease","people":[{"name":"Anna Berg","title":null}]}]""",
            """[{"title":"T","kind":"NewsRelease","people":[{"name":"Anna  Berg"},{"name":"Berg"}]}]""");
        Assert.Equal((1, 2, 1), (scorer.Tally("people").Listed, scorer.Tally("people").Found, scorer.Tally("people").Hits));
        Assert.Equal(0.5, scorer.Tally("people").FalseFindRate);
    }

    [Fact]
    public void A_quote_with_the_wrong_speaker_is_both_missed_and_a_false_find()
    {
        var scorer = Score(
            """[{"title":"T","kind":"Speech","quotes":[{"speaker":"Anna Berg","startsWith":"We will stand"}]}]""",
            """[{"title":"T","kind":"Speech","quotes":[{"text":"We will stand together.","speaker":"Minister Berg"}]}]""");
        Assert.Single(scorer.Tally("quotes").Missed);
        Assert.Single(scorer.Tally("quotes").FalseFinds);
    }

    [Fact]
    public void A_quote_matches_on_its_opening_words_and_speaker()
    {
        var scorer = Score(
            """[{"title":"T","kind":"Speech","quotes":[{"speaker":"Anna Berg","startsWith":"“We will stand"}]}]""",
            """[{"title":"T","kind":"Speech","quotes":[{"text":"We will stand together.","speaker":"anna berg"}]}]""");
        Assert.Equal(1, scorer.Tally("quotes").Hits);
    }

    [Fact]
    public void A_count_the_reader_left_empty_is_a_false_find_and_a_wrong_count_is_both()
    {
        var scorer = Score(
            """[{"title":"A","kind":"OperationReport","arrests":null},{"title":"B","kind":"OperationReport","arrests":3}]""",
            """[{"title":"A","kind":"OperationReport","arrests":6500},{"title":"B","kind":"OperationReport","arrests":4}]""");
        Assert.Equal((1, 2, 0), (scorer.Tally("arrests").Listed, scorer.Tally("arrests").Found, scorer.Tally("arrests").Hits));
    }

    [Fact]
    public void A_kind_field_of_another_kind_is_not_expected_but_is_counted_when_found()
    {
        var scorer = Score(
            """[{"title":"A","kind":"NewsRelease"}]""",
            """[{"title":"A","kind":"OperationReport","arrests":2,"authorities":{"Spain":["National Police"]}}]""");
        Assert.Equal(0, scorer.Tally("kind").Hits);
        Assert.Equal((0, 1), (scorer.Tally("arrests").Listed, scorer.Tally("arrests").Found));
        Assert.Equal((0, 1), (scorer.Tally("authorities").Listed, scorer.Tally("authorities").Found));
    }

    [Fact]
    public void An_article_not_read_under_its_title_loses_every_item()
    {
        var scorer = Score(
            """[{"title":"A","kind":"NewsRelease","countries":["Spain","France"]}]""",
            """[{"title":"A merged into B","kind":"NewsRelease","countries":["Spain"]}]""");
        Assert.Equal(2, scorer.ArticleMismatches.Count);
        Assert.Equal((2, 1, 0), (scorer.Tally("countries").Listed, scorer.Tally("countries").Found, scorer.Tally("countries").Hits));
    }

    [Fact]
    public void Money_matches_on_amount_and_currency_not_on_the_text()
    {
        var scorer = Score(
            """[{"title":"A","kind":"OperationReport","money":[{"amount":500000000,"currency":"EUR"}]}]""",
            """[{"title":"A","kind":"OperationReport","money":[{"text":"half a billion euros","amount":500000000.0,"currency":"eur"}]}]""");
        Assert.Equal(1, scorer.Tally("money").Hits);
    }
}
