using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Reads the schema's <c>words</c>: named lists of words, each a camelCase name (its PascalCase is
    /// the generated property), an optional description and a non-empty list of single values.
    /// </summary>
    internal static class WordListParser
    {
        public static EquatableArray<WordListModel> Parse(IReadOnlyList<YamlNode> nodes, DiagnosticBag diagnostics)
        {
            var lists = new List<WordListModel>();
            var names = new HashSet<string>();
            foreach (var node in nodes)
            {
                var mapping = MappingReader.Open(node, "a word list", diagnostics, SchemaKeys.WordList);
                var nameNode = mapping?.RequiredText("name");
                if (mapping is null || nameNode is null) continue;
                var name = nameNode.Value!;
                var problem = Identifiers.FieldProblem(name);
                if (problem != null)
                {
                    diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, nameNode, name, problem);
                    continue;
                }
                if (!names.Add(name))
                {
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, nameNode, "Word list", name);
                    continue;
                }

                var what = $"word list '{name}'";
                var words = new List<string>();
                var items = mapping.Sequence("words", required: true);
                bool valid = true;
                foreach (var item in items)
                {
                    if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                    {
                        words.Add(scalar.Value!.Trim());
                        continue;
                    }
                    diagnostics.Report(SchemaDiagnostics.InvalidValue, item, $"each entry of {what} must be one non-empty word or phrase");
                    valid = false;
                }
                if (!valid) continue;
                if (words.Count == 0)
                {
                    if (mapping.Has("words")) diagnostics.Report(SchemaDiagnostics.InvalidValue, mapping.Value("words")!, $"{what} is empty; give it at least one word");
                    continue;
                }
                lists.Add(new WordListModel(name, Identifiers.PascalCase(name), mapping.Text("description"), words.ToEquatableArray()));
            }
            return lists.ToEquatableArray();
        }
    }
}
