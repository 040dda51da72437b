using System;
using System.Text.RegularExpressions;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// The one place a schema pattern is analysed, once, in the parser stage: the engine's verdict on
    /// its syntax, then our one parse into a tree, which the engine-fit walk (refused constructs,
    /// automaton size) and, for recognition rules, the prefilter walk both read, each step only when
    /// the ones before it passed. Emitters read the result from the model and never analyse again.
    /// </summary>
    internal static class PatternAnalyzer
    {
        public static PatternAnalysis Analyze(string pattern, bool withPrefilter)
        {
            var syntaxError = SyntaxError(pattern);
            if (syntaxError != null) return new PatternAnalysis(syntaxError, null, 0, null);

            var parsed = PatternParser.Parse(pattern);
            // Unreachable while the parser reads all the engine accepts (a test holds it to that); a clear error, never a crash.
            if (parsed.Tree is null) return new PatternAnalysis("the generator cannot read it: " + parsed.Error, null, 0, null);

            var unsupported = EngineFit.FirstUnsupported(parsed.Tree);
            if (unsupported != null) return new PatternAnalysis(null, unsupported, 0, null);
            long size = EngineFit.Size(parsed.Tree);
            if (size > EngineFit.SizeLimit) return new PatternAnalysis(null, null, size, null);

            return new PatternAnalysis(null, null, size, withPrefilter ? RequiredLiterals.Find(parsed.Tree) : null);
        }

        /// <summary>
        /// The engine's verdict and message (null when valid). Kept beside our parse because validity
        /// is more than shape: reversed ranges <c>[z-a]</c>, counts <c>{3,2}</c>, unknown categories
        /// <c>\p{Nope}</c>, references to groups that do not exist; our parser reads structure only,
        /// and the engine words what is wrong, at which offset, as users of .NET know it.
        /// </summary>
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
