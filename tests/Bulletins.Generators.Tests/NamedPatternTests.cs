using System.Reflection;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Reading;
using Microsoft.CodeAnalysis;

namespace Bulletins.Generators.Tests;

/// <summary>
/// The schema's <c>patterns:</c>: wording written once, used by rules and extractors with <c>{use: name}</c>
/// (or in a list, any of which may match), read by C# as <c>&lt;Name&gt;Patterns.&lt;Name&gt;</c>, and
/// checked where it is written.
/// </summary>
public class NamedPatternTests
{
    private const string Yaml = """
        namespace: Named
        words:
          - name: horns
            words: [klaxon, fog horn, horn(s)]
        patterns:
          - name: alarm
            description: The word that raises an alert.
            pattern: '(?i)\balarm\b'
          - name: alertTitle
            description: Any of the alarm and a siren, the siren in capitals only.
            pattern: [{use: alarm}, 'SIREN']
          - name: warning
            description: A warning sound, the alarm or a horn, spliced into the middle of the pattern.
            pattern: '(?i)^a (?<what>{{alarm}}|{{horns}}) sounded\b'
          - name: spacedWarning
            description: The horns in a pattern that ignores its own white space, where a word's space must stay one.
            pattern: '(?x) ^ {{horns}} \s sounded'
        kinds:
          - name: Alert
            recognition:
              threshold: 2
              rules:
                - in: title
                  pattern: {use: alertTitle}
                  weight: 2
            fields:
              - name: cause
                type: string?
                extract:
                  in: body
                  pattern: [{use: alarm}, 'caused by (?<value>\w+)']
              - name: loud
                type: bool?
                extract:
                  in: body
                  flag:
                    true: {use: alarm}
          - name: Note
            fallback: true
        """;

    private static readonly Lazy<Assembly> Generated = new(() =>
    {
        var output = TestHelpers.Run(Yaml);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.Empty(output.CompilationProblems);
        return TestHelpers.EmitAndLoad(output.OutputCompilation);
    });

    private static Type Type(string name) => Generated.Value.GetType("Named." + name, throwOnError: true)!;

    private static SchemaPattern Pattern(string name) => (SchemaPattern)Type("NamedPatterns").GetProperty(name)!.GetValue(null)!;

    private static Article Create(string title, params string[] paragraphs) =>
        (Article)Type("NamedFactory").GetMethod("Create", [typeof(ExtractionContext)])!.Invoke(null, [new ExtractionContext(new ArticleDraft
        {
            File = "f.txt",
            Line = 1,
            LastLine = 5 + paragraphs.Length,
            Title = title,
            Source = "Office",
            Paragraphs = paragraphs.Select((text, i) => new Paragraph(text, 5 + i)).ToList(),
        }, "id")])!;

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    [Fact]
    public void CSharpReadsTheNamedPatternAsTheSchemaWritesIt()
    {
        Assert.Equal(@"(?i)\balarm\b", Pattern("Alarm").Text);
        Assert.True(Pattern("Alarm").IsMatch("The ALARM rang"));
        Assert.False(Pattern("Alarm").IsMatch("alarmed"));
        // The prefilter the generator found turns away a line without the word, before any regex runs.
        Assert.False(Pattern("Alarm").MayMatch("nothing here"));
    }

    [Fact]
    public void AListMatchesWhenAnyItemDoesEachItemKeepingItsOwnOptions()
    {
        var title = Pattern("AlertTitle");
        Assert.True(title.IsMatch("Alarm in the harbour"));
        Assert.True(title.IsMatch("SIREN test"));
        Assert.False(title.IsMatch("siren test")); // `(?i)` of the first item does not reach the second
    }

    [Fact]
    public void ARegexSplicesANamedPatternOrAWordListInline()
    {
        var warning = Pattern("Warning");
        Assert.Equal(@"(?i)^a (?<what>(?:(?i)\balarm\b)|(?:klaxon|fog\ horn|horn\(s\))) sounded\b", warning.Text);
        Assert.Equal("fog horn", warning.Match("A fog horn sounded twice").Groups["what"].Value);
        Assert.Equal("horn(s)", warning.Match("a horn(s) sounded").Groups["what"].Value); // the word's `(` is a letter, not a group
        Assert.Equal("alarm", warning.Match("A alarm sounded").Groups["what"].Value);
        Assert.False(warning.IsMatch("A hornet sounded"));
    }

    [Fact]
    public void AWordsSpacesSurviveAPatternThatIgnoresWhiteSpace()
    {
        // Spliced words are escaped as Regex.Escape does (as the C# readers of a word list do): `fog\ horn`.
        var spaced = Pattern("SpacedWarning");
        Assert.True(spaced.IsMatch("fog horn sounded"));
        Assert.False(spaced.IsMatch("foghorn sounded"));
    }

    [Theory]
    // `    pattern: 'a ` is 16 characters: the diagnostic spans the braces and the name.
    [InlineData("namespace: Named\npatterns:\n  - name: a\n    pattern: 'a {{missing}} b'\n" + Tail, 3, 16)]
    // A named pattern may splice only those above it, as with `use`.
    [InlineData("namespace: Named\npatterns:\n  - name: first\n    pattern: 'x{{second}}'\n  - name: second\n    pattern: y\n" + Tail, 3, 15)]
    public void AnUnknownSpliceIsReportedAtItsBraces(string yaml, int line, int column)
    {
        var diagnostic = Single(yaml, "BLTG003");
        Assert.Equal((line, column), At(diagnostic));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(column + (yaml.Contains("{{missing}}", StringComparison.Ordinal) ? "{{missing}}" : "{{second}}").Length, span.EndLinePosition.Character);
        Assert.Contains("neither a named pattern declared before it nor a word list", diagnostic.GetMessage());
    }

    [Fact]
    public void BracesThatAreTheRegexsOwnAreNotASplice() =>
        Assert.Empty(TestHelpers.Run("namespace: Named\npatterns:\n  - name: a\n    pattern: 'x{2}{{3}}|{{ not }}'\n" + Tail).GeneratorDiagnostics);

    [Fact]
    public void RulesAndExtractorsUseTheNamedPatterns()
    {
        var alert = Create("Alarm at noon", "The outage was caused by storms.");
        Assert.Equal("Alert", alert.Kind);
        Assert.Equal("storms", Property(alert, "Cause"));
        Assert.Null(Property(alert, "Loud"));

        Assert.Equal("Alert", Create("SIREN at noon", "An alarm sounded.").Kind);
        Assert.Equal(true, Property(Create("SIREN at noon", "An alarm sounded."), "Loud"));
        Assert.Equal("Note", Create("Siren at noon").Kind);
    }

    [Fact]
    public void ASchemaWithoutNamedPatternsHasNoPatternsClass() =>
        Assert.DoesNotContain(TestHelpers.Run(Schemas.Minimal).Sources.Keys, name => name.Contains("Patterns", StringComparison.Ordinal));

    private static Diagnostic Single(string yaml, string id) => TestHelpers.SingleDiagnostic(TestHelpers.Run(yaml), id);

    private static (int Line, int Column) At(Diagnostic diagnostic) => TestHelpers.StartOf(diagnostic);

    private const string Tail = "kinds:\n  - name: Note\n    fallback: true\n";

    [Fact]
    public void ABadNamedPatternIsReportedAtTheCharacterWhereTheSchemaWritesIt()
    {
        var diagnostic = Single("namespace: Named\npatterns:\n  - name: broken\n    pattern: 'a[z-a]b'\n" + Tail, "BLTG008");
        // `    pattern: '` is 14 characters, then the engine's offset into the pattern.
        Assert.Equal((3, 14 + EngineOffset("a[z-a]b")), At(diagnostic));
    }

    [Fact]
    public void ABadItemOfAListIsReportedAtThatItem()
    {
        var diagnostic = Single("namespace: Named\npatterns:\n  - name: broken\n    pattern:\n      - 'fine'\n      - '(unclosed'\n" + Tail, "BLTG008");
        Assert.Equal((5, 9 + EngineOffset("(unclosed")), At(diagnostic));
    }

    [Fact]
    public void AnUnsupportedConstructInANamedPatternIsReportedThere()
    {
        var diagnostic = Single("namespace: Named\npatterns:\n  - name: look\n    pattern: 'a(?=b)'\n" + Tail, "BLTG009");
        Assert.Equal((3, 13), At(diagnostic));
    }

    [Theory]
    [InlineData("namespace: Named\npatterns:\n  - name: a\n    pattern: x\n" + "kinds:\n  - name: Note\n    fallback: true\n    fields:\n      - name: f\n        type: string?\n        extract:\n          pattern: {use: missing}\n", 11, 25)]
    // A named pattern may use only those above it: no cycles, one reading order.
    [InlineData("namespace: Named\npatterns:\n  - name: first\n    pattern: [{use: second}]\n  - name: second\n    pattern: x\n" + Tail, 3, 20)]
    public void AnUnknownUseIsReportedAtItsName(string yaml, int line, int column)
    {
        var diagnostic = Single(yaml, "BLTG003");
        Assert.Equal((line, column), At(diagnostic));
        Assert.Contains("not a named pattern declared before it", diagnostic.GetMessage());
    }

    [Fact]
    public void ANamedPatternNamedTwiceIsReportedAtTheSecondName()
    {
        var diagnostic = Single("namespace: Named\npatterns:\n  - name: same\n    pattern: a\n  - name: same\n    pattern: b\n" + Tail, "BLTG005");
        Assert.Equal((4, 10), At(diagnostic));
    }

    private static int EngineOffset(string pattern) =>
        Assert.Throws<System.Text.RegularExpressions.RegexParseException>(() => new System.Text.RegularExpressions.Regex(pattern)).Offset;
}
