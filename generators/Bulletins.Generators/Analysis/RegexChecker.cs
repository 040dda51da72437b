using System;
using System.Text.RegularExpressions;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// Checks a schema pattern the way the generated code will run it: valid .NET syntax, and only
    /// constructs the non-backtracking engine accepts (it guarantees linear time on any input).
    /// </summary>
    internal static class RegexChecker
    {
        /// <summary>Null when <paramref name="pattern"/> is fine; else the syntax error message.</summary>
        public static string? SyntaxError(string pattern)
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

        /// <summary>Null when the engine supports every construct in <paramref name="pattern"/>; else which one it does not.</summary>
        /// <remarks>
        /// A scan, not a trial construction: building a non-backtracking <see cref="Regex"/> costs
        /// about 10 ms a pattern (it derives the pattern's character classes and DFA seeds), which
        /// made generating the built-in schema take a third of a second. The scan rejects every
        /// construct the engine documents as unsupported (backreferences, lookarounds, atomic and
        /// balancing groups, conditionals, <c>\G</c>); the other options cannot be set inline.
        /// A test checks that the scan and the engine agree.
        /// </remarks>
        public static string? UnsupportedConstruct(string pattern) => ScanForUnsupported(pattern);

        private static string? ScanForUnsupported(string pattern)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\')
                {
                    if (i + 1 < pattern.Length)
                    {
                        char next = pattern[i + 1];
                        if (next >= '1' && next <= '9') return "a backreference (\\" + next + ")";
                        if (next == 'k' && i + 2 < pattern.Length && (pattern[i + 2] == '<' || pattern[i + 2] == '\'')) return "a named backreference (\\k<...>)";
                        if (next == 'G') return "a contiguous-match anchor (\\G)";
                    }
                    i++;
                }
                else if (c == '[')
                {
                    i = EndOfCharacterClass(pattern, i);
                }
                else if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
                {
                    var construct = GroupConstruct(pattern, i + 2);
                    if (construct != null) return construct;
                }
            }
            return null;
        }

        private static string? GroupConstruct(string pattern, int at)
        {
            char c = pattern[at];
            if (c == '=' || c == '!') return "a lookahead (?" + c + "...)";
            if (c == '>') return "an atomic group (?>...)";
            if (c == '(') return "a conditional (?(...)...)";
            if ((c == '<' || c == '\'') && at + 1 < pattern.Length)
            {
                char after = pattern[at + 1];
                if (after == '=' || after == '!') return "a lookbehind (?<" + after + "...)";
                int close = pattern.IndexOf(c == '<' ? '>' : '\'', at + 1);
                if (close > 0 && pattern.IndexOf('-', at + 1, close - at - 1) >= 0) return "a balancing group (?<name-other>...)";
            }
            return null;
        }

        /// <summary>The index of the <c>]</c> closing the class opened at <paramref name="open"/>.</summary>
        private static int EndOfCharacterClass(string pattern, int open)
        {
            int i = open + 1;
            if (i < pattern.Length && pattern[i] == '^') i++;
            if (i < pattern.Length && pattern[i] == ']') i++;
            for (; i < pattern.Length; i++)
            {
                if (pattern[i] == '\\') i++;
                else if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':') continue;
                else if (pattern[i] == ']') return i;
            }
            return pattern.Length;
        }
    }
}
