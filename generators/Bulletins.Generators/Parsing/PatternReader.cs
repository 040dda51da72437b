using System.Collections.Generic;
using System.Text;
using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using Bulletins.Generators.Analysis;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Reads a pattern value and checks it as the generated code will run it. Wherever the schema takes a
    /// pattern it takes one of three forms: a regex (which may splice a named pattern or a word list inline,
    /// <c>{{name}}</c>); <c>{use: name}</c>, a named pattern of <c>patterns:</c> (checked once, where it is
    /// written); or a list of these, any of which may match.
    /// </summary>
    internal static class PatternReader
    {
        /// <summary>The pattern's text, or null (reported) when it is absent but required, invalid or unsupported.</summary>
        public static string? Read(MappingReader mapping, string key, DiagnosticBag diagnostics, NamedPatterns library, bool required = true) =>
            Read(mapping, key, diagnostics, library, withPrefilter: false, required)?.Text;

        /// <summary>A recognition rule's pattern with its prefilter, or null (reported) when it is absent, invalid or unsupported.</summary>
        public static PatternModel? ReadRule(MappingReader mapping, string key, DiagnosticBag diagnostics, NamedPatterns library) =>
            Read(mapping, key, diagnostics, library, withPrefilter: true, required: true);

        /// <summary>The pattern under <paramref name="key"/> in any of its three forms, or null (reported).</summary>
        public static PatternModel? Read(MappingReader mapping, string key, DiagnosticBag diagnostics, NamedPatterns library, bool withPrefilter, bool required = true)
        {
            var node = mapping.Value(key, required);
            if (node is null) return null;
            var what = $"'{key}' in {mapping.What}";
            switch (node)
            {
                case YamlScalarNode scalar when scalar.Value != null:
                    return Regex(scalar, diagnostics, library, withPrefilter);
                case YamlMappingNode use:
                    // A named pattern carries its prefilter already, whoever uses it.
                    return Use(use, what, diagnostics, library);
                case YamlSequenceNode any:
                    return AnyOf(any, what, diagnostics, library, withPrefilter);
                default:
                    diagnostics.Report(SchemaDiagnostics.InvalidValue, node, $"{what} must be a regex, {{use: name}} of a named pattern, or a list of these");
                    return null;
            }
        }

        /// <summary><c>{use: name}</c>: the named pattern, or null (reported at the name) when there is none by that name.</summary>
        private static PatternModel? Use(YamlMappingNode node, string what, DiagnosticBag diagnostics, NamedPatterns library)
        {
            var mapping = MappingReader.Open(node, $"the named pattern {what} uses", diagnostics, SchemaKeys.Use);
            var nameNode = mapping?.RequiredText("use");
            if (nameNode is null) return null;
            if (library.TryGet(nameNode.Value!, out var pattern)) return pattern;
            diagnostics.Report(SchemaDiagnostics.InvalidValue, nameNode,
                $"{what} uses '{nameNode.Value}', which is not a named pattern declared before it ({library.Known})");
            return null;
        }

        /// <summary>
        /// A list of patterns, any of which may match: each item checked where it is written, then the whole
        /// (<c>(?:a)|(?:b)</c>, each item's inline options kept to its group) analysed once more for its size and prefilter.
        /// </summary>
        private static PatternModel? AnyOf(YamlSequenceNode node, string what, DiagnosticBag diagnostics, NamedPatterns library, bool withPrefilter)
        {
            if (node.Children.Count == 0)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidValue, node, $"{what} is an empty list; give at least one pattern");
                return null;
            }
            var text = new StringBuilder();
            bool valid = true;
            foreach (var item in node.Children)
            {
                PatternModel? part = null;
                if (item is YamlScalarNode scalar && scalar.Value != null) part = Regex(scalar, diagnostics, library, withPrefilter: false);
                else if (item is YamlMappingNode use) part = Use(use, what, diagnostics, library);
                else diagnostics.Report(SchemaDiagnostics.InvalidValue, item, $"each item of {what} must be a regex or {{use: name}} of a named pattern");
                if (part is null)
                {
                    valid = false;
                    continue;
                }
                if (text.Length > 0) text.Append('|');
                text.Append("(?:").Append(part.Text).Append(')');
            }
            if (!valid) return null;
            return Check(node, text.ToString(), diagnostics, withPrefilter);
        }

        /// <summary>A regex written in the YAML, its <c>{{name}}</c> splices replaced first (<see cref="PatternSplices"/>).</summary>
        private static PatternModel? Regex(YamlScalarNode scalar, DiagnosticBag diagnostics, NamedPatterns library, bool withPrefilter)
        {
            var expanded = PatternSplices.Expand(scalar, scalar.Value!, library, diagnostics, out bool spliced);
            return expanded is null ? null : Check(scalar, expanded, diagnostics, withPrefilter, spliced);
        }

        private static PatternModel? Check(YamlNode node, string pattern, DiagnosticBag diagnostics, bool withPrefilter, bool spliced = false)
        {
            if (pattern.Length == 0)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, node, pattern, "the pattern is empty and would match everything");
                return null;
            }

            var analysis = PatternAnalyzer.Analyze(pattern, withPrefilter);
            if (analysis.SyntaxError != null)
            {
                // Only a regex written in the YAML can be wrong here (a list's items are checked first): point at the
                // character, unless splices moved it (then the whole regex).
                var (start, end) = node is YamlScalarNode scalar && !spliced ? PatternColumn.At(scalar, analysis.SyntaxErrorOffset) : (node.Start, node.End);
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, start, end, pattern, analysis.SyntaxError);
                return null;
            }
            if (analysis.Unsupported != null)
            {
                diagnostics.Report(SchemaDiagnostics.UnsupportedRegex, node, pattern, analysis.Unsupported);
                return null;
            }
            if (analysis.TooLarge)
            {
                diagnostics.Report(SchemaDiagnostics.PatternTooLarge, node, Shorten(pattern), analysis.Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    EngineFit.SizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            return new PatternModel(pattern, analysis.Prefilter);
        }

        private static string Shorten(string pattern) => pattern.Length <= 80 ? pattern : pattern.Substring(0, 77) + "...";
    }
}
