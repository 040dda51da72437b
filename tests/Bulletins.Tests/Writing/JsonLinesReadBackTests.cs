using System.Text.Json;
using System.Text;
using Bulletins.Json;
using Bulletins.Reading;
using Bulletins.Testing;
using Bulletins.Tests.Reading;
using Bulletins.Writing;

namespace Bulletins.Tests.Writing;

/// <summary>
/// A JSON Lines export loads back into the same typed records (<see cref="Bulletin.ReadJsonLines(TextReader, string, JsonLinesReadOptions?)"/>),
/// and <see cref="Article"/>'s own JSON contract is the JSON Lines object, kind fields included.
/// </summary>
public class JsonLinesReadBackTests
{
    private static IEnumerable<string> Paths() =>
        new[] { TestReading.SeedPath }.Concat(Directory.GetFiles(Fixtures.Project("Bulletins"), "*.txt")).Order();

    public static TheoryData<string> Bulletins() => new(Paths());

    private static string Export(IEnumerable<Article> articles)
    {
        var output = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output))
        {
            foreach (var article in articles) writer.Write(article);
        }
        return output.ToString();
    }

    [Theory]
    [MemberData(nameof(Bulletins))]
    public void ReadWriteReadBackGivesEqualRecords(string path)
    {
        var articles = TestReading.FromFile(path).Articles;

        var back = Bulletin.ReadJsonLines(new StringReader(Export(articles)), "export.jsonl").ToList();

        Assert.Equal(articles.Select(a => a.GetType()), back.Select(a => a.GetType()));
        Assert.Equal(articles, back);
    }

    [Fact]
    public void TheRoundTripCoversEveryBuiltInKindAndItsFields()
    {
        var articles = Paths().SelectMany(path => TestReading.FromFile(path).Articles).ToList();

        Assert.Equal(ArticleSchema.Kinds.Select(k => k.Name).Order(), articles.Select(a => a.Kind).Distinct().Order());
        Assert.Contains(articles.OfType<OperationReport>(), r => r.Quantities.Count > 0 && r.Authorities.Count > 0 && r.Arrests is not null);
        Assert.Contains(articles.OfType<MediaAdvisory>(), a => a.Schedule.Count > 0 && a.MediaOpportunity is not null);
        Assert.Contains(articles.OfType<Speech>(), s => s.Speakers.Count > 0);
        Assert.Contains(articles, a => a.Dates.Count > 0 && a.Money.Count > 0);
        Assert.Contains(articles, a => a.DuplicateOf is not null);
    }

    [Fact]
    public void AFileAndAStreamReadBackAlikeAndBlankLinesAreSkipped()
    {
        var articles = TestReading.FromFile(TestReading.SeedPath).Articles;
        var path = Path.Combine(Path.GetTempPath(), $"bulletins-readback-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var output = File.Create(path))
            using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, output))
            {
                foreach (var article in articles) writer.Write(article);
            }
            File.AppendAllText(path, "\n  \n");

            Assert.Equal(articles, Bulletin.ReadJsonLines(path).ToList());
            using var stream = File.OpenRead(path);
            Assert.Equal(articles, Bulletin.ReadJsonLines(stream, path).ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnUnknownKindIsAnErrorWithItsLine()
    {
        var lines = Export(TestReading.FromFile(TestReading.SeedPath).Articles.Take(2)) + """{"id":"x","kind":"Obituary","title":"T"}""" + "\n";

        var error = Assert.Throws<JsonLinesFormatException>(() => Bulletin.ReadJsonLines(new StringReader(lines), "old.jsonl").ToList());

        Assert.Equal(("old.jsonl", 3), (error.File, error.Line));
        Assert.StartsWith("old.jsonl:3: unknown kind 'Obituary': the built-in kinds are Speech, ", error.Message);
    }

    [Theory]
    [InlineData("{\"kind\":\"Speech\",\"title\":", "not JSON")]
    [InlineData("[1, 2]", "one article object, not array")]
    [InlineData("{\"title\":\"No kind\"}", "no \"kind\" string")]
    [InlineData("{\"kind\":\"OperationReport\",\"arrests\":\"many\"}", "a OperationReport article with a field of the wrong type: expected a number, found \"many\"")]
    [InlineData("{\"kind\":\"Speech\",\"line\":1.5}", "expected a whole number, found 1.5")]
    [InlineData("{\"kind\":\"NewsRelease\",\"dates\":[{\"text\":\"x\",\"start\":7}]}", "wrong type")]
    public void ALineThatIsNotAnArticleObjectIsAnErrorWithItsLine(string line, string reason)
    {
        var error = Assert.Throws<JsonLinesFormatException>(() => Bulletin.ReadJsonLines(new StringReader("\n" + line + "\n"), "bad.jsonl").ToList());

        Assert.Equal(2, error.Line);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void WithAProblemHandlerABadLineIsABLT016ProblemAndReadingGoesOn()
    {
        var seed = TestReading.FromFile(TestReading.SeedPath).Articles.Take(2).ToList();
        var lines = Export(seed).Split('\n');
        var text = lines[0] + "\n{\"kind\":\"Obituary\"}\nnot json\n" + lines[1] + "\n";
        var problems = new List<BulletinProblem>();

        var back = Bulletin.ReadJsonLines(new StringReader(text), "mixed.jsonl", new JsonLinesReadOptions { OnProblem = problems.Add }).ToList();

        Assert.Equal(seed, back);
        Assert.Equal([(ProblemCodes.JsonLinesInvalid, 2), (ProblemCodes.JsonLinesInvalid, 3)], problems.Select(p => (p.Code, p.Line)));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Equal("not json", problems[1].Text);
    }

    [Fact]
    public void MissingFieldsReadAsTheirDefaults()
    {
        var report = Assert.IsType<OperationReport>(Assert.Single(Bulletin.ReadJsonLines(new StringReader("{\"kind\":\"OperationReport\",\"title\":\"T\"}"), "short.jsonl")));

        Assert.Equal(new OperationReport { Title = "T" }, report);
    }

    [Fact]
    public void JsonSerializerWritesAnArticleAsItsJSONLinesObjectWithTheKindFields()
    {
        var articles = TestReading.FromFile(TestReading.SeedPath).Articles;
        var report = articles.OfType<OperationReport>().First(r => r.Arrests is not null);
        var line = Export([report]).TrimEnd('\n');

        var json = JsonSerializer.Serialize<Article>(report);

        // The serializer's encoder escapes typographic characters (\u2019) unless told otherwise; the object is the same.
        Assert.Equal(line, JsonSerializer.Serialize<Article>(report, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Contains("\"arrests\":", json);
        Assert.Equal(report, JsonSerializer.Deserialize<Article>(json));
        Assert.Equal(articles, JsonSerializer.Deserialize<List<Article>>(JsonSerializer.Serialize<IReadOnlyList<Article>>(articles)));
    }

    [Fact]
    public void TheConverterReadsTheKindsOfTheFactoryItIsGiven()
    {
        var options = new JsonSerializerOptions { Converters = { new ArticleJsonConverter(json => KindJson.KindName(json) == "NewsRelease" ? new NewsRelease(json) : null) } };
        var release = TestReading.FromFile(TestReading.SeedPath).Articles.OfType<NewsRelease>().First();
        var speech = TestReading.FromFile(TestReading.SeedPath).Articles.OfType<Speech>().First();

        Assert.Equal(release, JsonSerializer.Deserialize<Article>(JsonSerializer.Serialize<Article>(release), options));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Article>(JsonSerializer.Serialize<Article>(speech), options));
        Assert.Contains("unknown article kind 'Speech'", error.Message);
    }
}
