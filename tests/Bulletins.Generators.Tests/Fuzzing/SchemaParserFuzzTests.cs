using Bulletins.Generators.Parsing;
using Bulletins.Testing;
using FsCheck.Fluent;
using FsCheck;

namespace Bulletins.Generators.Tests.Fuzzing;

/// <summary>
/// The schema parser over mutated schemas (the built-in one and the consumer test schema, cut,
/// spliced and salted with YAML's own punctuation): it never throws and never reports an internal
/// error (BLTG018): whatever the text, the author gets diagnostics, not a crash. BULLETINS_FUZZ_COUNT runs
/// it longer (docs/reliability.md).
/// </summary>
public class SchemaParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(Schemas.BuiltInPath),
        File.ReadAllText(Fixtures.Repository("tests", "Bulletins.Generators.Tests", "Schemas.cs")),
    ];

    private static readonly string[] Snippets =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "\n---\n", "'", "\"", "#", "&a ", "*a", "!!int ", "|\n", ">-\n", "\t", "\n  ", "\0",
        "weight: 2147483647\n", "pattern: '[ab]{0,50000}c'\n", "name: Kind\n", "name: \"No\\u200Dte\"\n", "type: map<string, string[][]>\n",
        "fallback: true\n", "namespace: [unclosed\n", "        - in: body\n          pattern: x\n          weight: 1\n",
    ];

    private const string FuzzPath = "/schemas/fuzz.yaml";

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("BULLETINS_FUZZ_COUNT"), out int n) && n > 0 ? Math.Max(1, n / 4) : 60;

    [Fact]
    public void TheSchemaParserNeverThrowsAndLocatesEveryDiagnostic()
    {
        var mutation = Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, int.MaxValue).SelectMany(at =>
            Gen.Choose(0, Snippets.Length - 1).SelectMany(snippet => Gen.Choose(1, 400).Select(length => (kind, at, snippet, length)))));
        var schemas =
            from seed in Gen.Elements(Seeds)
            from count in Gen.Choose(1, 6)
            from mutations in mutation.ListOf(count)
            select Mutate(seed, mutations);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Count), Prop.ForAll(schemas.ToArbitrary(), (Action<string>)Parses));
    }

    private static void Parses(string yaml)
    {
        var result = SchemaParser.Parse(FuzzPath, new StringReader(yaml), CancellationToken.None).Result;
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BLTG018");
        // Located: every diagnostic points into this file's text, its end not before its start. The line
        // may be the one after the last: YAML's end of stream, in a text without a final line break.
        int lines = yaml.Split('\n').Length + 1;
        Assert.All(result.Diagnostics, d =>
        {
            var at = d.Location;
            Assert.Equal(FuzzPath, at.Path);
            Assert.InRange(at.Start, 0, yaml.Length);
            Assert.InRange(at.Length, 0, yaml.Length - at.Start);
            Assert.InRange(at.StartLine, 0, lines - 1);
            Assert.InRange(at.EndLine, at.StartLine, lines - 1);
        });
    }

    private static string Mutate(string text, IEnumerable<(int Kind, int At, int Snippet, int Length)> mutations)
    {
        foreach (var (kind, at, snippet, length) in mutations)
        {
            int position = at % (text.Length + 1);
            text = kind switch
            {
                0 => text.Insert(position, Snippets[snippet]),
                1 => text.Remove(position, Math.Min(length, text.Length - position)),
                2 => text.Insert(position, text.Substring(position, Math.Min(length, text.Length - position))),
                _ => text.Substring(0, position),
            };
        }
        return text;
    }
}
