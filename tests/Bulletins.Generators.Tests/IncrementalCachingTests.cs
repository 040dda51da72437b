using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bulletins.Generators.Tests;

/// <summary>The generator does no work again when nothing it reads has changed.</summary>
public class IncrementalCachingTests
{
    [Fact]
    public void Unrelated_edit_leaves_every_step_of_the_consumer_schema_cached() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.Consumer);

    [Fact]
    public void Unrelated_edit_leaves_every_step_of_the_built_in_schema_cached() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.BuiltIn);

    [Fact]
    public void Unrelated_edit_leaves_a_broken_schema_cached_too() =>
        TestHelpers.AssertCachedAfterUnrelatedEdit(Schemas.Minimal.Replace("fallback: true", "fallback: true\n    colour: blue"));

    [Fact]
    public void Saving_the_schema_unchanged_reparses_nothing()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([Schemas.ConsumerExtractors]), schema);

        // A new file object with the same content, as an editor's save without changes gives.
        var resaved = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer));
        var second = TestHelpers.Run(resaved, first.OutputCompilation).Result;

        Assert.All(second.TrackedSteps[ArticleSchemaGenerator.Steps.SchemaText].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(second.TrackedSteps[ArticleSchemaGenerator.Steps.Parsed].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_the_schema_does_run_the_steps_again()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([]), schema);

        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal.Replace("Note", "Memo")));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        Assert.Contains(second.TrackedSteps[ArticleSchemaGenerator.Steps.Model].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.GeneratedSources, s => s.HintName == "test.Minimal.Memo.g.cs");
    }

    [Fact]
    public void Only_yaml_and_yml_additional_files_are_schemas()
    {
        var compilation = TestHelpers.CreateCompilation([]);
        var output = TestHelpers.Run(compilation,
            new InMemoryAdditionalText("/a/notes.txt", "not: a schema"),
            new InMemoryAdditionalText("/a/other.yml", Schemas.Minimal.Replace("Minimal", "Other")),
            new InMemoryAdditionalText("/a/UPPER.YAML", Schemas.Minimal));

        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "other.Other.Note.g.cs");
        Assert.Contains(output.Result.GeneratedSources, s => s.HintName == "UPPER.Minimal.Note.g.cs");
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void A_comment_and_whitespace_in_the_schema_leave_the_model_unchanged_and_nothing_emitted_again()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Consumer);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([Schemas.ConsumerExtractors]), schema);

        // Same meaning: a trailing comment on the last line, trailing spaces, blank lines and a closing comment.
        var lines = Schemas.Consumer.Split('\n');
        lines[^1] += "   # the last line, annotated";
        var commented = string.Join("  \n", lines) + "\n\n# reviewed by the town hall\n";
        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, commented));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        Assert.All(second.TrackedSteps[ArticleSchemaGenerator.Steps.SchemaText].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        // The text changed, so the parser ran; it gave an equal result, so everything after it was reused.
        Assert.All(second.TrackedSteps[ArticleSchemaGenerator.Steps.Parsed].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(second.TrackedSteps[ArticleSchemaGenerator.Steps.Model].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void The_reuse_check_fails_when_a_step_ran_again()
    {
        var schema = new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal);
        var first = TestHelpers.Run(TestHelpers.CreateCompilation([]), schema);
        var edited = first.Driver.ReplaceAdditionalText(schema, new InMemoryAdditionalText(TestHelpers.SchemaPath, Schemas.Minimal.Replace("Note", "Memo")));
        var second = TestHelpers.Run(edited, first.OutputCompilation).Result;

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertEverythingReused(second, "a real edit"));
    }

    [Fact]
    public void The_model_walk_finds_roslyn_objects_nested_anywhere()
    {
        var node = CSharpSyntaxTree.ParseText("class C { }").GetRoot();
        var holder = new Holder("x", [new Holder("y", [], null), new Holder("z", [], node)], null);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertFreeOfRoslyn(holder, "holder"));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TestHelpers.AssertFreeOfRoslyn(TestHelpers.CreateCompilation([]), "compilation"));
        TestHelpers.AssertFreeOfRoslyn(new Holder("x", [new Holder("y", [], "plain")], null), "holder");
    }

    [Fact]
    public void Rules_carry_their_index_and_their_prefilter_in_the_model()
    {
        var result = Parsing.SchemaParser.Parse(TestHelpers.SchemaPath, new StringReader(Schemas.Consumer), CancellationToken.None);

        var rules = result.Model!.Kinds.Where(k => k.Recognition != null).SelectMany(k => k.Recognition!.Rules).ToList();
        Assert.True(rules.Count > 1);
        Assert.Equal(Enumerable.Range(0, rules.Count), rules.Select(r => r.Index));
        Assert.All(rules, rule => Assert.Equal(Analysis.PatternAnalyzer.Analyze(rule.Pattern.Text, withPrefilter: true).Prefilter, rule.Pattern.Prefilter));
        Assert.Contains(rules, rule => rule.Pattern.Prefilter != null);
    }

    [Fact]
    public void A_kind_dropped_after_its_rules_were_read_leaves_no_gap_in_the_rule_numbers()
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
        var result = Parsing.SchemaParser.Parse(TestHelpers.SchemaPath, new StringReader(broken), CancellationToken.None);

        Assert.NotEmpty(result.Diagnostics);
        Assert.Equal(["First", "Last", "Other"], result.Model!.Kinds.Select(k => k.Name));
        var rules = result.Model.Kinds.Where(k => k.Recognition != null).SelectMany(k => k.Recognition!.Rules).ToList();
        Assert.NotEmpty(rules);
        Assert.Equal(Enumerable.Range(0, rules.Count), rules.Select(r => r.Index));
    }

    private sealed record Holder(string Name, Holder[] Children, object? Payload);
}
