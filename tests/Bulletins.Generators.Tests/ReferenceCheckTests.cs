using Bulletins.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Tests;

/// <summary>
/// What only the compilation can tell: a <c>method:</c> extractor that does not exist or does not fit,
/// an outside type that does not exist, a project without the runtime. Each is a diagnostic at the
/// YAML line (a missing runtime: one, and no generated code to fail with CS0400).
/// </summary>
public class ReferenceCheckTests
{
    private static string Schema(string method, string type = "string?") => $"""
        namespace: Checks
        kinds:
          - name: Memo
            fallback: true
            fields:
              - name: topic
                type: {type}
                extract:
                  method: {method}
        """;

    private const string Extractors = """
        using System.Collections.Generic;
        using Bulletins.Extraction.Runtime;

        namespace Checks.Code;

        public class Topics
        {
            public static string? Extract(ExtractionContext context) => context.Draft.Title;
            public static int Count(ExtractionContext context) => 1;
            public string? Instance(ExtractionContext context) => null;
            public static string? NoContext(string text) => text;
            private static string? Hidden(ExtractionContext context) => null;
            public static List<string> Many(ExtractionContext context) => ["a"];
        }
        """;

    private static (Diagnostic Diagnostic, TestHelpers.GeneratorOutput Output) One(string yaml, string id)
    {
        var output = TestHelpers.Run(yaml, Extractors);
        return (TestHelpers.SingleDiagnostic(output, id), output);
    }

    /// <summary>Every error the build would show: the generator's and the compiler's over the generated code.</summary>
    private static List<string> Errors(TestHelpers.GeneratorOutput output) =>
        output.GeneratorDiagnostics.Concat(output.OutputCompilation.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .ToList();

    private static void AssertOnMethodLine(Diagnostic diagnostic)
    {
        Assert.Equal((8, 18), TestHelpers.StartOf(diagnostic));
    }

    [Fact]
    public void AMethodThatExistsAndFitsGivesNoDiagnostic()
    {
        var output = TestHelpers.Run(Schema("Checks.Code.Topics.Extract"), Extractors);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void AListFieldTakesAnyMethodWhoseResultConvertsToTheList()
    {
        var output = TestHelpers.Run(Schema("Checks.Code.Topics.Many", "string[]"), Extractors);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void BLTG023AMisspeltMethodIsAtTheMethodLine()
    {
        var (diagnostic, output) = One(Schema("Checks.Code.Topics.Extrct"), "BLTG023");
        AssertOnMethodLine(diagnostic);
        Assert.Contains("'Checks.Code.Topics' has no method 'Extrct'", diagnostic.GetMessage());
        // The generated code does not call it (the field stays empty): no CS0117 in obj/ beside it.
        Assert.Equal(["BLTG023"], Errors(output));
        Assert.DoesNotContain(output.Sources.Values, source => source.Contains("Extrct"));
    }

    [Fact]
    public void BLTG023AMisspeltTypeIsAtTheMethodLine()
    {
        var (diagnostic, output) = One(Schema("Checks.Code.Topic.Extract"), "BLTG023");
        AssertOnMethodLine(diagnostic);
        Assert.Contains("no type 'Checks.Code.Topic'", diagnostic.GetMessage());
        Assert.Equal(["BLTG023"], Errors(output));
    }

    [Theory]
    [InlineData("Checks.Code.Topics.Count", "string?", "returns int")]
    [InlineData("Checks.Code.Topics.Instance", "string?", "instance method")]
    [InlineData("Checks.Code.Topics.NoContext", "string?", "one Bulletins.Extraction.Runtime.ExtractionContext parameter")]
    [InlineData("Checks.Code.Topics.Hidden", "string?", "not accessible")]
    [InlineData("Checks.Code.Topics.Extract", "int", "returns string?")]
    public void BLTG024AMethodOfTheWrongSignatureIsAtTheMethodLine(string method, string type, string why)
    {
        var (diagnostic, output) = One(Schema(method, type), "BLTG024");
        AssertOnMethodLine(diagnostic);
        // Not called either: no CS0266, CS0120 or CS1503 in obj/ beside it.
        Assert.Equal(["BLTG024"], Errors(output));
        Assert.Contains(why, diagnostic.GetMessage());
        Assert.Contains("write it as 'public static", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG004AnOutsideTypeThatDoesNotExistIsAtTheType()
    {
        const string yaml = """
            namespace: Checks
            kinds:
              - name: Memo
                fallback: true
                fields:
                  - name: amounts
                    type: Bulletins.Quantiti[]
            """;
        var (diagnostic, _) = One(yaml, "BLTG004");
        Assert.Equal((6, 14), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("no type of that name", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG022WithoutTheRuntimeLibraryIsOneDiagnosticAndNothingGenerated()
    {
        // Only the framework: the project references the generator but not the Bulletins library.
        var framework = TestHelpers.References.Where(r => !(r.Display ?? "").EndsWith(Path.DirectorySeparatorChar + "Bulletins.dll", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(framework.Count < TestHelpers.References.Count);
        var compilation = TestHelpers.CreateCompilation([], references: framework);
        var output = TestHelpers.Run(compilation,
            new InMemoryAdditionalText("/p/one.yaml", Schemas.Minimal),
            new InMemoryAdditionalText("/p/two.yaml", Schemas.Minimal.Replace("Minimal", "Second")));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("BLTG022", diagnostic.Id);
        Assert.Contains("one.yaml, two.yaml", diagnostic.GetMessage());
        Assert.Empty(output.Result.GeneratedSources);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void ACsharpEditRerunsOnlyTheReferenceCheckAndLeavesTheModelCached()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schema("Checks.Code.Topics.Extract"));
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([Extractors]), schema);
        Assert.Empty(first.GeneratorDiagnostics);
        Assert.Contains(first.Result.GeneratedSources, s => s.SourceText.ToString().Contains("Topics.Extract"));

        // An edit that leaves every method as it was: nothing is emitted again.
        var unrelated = first.Driver.RunGenerators(TestHelpers.CreateCompilation([Extractors + "\nnamespace Checks.Code { public class Other { } }"]));
        var same = unrelated.GetRunResult().Results.Single();
        Assert.Empty(same.Diagnostics);
        Assert.All(same.TrackedSteps[ArticleSchemaGenerator.Steps.Model].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(same.TrackedSteps[ArticleSchemaGenerator.Steps.Emitted].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The method goes away: the check must see it, though the schema did not change, and the code stops calling it.
        var renamed = unrelated.RunGenerators(TestHelpers.CreateCompilation([Extractors.Replace("Extract(", "Renamed(")]));
        var result = renamed.GetRunResult().Results.Single();
        Assert.Contains(result.Diagnostics, d => d.Id == "BLTG023");
        Assert.All(result.TrackedSteps[ArticleSchemaGenerator.Steps.Model].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("Topics.Extract"));
    }
}
