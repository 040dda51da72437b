using System;
using System.Text.RegularExpressions;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// The one place a schema pattern is analysed, once, in the parser stage: its syntax (by the
    /// engine), then one scan for refused constructs and the automaton size, then (for recognition
    /// rules) the prefilter, each step only when the ones before it passed. Emitters read the result from the model and never analyse again.
    /// </summary>
    internal static class PatternAnalyzer
    {
        public static PatternAnalysis Analyze(string pattern, bool withPrefilter)
        {
            var syntaxError = SyntaxError(pattern);
            if (syntaxError != null) return new PatternAnalysis(syntaxError, null, 0, null);

            var (unsupported, size) = PatternScanner.Scan(pattern);
            if (unsupported != null) return new PatternAnalysis(null, unsupported, 0, null);
            if (size > PatternScanner.SizeLimit) return new PatternAnalysis(null, null, size, null);

            return new PatternAnalysis(null, null, size, withPrefilter ? RequiredLiterals.Find(pattern) : null);
        }

        /// <summary>The engine's own parse decides validity, and its message says what is wrong (null when valid).</summary>
        private static string? SyntaxError(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
                return null;
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }
    }
}
