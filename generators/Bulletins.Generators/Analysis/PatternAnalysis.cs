using Bulletins.Generators.Model;

namespace Bulletins.Generators.Analysis
{
    /// <summary>What one analysis of a schema pattern found: the first problem, else its size and prefilter.</summary>
    internal sealed class PatternAnalysis
    {
        public PatternAnalysis(string? syntaxError, string? unsupported, long size, PrefilterModel? prefilter)
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

        public bool TooLarge => Size > EngineFit.SizeLimit;
    }
}
