using Bulletins.Testing;
using System.Reflection;
using System.Text;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Schema;
using Bulletins.Writing;

namespace Bulletins.Generators.Tests;

/// <summary>
/// A schema of one's own beside the built-in one: both namespaces imported in one file, the built-in
/// types and extractors reused, and the kinds of both read through one <see cref="SchemaSet"/>.
/// </summary>
public class CompositionTests
{
    private static readonly Lazy<Assembly> Consumer = new(() =>
    {
        var output = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        return TestHelpers.EmitAndLoad(output.OutputCompilation);
    });

    private static SchemaDefinition Notices =>
        (SchemaDefinition)Consumer.Value.GetType("Consumer.Notices.NoticesSchema", throwOnError: true)!.GetProperty("Definition")!.GetValue(null)!;

    private static string SeedPath => Fixtures.Repository("..", "shared", "seeds", "000_e349464e1e009bb6.txt");

    private const string ClosureNotice = """
        Riverside Library closed for repairs

        Source: Town hall

        The Riverside Library stays shut for 12 days because of flooding; it reopens on 2026-03-02.

        """;

    [Fact]
    public void AFileImportingBothNamespacesCompilesTheBuiltInAndTheOwnHelpersSideBySide()
    {
        const string both = """
            using Bulletins;
            using Bulletins.Extraction.Runtime;
            using Consumer.Notices;

            public static class UsesBoth
            {
                public static string Kinds(ExtractionContext context)
                {
                    ArticleKind builtIn = ArticleClassifier.Classify(context);
                    NoticesKind own = NoticesClassifier.Classify(context);
                    Article a = ArticleFactory.Create(context), b = NoticesFactory.Create(context);
                    return builtIn + " " + own + " " + ArticleSchema.Kinds.Count + " " + NoticesSchema.Kinds.Count + a.Kind + b.Kind;
                }
            }
            """;
        var output = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors, both);

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void AConsumerSchemaReusesTheBuiltInTypesAndExtractors()
    {
        const string yaml = """
            namespace: Seizures
            kinds:
              - name: Seizure
                fallback: true
                fields:
                  - name: goods
                    type: Bulletins.Quantity[]
                    extract:
                      method: Bulletins.Extraction.Extractors.QuantityExtractor.Extract
                  - name: firstGood
                    type: Bulletins.Quantity?
            """;
        var output = TestHelpers.Run(yaml);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        var assembly = TestHelpers.EmitAndLoad(output.OutputCompilation);

        var factory = assembly.GetType("Seizures.SeizuresFactory", throwOnError: true)!;
        var text = "Police seize drugs in the port\n\nSource: Police\n\nOfficers seized 5 tonnes of cocaine in the port.\n";
        var article = Bulletin.Read(new StringReader(text), "seizure.txt", new BulletinReadOptions
        {
            Factory = context => (Article)factory.GetMethod("Create", [typeof(ExtractionContext)])!.Invoke(null, [context])!,
        }).Single();

        var goods = (IReadOnlyList<Quantity>)article.GetType().GetProperty("Goods")!.GetValue(article)!;
        Assert.Equal(5m, Assert.Single(goods).Amount);
        var json = new StringWriter();
        using (var writer = ArticleWriter.Create(BulletinFormat.JsonLines, json)) writer.Write(article);
        Assert.Contains("\"goods\":[{", json.ToString());
    }

    [Fact]
    public void ASchemaSetAsksTheSchemasInOrderAndGivesTheRestToTheFirstOnesFallback()
    {
        var builtIn = Bulletin.Read(SeedPath).Select(a => a.Kind).ToList();
        var text = File.ReadAllText(SeedPath).TrimEnd() + "\n\n" + ClosureNotice;

        var ownFirst = new SchemaSet(Notices, ArticleSchema.Definition);
        var kinds = Bulletin.Read(new StringReader(text), "mixed.txt", new BulletinReadOptions { Factory = ownFirst.Create }).Select(a => a.Kind).ToList();

        // The seed's articles keep the built-in kinds that Notices' classifier does not claim; the notice is a Closure.
        Assert.Equal("Closure", kinds[^1]);
        var expected = builtIn.Select(kind => kind == "NewsRelease" ? "Announcement" : kind).ToList();
        Assert.Equal(expected, kinds.Take(builtIn.Count));
        Assert.Contains(builtIn, kind => kind != "NewsRelease");
        Assert.Contains(builtIn, kind => kind == "NewsRelease");

        // Built-in first: its fallback (NewsRelease) takes what no schema claims.
        var builtInFirst = new SchemaSet(ArticleSchema.Definition, Notices);
        var again = Bulletin.Read(new StringReader(text), "mixed.txt", new BulletinReadOptions { Factory = builtInFirst.Create }).Select(a => a.Kind).ToList();
        Assert.Equal(builtIn, again.Take(builtIn.Count));
        Assert.Equal("Closure", again[^1]);

        Assert.Equal(ArticleSchema.Kinds.Count + Notices.Kinds.Count, ownFirst.Kinds.Count);
        Assert.Same(Notices.Kinds[0], ownFirst.Find("closure"));
    }

    [Fact]
    public void ARepeatInASchemaSetKeepsItsOriginalsRecordTypeWhateverAnotherSchemaMakesOfItsNewTitle()
    {
        const string report = "Police arrested 12 suspects and seized 40 kilograms of cocaine in a joint operation in Spain and Portugal.";
        const string notice = "The sports centre opens its doors to the public on Saturday with a programme of free classes.";
        const string Reworded = "Cocaine network dismantled: harbour office closed";
        const string Retitled = "Police arrest 12 suspects in joint operation against drug trafficking network";
        var text = Release("Police arrest 12 in joint cocaine operation", report)
            + Release(Reworded, report)
            + Release("Sports centre open day", notice)
            + Release(Retitled, notice);
        var set = new SchemaSet(Notices, ArticleSchema.Definition);

        var articles = Bulletin.Read(new StringReader(text), "repeats.txt", new BulletinReadOptions { Factory = set.Create }).ToList();
        // Read alone, each new title is claimed by the other schema than its original's.
        Assert.Equal("Closure", Bulletin.Read(new StringReader(Release(Reworded, report)), "alone.txt", new BulletinReadOptions { Factory = Notices.Create }).Single().Kind);
        Assert.NotEqual("NewsRelease", Bulletin.Read(new StringReader(Release(Retitled, notice)), "alone.txt").Single().Kind);

        // The original report is a built-in kind; its repeat's title is one Notices would claim as a Closure.
        Assert.NotEqual("Closure", articles[0].Kind);
        Assert.Equal("Bulletins", articles[0].GetType().Namespace);
        Assert.Equal(articles[0].Id, articles[1].DuplicateOf);
        Assert.Equal(articles[0].GetType(), articles[1].GetType());
        // The notice none claims is Notices' fallback; its repeat keeps it, though the new title is one the built-in kinds would claim.
        Assert.Same(Notices.Kinds.Single(k => k.IsFallback).ClrType, articles[2].GetType());
        Assert.Equal(articles[2].Id, articles[3].DuplicateOf);
        Assert.Equal(articles[2].GetType(), articles[3].GetType());
    }

    private static string Release(string title, string body) => title + "\n\nSource: Town hall\n\n" + body + "\n\n";

    [Fact]
    public void ASchemaSetRefusesTwoKindsOfOneName()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemaSet(ArticleSchema.Definition, ArticleSchema.Definition));
        Assert.Contains("'Speech'", error.Message);
    }
}
