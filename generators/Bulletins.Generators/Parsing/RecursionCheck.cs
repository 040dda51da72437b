using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// A non-nullable field of a declared type starts as a new value of that type, so a type must not
    /// contain itself through such fields (that would be an endless chain of new values).
    /// </summary>
    internal static class RecursionCheck
    {
        /// <summary>The types, with each field that closes a cycle reported and left out.</summary>
        public static List<TypeModel> WithoutCycles(List<TypeModel> types, IReadOnlyList<YamlNode> typeNodes, DiagnosticBag diagnostics)
        {
            var byName = types.ToDictionary(t => t.Name);
            var result = new List<TypeModel>();
            foreach (var type in types)
            {
                var kept = new List<FieldModel>();
                foreach (var field in type.Fields)
                {
                    var path = Path(field.Type, type.Name, byName, new HashSet<string>());
                    if (path is null)
                    {
                        kept.Add(field);
                        continue;
                    }
                    diagnostics.Report(SchemaDiagnostics.RecursiveType, FieldNode(typeNodes, type.Name, field.JsonName), field.JsonName, type.Name, type.Name + "." + field.JsonName + " -> " + string.Join(" -> ", path));
                }
                var updated = kept.Count == type.Fields.Count ? type : type with { Fields = kept.ToEquatableArray() };
                result.Add(updated);
                byName[type.Name] = updated;
            }
            return result;
        }

        /// <summary>The chain of type names from <paramref name="type"/> back to <paramref name="target"/>, or null.</summary>
        private static List<string>? Path(FieldTypeModel type, string target, Dictionary<string, TypeModel> byName, HashSet<string> visited)
        {
            if (type.Shape != TypeShape.Declared || type.IsNullable) return null;
            if (type.Name == target) return new List<string> { target };
            if (!visited.Add(type.Name) || !byName.TryGetValue(type.Name, out var declared)) return null;
            foreach (var field in declared.Fields)
            {
                var rest = Path(field.Type, target, byName, visited);
                if (rest != null)
                {
                    rest.Insert(0, type.Name);
                    return rest;
                }
            }
            return null;
        }

        private static YamlNode FieldNode(IReadOnlyList<YamlNode> typeNodes, string typeName, string fieldName)
        {
            var typeNode = typeNodes.OfType<YamlMappingNode>().FirstOrDefault(n => Scalar(n, "name") == typeName);
            var fields = typeNode != null && typeNode.Children.TryGetValue(new YamlScalarNode("fields"), out var f) ? f as YamlSequenceNode : null;
            var fieldNode = fields?.Children.OfType<YamlMappingNode>().FirstOrDefault(n => Scalar(n, "name") == fieldName);
            if (fieldNode != null && fieldNode.Children.TryGetValue(new YamlScalarNode("name"), out var name)) return name;
            return (YamlNode?)fieldNode ?? typeNode ?? typeNodes[0];
        }

        private static string? Scalar(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
    }
}
