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
            foreach (var (mapping, name) in NamedEntries.Read(nodes, "a word list", "Word list", SchemaKeys.WordList, diagnostics))
            {
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
