using System.Text;
using Bulletins.Schema;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>The CSV writer: RFC 4180 quoting, one header for any mix of kinds.</summary>
public class CsvWriterTests
{
    private static string Write(IEnumerable<Article> articles, bool rawCells = false)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.Csv, output, rawCsvCells: rawCells, kinds: RaidReport.WithBuiltIn))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("-")]
    public void CellsASpreadsheetWouldRunAsFormulasAreTextByDefault(string title)
    {
        var article = new RaidReport { Id = "id1", Title = title, Source = "=1+1", Paragraphs = ["- a list item"] };

        var row = Row(Write([article]));
        var raw = Row(Write([article], rawCells: true));

        Assert.Equal("'" + title, row["title"]);
        Assert.Equal("'=1+1", row["source"]);
        Assert.Equal("'- a list item", row["paragraphs"]);
        Assert.Equal(title, raw["title"]);
        Assert.Equal("=1+1", raw["source"]);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("+1.5")]
    [InlineData("Operation =Atlas")]
    public void PlainNumbersAndSignsInsideACellStayAsTheyAre(string title) =>
        Assert.Equal(title, Row(Write([new RaidReport { Id = "id1", Title = title, Source = "Europol" }]))["title"]);

    private static Dictionary<string, string> Row(string csv)
    {
        var rows = ParseCsv(csv);
        return rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void QuotingRoundTripsThroughAnRfc4180Parser()
    {
        var article = new RaidReport
        {
            Id = "id1",
            Title = "Raid, \"Operation Atlas\" and more",
            Source = "Europol",
            Paragraphs = ["First, with a comma.", "Second\nover two lines."],
            Countries = ["Spain", "Portugal"],
            RaidCount = 7,
            RaidUnits = ["Spain: National Police", "Portugal: Judicial Police"],
            RaidUnitsByCountry = new Dictionary<string, IReadOnlyList<string>>
            {
                ["Spain"] = ["National Police", "Guardia Civil"],
                ["Portugal"] = ["Judicial Police"],
            },
        };
        var rows = ParseCsv(Write([article]));
        Assert.Equal(2, rows.Count);
        var row = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("Raid, \"Operation Atlas\" and more", row["title"]);
        Assert.Equal("First, with a comma.\n\nSecond\nover two lines.", row["paragraphs"]);
        Assert.Equal("Spain; Portugal", row["countries"]);
        Assert.Equal("7", row["raidCount"]);
        Assert.Equal("Spain: National Police; Portugal: Judicial Police", row["raidUnits"]);
        Assert.Equal("Spain: National Police, Guardia Civil; Portugal: Judicial Police", row["raidUnitsByCountry"]);
        Assert.Equal("false", row["isTruncated"]);
        Assert.Equal("", row["duplicateOf"]);
    }

    [Fact]
    public void RowsEndWithCrlfAndQuotesAreDoubled()
    {
        var text = Write([new RaidReport { Id = "a", Title = "Say \"hi\"", Source = "NATO" }]);
        Assert.Contains("\"Say \"\"hi\"\"\"", text);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void MixedKindsShareOneHeaderWithTheUnionOfTheirFields()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;
        var raid = new RaidReport { Id = "r", Title = "Raid", Source = "Europol", RaidCount = 3 };
        var rows = ParseCsv(Write([seed[0], raid, seed[1]]));
        var header = rows[0];
        Assert.Equal(["id", "kind", "title", "source", "file", "line", "lastLine", "isTruncated", "duplicateOf", "paragraphs"], header.Take(10));
        Assert.Contains("raidCount", header);
        Assert.Equal(header.Distinct(), header);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        int raidCount = header.IndexOf("raidCount");
        Assert.Equal("3", rows[2][raidCount]);
        Assert.Equal("", rows[1][raidCount]);
        Assert.Equal(seed[1].Title, rows[3][header.IndexOf("title")]);
    }

    [Fact]
    public void SeedRowsCarryTheBaseFields()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;
        var rows = ParseCsv(Write(seed));
        Assert.Equal(11, rows.Count);
        var header = rows[0];
        Assert.Equal(seed.Select(a => a.Title), rows.Skip(1).Select(r => r[header.IndexOf("title")]));
        Assert.Equal(seed.Select(a => string.Join("\n\n", a.Paragraphs)), rows.Skip(1).Select(r => r[header.IndexOf("paragraphs")]));
        Assert.Equal(seed[0].Id, rows[4][header.IndexOf("duplicateOf")]);
    }

    [Fact]
    public void TheHeaderHasTheColumnsOfTheKindsTheWriterIsFor_NotOfWhateverIsLoaded()
    {
        // This test assembly holds an Article kind of its own (RaidReport): the default writer is for the built-in schema only.
        var output = new StringWriter();
        ArticleWriter.Create(BulletinFormat.Csv, output).Dispose();
        var header = ParseCsv(output.ToString())[0];

        var expected = BaseFields.CsvColumns.Concat(ArticleSchema.Kinds.SelectMany(k => k.Fields).Select(f => f.JsonName).Distinct());
        Assert.Equal(expected, header);
        Assert.DoesNotContain("raidCount", header);
    }

    [Fact]
    public void AWriterForOneSchemaHasOnlyItsColumns()
    {
        var rows = ParseCsv(WriteFor([RaidReport.Info], [new RaidReport { Id = "r", Title = "Raid", Source = "Europol", RaidCount = 2 }]));

        Assert.Equal(BaseFields.CsvColumns.Concat(["raidCount", "raidUnits", "raidUnitsByCountry"]), rows[0]);
        Assert.Equal("2", rows[1][rows[0].IndexOf("raidCount")]);
    }

    [Fact]
    public void AnArticleOfAKindTheWriterIsNotForIsAClearError()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;

        var error = Assert.Throws<InvalidOperationException>(() => WriteFor([RaidReport.Info], [seed[0]]));

        Assert.Contains($"'{seed[0].Kind}'", error.Message);
        Assert.Contains("RaidReport", error.Message);
    }

    private static string WriteFor(IEnumerable<KindInfo> kinds, IEnumerable<Article> articles)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.Csv, output, kinds: kinds))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }

    [Fact]
    public void NoArticlesIsAHeaderAlone()
    {
        var rows = ParseCsv(Write([]));
        Assert.Single(rows);
        Assert.Equal("id", rows[0][0]);
    }

    /// <summary>A strict RFC 4180 reader, independent of the writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else cell.Append(text[i++]);
                }
            }
            else if (text[i] == ',') { row.Add(cell.ToString()); cell.Clear(); i++; }
            else if (text[i] == '\r' && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i += 2; }
            else
            {
                Assert.NotEqual('\n', text[i]);
                cell.Append(text[i++]);
            }
        }
        Assert.Empty(row);
        return rows;
    }
}
