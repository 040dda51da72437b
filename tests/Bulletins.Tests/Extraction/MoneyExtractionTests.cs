using Bulletins.Extraction.Extractors.Money;

namespace Bulletins.Tests.Extraction;

public class MoneyExtractionTests
{
    [Theory]
    [InlineData("Police seized EUR 240 000 in cash.", "EUR 240 000", "240000", "EUR")]
    [InlineData("Police seized EUR 240\u00A0000 in cash.", "EUR 240\u00A0000", "240000", "EUR")]
    [InlineData("Assets worth EUR 12 million were frozen.", "EUR 12 million", "12000000", "EUR")]
    [InlineData("Damage of €1.3 million was caused.", "€1.3 million", "1300000", "EUR")]
    [InlineData("Deals worth 4.5 billion dollars were agreed.", "4.5 billion dollars", "4500000000", "USD")]
    [InlineData("Deals worth some 7 billion US dollars were agreed.", "7 billion US dollars", "7000000000", "USD")]
    [InlineData("They laundered more than 3 billion euros.", "3 billion euros", "3000000000", "EUR")]
    [InlineData("The contract is worth $ 48.2 million.", "$ 48.2 million", "48200000", "USD")]
    [InlineData("The gang earned £8 million.", "£8 million", "8000000", "GBP")]
    [InlineData("The victims lost EUR 10.105 in total.", "EUR 10.105", "10105", "EUR")]
    [InlineData("They were fined CHF 250 000 each.", "CHF 250 000", "250000", "CHF")]
    [InlineData("Bribes of 500 000 Swiss francs were paid.", "500 000 Swiss francs", "500000", "CHF")]
    [InlineData("A fund of USD 2.4 bn was set up.", "USD 2.4 bn", "2400000000", "USD")]
    [InlineData("The loss is estimated at EUR 1,350,000.", "EUR 1,350,000", "1350000", "EUR")]
    [InlineData("They paid 300 million pounds sterling.", "300 million pounds sterling", "300000000", "GBP")]
    public void ReadsTheAmountAndTheIsoCurrency(string text, string expectedText, string amount, string currency)
    {
        var money = Assert.Single(MoneyExtractor.Extract(text));
        Assert.Equal(expectedText, money.Text);
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("The fraud cost taxpayers half a billion euros.", "half a billion euros", "500000000", "EUR")]
    [InlineData("Officers found a quarter of a million dollars in the boot.", "a quarter of a million dollars", "250000", "USD")]
    [InlineData("The scheme moved a billion pounds through shell companies.", "a billion pounds", "1000000000", "GBP")]
    [InlineData("Some three quarters of a million euros were frozen.", "three quarters of a million euros", "750000", "EUR")]
    [InlineData("The ministry set aside a half million dollars for training.", "a half million dollars", "500000", "USD")]
    [InlineData("Grants of one million two hundred thousand euros were paid.", "one million two hundred thousand euros", "1200000", "EUR")]
    public void ReadsFractionAndArticleScales(string text, string expectedText, string amount, string currency) =>
        ReadsTheAmountAndTheIsoCurrency(text, expectedText, amount, currency);

    [Theory]
    [InlineData("Half a million people signed the petition.")]
    [InlineData("A quarter of the suspects were minors.")]
    [InlineData("Over 6 500 suspects were arrested in 2023.")]
    [InlineData("ALL 12 SUSPECTS WERE ARRESTED.")]
    [InlineData("The pound and the euro fell.")]
    [InlineData("A 180ml bottle and 5 kg of cocaine.")]
    public void FindsNoMoneyWhereThereIsNone(string text) => Assert.Empty(MoneyExtractor.Extract(text));

    [Fact]
    public void SameAmountTwiceIsListedOnce() =>
        Assert.Single(MoneyExtractor.Extract("EUR 5 million were seized. The EUR 5 million came from fraud."));
}
