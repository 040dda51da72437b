using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// QA2's blind bulletins from agencies the code had not seen: a border agency (unseen-border-agency.txt),
/// an anti-fraud office (unseen-antifraud-office.txt) and a defence ministry (unseen-defence-ministry.txt).
/// </summary>
public class UnseenAgenciesTests
{
    private static readonly ReadResult Border = Read("unseen-border-agency.txt");
    private static readonly ReadResult AntiFraud = Read("unseen-antifraud-office.txt");
    private static readonly ReadResult Defence = Read("unseen-defence-ministry.txt");

    [Fact]
    public void AGluedSentenceIsFlaggedWhenTheSecondOneOpensWithAQuoteMark()
    {
        var findings = Border.Titled("Frontier Guard Agency dismantles").Findings().Where(static f => f.Code == "GluedSentence").Select(static f => (f.Line, f.Text));
        Assert.Equal([(7, "vans.“These"), (9, "out.The")], findings);
    }

    [Fact]
    public void AnAntiFraudInvestigationWithArrestsAndSearchesIsAnOperationReport()
    {
        Assert.Equal(["OperationReport", "Speech", "Statement", "NewsRelease", "OperationReport", "OperationReport"], AntiFraud.Kinds());
        var report = Assert.IsType<OperationReport>(AntiFraud.Titled("Anti-Fraud Office uncovers"));
        Assert.Equal(12, report.Arrests);
        Assert.Equal([("EUR 62 million", 62_000_000m, "EUR")], report.Amounts());
    }

    [Fact]
    public void TheOtherBlindBulletinsKeepTheirKinds()
    {
        Assert.Equal(["OperationReport", "MediaAdvisory", "Statement", "NewsRelease", "OperationReport"], Border.Kinds());
        Assert.Equal(["Speech", "MediaAdvisory", "NewsRelease", "Statement", "OperationReport", "OperationReport"], Defence.Kinds());
    }

    [Fact]
    public void AHeadlineInThePresentTenseSeizeMakesAnOperationReport()
    {
        var report = Assert.IsType<OperationReport>(Defence.Titled("Military police seize"));
        Assert.Equal(7, report.Arrests);
        Assert.Equal([("25 and 26 November 2025", "2025-11-25", "2025-11-26")], report.DateRanges());
    }

    [Fact]
    public void ACountryNameBeforeACurrencyNounNamesTheCurrencyNotTheCountry()
    {
        var speech = AntiFraud.Titled("Keynote speech by");
        Assert.Equal([("1.2 billion euros", 1_200_000_000m, "EUR"), ("300 million US dollars", 300_000_000m, "USD")], speech.Amounts());
        Assert.Equal(["Canada"], speech.Countries);
    }

    [Fact]
    public void AnOfficeEndingInGeneralIsNotShortenedToTheRankGeneral()
    {
        Assert.Equal([("Paulo Reis", "Inspector General")], Border.Titled("Statement by the").Persons());
    }

    [Fact]
    public void ARepeatUnderARewordedTitleKeepsTheKindAndCountsOfTheOriginal()
    {
        var original = AntiFraud.Titled("Anti-Fraud Office uncovers");
        var repeat = Assert.IsType<OperationReport>(AntiFraud.Titled("Anti-Fraud Office closes"));
        Assert.Equal(original.Id, repeat.DuplicateOf);
        Assert.Equal(12, repeat.Arrests);
    }

    [Fact]
    public void AScaleAbbreviationGluedToTheDigitsAfterACurrencyScalesTheAmount()
    {
        Assert.Equal(
            [("$ 48.2 million", 48_200_000m, "USD"), ("€27.5m", 27_500_000m, "EUR"), ("£3bn", 3_000_000_000m, "GBP")],
            AntiFraud.Titled("Anti-Fraud Office publishes").Amounts());
    }

    [Fact]
    public void ADecimalCommaBeforeAScaleWordIsADecimal()
    {
        Assert.Equal([("EUR 4,2 million", 4_200_000m, "EUR")], AntiFraud.Titled("Prosecutors charge 31").Amounts());
    }

    [Fact]
    public void AnArrestCountMarkedAsTheTotalWins()
    {
        Assert.Equal(23, Assert.IsType<OperationReport>(Border.Titled("Frontier Guard Agency dismantles")).Arrests);
    }

    [Fact]
    public void ADefenceSecretaryKeepsTheWholeTitle()
    {
        Assert.Equal([("Alan Whitcombe", "Defence Secretary of the United Kingdom"), ("Rune Østby", "Admiral")], Defence.Titled("Statement by the").Persons());
    }

    [Fact]
    public void AHeadlineVerbInThePresentTenseGivesTheArrestCount()
    {
        Assert.Equal(3, Assert.IsType<OperationReport>(Border.Titled("Frontier Guard Agency rescues")).Arrests);
    }
}
