using System.Reflection;
using System.Text;
using System.Text.Json;
using Bulletins.Generators.Tests.Infrastructure;

namespace Bulletins.Generators.Tests;

/// <summary>Every field type the schema allows becomes a property that compiles cleanly, defaults sensibly and writes JSON.</summary>
public class FieldTypeTests
{
    private static readonly string[] Types =
    [
        "string", "string?", "int", "int?", "long", "long?", "decimal", "decimal?", "double", "double?", "bool", "bool?", "date", "date?",
        "Part", "Part?", "string[]", "int[]", "date[]", "Part[]", "string[][]", "map<string, int>", "map<string, Part>",
        "map<string, map<string, string[]>>", "map<string, int?>",
    ];

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var fields = string.Join("", Types.Select((type, i) => $"      - name: field{i}\n        type: '{type}'\n"));
        var yaml = $"namespace: Shapes\ntypes:\n  - name: Part\n    fields:\n      - name: label\n        type: string\n      - name: parts\n        type: Part[]\nkinds:\n  - name: Everything\n    fallback: true\n    fields:\n{fields}";
        var output = TestHelpers.Run(yaml);
        Assert.Empty(output.GeneratorDiagnostics);
        Assert.True(output.CompilationProblems.Count == 0, string.Join("\n", output.CompilationProblems));
        return TestHelpers.EmitAndLoad(output.OutputCompilation);
    });

    [Fact]
    public void Every_type_shape_compiles_without_warnings_and_defaults_to_empty_or_null()
    {
        var article = (Article)Activator.CreateInstance(Compiled.Value.GetType("Shapes.Everything")!)!;
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            article.WriteKindFields(writer);
            writer.WriteEndObject();
        }

        Assert.Equal(
            """{"field0":"","field1":null,"field2":0,"field3":null,"field4":0,"field5":null,"field6":0,"field7":null,"field8":0,"field9":null,"field10":false,"field11":null,"field12":"0001-01-01","field13":null,"field14":{"label":"","parts":[]},"field15":null,"field16":[],"field17":[],"field18":[],"field19":[],"field20":[],"field21":{},"field22":{},"field23":{},"field24":{}}""",
            Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Nested_collections_are_stored_as_value_collections_so_records_compare_by_value()
    {
        var type = Compiled.Value.GetType("Shapes.Everything")!;
        object Create() => Set(Set(Activator.CreateInstance(type)!,
            "Field20", new List<IReadOnlyList<string>> { new List<string> { "a", "b" } }),
            "Field23", new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>
            {
                ["x"] = new Dictionary<string, IReadOnlyList<string>> { ["y"] = new[] { "z" } },
            });

        Assert.Equal(Create(), Create());
    }

    [Fact]
    public void Every_type_shape_reads_back_from_the_JSON_it_writes()
    {
        // A value of each shape that is not its default: nested lists and maps, a recursive declared type, null inside collections.
        const string json =
            """{"kind":"Everything","title":"T","field0":"s","field1":"t","field2":-3,"field3":4,"field4":9007199254740993,"field5":null,"field6":12.5,"field7":0.1,"field8":1.25,"field9":null,"field10":true,"field11":false,"field12":"2026-03-02","field13":"1999-12-31","field14":{"label":"a","parts":[{"label":"b","parts":[]}]},"field15":null,"field16":["x","y"],"field17":[1,2],"field18":["2025-01-01"],"field19":[{"label":"c","parts":[]}],"field20":[["p"],[]],"field21":{"one":1},"field22":{"k":{"label":"d","parts":[]}},"field23":{"o":{"i":["z"]}},"field24":{"n":null,"m":5}}""";
        var fromJson = (Func<JsonElement, Article?>)Compiled.Value.GetType("Shapes.ArticleFactory")!.GetMethod("FromJson")!.CreateDelegate(typeof(Func<JsonElement, Article?>));

        var article = Assert.Single(Bulletin.ReadJsonLines(new StringReader(json), "shapes.jsonl", new JsonLinesReadOptions { FromJson = fromJson }));

        Assert.Equal("Shapes.Everything", article.GetType().FullName);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            article.WriteKindFields(writer);
            writer.WriteEndObject();
        }
        Assert.Equal(json[(json.IndexOf("\"field0\"", StringComparison.Ordinal))..], Encoding.UTF8.GetString(buffer.ToArray())[1..]);
        Assert.Equal(article, Assert.Single(Bulletin.ReadJsonLines(new StringReader(json), "shapes.jsonl", new JsonLinesReadOptions { FromJson = fromJson })));
    }

    private static object Set(object target, string property, object value)
    {
        // init accessors are ordinary setters to reflection.
        target.GetType().GetProperty(property)!.SetValue(target, value);
        return target;
    }
}
