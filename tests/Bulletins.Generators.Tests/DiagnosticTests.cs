using Bulletins.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Tests;

/// <summary>
/// One test per diagnostic: its id, and the place in the YAML it points at (0-based line and
/// column, as Roslyn reports them; an editor shows both one higher).
/// </summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string yaml, string id)
    {
        var output = TestHelpers.Run(yaml);
        // A broken schema is reported, never thrown: no generator crash (CS8785) in the compilation.
        Assert.DoesNotContain(output.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        return TestHelpers.SingleDiagnostic(output, id);
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var start = TestHelpers.StartOf(diagnostic);
        Assert.True((line, column) == start, $"{diagnostic.Id} at {start.Line}:{start.Column}, expected {line}:{column}: {diagnostic.GetMessage()}");
    }

    [Fact]
    public void BLTG001YamlSyntaxErrorPointsAtTheOffendingText()
    {
        const string yaml = """
            namespace: Broken
            kinds:
              - name: Note
                description: from `Country: authority` lines
                fallback: true
            """;

        var diagnostic = Single(yaml, "BLTG001");

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void BLTG001SaysWhatIsWrongInYamlTermsNotInTheScannerS()
    {
        const string yaml = """
            namespace: Broken
            kinds:
              - name: Note
                description: from `Country: authority` lines
                fallback: true
            """;

        var message = Single(yaml, "BLTG001").GetMessage();

        Assert.DoesNotContain("While ", message);
        Assert.Contains("quote the value", message);
    }

    [Fact]
    public void BLTG001ATabUsedForIndentationIsReportedOnItsOwnLine()
    {
        const string yaml = "namespace: Tabs\nkinds:\n  - name: Note\n\tfallback: true\n";

        var diagnostic = Single(yaml, "BLTG001");

        AssertAt(diagnostic, 3, 0);
        Assert.Contains("tab", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG002MissingRequiredKeyPointsAtTheMappingThatLacksIt()
    {
        const string yaml = """
            namespace: Missing
            kinds:
              - name: Note
                fallback: true
                fields:
                  - name: subject
                    description: no type
            """;

        var diagnostic = Single(yaml, "BLTG002");

        AssertAt(diagnostic, 5, 8);
        Assert.Contains("'type'", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG002ASchemaWithoutNamespaceIsReportedAndEmitsNothing()
    {
        var output = TestHelpers.Run("kinds:\n  - name: Note\n    fallback: true\n");

        AssertAt(output.GeneratorDiagnostics.Single(d => d.Id == "BLTG002"), 0, 0);
        Assert.Empty(output.Result.GeneratedSources);
    }

    [Fact]
    public void BLTG003InvalidValuePointsAtTheValue()
    {
        const string yaml = """
            namespace: Values
            kinds:
              - name: Alert
                recognition:
                  threshold: 2
                  rules:
                    - in: title
                      pattern: alert
                      weight: heavy
              - name: Note
                fallback: true
            """;

        AssertAt(Single(yaml, "BLTG003"), 8, 18);
    }

    [Fact]
    public void BLTG003InWithACountExtractorPointsAtTheInKey()
    {
        var yaml = "namespace: Values\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: int?\n        extract:\n          in: title\n          count:\n            noun: x\n";

        AssertAt(Single(yaml, "BLTG003"), 8, 10);
    }

    [Theory]
    [InlineData("rule", "namespace: Values\nkinds:\n  - name: Alert\n    recognition:\n      threshold: 1\n      rules:\n        - in: headline\n          pattern: alert\n          weight: 1\n  - name: Note\n    fallback: true\n", 6, 14)]
    [InlineData("extractor", "namespace: Values\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string?\n        extract:\n          in: headline\n          pattern: x\n", 8, 14)]
    public void BLTG003AWrongInNamesTheOneVocabularyOfRulesAndExtractors(string where, string yaml, int line, int column)
    {
        var diagnostic = Single(yaml, "BLTG003");

        AssertAt(diagnostic, line, column);
        Assert.True(diagnostic.GetMessage().EndsWith("must be title, source, opening, closing, body or all, not 'headline'"), where + ": " + diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("in: all")]
    [InlineData("in: source")]
    [InlineData("in: closing")]
    public void RulesAndExtractorsAcceptEveryWordOfTheInVocabulary(string scope)
    {
        var yaml = "namespace: Values\nkinds:\n  - name: Alert\n    recognition:\n      threshold: 1\n      rules:\n        - " + scope + "\n          pattern: alert\n          weight: 1\n"
                   + "    fields:\n      - name: x\n        type: string?\n        extract:\n          " + scope + "\n          pattern: x\n  - name: Note\n    fallback: true\n";

        Assert.Empty(TestHelpers.Run(yaml).GeneratorDiagnostics);
    }

    [Fact]
    public void BLTG003AnEmptyEntryOfAWordListPointsAtTheEntry()
    {
        var yaml = "namespace: Values\nwords:\n  - name: personNouns\n    words:\n      - people\n      - ''\nkinds:\n  - name: Note\n    fallback: true\n";

        var diagnostic = Single(yaml, "BLTG003");

        AssertAt(diagnostic, 5, 8);
        Assert.Contains("word list 'personNouns'", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG005AWordListNamedTwicePointsAtTheSecondName()
    {
        var yaml = "namespace: Values\nwords:\n  - name: roles\n    words: [chief]\n  - name: roles\n    words: [head]\nkinds:\n  - name: Note\n    fallback: true\n";

        AssertAt(Single(yaml, "BLTG005"), 4, 10);
    }

    [Fact]
    public void BLTG004UnknownFieldTypePointsAtTheType()
    {
        const string yaml = """
            namespace: Types
            kinds:
              - name: Note
                fallback: true
                fields:
                  - name: count
                    type: integer
            """;

        var diagnostic = Single(yaml, "BLTG004");

        AssertAt(diagnostic, 6, 14);
        Assert.Contains("'integer'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("string[]?")]
    [InlineData("map<int, string>")]
    [InlineData("Undeclared[]")]
    public void BLTG004MalformedTypesAreUnknown(string type)
    {
        var yaml = $"namespace: Types\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: '{type}'\n";

        AssertAt(Single(yaml, "BLTG004"), 6, 14);
    }

    [Fact]
    public void BLTG005DuplicateKindPointsAtTheSecondName()
    {
        const string yaml = """
            namespace: Duplicates
            types:
              - name: Note
                fields: []
            kinds:
              - name: Note
                fallback: true
            """;

        AssertAt(Single(yaml, "BLTG005"), 5, 10);
    }

    [Fact]
    public void BLTG006DuplicateFieldPointsAtTheSecondFieldName()
    {
        const string yaml = """
            namespace: Duplicates
            kinds:
              - name: Note
                fallback: true
                fields:
                  - name: topic
                    type: string
                  - name: Topic
                    type: string
            """;

        AssertAt(Single(yaml, "BLTG006"), 7, 14);
    }

    [Theory]
    [InlineData("class", " (it is a C# keyword)")]
    [InlineData("2Fast", "")]
    [InlineData("record", " (it is a C# contextual keyword)")]
    [InlineData("With Space", "")]
    public void BLTG007KindNamesMustBeIdentifiers(string name, string why)
    {
        var yaml = $"namespace: Names\nkinds:\n  - name: '{name}'\n    fallback: true\n";

        var diagnostic = Single(yaml, "BLTG007");

        AssertAt(diagnostic, 2, 10);
        Assert.Equal($"'{name}' is not a valid C# identifier{why}", diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG007NamespaceMustBeDottedIdentifiers()
    {
        AssertAt(Single("namespace: My.2nd\nkinds:\n  - name: Note\n    fallback: true\n", "BLTG007"), 0, 11);
    }

    [Fact]
    public void BLTG007FieldNamesAreJsonNamesSoKeywordsAreAllowedButNotLeadingUnderscores()
    {
        var ok = TestHelpers.Run("namespace: Names\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: event\n        type: string\n");
        Assert.Empty(ok.GeneratorDiagnostics);
        Assert.Empty(ok.CompilationProblems);

        AssertAt(Single("namespace: Names\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: _hidden\n        type: string\n", "BLTG007"), 5, 14);
    }

    [Fact]
    public void BLTG008InvalidRegularExpressionPointsAtThePattern()
    {
        const string yaml = """
            namespace: Patterns
            kinds:
              - name: Alert
                recognition:
                  threshold: 1
                  rules:
                    - in: body
                      pattern: '(unclosed'
                      weight: 1
              - name: Note
                fallback: true
            """;

        var diagnostic = Single(yaml, "BLTG008");

        // Where the engine stopped: the end of the pattern, just inside its closing quote.
        AssertAt(diagnostic, 7, 19 + 1 + EngineOffset("(unclosed"));
        Assert.Contains("(unclosed", diagnostic.GetMessage());
    }

    private static int EngineOffset(string pattern)
    {
        var error = Assert.Throws<System.Text.RegularExpressions.RegexParseException>(() => new System.Text.RegularExpressions.Regex(pattern));
        return error.Offset;
    }

    [Theory]
    [InlineData("ab[z-a]cd", "ab[z-a]cd", 0)]
    [InlineData("'it''s [z-a] here'", "it's [z-a] here", 1)]
    [InlineData("\"x{3,2}y\"", "x{3,2}y", 1)]
    [InlineData("'a\\p{Nope}b'", "a\\p{Nope}b", 1)]
    public void BLTG008TheEngineOffsetBecomesTheColumnOfTheOffendingCharacter(string written, string pattern, int quote)
    {
        var yaml = $"namespace: Patterns\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string?\n        extract:\n          pattern: {written}\n";
        int offset = EngineOffset(pattern);
        int doubled = written.StartsWith('\'') ? pattern[..offset].Count(c => c == '\'') : 0;

        AssertAt(Single(yaml, "BLTG008"), 8, 19 + quote + offset + doubled);
    }

    [Theory]
    [InlineData(@"alert(?=s)", "lookahead")]
    [InlineData(@"(?<!no )alert", "lookbehind")]
    [InlineData(@"(a)\1", "backreference")]
    [InlineData(@"(?<x>a)\k<x>", "named backreference")]
    [InlineData(@"(?>alert)", "atomic group")]
    [InlineData(@"(?(a)b|c)", "conditional")]
    [InlineData(@"\Galert", @"\G")]
    public void BLTG009ConstructsTheNonBacktrackingEngineRejects(string pattern, string construct)
    {
        var yaml = $"namespace: Patterns\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string?\n        extract:\n          pattern: '{pattern}'\n";

        var diagnostic = Single(yaml, "BLTG009");

        AssertAt(diagnostic, 8, 19);
        Assert.Contains(construct, diagnostic.GetMessage());
    }

    [Fact]
    public void BLTG009EscapedAndClassParenthesesAreNotConstructs()
    {
        var output = TestHelpers.Run("namespace: Patterns\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string?\n        extract:\n          pattern: '\\(\\?=x\\)|[(?=]|\\\\1'\n");

        Assert.Empty(output.GeneratorDiagnostics);
    }

    /// <summary>
    /// The generator walks its parse for unsupported constructs instead of building the engine (which costs
    /// about 10 ms a pattern); the scan must agree with the engine, both ways.
    /// </summary>
    [Theory]
    [InlineData(@"(?i)^(good (morning|afternoon)|thank you)\b")]
    [InlineData(@"(?m)^[^\n]{1,70}\n[^\n]{1,70}$")]
    [InlineData(@"\b(?<value>(Operation|OPERATION)[ \u00A0]\p{Lu}[\p{L}\d]*(-[\p{L}\d]+)?)")]
    [InlineData(@"(?i:\b(arrest(s|ed)?)\b)|\b(Operation)[ ]\p{Lu}")]
    [InlineData(@"[(?=]\(\?!x\)\\1")]
    [InlineData(@"alert(?=s)")]
    [InlineData(@"(?<!no )alert")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<x>a)\k<x>")]
    [InlineData(@"(?>alert)")]
    [InlineData(@"(?(a)b|c)")]
    [InlineData(@"(?<a>x)(?<b-a>y)")]
    [InlineData(@"\Galert")]
    [InlineData(@"(?#\1 is no backreference in a comment)alert")]
    [InlineData(@"[[](?=x)")]
    [InlineData(@"[a-z-[aeiou]](?=x)")]
    [InlineData(@"([a-z-[aeiou]])\1")]
    [InlineData(@"(?<x>a)\<x>")] // `\<name>` is a named backreference too
    [InlineData(@"(a)\11")] // with one group, an octal escape, no backreference
    public void BLTG009TheScanAgreesWithTheNonBacktrackingEngine(string pattern)
    {
        bool engineRejects;
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.NonBacktracking);
            engineRejects = false;
        }
        catch (NotSupportedException)
        {
            engineRejects = true;
        }
        var yaml = $"namespace: Patterns\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string?\n        extract:\n          pattern: '{pattern.Replace("'", "''")}'\n";

        var reported = TestHelpers.Run(yaml).GeneratorDiagnostics.Any(d => d.Id == "BLTG009");

        Assert.Equal(engineRejects, reported);
    }

    [Fact]
    public void BLTG010NoFallbackKindPointsAtTheKindsKey()
    {
        const string yaml = """
            namespace: Fallbacks
            kinds:
              - name: Note
                recognition:
                  threshold: 1
                  rules: []
            """;

        AssertAt(Single(yaml, "BLTG010"), 1, 0);
    }

    [Fact]
    public void BLTG011SecondFallbackKindPointsAtItsName()
    {
        const string yaml = """
            namespace: Fallbacks
            kinds:
              - name: Note
                fallback: true
              - name: Memo
                fallback: true
            """;

        var diagnostic = Single(yaml, "BLTG011");

        AssertAt(diagnostic, 4, 10);
        Assert.Contains("'Memo'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Extract")]
    [InlineData("My..Extractor.Extract")]
    [InlineData("My.class.Extract")]
    [InlineData("My.Extractor.Extract()")]
    public void BLTG012MalformedMethodExtractorPointsAtTheName(string method)
    {
        var yaml = $"namespace: Methods\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: string\n        extract:\n          method: '{method}'\n";

        AssertAt(Single(yaml, "BLTG012"), 8, 18);
    }

    [Theory]
    [InlineData("string", "count:\n            noun: x")]
    [InlineData("int?", "flag:\n            true: x")]
    [InlineData("Thing", "pattern: x")]
    [InlineData("int?[]", "pattern: x")]
    public void BLTG013ExtractorThatCannotFillTheType(string type, string extract)
    {
        var yaml = $"namespace: Fit\ntypes:\n  - name: Thing\n    fields: []\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: x\n        type: '{type}'\n        extract:\n          {extract}\n";

        AssertAt(Single(yaml, "BLTG013"), 11, 10);
    }

    [Theory]
    [InlineData("kind", "Kind")]
    [InlineData("title", "Title")]
    [InlineData("date", "Date")]
    [InlineData("writeKindFields", "WriteKindFields")]
    [InlineData("equalityContract", "EqualityContract")]
    [InlineData("note", "Note")]
    [InlineData("schemaPatterns", "SchemaPatterns")]
    public void BLTG014FieldNamedLikeAMemberOrTheRecord(string field, string property)
    {
        var yaml = $"namespace: Members\nkinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: {field}\n        type: string\n";

        var diagnostic = Single(yaml, "BLTG014");

        AssertAt(diagnostic, 5, 14);
        Assert.Contains($"'{property}'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Reserved", "ReservedKind")]
    [InlineData("Reserved", "ReservedSchema")]
    [InlineData("Acme.Reserved", "ReservedFactory")]
    [InlineData("Bulletins", "Article")]
    public void BLTG015NamesTheGeneratedCodeOrTheLibraryUse(string ns, string name)
    {
        var yaml = $"namespace: {ns}\nkinds:\n  - name: {name}\n  - name: Note\n    fallback: true\n";

        AssertAt(Single(yaml, "BLTG015"), 2, 10);
    }

    [Fact]
    public void BLTG016UnknownKeyIsAWarningAtTheKey()
    {
        const string yaml = """
            namespace: Keys
            kinds:
              - name: Note
                fallback: true
                colour: blue
            """;

        var output = TestHelpers.Run(yaml);
        var diagnostic = Single(yaml, "BLTG016");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 4, 4);
        Assert.Empty(output.CompilationProblems);
    }

    [Fact]
    public void BLTG017KindWithoutRecognitionIsAWarning()
    {
        const string yaml = """
            namespace: Recognition
            kinds:
              - name: Orphan
              - name: Note
                fallback: true
            """;

        var diagnostic = Single(yaml, "BLTG017");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 2, 10);
    }

    [Fact]
    public void BLTG019TypeContainingItselfThroughNonNullableFieldsPointsAtTheField()
    {
        const string yaml = """
            namespace: Cycles
            types:
              - name: Node
                fields:
                  - name: next
                    type: Link
                  - name: children
                    type: Node[]
              - name: Link
                fields:
                  - name: target
                    type: Node
                  - name: previous
                    type: Link?
            kinds:
              - name: Note
                fallback: true
            """;

        var output = TestHelpers.Run(yaml);
        // One report per cycle: leaving out the field that closes it breaks it.
        var found = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "BLTG019");

        AssertAt(found, 4, 14);
        Assert.Contains("Node.next -> Link -> Node", found.GetMessage());
        Assert.Empty(output.CompilationProblems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("just text")]
    [InlineData("namespace: [a, b]\nkinds: {}")]
    [InlineData("namespace: X\nkinds:\n  - 42\n  - [a]\n  - name: {x: y}\n")]
    [InlineData("namespace: X\nkinds: &a\n  - name: Note\n    fallback: true\nagain: *a\n")]
    [InlineData("--- \nnamespace: X\n...\n--- \nnamespace: Y\n")]
    [InlineData("\0\u0001\u00ff binary")]
    public void BrokenSchemasAreReportedNeverThrown(string yaml)
    {
        var output = TestHelpers.Run(yaml);

        Assert.NotEmpty(output.GeneratorDiagnostics);
        Assert.DoesNotContain(output.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "BLTG018");
    }

    [Fact]
    public void BLTG020SecondSchemaInTheSameNamespacePointsAtItsNamespaceAndIsNotGenerated()
    {
        var output = TestHelpers.Run(TestHelpers.CreateCompilation([]),
            new InMemoryAdditionalText("/one/articles.yaml", Schemas.Minimal),
            new InMemoryAdditionalText("/two/articles.yaml", "# another\n" + Schemas.Minimal.Replace("Note", "Memo")));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("BLTG020", diagnostic.Id);
        Assert.Equal("/two/articles.yaml", diagnostic.Location.GetLineSpan().Path);
        AssertAt(diagnostic, 1, 11);
        Assert.Contains("/one/articles.yaml", diagnostic.GetMessage());
        Assert.DoesNotContain(output.OutputCompilation.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.Empty(output.CompilationProblems);
        Assert.DoesNotContain(output.Result.GeneratedSources, s => s.HintName.Contains("Memo"));
    }

    [Fact]
    public void OneMistakeLeavesTheRestOfTheSchemaGenerated()
    {
        const string yaml = """
            namespace: Partial
            kinds:
              - name: Alert
                recognition:
                  threshold: 1
                  rules:
                    - in: title
                      pattern: '(?=bad)'
                      weight: 1
                    - in: title
                      pattern: alert
                      weight: 1
                fields:
                  - name: level
                    type: integer
                  - name: code
                    type: string?
              - name: Note
                fallback: true
            """;

        var output = TestHelpers.Run(yaml);

        Assert.Equal(["BLTG009", "BLTG004"], output.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(output.CompilationProblems);
        Assert.Contains("public string? Code { get; init; }", output.Sources["test.Partial.Alert.g.cs"]);
    }
}
