using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bulletins.Generators.Tests;

/// <summary>The generator does no work again when nothing it reads has changed.</summary>
public class IncrementalCachingTests
{
    [Fact]
    public void UnrelatedEditLeavesEveryStepOfTheConsumerSchemaCached() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.Consumer);

    [Fact]
    public void UnrelatedEditLeavesEveryStepOfTheBuiltInSchemaCached() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.BuiltIn);

    [Fact]
    public void UnrelatedEditLeavesABrokenSchemaCachedToo() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.Minimal.Replace("fallback: true", "fallback: true\n    colour: blue"));

    [Fact]
    public void SavingTheSchemaUnchangedReparsesNothing()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([Schemas.ConsumerExtractors]), schema);

        // A new file object with the same content, as an editor's save without changes gives.
        var resaved = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer));
        var second = TestHelpers.Run(resaved, first.OutputCompilation).Result;

        TestHelpers.AssertStepReasons(second, ArticleSchemaGenerator.Steps.SchemaText, IncrementalStepRunReason.Unchanged);
        TestHelpers.AssertStepReasons(second, ArticleSchemaGenerator.Steps.Parsed, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingTheSchemaDoesRunTheStepsAgain()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([]), schema);

        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal.Replace("Note", "Memo")));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        Assert.Contains(second.TrackedSteps[ArticleSchemaGenerator.Steps.Model].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.GeneratedSources, s => s.HintName == "test.Minimal.Memo.g.cs");
    }

    [Fact]
    public void OnlyAdditionalFilesMarkedAsSchemasAreReadWhateverTheirExtension()
    {
        var compilation = TestHelpers.CreateCompilation([]);
        var output = TestHelpers.Run(compilation,
            new InMemoryAdditionalText("/a/notes.txt", "not: a schema", isSchema: false),
            new InMemoryAdditionalText("/a/appsettings.yaml", "Logging:\n  LogLevel:\n    Default: Information\n", isSchema: false),
            new InMemoryAdditionalText("/a/other.yml", Schemas.Minimal.Replace("Minimal", "Other")),
            new InMemoryAdditionalText("/a/UPPER.YAML", Schemas.Minimal),
            new InMemoryAdditionalText("/a/kinds.schema", Schemas.Minimal.Replace("Minimal", "Third")));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "other.Other.Note.g.cs");
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "UPPER.Minimal.Note.g.cs");
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "kinds.Third.Note.g.cs");
        Assert.DoesNotContain(output.Result.GeneratedSources, s => s.HintName.StartsWith("appsettings", StringComparison.Ordinal));
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void AnAppsettingsYamlBesideASchemaIsNotReadWhenItIsNotMarked()
    {
        // Without the opt-in it would be BLTG002 (no namespace) and BLTG016 (unknown keys).
        var output = TestHelpers.Run(TestHelpers.CreateCompilation([]),
            new InMemoryAdditionalText("/app/appsettings.yaml", "Logging:\n  LogLevel:\n    Default: Information\n", isSchema: false),
            new InMemoryAdditionalText("/app/notices.yaml", Schemas.Minimal));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "notices.Minimal.Note.g.cs");
    }

    [Fact]
    public void ACommentAndWhitespaceInTheSchemaLeaveTheModelUnchangedAndNothingEmittedAgain()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([Schemas.ConsumerExtractors]), schema);

        // Same meaning: a trailing comment on the last line, trailing spaces, blank lines and a closing comment.
        var lines = Schemas.Consumer.Split('\n');
        lines[^1] += "   # the last line, annotated";
        var commented = string.Join("  \n", lines) + "\n\n# reviewed by the town hall\n";
        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, commented));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        TestHelpers.AssertStepReasons(second, ArticleSchemaGenerator.Steps.SchemaText, IncrementalStepRunReason.Modified);
        // The text changed, so the parser ran; it gave an equal result, so everything after it was reused.
        TestHelpers.AssertStepReasons(second, ArticleSchemaGenerator.Steps.Parsed, IncrementalStepRunReason.Unchanged);
        TestHelpers.AssertStepReasons(second, ArticleSchemaGenerator.Steps.Model, IncrementalStepRunReason.Cached);
        TestHelpers.AssertOutputReasons(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void TheReuseCheckFailsWhenAStepRanAgain()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([]), schema);
        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal.Replace("Note", "Memo")));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertEverythingReused(second, "a real edit"));
    }

    [Fact]
    public void TheModelWalkFindsRoslynObjectsNestedAnywhere()
    {
        var node = CSharpSyntaxTree.ParseText("class C { }").GetRoot();
        var holder = new Holder("x", [new Holder("y", [], null), new Holder("z", [], node)], null);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertFreeOfRoslyn(holder, "holder"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertFreeOfRoslyn(TestHelpers.CreateCompilation([]), "compilation"));
        TestHelpers.AssertFreeOfRoslyn(new Holder("x", [new Holder("y", [], "plain")], null), "holder");
    }

    [Fact]
    public void RulesCarryTheirIndexAndTheirPrefilterInTheModel()
    {
        var result = Parsing.SchemaParser.Parse(TestHelpers.SchemaPath, new StringReader(Schemas.Consumer), CancellationToken.None).Result;

        var rules = result.Model!.Kinds.Where(k => k.Recognition != null).SelectMany(k => k.Recognition!.Rules).ToList();
        Assert.True(rules.Count > 1);
        Assert.Equal(Enumerable.Range(0, rules.Count), rules.Select(r => r.Index));
        Assert.All(rules, rule => Assert.Equal(Analysis.PatternAnalyzer.Analyze(rule.Pattern.Text, withPrefilter: true).Prefilter, rule.Pattern.Prefilter));
        Assert.Contains(rules, rule => rule.Pattern.Prefilter != null);
    }

    [Fact]
    public void AKindDroppedAfterItsRulesWereReadLeavesNoGapInTheRuleNumbers()
    {
        // Without its threshold, Middle's rules are read but the kind is dropped (reported); the rest is emitted.
        const string broken = """
            namespace: Numbered
            kinds:
              - name: First
                recognition:
                  threshold: 1
                  rules:
                    - { in: title, pattern: 'first', weight: 1 }
              - name: Middle
                recognition:
                  rules:
                    - { in: title, pattern: 'middle', weight: 1 }
                    - { in: body, pattern: 'centre', weight: 1 }
              - name: Last
                recognition:
                  threshold: 1
                  rules:
                    - { in: title, pattern: 'last', weight: 1 }
              - name: Other
                fallback: true
            """;
        var result = Parsing.SchemaParser.Parse(TestHelpers.SchemaPath, new StringReader(broken), CancellationToken.None).Result;

        Assert.NotEmpty(result.Diagnostics);
        Assert.Equal(["First", "Last", "Other"], result.Model!.Kinds.Select(k => k.Name));
        var rules = result.Model.Kinds.Where(k => k.Recognition != null).SelectMany(k => k.Recognition!.Rules).ToList();
        Assert.NotEmpty(rules);
        Assert.Equal(Enumerable.Range(0, rules.Count), rules.Select(r => r.Index));
    }

    private sealed record Holder(string Name, Holder[] Children, object? Payload);
}
