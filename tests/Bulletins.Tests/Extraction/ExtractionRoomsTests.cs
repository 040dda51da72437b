using Bulletins.Testing;

namespace Bulletins.Tests.Extraction;

/// <summary>
/// Extraction's two rooms and their toolkit (docs/extraction.md): the shared text toolkit reaches into
/// neither room, and the schema runtime's count extractor (a generic `count:` field) into no extractor.
/// </summary>
public class ExtractionRoomsTests
{
    private static string Extraction(params string[] parts) => Fixtures.Repository(["src", "Bulletins", "Extraction", .. parts]);

    [Fact]
    public void TheTextToolkitUsesNeitherRoom()
    {
        var files = Directory.GetFiles(Extraction("Text"), "*.cs");
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Extraction.Extractors", text);
            Assert.DoesNotContain("Extraction.Runtime", text);
            Assert.DoesNotContain("Extractors.", text);
        });
    }

    [Fact]
    public void TheCountExtractorTakesItsWordKnowledgeFromTheToolkitNotFromAnExtractor()
    {
        var text = File.ReadAllText(Extraction("Runtime", "CountExtractor.cs"));
        Assert.Contains("NameWords.", text);
        Assert.DoesNotContain("Extractors", text);
    }
}
