using Bulletins.Extraction.Extractors.Dates;
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
        var dates = new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinYear: 2024).Dates;
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

    [Theory]
    [InlineData("The summit opened on Friday 13 December.", 2024, "2024-12-13")] // a Friday in 2024
    [InlineData("The summit opened on Friday 13 December.", 2025, "2024-12-13")] // not in 2025 (a Saturday)
    [InlineData("Searches took place on Tuesday, 2 January.", 2023, "2024-01-02")] // a Tuesday in 2024, not 2023
    [InlineData("Ministers met on Wednesday (5 March) in Warsaw.", 2025, "2025-03-05")]
    public void AWeekdayPicksTheYearInWhichTheDayIsThatWeekday(string paragraph, int year, string expected)
    {
        var draft = DraftReader.Context("Title", "NATO", paragraph).Draft;
        var dates = new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinDate: new DateOnly(year, 6, 30)).Dates;
        Assert.Equal(DateTime.Parse(expected), Assert.Single(dates).Start);
    }

    [Fact]
    public void ADayWithoutYearTakesTheYearNearestTheBulletinsDateOverTheArticlesHistory()
    {
        var draft = DraftReader.Context("Title", "Eurojust", "A warrant was issued in June 2023.", "He was indicted on 2 February.", "The inquiry began on 12 December.").Draft;
        var dates = new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinDate: new DateOnly(2024, 2, 7)).Dates;
        Assert.Equal([new DateTime(2023, 6, 1), new DateTime(2024, 2, 2), new DateTime(2023, 12, 12)], dates.Select(d => d.Start));
    }

    [Fact]
    public void TheFirstArticlesOfABulletinTakeTheirYearFromTheArticlesAfterThem()
    {
        const string text =
            "Suspect extradited to Spain\n\nSource: Eurojust\n\nThe warrant dates from May 2021. He was indicted on 3 March.\n\n" +
            "Ministers meet in Riga\n\nSource: NATO\n\nMinisters met on Tuesday 5 March.\n\n" +
            "Border figures published\n\nSource: Frontex\n\nThe figures were published on 6 March 2024 in Warsaw.\n";
        var articles = Bulletins.Bulletin.Read(new StringReader(text), "lookahead.txt").ToList();
        Assert.Equal(new DateTime(2024, 3, 3), articles[0].Dates[^1].Start);
        Assert.Equal(new DateTime(2024, 3, 5), Assert.Single(articles[1].Dates).Start);
    }

    [Fact]
    public void ThePushReaderHoldsTheFirstArticlesUntilADateIsKnownAndReleasesThemAtTheEnd()
    {
        var parser = new Bulletins.Reading.BulletinParser("push.txt");
        Assert.Empty(parser.Push("First\n\nSource: Europol\n\nArrests on 3 March.\n\nSecond\n\nSource: NATO\n\nNo date here.\n\n"));
        var rest = parser.Complete();
        Assert.Equal(["First", "Second"], rest.Select(a => a.Title));
    }

    [Theory]
    [InlineData("The Summit in July will decide on the new targets.", "July", "2024-07-01")]
    [InlineData("Patrols have doubled since last September.", "last September", "2023-09-01")]
    [InlineData("The agency will report again next January.", "next January", "2025-01-01")]
    [InlineData("Ministers meet again by mid-April in Prague.", "April", "2024-04-01")]
    public void AMonthWithoutAYearTakesTheBulletinsYear(string paragraph, string text, string start)
    {
        var draft = DraftReader.Context("Title", "NATO", paragraph).Draft;
        var date = Assert.Single(new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinDate: new DateOnly(2024, 3, 14)).Dates);
        Assert.Equal((text, DateTime.Parse(start)), (date.Text, date.Start));
    }

    [Theory]
    [InlineData("You may apply until the deadline; May I add one thing?")]
    [InlineData("Thousands march through the city in protest.")]
    [InlineData("The March meeting was postponed.")]
    public void MonthWordsThatAreNoTimeAreNoDate(string paragraph)
    {
        var draft = DraftReader.Context("Title", "NATO", paragraph).Draft;
        Assert.Empty(new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinDate: new DateOnly(2024, 3, 14)).Dates);
    }

    [Fact]
    public void AnArticlesDateIsTheLatestDayItNamesNotAMonthToCome()
    {
        const string text = "Ministers meet in Riga\n\nSource: NATO\n\nMinisters met on 7 February 2024 to prepare the Summit in July.\n";
        var article = Assert.Single(Bulletins.Bulletin.Read(new StringReader(text), "date.txt"));
        Assert.Equal(2, article.Dates.Count);
        Assert.Equal(new DateTime(2024, 2, 7), article.Date);
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
        Assert.Empty(new Bulletins.Extraction.Runtime.ExtractionContext(draft, "x", bulletinYear: 2024).Dates);
    }
}
