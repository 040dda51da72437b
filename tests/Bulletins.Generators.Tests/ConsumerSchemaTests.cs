using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Reading;
using Bulletins.Schema;

namespace Bulletins.Generators.Tests;

/// <summary>
/// A consumer project (its own schema, its own namespace, referencing the Bulletins library) gets
/// working records, classifier, factory and metadata: compiled in memory, loaded and run.
/// </summary>
public class ConsumerSchemaTests
{
    private static readonly Lazy<Assembly> Consumer = new(() =>
    {
        var output = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        return TestHelpers.EmitAndLoad(output.OutputCompilation);
    });

    private static ExtractionContext Context(string title, string source, params string[] paragraphs) =>
        new(new ArticleDraft
        {
            File = "notices.txt",
            Line = 1,
            LastLine = 5 + paragraphs.Length,
            Title = title,
            Source = source,
            Paragraphs = paragraphs.Select((text, i) => new Paragraph(text, 5 + i)).ToList(),
        }, id: "abc123");

    private static Type Type(string name) => Consumer.Value.GetType("Consumer.Notices." + name, throwOnError: true)!;

    private static object? Call(string type, string method, params object[] arguments) =>
        Type(type).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == method && m.GetParameters().Length == arguments.Length)
            .Invoke(null, arguments);

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    private static readonly ExtractionContext ClosureContext = Context(
        "Riverside Library closed for repairs",
        "Town hall",
        "The Riverside Library stays shut for 12 days because of flooding and because of wiring; it reopens on 2026-03-02.",
        "The public was informed last week. About 400 visitors are affected.");

    [Fact]
    public void TheGeneratedCodeDocumentsEveryPublicMemberForAProjectWithADocumentationFile()
    {
        var compilation = TestHelpers.CreateCompilation([Schemas.ConsumerExtractors], parseOptions: TestHelpers.DocumentedParseOptions);
        var driver = TestHelpers.CreateDriver(null, TestHelpers.DocumentedParseOptions, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer));
        var output = TestHelpers.Run(driver, compilation);

        var generated = output.Result.GeneratedSources.Select(s => s.SyntaxTree.FilePath).ToHashSet();
        var missing = output.OutputCompilation.GetDiagnostics().Where(d => d.Id == "CS1591").ToList();
        // The check is on: the hand-written extractors have no docs, and say so.
        Assert.Contains(missing, d => d.Location.SourceTree!.FilePath is var path && !generated.Contains(path));
        var undocumented = missing.Where(d => generated.Contains(d.Location.SourceTree!.FilePath)).ToList();
        Assert.True(undocumented.Count == 0, string.Join("\n", undocumented));
    }

    [Fact]
    public void ClassifierRecognisesAKindFromItsRulesAndFallsBackOtherwise()
    {
        Assert.Equal("Closure", Call("NoticesClassifier", "Classify", ClosureContext)!.ToString());
        Assert.Equal("Announcement", Call("NoticesClassifier", "Classify", Context("Summer concert in the park", "Town hall", "Bring a chair."))!.ToString());
    }

    [Fact]
    public void NegativeWeightsLowerAScoreBelowTheThreshold()
    {
        var context = Context("Stadium closed for the final", "Sports office", "Tickets are sold out.");

        var scores = (IEnumerable)Call("NoticesClassifier", "Score", context)!;
        var closure = scores.Cast<object>().Single();

        Assert.Equal(1, Property(closure, "Score"));
        Assert.Equal(3, Property(closure, "Threshold"));
        Assert.Equal(["title", "source"], ((IEnumerable<RuleInfo>)Property(closure, "MatchedRules")!).Select(r => r.Scope.ToString().ToLowerInvariant()));
        Assert.Equal("Announcement", Call("NoticesClassifier", "Classify", context)!.ToString());
    }

    [Fact]
    public void FactoryBuildsTheRecordOfTheKindWithEveryFieldExtracted()
    {
        var article = (Article)Call("NoticesFactory", "Create", ClosureContext)!;

        Assert.Equal("Closure", article.Kind);
        Assert.Equal("Consumer.Notices.Closure", article.GetType().FullName);
        Assert.Equal("Riverside Library closed for repairs", article.Title);
        Assert.Equal("Riverside Library", Property(article, "Building"));
        Assert.Equal(12, Property(article, "Days"));
        Assert.Equal(["flooding", "wiring"], (IEnumerable<string>)Property(article, "Reasons")!);
        Assert.Equal(new DateOnly(2026, 3, 2), Property(article, "Reopens"));
        Assert.Equal(true, Property(article, "IsPublicInformed"));
        Assert.Equal(400, Property(article, "Visitors")); // `About 400 visitors`: the library's CountExtractor through the plumbing
        var slot = ((IEnumerable)Property(article, "Slots")!).Cast<object>().Single();
        Assert.Equal("Monday", Property(slot, "Day"));
    }

    [Fact]
    public void ACountReadsTheWordListsOfItsOwnSchema()
    {
        // `registered` is a qualifier in the consumer's `words:` only, not in the built-in schema's.
        var context = Context("Pool closed", "Town hall", "Some 250 registered visitors were sent home.");

        Assert.Equal(250, Property((Article)Call("NoticesFactory", "Create", context)!, "Visitors"));
        Assert.Equal(["registered", "expected"], (IEnumerable<string>)Type("NoticesWords").GetProperty("CountQualifiers")!.GetValue(null)!);
        Assert.DoesNotContain("registered", Bulletins.ArticleWords.CountQualifiers);
    }

    [Fact]
    public void MissingMatchesLeaveDefaultsAndTheFalseFlagWins()
    {
        var article = (Article)Call("NoticesFactory", "Create", Context("Pool closure", "Town hall", "Closed without notice."))!;

        Assert.Null(Property(article, "Building"));
        Assert.Equal(0, Property(article, "Days"));
        Assert.Empty((IEnumerable<string>)Property(article, "Reasons")!);
        Assert.Null(Property(article, "Reopens"));
        Assert.Equal(false, Property(article, "IsPublicInformed"));
    }

    [Fact]
    public void RecordsCompareByValueIncludingListsAndMaps()
    {
        var first = Call("NoticesFactory", "Create", ClosureContext);
        var second = Call("NoticesFactory", "Create", ClosureContext);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void KindFieldsAreWrittenAsCamelCaseJson()
    {
        var article = (Article)Call("NoticesFactory", "Create", ClosureContext)!;
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            article.WriteKindFields(writer);
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Equal(
            """{"building":"Riverside Library","days":12,"reasons":["flooding","wiring"],"reopens":"2026-03-02","isPublicInformed":true,"visitors":400,"slots":[{"day":"Monday","hours":4,"on":null,"tags":["morning"]}],"contacts":{"Town hall":["desk@example.org"]}}""",
            json);
    }

    [Fact]
    public void KindFieldsAreCSVCellsUnderTheConsumerSchemaSColumnsOnly()
    {
        var article = (Article)Call("NoticesFactory", "Create", ClosureContext)!;
        var kinds = (IReadOnlyList<KindInfo>)Type("NoticesSchema").GetProperty("Kinds")!.GetValue(null)!;
        var output = new StringWriter();
        using (var writer = Bulletins.Writing.ArticleWriter.Create(Bulletins.Writing.BulletinFormat.Csv, output, kinds: kinds))
        {
            writer.Write(article);
        }

        var lines = output.ToString().Split("\r\n");
        var header = lines[0].Split(',');
        var kindColumns = kinds.SelectMany(k => k.Fields).Select(f => f.JsonName).Distinct().ToList();
        Assert.Equal(kindColumns, header[^kindColumns.Count..]);
        Assert.DoesNotContain("arrests", header);
        // A declared type's cell is its fields' texts (null left out), a map's its entries.
        Assert.EndsWith(",Riverside Library,12,flooding; wiring,2026-03-02,true,400,Monday 4 morning,Town hall: desk@example.org", lines[1]);
    }

    [Fact]
    public void MetadataDescribesTheConsumerSchema()
    {
        var kinds = (IReadOnlyList<KindInfo>)Type("NoticesSchema").GetProperty("Kinds")!.GetValue(null)!;

        Assert.Equal(["Closure", "Announcement"], kinds.Select(k => k.Name));
        Assert.Equal(Type("Closure"), kinds[0].ClrType);
        Assert.True(kinds[1].IsFallback);
        Assert.Equal("map<string, string[]>", kinds[0].Fields.Single(f => f.JsonName == "contacts").TypeName);
        Assert.Same(kinds[0], Call("NoticesSchema", "Find", "closure"));
        Assert.Null(Call("NoticesSchema", "Find", "Speech"));
        var types = (IReadOnlyList<DeclaredTypeInfo>)Type("NoticesSchema").GetProperty("Types")!.GetValue(null)!;
        Assert.Equal(["Day", "Hours", "On", "Tags"], types.Single().Fields.Select(f => f.Name));
    }
}
