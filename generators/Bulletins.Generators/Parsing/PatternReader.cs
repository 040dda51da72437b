using Bulletins.Generators.Diagnostics;
using Bulletins.Generators.Analysis;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>Reads a pattern value and checks it as the generated code will run it.</summary>
    internal static class PatternReader
    {
        /// <summary>The pattern, or null (reported) when it is absent but required, invalid or unsupported.</summary>
        public static string? Read(MappingReader mapping, string key, DiagnosticBag diagnostics, bool required = true)
        {
            var scalar = mapping.Scalar(key, required);
            if (scalar is null) return null;
            return Check(scalar, diagnostics);
        }

        public static string? Check(YamlScalarNode scalar, DiagnosticBag diagnostics)
        {
            var pattern = scalar.Value ?? "";
            if (pattern.Length == 0)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, scalar, pattern, "the pattern is empty and would match everything");
                return null;
            }

            var error = RegexChecker.SyntaxError(pattern);
            if (error != null)
            {
                diagnostics.Report(SchemaDiagnostics.InvalidRegex, scalar, pattern, error);
                return null;
            }

            var unsupported = RegexChecker.UnsupportedConstruct(pattern);
            if (unsupported != null)
            {
                diagnostics.Report(SchemaDiagnostics.UnsupportedRegex, scalar, pattern, unsupported);
                return null;
            }

            long size = AutomatonSize.Estimate(pattern);
            if (size > AutomatonSize.Limit)
            {
                diagnostics.Report(SchemaDiagnostics.PatternTooLarge, scalar, Shorten(pattern), size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    AutomatonSize.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            return pattern;
        }

        private static string Shorten(string pattern) => pattern.Length <= 80 ? pattern : pattern.Substring(0, 77) + "...";
    }
}
