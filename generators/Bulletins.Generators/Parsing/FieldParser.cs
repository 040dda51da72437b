using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Reads the <c>fields</c> of a kind or of a declared type.</summary>
    internal sealed class FieldParser
    {
        private readonly DiagnosticBag _diagnostics;
        private readonly NamedPatterns _patterns;
        private readonly ICollection<string> _declaredTypes;

        public FieldParser(DiagnosticBag diagnostics, ICollection<string> declaredTypes, NamedPatterns patterns)
        {
            _diagnostics = diagnostics;
            _patterns = patterns;
            _declaredTypes = declaredTypes;
        }

        /// <param name="ownerName">The record the fields belong to (a property may not share its name).</param>
        /// <param name="inheritedMembers">Members the record already has.</param>
        /// <param name="withExtractors">Kinds' fields have extractors; declared types' fields do not.</param>
        public IReadOnlyList<FieldModel> Parse(
            IReadOnlyList<YamlNode> nodes,
            string ownerName,
            IReadOnlyCollection<string> inheritedMembers,
            bool withExtractors)
        {
            var fields = new List<FieldModel>();
            var seen = new HashSet<string>();
            var keys = withExtractors ? SchemaKeys.KindField : SchemaKeys.TypeField;
            foreach (var node in nodes)
            {
                var mapping = MappingReader.Open(node, $"a field of '{ownerName}'", _diagnostics, keys);
                if (mapping is null) continue;
                var field = ParseField(mapping, ownerName, inheritedMembers, withExtractors, seen);
                if (field != null) fields.Add(field);
            }
            return fields;
        }

        private FieldModel? ParseField(
            MappingReader mapping,
            string ownerName,
            IReadOnlyCollection<string> inheritedMembers,
            bool withExtractors,
            HashSet<string> seen)
        {
            var nameNode = mapping.RequiredText("name");
            var typeNode = mapping.RequiredText("type");
            var description = mapping.Text("description");
            if (nameNode is null) return null;

            var name = nameNode.Value!;
            var problem = Identifiers.FieldProblem(name);
            if (problem != null)
            {
                _diagnostics.Report(SchemaDiagnostics.InvalidIdentifier, nameNode, name, problem);
                return null;
            }

            var property = Identifiers.PascalCase(name);
            if (property == ownerName)
            {
                _diagnostics.Report(SchemaDiagnostics.MemberConflict, nameNode, name, property, $"is the name of its record '{ownerName}'");
                return null;
            }
            if (inheritedMembers.Contains(property))
            {
                _diagnostics.Report(SchemaDiagnostics.MemberConflict, nameNode, name, property, $"'{ownerName}' already has (a base or record member)");
                return null;
            }
            if (!seen.Add(property))
            {
                _diagnostics.Report(SchemaDiagnostics.DuplicateField, nameNode, name, ownerName);
                return null;
            }

            if (typeNode is null) return null;
            var type = FieldTypeParser.Parse(typeNode.Value!, _declaredTypes, out var typeProblem);
            if (type is null)
            {
                _diagnostics.Report(SchemaDiagnostics.UnknownType, typeNode, typeNode.Value!, typeProblem);
                return null;
            }
            var outside = type.Innermost;
            if (outside.IsQualified) _diagnostics.Refer(ReferenceKind.Type, outside.Name, $"{ownerName}.{name}", outside, typeNode);

            ExtractorModel? extractor = null;
            if (withExtractors && mapping.Value("extract") is YamlNode extractNode)
            {
                var field = $"{ownerName}.{name}";
                extractor = ExtractorParser.Parse(extractNode, field, type, _diagnostics, _patterns);
                if (extractor is null) return null;
            }

            return new FieldModel(name, property, type, description, extractor);
        }
    }
}
