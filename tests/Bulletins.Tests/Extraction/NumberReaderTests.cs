using Bulletins.Extraction.Text;

namespace Bulletins.Tests.Extraction;

public class NumberReaderTests
{
    [Theory]
    [InlineData("five", "5")]
    [InlineData("twelve", "12")]
    [InlineData("twenty-one", "21")]
    [InlineData("two hundred and fifty", "250")]
    [InlineData("three million", "3000000")]
    [InlineData("1,000", "1000")]
    [InlineData("6 500", "6500")]
    [InlineData("6\u00A0500", "6500")]
    [InlineData("1\u202F234\u202F567", "1234567")]
    [InlineData("10.105", "10105")]
    [InlineData("90.000", "90000")]
    [InlineData("1.3 million", "1300000")]
    [InlineData("2.5", "2.5")]
    [InlineData("4.5 bn", "4500000000")]
    public void ReadsCardinals(string text, string value)
    {
        var number = Assert.Single(NumberReader.FindAll(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(text.Length, number.End - number.Start);
    }

    [Theory]
    [InlineData("the 180ml liquid")]
    [InlineData("the May 4th")]
    [InlineData("an A4 sheet")]
    public void DigitsGluedToLettersAreNoCardinals(string text) => Assert.Empty(NumberReader.FindAll(text));

    [Fact]
    public void YearsAreNotGroupedWithTheNextNumber() =>
        Assert.Equal([2023m, 500m], NumberReader.FindAll("In 2023 500 officers took part.").Select(n => n.Value));
}

public class NumberReaderRangeTests
{
    [Theory]
    [InlineData("100 200 300 400 500 600 700 800 900 100 kilograms")]
    [InlineData("1,000,000,000,000,000,000,000,000,000,000 people")]
    [InlineData("99999999999999999999999999999 billion")]
    [InlineData("9999999999999999999999999999.9 trillion")]
    public void NumbersPastDecimalsRangeAreNoNumbersNotACrash(string text)
    {
        foreach (var number in NumberReader.FindAll(text)) Assert.True(number.Value < decimal.MaxValue);
    }

    [Fact]
    public void AFractionLongerThanEighteenDigitsIsStillTheFraction()
    {
        var number = Assert.Single(NumberReader.FindAll("0.9999999999999999999 billion"));
        Assert.Equal(999999999.9999999999m, number.Value);
    }
}
