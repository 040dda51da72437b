using Bulletins.Extraction.Dates;
using Bulletins.Tests.Extraction.Support;

namespace Bulletins.Tests.Extraction;

public class DateExtractionTests
{
    [Theory]
    [InlineData("The meeting took place on 14 March 2025 in Brussels.", "14 March 2025", "2025-03-14", "2025-03-14")]
    [InlineData("Brussels (Friday 14 March 2025) – Allies met.", "Friday 14 March 2025", "2025-03-14", "2025-03-14")]
    [InlineData("From 3 to 7 March 2025, experts met in Riga.", "From 3 to 7 March 2025", "2025-03-03", "2025-03-07")]
    [InlineData("From 28th April to 1st May 2025, the exercise ran.", "From 28th April to 1st May 2025", "2025-04-28", "2025-05-01")]
    [InlineData("On 14 and 15 May 2025, ministers met.", "14 and 15 May 2025", "2025-05-14", "2025-05-15")]
    [InlineData("31st January to 2nd February 2024 saw the meeting.", "31st January to 2nd February 2024", "2024-01-31", "2024-02-02")]
    [InlineData("The investigation started in June 2022.", "June 2022", "2022-06-01", "2022-06-30")]
    [InlineData("It was signed on March 4, 2019.", "March 4, 2019", "2019-03-04", "2019-03-04")]
    [InlineData("The deadline is 2025-03-14.", "2025-03-14", "2025-03-14", "2025-03-14")]
    [InlineData("The talks ran from 24 to 25\u00A0April\u00A02025.", "from 24 to 25\u00A0April\u00A02025", "2025-04-24", "2025-04-25")]
    [InlineData("Patrols ran between November and February 2025 in the Baltic.", "between November and February 2025", "2024-11-01", "2025-02-28")]
    [InlineData("Leap day 29 February 2024 was quiet.", "29 February 2024", "2024-02-29", "2024-02-29")]
    public void ReadsSingleDatesRangesAndMonths(string text, string expectedText, string start, string end)
    {
        var date = Assert.Single(DateExtractor.Extract(text));
        Assert.Equal(expectedText, date.Text);
        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("Between 2020 and 2023, over 6 500 suspects were arrested.")] // years alone are not dates
    [InlineData("The Summit in July will decide.")] // a month without a year
    [InlineData("The first one since 2010 and Article 5 of the treaty.")]
    [InlineData("There is no 30 February 2024 in any calendar.")]
    [InlineData("Exercise nr. 22, 240 vehicles and 12.5 tonnes.")]
    [InlineData("Police seized EUR 6,107.31 in cash.")]
    public void FindsNoDateWhereThereIsNone(string text) => Assert.Empty(DateExtractor.Extract(text));

    [Fact]
    public void ADayWithoutYearTakesTheArticlesOwnYear()
    {
        var context = DraftReader.Context("Title", "Eurojust",
            "A warrant was issued in July 2021.",
            "The suspect was indicted on 2 February and remains in custody.");
        var dates = context.Dates;
        Assert.Equal(2, dates.Count);
        Assert.Equal(new DateTime(2021, 2, 2), dates[1].Start);
    }

    [Fact]
    public void ADayWithoutYearTakesTheBulletinsYearWhenTheArticleHasNone()
    {
        var draft = DraftReader.Context("Title", "Europol", "Twelve suspects were arrested on 21 May.").Draft;
        var dates = new Bulletins.Extraction.ExtractionContext(draft, "x", bulletinYear: 2024).Dates;
        Assert.Equal(new DateTime(2024, 5, 21), Assert.Single(dates).Start);
    }

    [Fact]
    public void ADayWithNoYearAnywhereIsLeftOut() =>
        Assert.Empty(DraftReader.Context("Title", "Europol", "Twelve suspects were arrested on 21 May.").Dates);

    [Fact]
    public void EachDistinctDateOnce()
    {
        var context = DraftReader.Context("Meeting on 7 February 2024", "NATO", "Allies met on Wednesday (7 February 2024).", "On 7 February 2024 they agreed.");
        Assert.Single(context.Dates);
    }
}

public class DateRangeOrderTests
{
    [Fact]
    public void ARangeThatRunsBackwardsWithinOneMonthIsNoRange()
    {
        var date = Assert.Single(DateExtractor.Extract("Between 5 and 3 May 2024 nothing happened."));
        Assert.Equal((new DateTime(2024, 5, 3), new DateTime(2024, 5, 3)), (date.Start, date.End));
    }

    [Fact]
    public void ARangeAcrossTheTurnOfTheYearStillReachesBack() =>
        Assert.Equal(new DateTime(2016, 11, 1), Assert.Single(DateExtractor.Extract("Patrols ran from November to February 2017.")).Start);

    [Theory]
    [InlineData("It happened on 1 January 99999.")]
    [InlineData("It happened on January 1, 123456.")]
    public void ADayWhoseYearIsTooLongToReadIsNoDate(string text)
    {
        var draft = DraftReader.Context("Title", "Europol", text).Draft;
        Assert.Empty(new Bulletins.Extraction.ExtractionContext(draft, "x", bulletinYear: 2024).Dates);
    }
}
