using System;
using System.Text.RegularExpressions;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Checks a schema pattern the way the generated code will run it: valid .NET syntax, and only
    /// constructs the non-backtracking engine accepts (it guarantees linear time on any input).
    /// </summary>
    internal static class RegexChecker
    {
        // RegexOptions.NonBacktracking (.NET 7+); netstandard2.0 does not name it.
        private const RegexOptions NonBacktracking = (RegexOptions)1024;

        /// <summary>Whether the compiler's runtime knows the non-backtracking engine (it does on .NET, not on .NET Framework hosts).</summary>
        private static readonly bool EngineAvailable = ProbeEngine();

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
        public static string? UnsupportedConstruct(string pattern)
        {
            // The scan names the construct and works on any host; the engine itself has the last word.
            var construct = ScanForUnsupported(pattern);
            if (construct != null || !EngineAvailable) return construct;
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking);
                return null;
            }
            catch (NotSupportedException e)
            {
                return e.Message;
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }

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

        private static bool ProbeEngine()
        {
            try
            {
                _ = new Regex("a", NonBacktracking);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }
}
