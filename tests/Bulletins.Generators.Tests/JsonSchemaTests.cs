using System.Text.Json;
using Bulletins.Generators.Parsing;
using Bulletins.Testing;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Tests;

/// <summary>
/// schema/articles.schema.json (for editors) declares exactly the keys the generator reads, and
/// every key the built-in YAML uses.
/// </summary>
public class JsonSchemaTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Fixtures.Repository("schema", "articles.schema.json"))).RootElement;

    private static JsonElement Definition(string name) => Root.GetProperty("definitions").GetProperty(name);

    private static string[] Keys(JsonElement objectSchema) =>
        objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string, string[]> Mappings => new()
    {
        { "root", SchemaKeys.Root },
        { "wordList", SchemaKeys.WordList },
        { "namedPattern", SchemaKeys.NamedPattern },
        { "use", SchemaKeys.Use },
        { "type", SchemaKeys.Type },
        { "kind", SchemaKeys.Kind },
        { "recognition", SchemaKeys.Recognition },
        { "rule", SchemaKeys.Rule },
        { "kindField", SchemaKeys.KindField },
        { "typeField", SchemaKeys.TypeField },
        { "extract", SchemaKeys.Extract },
        { "flag", SchemaKeys.Flag },
        { "count", SchemaKeys.Count },
    };

    private static JsonElement SchemaOf(string mapping) => mapping switch
    {
        "root" => Root,
        "flag" or "count" => Definition("extract").GetProperty("properties").GetProperty(mapping),
        _ => Definition(mapping),
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void JsonSchemaDeclaresTheKeysTheGeneratorReads(string mapping, string[] generatorKeys)
    {
        var schema = SchemaOf(mapping);

        Assert.Equal(generatorKeys.Order(StringComparer.Ordinal), Keys(schema));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void BuiltInYamlUsesOnlyDeclaredKeys()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Schemas.BuiltIn));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        AssertDeclared(root, Root, "root");
        if (root.Children.TryGetValue("patterns", out var patterns))
        {
            foreach (YamlMappingNode pattern in (YamlSequenceNode)patterns) AssertDeclared(pattern, Definition("namedPattern"), "namedPattern");
        }
        foreach (YamlMappingNode kind in (YamlSequenceNode)root["kinds"])
        {
            AssertDeclared(kind, Definition("kind"), "kind");
            if (kind.Children.TryGetValue("recognition", out var recognition))
            {
                AssertDeclared((YamlMappingNode)recognition, Definition("recognition"), "recognition");
                foreach (YamlMappingNode rule in (YamlSequenceNode)recognition["rules"]) AssertDeclared(rule, Definition("rule"), "rule");
            }
            foreach (YamlMappingNode field in (YamlSequenceNode)kind["fields"])
            {
                AssertDeclared(field, Definition("kindField"), "kindField");
                if (field.Children.TryGetValue("extract", out var extract)) AssertDeclared((YamlMappingNode)extract, Definition("extract"), "extract");
            }
        }
        foreach (YamlMappingNode type in (YamlSequenceNode)root["types"])
        {
            AssertDeclared(type, Definition("type"), "type");
            foreach (YamlMappingNode field in (YamlSequenceNode)type["fields"]) AssertDeclared(field, Definition("typeField"), "typeField");
        }
    }

    [Fact]
    public void BuiltInYamlPointsEditorsAtTheJsonSchema()
    {
        Assert.StartsWith("# yaml-language-server: $schema=./articles.schema.json", Schemas.BuiltIn);
    }

    private static void AssertDeclared(YamlMappingNode node, JsonElement schema, string what)
    {
        var declared = Keys(schema);
        foreach (var key in node.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!))
        {
            Assert.True(declared.Contains(key), $"key '{key}' of a {what} (line {node.Start.Line}) is not declared in articles.schema.json");
        }
    }
}
