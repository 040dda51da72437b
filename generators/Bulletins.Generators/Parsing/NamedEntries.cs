using System.Collections.Generic;
using Bulletins.Generators.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// The entries of a schema section whose items are named (<c>words:</c>, <c>patterns:</c>): each a mapping
    /// with a camelCase <c>name</c>, valid as an identifier and unique in its section. An entry that is not is
    /// reported at its name and skipped, so the section's parser sees only entries it can declare.
    /// </summary>
    internal static class NamedEntries
    {
        /// <param name="what">How a message names one entry (<c>a word list</c>).</param>
        /// <param name="label">How the duplicate message names the entries (<c>Word list</c>).</param>
        public static IEnumerable<(MappingReader Mapping, string Name)> Read(
            IReadOnlyList<YamlNode> nodes, string what, string label, string[] keys, DiagnosticBag diagnostics)
        {
            var names = new HashSet<string>();
            foreach (var node in nodes)
            {
                var mapping = MappingReader.Open(node, what, diagnostics, keys);
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
                    diagnostics.Report(SchemaDiagnostics.DuplicateName, nameNode, label, name);
                    continue;
                }
                yield return (mapping, name);
            }
        }
    }
}
