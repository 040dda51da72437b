using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>The generated source of a small schema, compared with committed snapshots.</summary>
public class SnapshotTests
{
    [Fact]
    public void Consumer_schema_generates_the_committed_sources()
    {
        var output = TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors);

        Assert.Empty(output.GeneratorDiagnostics);
        var sources = output.Sources;
        Assert.Equal(
            ["test.Consumer.Notices.Announcement.g.cs", "test.Consumer.Notices.ArticleClassifier.g.cs", "test.Consumer.Notices.ArticleFactory.g.cs",
             "test.Consumer.Notices.ArticleKind.g.cs", "test.Consumer.Notices.ArticleSchema.g.cs", "test.Consumer.Notices.Closure.g.cs",
             "test.Consumer.Notices.Slot.g.cs"],
            sources.Keys.Order(StringComparer.Ordinal));
        foreach (var (hintName, source) in sources)
        {
            Snapshot.Match("Consumer/" + hintName, source);
        }
    }
}
