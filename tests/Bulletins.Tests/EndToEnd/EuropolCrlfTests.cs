using Bulletins.Tests.Reading;
using static Bulletins.Tests.EndToEnd.EndToEndReading;

namespace Bulletins.Tests.EndToEnd;

/// <summary>
/// europol-operations-crlf.txt (UTF-8, CRLF): operation reports with counts in words and digits, money,
/// quantities, authority lists, a reworded duplicate, a joint statement and a cut-off teaser.
/// </summary>
public class EuropolCrlfTests
{
    private static readonly ReadResult Bulletin = Read("europol-operations-crlf.txt");
    private static OperationReport Report(string titleStart) => Assert.IsType<OperationReport>(Bulletin.Titled(titleStart));

    [Fact]
    public void FiveArticlesOfTheRightKindsWithTheDuplicateAndTheTeaserMarked()
    {
        Assert.Equal([1, 16, 30, 44, 52], Bulletin.Articles.Select(static a => a.Line));
        Assert.Equal(["OperationReport", "OperationReport", "OperationReport", "Statement", "OperationReport"], Bulletin.Kinds());
        Assert.All(Bulletin.Articles, static a => Assert.Equal("Europol", a.Source));
        Assert.Equal([null, null, Bulletin.Titled("Hackers behind ransomware").Id, null, null], Bulletin.Articles.Select(static a => a.DuplicateOf));
        Assert.Equal([false, false, false, false, true], Bulletin.Articles.Select(static a => a.IsTruncated));
    }

    [Fact]
    public void TheAuthorityListStaysOneParagraphAndTheOperationIsNamed()
    {
        var report = Report("Eleven arrested as");
        Assert.Equal("The following authorities were involved:", report.Paragraphs[3].Split('\n')[0]);
        Assert.Equal(4, report.Paragraphs[3].Split('\n').Length);
        Assert.Equal("Operation Silver Tide", report.Operation);
        Assert.Null(Report("Hackers behind ransomware").Operation);
    }

    [Fact]
    public void TheCocaineReportCountsArrestsInWordsAndReadsMoneyQuantitiesAndDate()
    {
        var report = Report("Eleven arrested as");
        Assert.Equal(11, report.Arrests);
        Assert.Equal([("EUR 1.2 million", 1_200_000m, "EUR"), ("€350 000", 350_000m, "EUR")], report.Amounts());
        Assert.Equal(["2 tonnes of cocaine|2|tonne"], report.Quantities.Select(static q => $"{q.Text}|{q.Amount}|{q.Unit}"));
        Assert.Equal([("18 February 2025", "2025-02-18", "2025-02-18")], report.DateRanges());
        Assert.Equal(Sorted("Belgium", "Netherlands", "Spain"), report.CountrySet());
        Assert.Empty(report.People);
    }

    [Fact]
    public void TheCocaineReportListsTheAuthoritiesByCountry()
    {
        var authorities = Report("Eleven arrested as").Authorities;
        Assert.Equal(Sorted("Belgium", "Netherlands", "Spain"), authorities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Federal Judicial Police Antwerp", "Public Prosecutor’s Office of Antwerp"], authorities["Belgium"]);
        Assert.Equal(["National Police", "Public Prosecution Service"], authorities["Netherlands"]);
        Assert.Equal(["Guardia Civil"], authorities["Spain"]);
    }

    [Fact]
    public void TheGluedSentenceAndTheDamagedTokenAreWarnedWithTheirLines()
    {
        Assert.Equal([("GluedSentence", 7, "network.The"), ("DamagedToken", 9, "focuseXXId")], Report("Eleven arrested as").Findings());
    }

    [Fact]
    public void TheRansomwareReportAndItsDuplicateReadTheSameFacts()
    {
        foreach (var report in new[] { Report("Hackers behind ransomware"), Report("Ransomware gang that") })
        {
            Assert.Equal(4, report.Arrests);
            Assert.Equal([("USD 4 million", 4_000_000m, "USD")], report.Amounts());
            Assert.Equal(Sorted("Germany", "Latvia", "Moldova", "Romania"), report.CountrySet());
            Assert.Equal(Sorted("Germany", "Latvia", "Moldova", "Romania"), report.Authorities.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(["Directorate for Investigating Organized Crime and Terrorism (DIICOT)"], report.Authorities["Romania"]);
            Assert.Empty(report.Warnings);
        }
    }

    [Fact]
    public void TheJointStatementInventsNothing()
    {
        var statement = Assert.IsType<Statement>(Bulletin.Titled("Joint statement on"));
        Assert.Empty(statement.People);
        Assert.Empty(statement.Countries);
        Assert.Empty(statement.Money);
        Assert.Empty(statement.Dates);
    }

    [Fact]
    public void TheTeaserCountsDetentionsAndSearchesAndIsWarnedAsTruncated()
    {
        var teaser = Report("Migrant smuggling ring");
        Assert.Equal(23, teaser.Arrests);
        Assert.Equal(37, teaser.Searches);
        Assert.Equal([("EUR 8 000", 8_000m, "EUR")], teaser.Amounts());
        Assert.Equal([("2 April 2025", "2025-04-02", "2025-04-02")], teaser.DateRanges());
        var warning = Assert.Single(teaser.Findings());
        Assert.Equal(("TruncatedTeaser", 56), (warning.Code, warning.Line));
    }
}
