using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Reads the schema's <c>patterns</c>: named patterns, each a camelCase name (its PascalCase is the
    /// generated property), an optional description and a <c>pattern</c> (a regex, <c>{use: name}</c> of an
    /// earlier named pattern, or a list of these, any of which may match). Rules and extractors refer to
    /// them with <c>{use: name}</c>; C# extractors read them as <c>&lt;Name&gt;Patterns.&lt;Name&gt;</c>.
    /// </summary>
    internal static class NamedPatternParser
    {
        public static EquatableArray<NamedPatternModel> Parse(IReadOnlyList<YamlNode> nodes, NamedPatterns library, DiagnosticBag diagnostics)
        {
            var patterns = new List<NamedPatternModel>();
            foreach (var (mapping, name) in NamedEntries.Read(nodes, "a named pattern", "Named pattern", SchemaKeys.NamedPattern, diagnostics))
            {
                // Analysed with its prefilter: C# extractors test lines with it before running the regex.
                var pattern = PatternReader.Read(mapping, "pattern", diagnostics, library, withPrefilter: true);
                if (pattern is null) continue;
                library.Add(name, pattern);
                patterns.Add(new NamedPatternModel(name, Identifiers.PascalCase(name), mapping.Text("description"), pattern));
            }
            return patterns.ToEquatableArray();
        }
    }
}
