using System;
using System.Text.RegularExpressions;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Analysis
{
    /// <summary>What one analysis of a schema pattern found: the first problem, else its size and prefilter.</summary>
    internal sealed class PatternAnalysis
    {
        private PatternAnalysis(string? syntaxError, string? unsupported, long size, PrefilterModel? prefilter)
        {
            SyntaxError = syntaxError;
            Unsupported = unsupported;
            Size = size;
            Prefilter = prefilter;
        }

        /// <summary>The engine's message when the pattern is not valid .NET syntax.</summary>
        public string? SyntaxError { get; }

        /// <summary>The construct the non-backtracking engine refuses, if any.</summary>
        public string? Unsupported { get; }

        /// <summary>The automaton-size estimate (0 when the pattern was refused before it).</summary>
        public long Size { get; }

        /// <summary>The prefilter, when asked for and the pattern is fine.</summary>
        public PrefilterModel? Prefilter { get; }

        public bool TooLarge => Size > PatternScanner.SizeLimit;

        internal static PatternAnalysis Of(string? syntaxError, string? unsupported, long size, PrefilterModel? prefilter) =>
            new PatternAnalysis(syntaxError, unsupported, size, prefilter);
    }

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
            if (syntaxError != null) return PatternAnalysis.Of(syntaxError, null, 0, null);

            var (unsupported, size) = PatternScanner.Scan(pattern);
            if (unsupported != null) return PatternAnalysis.Of(null, unsupported, 0, null);
            if (size > PatternScanner.SizeLimit) return PatternAnalysis.Of(null, null, size, null);

            return PatternAnalysis.Of(null, null, size, withPrefilter ? RequiredLiterals.Find(pattern) : null);
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
