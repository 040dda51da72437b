using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Model;
using Bulletins.Generators.Analysis;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Reads a pattern value and checks it as the generated code will run it.</summary>
    internal static class PatternReader
    {
        /// <summary>The pattern, or null (reported) when it is absent but required, invalid or unsupported.</summary>
        public static string? Read(MappingReader mapping, string key, DiagnosticBag diagnostics, bool required = true) =>
            Read(mapping, key, diagnostics, required, withPrefilter: false)?.Text;

        /// <summary>A recognition rule's pattern with its prefilter, or null (reported) when it is absent, invalid or unsupported.</summary>
        public static PatternModel? ReadRule(MappingReader mapping, string key, DiagnosticBag diagnostics) =>
            Read(mapping, key, diagnostics, required: true, withPrefilter: true);

        private static PatternModel? Read(MappingReader mapping, string key, DiagnosticBag diagnostics, bool required, bool withPrefilter)
        {
            var scalar = mapping.Scalar(key, required);
            if (scalar is null) return null;
            return Check(scalar, diagnostics, withPrefilter);
        }

        private static PatternModel? Check(YamlScalarNode scalar, DiagnosticBag diagnostics, bool withPrefilter)
        {
            var pattern = scalar.Value ?? "";
            if (pattern.Length == 0)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, scalar, pattern, "the pattern is empty and would match everything");
                return null;
            }

            var analysis = PatternAnalyzer.Analyze(pattern, withPrefilter);
            if (analysis.SyntaxError != null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, scalar, pattern, analysis.SyntaxError);
                return null;
            }
            if (analysis.Unsupported != null)
            {
                diagnostics.Report(SchemaDiagnostics.UnsupportedRegex, scalar, pattern, analysis.Unsupported);
                return null;
            }
            if (analysis.TooLarge)
            {
                diagnostics.Report(SchemaDiagnostics.PatternTooLarge, scalar, Shorten(pattern), analysis.Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    EngineFit.SizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            return new PatternModel(pattern, analysis.Prefilter);
        }

        private static string Shorten(string pattern) => pattern.Length <= 80 ? pattern : pattern.Substring(0, 77) + "...";
    }
}
