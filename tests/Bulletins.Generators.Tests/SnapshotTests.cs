using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>
/// Every file the generator emits, for a consumer's schema and for the built-in one, compared with
/// its committed snapshot under <c>Snapshots/</c>: one test per file, so a change names the file.
/// Refresh them with <c>tests/Bulletins.Generators.Tests/update-snapshots</c>.
/// </summary>
public class SnapshotTests
{
    private const string ConsumerFolder = "Consumer";
    private const string BuiltInFolder = "BuiltIn";

    public static TheoryData<string> ConsumerFiles => new(Generate(ConsumerFolder).Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> BuiltInFiles => new(Generate(BuiltInFolder).Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ConsumerFiles))]
    public void ConsumerSchemaGeneratesTheCommittedFile(string hintName) =>
        Snapshot.Match(ConsumerFolder + "/" + hintName, Generate(ConsumerFolder)[hintName]);

    [Theory]
    [MemberData(nameof(BuiltInFiles))]
    public void BuiltInSchemaGeneratesTheCommittedFile(string hintName) =>
        Snapshot.Match(BuiltInFolder + "/" + hintName, Generate(BuiltInFolder)[hintName]);

    [Theory]
    [InlineData(ConsumerFolder)]
    [InlineData(BuiltInFolder)]
    public void EverySnapshotIsOfAFileTheGeneratorStillEmits(string folder)
    {
        var emitted = Generate(folder).Keys.Order(StringComparer.Ordinal);
        Assert.Equal(emitted, Snapshot.Names(folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConsumerSchemaEmitsOneFilePerRecordAndTheSixSchemaClasses() =>
        Assert.Equal(
            ["test.Consumer.Notices.Announcement.g.cs", "test.Consumer.Notices.Closure.g.cs", "test.Consumer.Notices.NoticesClassifier.g.cs",
             "test.Consumer.Notices.NoticesFactory.g.cs", "test.Consumer.Notices.NoticesKind.g.cs", "test.Consumer.Notices.NoticesPatterns.g.cs", "test.Consumer.Notices.NoticesSchema.g.cs", "test.Consumer.Notices.NoticesWords.g.cs",
             "test.Consumer.Notices.Slot.g.cs"],
            Generate(ConsumerFolder).Keys.Order(StringComparer.Ordinal));

    private static IReadOnlyDictionary<string, string> Generate(string folder)
    {
        var output = folder == ConsumerFolder
            ? TestHelpers.Run(Schemas.Consumer, Schemas.ConsumerExtractors)
            // As the library builds it: with the base record (Bulletins.Article.g.cs) its build property asks for.
            : TestHelpers.Run(TestHelpers.CreateDriver(BuildProperties.Library, new InMemoryAdditionalText(Schemas.BuiltInPath, Schemas.BuiltIn)), TestHelpers.CreateCompilation([]));
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Sources;
    }
}
