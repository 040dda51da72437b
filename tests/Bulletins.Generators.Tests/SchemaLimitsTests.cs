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

    /// <summary>
    /// Patterns past the engine's limit. Each row first checks that the engine does refuse it: a probe the
    /// engine accepts would check nothing (the built-in rules, which the library compiles and runs, are
    /// <see cref="EveryBuiltInPatternIsWithinTheLimit"/>'s).
    /// </summary>
    public static TheoryData<string> RefusedProbes() => new()
    {
        "[ab]{0,50000}c", "(a{1,1000}){1,1000}", Alternation(20_000), "a{10001}", "(ab|cd){4000}", @"x[^\n]{1,9999}y",
        "((a{10}){10}){100}", "(?:a{100}b){100}",
    };

    [Theory]
    [MemberData(nameof(RefusedProbes))]
    public void TheEstimateRefusesEveryPatternTheRealEngineRefuses(string pattern)
    {
        Assert.Throws<NotSupportedException>(() => new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));

        long estimate = PatternTrees.Size(pattern);
        Assert.True(estimate > EngineFit.SizeLimit, $"the engine refuses '{Short(pattern)}' but the estimate is {estimate}");
    }

    /// <summary>
    /// Patterns just inside the engine's limit: the estimate lets them through, so an author is not refused what
    /// would run. (The estimate is an upper bound: it refuses a few the engine would take, such as
    /// <c>(a|b|c|d){2500}</c> or a 2 000-word alternation, which are not listed.)
    /// </summary>
    [Theory]
    [InlineData("a{9000}")]
    [InlineData(@"[^\n]{1,9999}")]
    [InlineData("(ab|cd){2000}")]
    [InlineData(@"\p{L}{5000}")]
    [InlineData(@"(\p{Lu}\p{Ll}+ ){1,2000}")]
    [InlineData(@"(?i)\w{1,3000}")]
    [InlineData("((a{10}){10}){10}")]
    public void TheEstimateLetsThroughAPatternTheEngineAcceptsNearTheLimit(string pattern)
    {
        _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

        long estimate = PatternTrees.Size(pattern);
        Assert.True(estimate <= EngineFit.SizeLimit, $"the engine accepts '{Short(pattern)}' but the estimate is {estimate}");
    }

    [Fact]
    public void ALiteralBracketInAClassDoesNotHideTheRestOfThePatternFromTheEstimate()
    {
        Assert.Equal(PatternTrees.Size("[x]a{20000}"), PatternTrees.Size("[[]a{20000}"));
        Assert.True(PatternTrees.Size("[[]a{20000}") > EngineFit.SizeLimit);
        // Subtraction still nests: the class ends at its outer bracket.
        Assert.Equal(PatternTrees.Size("[x]a{20000}"), PatternTrees.Size("[a-z-[aeiou]]a{20000}"));
    }

    [Fact]
    public void EveryBuiltInPatternIsWithinTheLimit()
    {
        Assert.NotEmpty(global::Bulletins.ArticleSchema.Rules);
        Assert.All(global::Bulletins.ArticleSchema.Rules, rule => Assert.True(PatternTrees.Size(rule.Pattern) <= EngineFit.SizeLimit, Short(rule.Pattern)));
    }

    [Theory]
    [InlineData("[ab]{0,50000}c")]
    [InlineData("(a{1,1000}){1,1000}")]
    public void APatternTooLargeForTheEngineIsBLTG021AtThePattern(string pattern)
    {
        var diagnostic = Located(WithPattern(pattern), "BLTG021");
        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void ATwentyThousandWordAlternationIsBLTG021() => Located(WithPattern(Alternation(20_000)), "BLTG021");

    [Theory]
    [InlineData("Kind")]
    [InlineData("SchemaPatterns")]
    [InlineData("Title")]
    [InlineData("Equals")]
    public void AKindNamedLikeAMemberOfItsOwnRecordIsBLTG015(string name) =>
        Located($"namespace: Limits\nkinds:\n  - name: {name}\n  - name: Note\n    fallback: true\n", "BLTG015");

    [Fact]
    public void AFieldNamedCloneIsBLTG014() =>
        Located("namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: clone\n        type: string\n", "BLTG014");

    [Fact]
    public void NamesThatDifferOnlyByAZeroWidthJoinerAreBLTG007()
    {
        var diagnostic = Located("namespace: Limits\nkinds:\n  - name: Note\n  - name: \"No\\u200Dte\"\n    fallback: true\n", "BLTG007");
        Assert.Contains("formatting character", diagnostic.GetMessage());
    }

    [Fact]
    public void ADecomposedNameIsBLTG007() =>
        Located("namespace: Limits\nkinds:\n  - name: \"Cafe\\u0301\"\n    fallback: true\n", "BLTG007");

    [Fact]
    public void AnOverlongNameIsBLTG007() =>
        Located($"namespace: Limits\nkinds:\n  - name: {new string('N', Identifiers.MaxNameLength + 1)}\n    fallback: true\n", "BLTG007");

    [Fact]
    public void AFiveThousandPartNamespaceIsBLTG007() =>
        Located($"namespace: {string.Join(".", Enumerable.Repeat("A", 5000))}\nkinds:\n  - name: Note\n    fallback: true\n", "BLTG007");

    [Fact]
    public void AnUnclosedFlowSequenceIsBLTG001WhereItIsNotAnInternalError() =>
        Located("description: x\nnamespace: [unclosed\nkinds:\n  - name: Note\n    fallback: true\n", "BLTG001");

    [Fact]
    public void ASecondYamlDocumentIsBLTG001NotIgnored() =>
        Located("namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n---\nkinds:\n  - name: Lost\n", "BLTG001");

    [Fact]
    public void WeightsPastTheLimitAreBLTG003SoScoresCannotOverflow()
    {
        var yaml = WithPattern("alert").Replace("weight: 1", "weight: 2147483647").Replace("threshold: 1", "threshold: 1\n      ");
        Located(yaml, "BLTG003");
    }

    [Fact]
    public void ATypeNestedPastTheDepthLimitIsBLTG004AndGeneratingItIsQuick()
    {
        var deep = "string" + string.Concat(Enumerable.Repeat("[]", 2000));
        Located($"namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: deep\n        type: '{deep}'\n", "BLTG004");
    }

    [Fact]
    public void ATypeAtTheDepthLimitStillBuilds()
    {
        var atLimit = "string" + string.Concat(Enumerable.Repeat("[]", FieldTypeParserDepth));
        Assert.DoesNotContain(Diagnostics($"namespace: Limits\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: deep\n        type: '{atLimit}'\n"), d => d.Severity == DiagnosticSeverity.Error);
    }

    private static int FieldTypeParserDepth => FieldTypeParser.MaxDepth;

    private static string Short(string pattern) => pattern.Length <= 60 ? pattern : pattern[..60] + "...";
}
