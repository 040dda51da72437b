using System.Text.Json;
using Bulletins.Extraction.Extractors.Warnings;
using Bulletins.Mentions;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>The JSON Lines writer follows the field contract in design.md; checked by parsing its output.</summary>
public class JsonLinesWriterTests
{
    private static readonly string[] BaseFields =
    [
        "id", "kind", "title", "source", "file", "line", "lastLine", "paragraphs", "paragraphLines", "isTruncated", "duplicateOf",
        "dates", "money", "people", "countries", "quotes", "warnings",
    ];

    private static string Write(IEnumerable<Article> articles)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }

    [Fact]
    public void ParagraphLinesAreEachParagraphsFileLineWhateverTheBlankLinesAndLineEnds()
    {
        const string text = "Allies meet\r\n\r\nSource: NATO\r\n\r\n\r\nFirst paragraph.\r\n\r\n\r\nSecond,\r\nover two lines.\r\n";
        var article = Assert.Single(Bulletin.Read(new StringReader(text), "lines.txt"));

        using var json = JsonDocument.Parse(Write([article]));
        Assert.Equal([6, 9], json.RootElement.GetProperty("paragraphLines").EnumerateArray().Select(static l => l.GetInt32()));
        var back = Assert.Single(Bulletins.Json.JsonLinesReader.Read(new StringReader(Write([article])), "lines.jsonl", null));
        Assert.Equal([6, 9], back.ParagraphLines);
    }

    [Fact]
    public void OneObjectPerArticleInFileOrderWithTheBaseFieldsFirst()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;
        var lines = Write(seed).Split('\n');
        Assert.Equal(seed.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);

        for (int i = 0; i < seed.Count; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(BaseFields, root.EnumerateObject().Select(p => p.Name).Take(BaseFields.Length));
            Assert.Equal(seed[i].Id, root.GetProperty("id").GetString());
            Assert.Equal(seed[i].Kind, root.GetProperty("kind").GetString());
            Assert.Equal(seed[i].Title, root.GetProperty("title").GetString());
            Assert.Equal(seed[i].Source, root.GetProperty("source").GetString());
            Assert.Equal(TestReading.SeedPath, root.GetProperty("file").GetString());
            Assert.Equal(seed[i].Line, root.GetProperty("line").GetInt32());
            Assert.Equal(seed[i].Paragraphs, root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
            Assert.Equal(seed[i].IsTruncated, root.GetProperty("isTruncated").GetBoolean());
            Assert.Equal(seed[i].DuplicateOf, root.GetProperty("duplicateOf").GetString());
            foreach (var list in new[] { "dates", "money", "people", "countries", "quotes", "warnings" })
            {
                Assert.Equal(JsonValueKind.Array, root.GetProperty(list).ValueKind);
            }
        }
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(lines[0]).RootElement.GetProperty("duplicateOf").ValueKind);
        Assert.Equal(JsonValueKind.String, JsonDocument.Parse(lines[3]).RootElement.GetProperty("duplicateOf").ValueKind);
    }

    [Fact]
    public void TypographicTextStaysReadable()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles;
        var text = Write(seed);
        Assert.Contains("Geoană", text);
        Assert.Contains("“by preparing", text);
        Assert.DoesNotContain("\\u2019", text);
    }

    [Fact]
    public void MentionsHaveTheContractShapes()
    {
        var article = new RaidReport
        {
            Id = "0123456789abcdef",
            Title = "Raid",
            Source = "Europol",
            File = "x.txt",
            Line = 3,
            LastLine = 9,
            Paragraphs = ["One.", "Two\nlines."],
            Dates = [new DateMention("From 3 to 7 March 2025", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7))],
            Money = [new MoneyMention("EUR 240 000", 240000m, "EUR"), new MoneyMention("4.5 billion dollars", 4_500_000_000m, "USD")],
            People = [new PersonMention("Jens Stoltenberg", "Secretary General"), new PersonMention("Jake Sullivan", null)],
            Countries = ["Spain", "Portugal"],
            Quotes = [new QuoteMention("We will act.", "Jens Stoltenberg")],
            Warnings = [new TextWarning("GluedSentence", "Two sentences without a space", 5, "network.The")],
            RaidCount = 12,
            RaidUnits = ["Spain: National Police"],
        };
        using var json = JsonDocument.Parse(Write([article]));
        var root = json.RootElement;

        var date = root.GetProperty("dates")[0];
        Assert.Equal(("From 3 to 7 March 2025", "2025-03-03", "2025-03-07"), (date.GetProperty("text").GetString(), date.GetProperty("start").GetString(), date.GetProperty("end").GetString()));

        var money = root.GetProperty("money");
        Assert.Equal(JsonValueKind.Number, money[0].GetProperty("amount").ValueKind);
        Assert.Equal(240000m, money[0].GetProperty("amount").GetDecimal());
        Assert.Equal(4_500_000_000m, money[1].GetProperty("amount").GetDecimal());
        Assert.Equal("USD", money[1].GetProperty("currency").GetString());

        var person = root.GetProperty("people")[0];
        Assert.Equal(("Jens Stoltenberg", "Secretary General"), (person.GetProperty("name").GetString(), person.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("people")[1].GetProperty("title").ValueKind);
        Assert.Equal(["Spain", "Portugal"], root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Jens Stoltenberg", root.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        var warning = root.GetProperty("warnings")[0];
        Assert.Equal(["code", "message", "line", "text"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, warning.GetProperty("line").GetInt32());

        // The kind's own fields follow the base fields, as the kind writes them.
        Assert.Equal([.. BaseFields, "raidCount", "raidUnits", "raidUnitsByCountry"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, root.GetProperty("raidCount").GetInt32());
        Assert.Equal("RaidReport", root.GetProperty("kind").GetString());
    }
}
