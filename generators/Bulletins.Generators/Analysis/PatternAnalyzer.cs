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

        public bool TooLarge => Size > AutomatonSize.Limit;

        internal static PatternAnalysis Of(string? syntaxError, string? unsupported, long size, PrefilterModel? prefilter) =>
            new PatternAnalysis(syntaxError, unsupported, size, prefilter);
    }

    /// <summary>
    /// The one place a schema pattern is analysed, once, in the parser stage: syntax, supported
    /// constructs, automaton size and (for recognition rules) the prefilter, each step only when the
    /// ones before it passed. Emitters read the result from the model and never analyse again.
    /// </summary>
    internal static class PatternAnalyzer
    {
        public static PatternAnalysis Analyze(string pattern, bool withPrefilter)
        {
            var syntaxError = RegexChecker.SyntaxError(pattern);
            if (syntaxError != null) return PatternAnalysis.Of(syntaxError, null, 0, null);

            var unsupported = RegexChecker.UnsupportedConstruct(pattern);
            if (unsupported != null) return PatternAnalysis.Of(null, unsupported, 0, null);

            long size = AutomatonSize.Estimate(pattern);
            if (size > AutomatonSize.Limit) return PatternAnalysis.Of(null, null, size, null);

            return PatternAnalysis.Of(null, null, size, withPrefilter ? RequiredLiterals.Find(pattern) : null);
        }
    }
}
