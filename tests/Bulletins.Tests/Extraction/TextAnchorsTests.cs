using Bulletins.Extraction.Extractors.Money;
using Bulletins.Extraction.Text;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// The shared pass: what each token can start. The extractors visit only these tokens, so a class that
/// misses a start is an extraction that silently finds nothing there.
/// </summary>
public class TextAnchorsTests
{
    [Theory]
    [InlineData("Stoltenberg", AnchorClass.Capitalised)]
    [InlineData("EncroChat", AnchorClass.Capitalised | AnchorClass.InnerCapital)]
    [InlineData("authoritiesThese", AnchorClass.InnerCapital)]
    [InlineData("2024", AnchorClass.Digits)]
    [InlineData("twelve", AnchorClass.NumberWord)]
    [InlineData("Million", AnchorClass.Capitalised | AnchorClass.NumberWord)]
    [InlineData("half", AnchorClass.NumberWord)]
    [InlineData("a", AnchorClass.NumberWord)]
    [InlineData("Sept", AnchorClass.Capitalised | AnchorClass.MonthWord)]
    [InlineData("march", AnchorClass.MonthWord)]
    [InlineData("€", AnchorClass.CurrencySign)]
    [InlineData("EUR", AnchorClass.Capitalised | AnchorClass.CurrencyCode)]
    [InlineData("usd", AnchorClass.CurrencyCode)]
    [InlineData("US", AnchorClass.Capitalised | AnchorClass.CurrencyCode)]
    [InlineData("“", AnchorClass.QuoteMark)]
    [InlineData("?", AnchorClass.SentenceEnd)]
    [InlineData("@", AnchorClass.At)]
    [InlineData("said", AnchorClass.PersonVerb)]
    [InlineData("arrested", AnchorClass.PersonVerb)]
    [InlineData("Said", AnchorClass.Capitalised)]
    [InlineData("THE", AnchorClass.Capitalised | AnchorClass.DefiniteArticle)]
    [InlineData("the", AnchorClass.DefiniteArticle)]
    [InlineData("network", AnchorClass.None)]
    [InlineData(",", AnchorClass.None)]
    public void ClassifiesAToken(string token, AnchorClass expected)
    {
        var anchors = new TokenText(token).Anchors;
        Assert.Equal(expected, anchors.At(0));
        Assert.Equal(expected, anchors.Present);
    }

    [Theory]
    [InlineData("US$ 10", 0)]
    [InlineData("HK$5", 0)]
    [InlineData("u.s. $ 100", 0)]
    public void ADollarPrefixIsACurrencyCode(string text, int token) =>
        Assert.True(new TokenText(text).Anchors.At(token).HasFlag(AnchorClass.CurrencyCode));

    [Fact]
    public void ABulletOnlyOpensALine()
    {
        var t = new TokenText("Agenda:\n- arrival\n• talks in well-known rooms");
        var bullets = Enumerable.Range(0, t.Count).Where(k => t.Anchors.At(k).HasFlag(AnchorClass.ListBullet)).Select(k => t.Span(k).ToString());
        Assert.Equal(["-", "•"], bullets);
    }

    [Fact]
    public void NextVisitsExactlyTheTokensOfTheClassesAsked()
    {
        var t = new TokenText("The court sentenced Jane Doe to 12 years, said the prosecutor.");
        const AnchorClass mask = AnchorClass.Capitalised | AnchorClass.PersonVerb;
        var visited = new List<string>();
        for (int k = t.Anchors.Next(mask, 0); k >= 0; k = t.Anchors.Next(mask, k + 1)) visited.Add(t.Span(k).ToString());
        Assert.Equal(["The", "sentenced", "Jane", "Doe", "said"], visited);
        Assert.Equal(-1, t.Anchors.Next(AnchorClass.QuoteMark, 0));
        Assert.False(t.Anchors.Has(AnchorClass.QuoteMark | AnchorClass.CurrencySign));
        Assert.True(t.Anchors.Has(AnchorClass.Digits));
    }

    [Fact]
    public void AnEmptyTextHasNoAnchors()
    {
        var anchors = new TokenText("").Anchors;
        Assert.Equal(AnchorClass.None, anchors.Present);
        Assert.Equal(-1, anchors.Next(AnchorClass.Capitalised, 0));
        Assert.Equal(AnchorClass.None, anchors.At(5));
    }

    [Theory]
    [InlineData("They paid u.s. $ 100 in cash.", "USD")]
    [InlineData("The bill was HK$5 million.", "HKD")]
    [InlineData("Losses reached twelve dollars.", "USD")]
    public void MoneyStartingAtEveryKindOfAnchorIsFound(string text, string currency) =>
        Assert.Equal(currency, Assert.Single(MoneyExtractor.Extract(text)).Currency);
}
