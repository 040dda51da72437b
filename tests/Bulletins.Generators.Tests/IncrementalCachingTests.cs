using Bulletins.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

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
}
