using System.Reflection;
using Bulletins.Extraction.Runtime;
using Bulletins.Generators.Tests.Infrastructure;
using Bulletins.Reading;
using Bulletins.Schema;

namespace Bulletins.Generators.Tests;

/// <summary>
/// Text from the YAML reaches the generated C# only escaped: quotes, comment ends, newlines, raw
/// string delimiters, XML markup, backslashes and non-ASCII line separators compile and come back
/// unchanged from the metadata.
/// </summary>
public class EscapingTests
{
    // Every hazard at once, as a YAML double-quoted scalar gives it.
    private const string Hostile = "He said \"hi\" */ /* \n// second line\r\n\"\"\" </summary><c>&amp; \\ \\n é\u2028after\u0085next 😀 #if X {0}";

    private const string HostileYaml = "\"He said \\\"hi\\\" */ /* \\n// second line\\r\\n\\\"\\\"\\\" </summary><c>&amp; \\\\ \\\\n é\\u2028after\\x85next 😀 #if X {0}\"";

    private static readonly string Schema = $$""""
        namespace: Hazards
        description: {{HostileYaml}}
        types:
          - name: Part
            description: {{HostileYaml}}
            fields:
              - name: text
                type: string
                description: {{HostileYaml}}
        kinds:
          - name: Quote
            description: {{HostileYaml}}
            recognition:
              threshold: 1
              rules:
                - in: body
                  pattern: 'says "[^"]+"'
                  weight: 1
                  generalises: {{HostileYaml}}
            fields:
              - name: said
                type: string?
                description: {{HostileYaml}}
                extract:
                  pattern: 'says "(?<value>[^"]+)"|"""(?<value>[^"]+)"""|\\(?<value>\*/)'
          - name: Other
            description: {{HostileYaml}}
            fallback: true
        """";

    private static readonly Lazy<Assembly> Hazards = new(() =>
    {
        var output = TestHelpers.Run(Schema);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
        return TestHelpers.EmitAndLoad(output.OutputCompilation);
    });

    private static T Static<T>(string name) =>
        (T)(Hazards.Value.GetType("Hazards.ArticleSchema", throwOnError: true)!.GetMember(name)[0] switch
        {
            PropertyInfo property => property.GetValue(null)!,
            System.Reflection.FieldInfo field => field.GetValue(null)!,
            var member => throw new InvalidOperationException(member.ToString()),
        });

    [Fact]
    public void Yaml_gives_the_hostile_text_the_tests_expect()
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader("value: " + HostileYaml));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(Hostile, root.Children.Values.Single().ToString());
    }

    [Fact]
    public void Descriptions_come_back_unchanged_from_the_metadata()
    {
        Assert.Equal(Hostile, Static<string>("Description"));
        var kinds = Static<IReadOnlyList<KindInfo>>("Kinds");
        Assert.All(kinds, kind => Assert.Equal(Hostile, kind.Description));
        Assert.Equal(Hostile, kinds[0].Fields.Single().Description);
        var type = Static<IReadOnlyList<DeclaredTypeInfo>>("Types").Single();
        Assert.Equal(Hostile, type.Description);
        Assert.Equal(Hostile, type.Fields.Single().Description);
    }

    [Fact]
    public void Patterns_and_notes_come_back_unchanged_and_match_as_written()
    {
        var rule = Static<IReadOnlyList<RuleInfo>>("Rules").Single();
        Assert.Equal("says \"[^\"]+\"", rule.Pattern);
        Assert.Equal(Hostile, rule.Generalises);

        var context = new ExtractionContext(new ArticleDraft
        {
            File = "f.txt", Line = 1, LastLine = 5, Title = "t", Source = "s",
            Paragraphs = [new Paragraph("The minister says \"no comment\" today.", 5)],
        }, "id");
        var create = Hazards.Value.GetType("Hazards.ArticleFactory")!.GetMethod("Create", [typeof(ExtractionContext)])!;
        var article = (Article)create.Invoke(null, [context])!;
        Assert.Equal("Quote", article.Kind);
        Assert.Equal("no comment", article.GetType().GetProperty("Said")!.GetValue(article));
    }

    [Fact]
    public void Doc_comments_hold_the_description_as_escaped_xml_on_comment_lines_only()
    {
        var source = TestHelpers.Run(Schema).Sources["test.Hazards.Quote.g.cs"];

        Assert.Contains("    /// He said \"hi\" */ /*\n    /// // second line\n    /// \"\"\" &lt;", source);
        Assert.Contains("\"\"\" &lt;/summary&gt;&lt;c&gt;&amp;amp; \\ \\n &#xE9;&#x2028;after&#x85;next &#x1F600; #if X {0}", source);
        Assert.DoesNotContain('\u2028', source);
        Assert.DoesNotContain('\u0085', source);
    }
}
