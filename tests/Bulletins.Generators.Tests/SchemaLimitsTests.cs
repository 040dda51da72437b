using System.Text;
using System.Text.RegularExpressions;
using Bulletins.Generators.Analysis;
using Bulletins.Generators.Parsing;
using Bulletins.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Tests;

/// <summary>
/// What a schema author cannot break: a schema the generator accepts runs, and one that could not
/// run is a located diagnostic in the YAML, never an error in generated code or an internal error.
/// </summary>
public class SchemaLimitsTests
{
    private static string WithPattern(string pattern) => $"""
        namespace: Limits
        kinds:
          - name: Alert
            recognition:
              threshold: 1
              rules:
                - in: body
                  pattern: '{pattern.Replace("'", "''")}'
                  weight: 1
          - name: Note
            fallback: true
        """;

    /// <summary>The generator's diagnostics, after checking the schema neither crashed it nor broke the generated code.</summary>
    private static List<Diagnostic> Diagnostics(string yaml)
    {
        var output = TestHelpers.Run(yaml);
        Assert.DoesNotContain(output.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "BLTG018");
        Assert.Empty(output.CompilationProblems);
        return [.. output.GeneratorDiagnostics];
    }

    private static Diagnostic Located(string yaml, string id)
    {
        var found = Diagnostics(yaml).Where(d => d.Id == id).ToList();
        Assert.True(found.Count >= 1, $"expected {id}, got: " + string.Join("\n", Diagnostics(yaml)));
        Assert.Equal(TestHelpers.SchemaPath, found[0].Location.GetLineSpan().Path);
        Assert.True(found[0].Location.GetLineSpan().StartLinePosition != default, "the diagnostic must point into the YAML, not at (1,1)");
        return found[0];
    }

    private static string Alternation(int words) => string.Join("|", Enumerable.Range(0, words).Select(i => "word" + i.ToString("x")));

    /// <summary>Patterns around and past the engine's limit, and every pattern of the built-in schema.</summary>
    public static TheoryData<string> Probes()
    {
        var data = new TheoryData<string>
        {
            "[ab]{0,50000}c", "(a{1,1000}){1,1000}", Alternation(20_000), Alternation(300), Alternation(2_000),
            "a{9000}", "a{10001}", "(ab|cd){2000}", "(ab|cd){4000}", @"(?i)\w{1,3000}", @"[^\n]{1,9999}", @"x[^\n]{1,9999}y",
            "(a|b|c|d){2500}", "((a{10}){10}){10}", "((a{10}){10}){100}", "(?:a{100}b){100}", @"\p{L}{5000}", @"(\p{Lu}\p{Ll}+ ){1,2000}",
        };
        foreach (var rule in global::Bulletins.ArticleSchema.Rules) data.Add(rule.Pattern);
        return data;
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public void The_estimate_refuses_every_pattern_the_real_engine_refuses(string pattern)
    {
        bool engineRefuses;
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            engineRefuses = false;
        }
        catch (NotSupportedException)
        {
            engineRefuses = true;
        }

        long estimate = PatternTrees.Size(pattern);
        if (engineRefuses) Assert.True(estimate > EngineFit.SizeLimit, $"the engine refuses '{Short(pattern)}' but the estimate is {estimate}");
    }

    [Fact]
    public void A_literal_bracket_in_a_class_does_not_hide_the_rest_of_the_pattern_from_the_estimate()
    {
        Assert.Equal(PatternTrees.Size("[x]a{20000}"), PatternTrees.Size("[[]a{20000}"));
        Assert.True(PatternTrees.Size("[[]a{20000}") > EngineFit.SizeLimit);
        // Subtraction still nests: the class ends at its outer bracket.
        Assert.Equal(PatternTrees.Size("[x]a{20000}"), PatternTrees.Size("[a-z-[aeiou]]a{20000}"));
    }

    [Fact]
    public void Every_built_in_pattern_is_within_the_limit() =>
        Assert.All(global::Bulletins.ArticleSchema.Rules, rule => Assert.True(PatternTrees.Size(rule.Pattern) <= EngineFit.SizeLimit, Short(rule.Pattern)));

    [Theory]
    [InlineData("[ab]{0,50000}c")]
    [InlineData("(a{1,1000}){1,1000}")]
    public void A_pattern_too_large_for_the_engine_is_BLTG021_at_the_pattern(string pattern)
    {
        var diagnostic = Located(WithPattern(pattern), "BLTG021");
        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_twenty_thousand_word_alternation_is_BLTG021() => Located(WithPattern(Alternation(20_000)), "BLTG021");

    [Theory]
    [InlineData("Kind")]
    [InlineData("SchemaPatterns")]
    [InlineData("Title")]
    [InlineData("Equals")]
    public void A_kind_named_like_a_member_of_its_own_record_is_BLTG015(string name) =>
        Located($"namespace: Limits\nkinds:\n  - name: {name}\n  - name: Note\n    fallback: true\n", "BLTG015");

    [Fact]
    public void A_field_named_clone_is_BLTG014() =>
        Located("namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: clone\n        type: string\n", "BLTG014");

    [Fact]
    public void Names_that_differ_only_by_a_zero_width_joiner_are_BLTG007()
    {
        var diagnostic = Located("namespace: Limits\nkinds:\n  - name: Note\n  - name: \"No\\u200Dte\"\n    fallback: true\n", "BLTG007");
        Assert.Contains("formatting character", diagnostic.GetMessage());
    }

    [Fact]
    public void A_decomposed_name_is_BLTG007() =>
        Located("namespace: Limits\nkinds:\n  - name: \"Cafe\\u0301\"\n    fallback: true\n", "BLTG007");

    [Fact]
    public void An_overlong_name_is_BLTG007() =>
        Located($"namespace: Limits\nkinds:\n  - name: {new string('N', Identifiers.MaxNameLength + 1)}\n    fallback: true\n", "BLTG007");

    [Fact]
    public void A_five_thousand_part_namespace_is_BLTG007() =>
        Located($"namespace: {string.Join(".", Enumerable.Repeat("A", 5000))}\nkinds:\n  - name: Note\n    fallback: true\n", "BLTG007");

    [Fact]
    public void An_unclosed_flow_sequence_is_BLTG001_where_it_is_not_an_internal_error() =>
        Located("description: x\nnamespace: [unclosed\nkinds:\n  - name: Note\n    fallback: true\n", "BLTG001");

    [Fact]
    public void A_second_yaml_document_is_BLTG001_not_ignored() =>
        Located("namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n---\nkinds:\n  - name: Lost\n", "BLTG001");

    [Fact]
    public void Weights_past_the_limit_are_BLTG003_so_scores_cannot_overflow()
    {
        var yaml = WithPattern("alert").Replace("weight: 1", "weight: 2147483647").Replace("threshold: 1", "threshold: 1\n      ");
        Located(yaml, "BLTG003");
    }

    [Fact]
    public void A_type_nested_past_the_depth_limit_is_BLTG004_and_generating_it_is_quick()
    {
        var deep = "string" + string.Concat(Enumerable.Repeat("[]", 2000));
        Located($"namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: deep\n        type: '{deep}'\n", "BLTG004");
    }

    [Fact]
    public void A_type_at_the_depth_limit_still_builds()
    {
        var atLimit = "string" + string.Concat(Enumerable.Repeat("[]", FieldTypeParserDepth));
        Assert.DoesNotContain(Diagnostics($"namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: deep\n        type: '{atLimit}'\n"), d => d.Severity == DiagnosticSeverity.Error);
    }

    private static int FieldTypeParserDepth => FieldTypeParser.MaxDepth;

    private static string Short(string pattern) => pattern.Length <= 60 ? pattern : pattern[..60] + "...";
}
