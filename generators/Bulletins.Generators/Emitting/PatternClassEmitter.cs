using System.Collections.Generic;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Emits a nested <c>SchemaPatterns</c> class holding a class's schema patterns as lazily created
    /// static <c>Regex</c> objects. Internal, not private, so the assembly's tests read the patterns the
    /// schema wrote (<c>OperationReport.SchemaPatterns.ArrestsNoun</c>) instead of copying them.
    /// </summary>
    internal static class PatternClassEmitter
    {
        public const string ClassName = GeneratedNames.PatternClass;

        /// <summary>The constant beside a prefilter's literals that bounds where they are looked for (<see cref="PrefilterModel.Window"/>).</summary>
        public static string WindowName(string literalsName) => literalsName + "Window";

        public static void Emit(CodeWriter writer, IReadOnlyList<KeyValuePair<string, string>> patterns,
            IReadOnlyList<KeyValuePair<string, PrefilterModel>>? prefilters = null)
        {
            if (patterns.Count == 0) return;
            writer.Line();
            writer.Line("// Not [GeneratedRegex]: source generators do not see each other's output, so a [GeneratedRegex]");
            writer.Line("// partial method written by this generator would never be implemented by the regex generator.");
            writer.Line("// The non-backtracking engine runs in linear time on any input; the timeout is a last guard.");
            writer.Line("// Each Regex is built on first use (a race builds two equal ones, which is harmless).");
            using (writer.Block("internal static class " + ClassName))
            {
                foreach (var pattern in patterns)
                {
                    writer.Line("private static global::System.Text.RegularExpressions.Regex? _" + pattern.Key + ";");
                }
                writer.Line();
                foreach (var pattern in patterns)
                {
                    writer.Line("public static global::System.Text.RegularExpressions.Regex " + pattern.Key + " => _" + pattern.Key + " ??= Create(" + Literals.String(pattern.Value) + ");");
                }
                if (prefilters != null && prefilters.Count > 0)
                {
                    writer.Line();
                    writer.Line("// Strings of which every match of the pattern holds one (RequiredLiterals): a piece of text");
                    writer.Line("// without any of them is skipped by one vectorised search instead of a regex scan.");
                    foreach (var prefilter in prefilters)
                    {
                        var comparison = prefilter.Value.IgnoreCase ? "OrdinalIgnoreCase" : "Ordinal";
                        writer.Line("public static readonly global::System.Buffers.SearchValues<string> " + prefilter.Key + " =");
                        writer.Line("    global::System.Buffers.SearchValues.Create(" + Literals.StringArray(prefilter.Value.Literals) + ", global::System.StringComparison." + comparison + ");");
                        if (prefilter.Value.Window is int window)
                        {
                            // Every match starts the text and is at most this long, so its literal is within that many first characters.
                            writer.Line("public const int " + WindowName(prefilter.Key) + " = " + window.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
                        }
                    }
                }
                writer.Line();
                // Built once per text in the process: a rule that uses a named pattern shares its regex.
                writer.Line("private static global::System.Text.RegularExpressions.Regex Create(string pattern) =>");
                writer.Line("    global::Bulletins.Extraction.Runtime.PatternExtractor.Compile(pattern);");
            }
        }
    }
}
