using System.Text.Json;
using System.Text;
using Bulletins.Json;
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
    public void Read_write_read_back_gives_equal_records(string path)
    {
        var articles = TestReading.FromFile(path).Articles;

        var back = Bulletin.ReadJsonLines(new StringReader(Export(articles)), "export.jsonl").ToList();

        Assert.Equal(articles.Select(a => a.GetType()), back.Select(a => a.GetType()));
        Assert.Equal(articles, back);
    }

    [Fact]
    public void The_round_trip_covers_every_built_in_kind_and_its_fields()
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
    public void A_file_and_a_stream_read_back_alike_and_blank_lines_are_skipped()
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
    public void An_unknown_kind_is_an_error_with_its_line()
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
    public void A_line_that_is_not_an_article_object_is_an_error_with_its_line(string line, string reason)
    {
        var error = Assert.Throws<JsonLinesFormatException>(() => Bulletin.ReadJsonLines(new StringReader("\n" + line + "\n"), "bad.jsonl").ToList());

        Assert.Equal(2, error.Line);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Missing_fields_read_as_their_defaults()
    {
        var report = Assert.IsType<OperationReport>(Assert.Single(Bulletin.ReadJsonLines(new StringReader("{\"kind\":\"OperationReport\",\"title\":\"T\"}"), "short.jsonl")));

        Assert.Equal(new OperationReport { Title = "T" }, report);
    }

    [Fact]
    public void JsonSerializer_writes_an_Article_as_its_JSON_Lines_object_with_the_kind_fields()
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
    public void The_converter_reads_the_kinds_of_the_factory_it_is_given()
    {
        var options = new JsonSerializerOptions { Converters = { new ArticleJsonConverter(json => KindJson.KindName(json) == "NewsRelease" ? new NewsRelease(json) : null) } };
        var release = TestReading.FromFile(TestReading.SeedPath).Articles.OfType<NewsRelease>().First();
        var speech = TestReading.FromFile(TestReading.SeedPath).Articles.OfType<Speech>().First();

        Assert.Equal(release, JsonSerializer.Deserialize<Article>(JsonSerializer.Serialize<Article>(release), options));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Article>(JsonSerializer.Serialize<Article>(speech), options));
        Assert.Contains("unknown article kind 'Speech'", error.Message);
    }
}
