using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Tests;

/// <summary>The built-in schema, through the generator and through the library that it is built into.</summary>
public class BuiltInSchemaTests
{
    [Fact]
    public void LibrarySourcesAndTheGeneratedCodeCompileWithoutWarnings()
    {
        // The library itself, compiled in memory from its hand-written sources plus the generator's output.
        var libraryDirectory = Fixtures.Repository("src", "Bulletins");
        var sources = Directory.EnumerateFiles(libraryDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(File.ReadAllText)
            .Append(ImplicitUsings);
        var runtimeOnly = TestHelpers.References.Where(r => !r.Display!.EndsWith("Bulletins.dll", StringComparison.OrdinalIgnoreCase));
        // Parsed as the library's project does (GenerateDocumentationFile): an undocumented public member is CS1591.
        var compilation = TestHelpers.CreateCompilation(sources, "Bulletins", runtimeOnly, TestHelpers.DocumentedParseOptions);

        var output = TestHelpers.Run(TestHelpers.CreateDriver(BuildProperties.Library, TestHelpers.DocumentedParseOptions, new InMemoryAdditionalText(Schemas.BuiltInPath, Schemas.BuiltIn)), compilation);

        Assert.Empty(output.GeneratorDiagnostics);
        // The library's JSON context for the mention records is System.Text.Json's to implement.
        var complete = FrameworkGenerators.RunJsonGenerator(output.OutputCompilation);
        var problems = complete.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "articles.Bulletins.OperationReport.g.cs");
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "Bulletins.Article.g.cs");
    }

    [Fact]
    public void OnlyTheLibraryGetsTheBaseRecordSCodeAConsumerReusesIt()
    {
        var output = TestHelpers.Run("namespace: Mine\nkinds:\n  - name: Note\n    fallback: true\n");

        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "test.Mine.Note.g.cs");
        Assert.DoesNotContain(output.Result.GeneratedSources, s => s.HintName == "Bulletins.Article.g.cs");
        Assert.Empty(output.CompilationProblems);
    }

    /// <summary>The built-in YAML read apart from the generator: what the metadata must repeat, whatever kinds it declares.</summary>
    private static YamlMappingNode BuiltInYaml()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Schemas.BuiltIn));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Items(YamlMappingNode node, string key) => [.. ((YamlSequenceNode)node[key]).Children.Cast<YamlMappingNode>()];

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public void LibraryMetadataListsTheYamlsKindsAndTypesWithOneFallback()
    {
        // Read from the YAML, not written here: a kind added to the schema breaks nothing in this test.
        var yaml = BuiltInYaml();
        var kinds = Items(yaml, "kinds");
        Assert.True(kinds.Count > 1);
        Assert.Equal(kinds.Select(k => Scalar(k, "name")), ArticleSchema.Kinds.Select(k => k.Name));
        var fallback = Assert.Single(kinds, k => k.Children.TryGetValue("fallback", out var value) && value.ToString() == "true");
        Assert.Equal(Scalar(fallback, "name"), ArticleSchema.Kinds.Single(k => k.IsFallback).Name);
        Assert.Equal(typeof(OperationReport), ArticleSchema.Find("operationreport")!.ClrType);
        Assert.Equal(Enum.GetNames<ArticleKind>(), ArticleSchema.Kinds.Select(k => k.Name));
        Assert.Equal(Items(yaml, "types").Select(t => Scalar(t, "name")), ArticleSchema.Types.Select(t => t.Name));
    }

    [Fact]
    public void LibraryMetadataKeepsEveryRuleWithItsNote()
    {
        Assert.NotEmpty(ArticleSchema.Rules);
        Assert.All(ArticleSchema.Rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Generalises)));
        Assert.Equal(ArticleSchema.Rules.Count, ArticleSchema.Recognition.Sum(r => r.Rules.Count));
        // Each kind's threshold as the YAML gives it, and none for a kind without recognition (the fallback).
        var thresholds = Items(BuiltInYaml(), "kinds").Select(k => (Scalar(k, "name"),
            k.Children.TryGetValue("recognition", out var recognition) ? int.Parse(Scalar(recognition, "threshold"), System.Globalization.CultureInfo.InvariantCulture) : (int?)null));
        Assert.Contains(thresholds, t => t.Item2 is null);
        Assert.Equal(thresholds, ArticleSchema.Kinds.Select(k => (k.Name, ArticleSchema.RecognitionOf(k.Name)?.Threshold)));
    }

    [Fact]
    public void LibraryKindsHaveTheSchemaFieldsAsProperties()
    {
        var fields = ArticleSchema.Kinds.SelectMany(kind => kind.Fields.Select(field => (kind, field))).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, pair => Assert.True(pair.kind.ClrType.GetProperty(pair.field.Name) != null, $"{pair.kind.Name} has no property {pair.field.Name}"));
        Assert.Equal(typeof(int?), typeof(OperationReport).GetProperty(nameof(OperationReport.Arrests))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyDictionary<string, IReadOnlyList<string>>), typeof(OperationReport).GetProperty(nameof(OperationReport.Authorities))!.PropertyType);
    }

    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;
}
