using System.Collections.Generic;
using System.Linq;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Reads a field's <c>extract</c>: exactly one of <c>pattern</c> (with an optional <c>in</c>),
    /// <c>flag</c>, <c>count</c> or <c>method</c>, and checks that it can fill the field's type.
    /// </summary>
    internal static class ExtractorParser
    {
        private static readonly string[] Kinds = { "pattern", "flag", "count", "method" };

        public static ExtractorModel? Parse(YamlNode node, string field, FieldTypeModel type, DiagnosticBag diagnostics, NamedPatterns patterns)
        {
            var what = $"the extractor of '{field}'";
            var mapping = MappingReader.Open(node, what, diagnostics, SchemaKeys.Extract);
            if (mapping is null) return null;

            var present = Kinds.Where(mapping.Has).ToList();
            if (present.Count == 0)
            {
                diagnostics.Report(SchemaDiagnostics.MissingKey, node, "pattern, flag, count or method", what);
                return null;
            }
            if (present.Count > 1)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidValue, mapping.KeyNode(present[1])!, $"{what} has both '{present[0]}' and '{present[1]}'; give one");
                return null;
            }

            var scope = ReadScope(mapping, diagnostics);
            if (scope is null) return null;
            var kind = present[0];
            if (mapping.Has("in") && (kind == "count" || kind == "method"))
            {
                diagnostics.Report(SchemaDiagnostics.InvalidValue, mapping.KeyNode("in")!, $"'in' of {what} applies to pattern and flag extractors only; a {kind} extractor reads what it needs itself");
                return null;
            }
            var fit = Fit(kind, type);
            if (fit != null)
            {
                diagnostics.Report(SchemaDiagnostics.ExtractorTypeMismatch, mapping.KeyNode(kind)!, kind, field, type.SchemaText, fit);
                return null;
            }

            switch (kind)
            {
                case "pattern":
                {
                    var pattern = PatternReader.Read(mapping, "pattern", diagnostics, patterns);
                    return pattern is null ? null : new ExtractorModel(ExtractorKind.Pattern, scope.Value, pattern, "", "");
                }
                case "flag":
                    return ParsePair(mapping.Value("flag")!, $"the flag of '{field}'", "true", "false", ExtractorKind.Flag, scope.Value, diagnostics, patterns);
                case "count":
                    return ParsePair(mapping.Value("count")!, $"the count of '{field}'", "noun", "verb", ExtractorKind.Count, scope.Value, diagnostics, patterns);
                default:
                    return ParseMethod(mapping, field, type, diagnostics);
            }
        }

        /// <summary>Null when the extractor can fill <paramref name="type"/>, else why not.</summary>
        private static string? Fit(string kind, FieldTypeModel type)
        {
            switch (kind)
            {
                case "pattern":
                    var scalar = type.Shape == TypeShape.List ? type.Element! : type;
                    if (scalar.Shape != TypeShape.Builtin || (type.Shape == TypeShape.List && scalar.IsNullable))
                        return "a pattern fills a builtin scalar (string, int, long, decimal, double, bool, date, optionally ?) or a list of one";
                    return null;
                case "flag":
                    return type.IsBuiltin("bool") ? null : "a flag fills a bool? (or bool) field";
                case "count":
                    return type.IsBuiltin("int") ? null : "a count fills an int? (or int) field";
                default:
                    return null;
            }
        }

        /// <summary>Reads <c>flag</c> (true/false, at least one) or <c>count</c> (noun required, verb optional).</summary>
        private static ExtractorModel? ParsePair(YamlNode node, string what, string first, string second, ExtractorKind kind, TextScopeModel scope, DiagnosticBag diagnostics, NamedPatterns patterns)
        {
            var mapping = MappingReader.Open(node, what, diagnostics, kind == ExtractorKind.Flag ? SchemaKeys.Flag : SchemaKeys.Count);
            if (mapping is null) return null;

            bool firstRequired = kind == ExtractorKind.Count || !mapping.Has(second);
            var firstPattern = mapping.Has(first) || firstRequired ? PatternReader.Read(mapping, first, diagnostics, patterns, firstRequired) : "";
            var secondPattern = mapping.Has(second) ? PatternReader.Read(mapping, second, diagnostics, patterns) : "";
            if (firstPattern is null || secondPattern is null) return null;
            return new ExtractorModel(kind, scope, firstPattern, secondPattern, "");
        }

        private static ExtractorModel? ParseMethod(MappingReader mapping, string field, FieldTypeModel type, DiagnosticBag diagnostics)
        {
            var scalar = mapping.Scalar("method", required: true);
            if (scalar is null) return null;
            var name = scalar.Value!.Trim();
            if (name.StartsWith("global::")) name = name.Substring("global::".Length);
            var parts = name.Split('.');
            if (parts.Length < 2 || parts.Any(part => Identifiers.Problem(part) != null))
            {
                diagnostics.Report(SchemaDiagnostics.MalformedMethod, scalar, scalar.Value!);
                return null;
            }
            // Whether it exists and fits is for the compilation to say (Checking/ReferenceCheck).
            diagnostics.Refer(ReferenceKind.Method, name, field, type, scalar);
            return new ExtractorModel(ExtractorKind.Method, TextScopeModel.All, "", "", name);
        }

        private static TextScopeModel? ReadScope(MappingReader mapping, DiagnosticBag diagnostics) => ScopeReader.Read(mapping, diagnostics, absent: TextScopeModel.All);
    }
}
