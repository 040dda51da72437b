using System;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// One walk over a (syntactically valid) schema pattern that finds both what the generator must
    /// know before it emits it:
    /// <list type="bullet">
    /// <item>the first construct the non-backtracking engine refuses (backreferences, lookarounds,
    /// atomic and balancing groups, conditionals, <c>\G</c>). A scan, not a trial construction:
    /// building a non-backtracking <c>Regex</c> costs about 10 ms a pattern, which made generating the
    /// built-in schema take a third of a second; the other options cannot be set inline. A test checks
    /// that the scan and the engine agree.</item>
    /// <item>an upper estimate of the automaton the engine builds: every character, class, anchor and
    /// group counts one, sequences and alternatives add up, and a counted loop multiplies its body by
    /// its upper bound (by its lower bound plus one when open). The engine refuses a pattern past its
    /// own estimate of the same size (NotSupportedException at the first read), and this generator
    /// targets netstandard2.0, where that engine does not exist: so the estimate is computed here,
    /// kept at or above the engine's, and a net10 test holds it to the real engine.</item>
    /// </list>
    /// Linear in the pattern.
    /// </summary>
    internal sealed class PatternScanner
    {
        /// <summary>The largest size estimate accepted: the engine's own default limit.</summary>
        public const long SizeLimit = 10_000;

        private const long Cap = long.MaxValue / 4;

        private string? _unsupported;

        /// <summary>The first unsupported construct (null when none) and the size estimate, which saturates instead of overflowing.</summary>
        public static (string? Unsupported, long Size) Scan(string pattern)
        {
            var scanner = new PatternScanner();
            int at = 0;
            long size = 0;
            // A stray `)` (the engine would have refused it) must not stop the walk early.
            while (at < pattern.Length)
            {
                size = Add(size, scanner.Alternation(pattern, ref at, depth: 0));
                if (at < pattern.Length) at++;
            }
            return (scanner._unsupported, size);
        }

        private void Unsupported(string construct)
        {
            if (_unsupported is null) _unsupported = construct;
        }

        private long Alternation(string p, ref int at, int depth)
        {
            long total = Sequence(p, ref at, depth);
            while (at < p.Length && p[at] == '|')
            {
                at++;
                total = Add(total, Sequence(p, ref at, depth));
            }
            return total;
        }

        private long Sequence(string p, ref int at, int depth)
        {
            long total = 0;
            while (at < p.Length && p[at] != '|' && p[at] != ')')
            {
                long atom = Atom(p, ref at, depth);
                atom = Quantified(p, ref at, atom);
                total = Add(total, atom);
            }
            return total;
        }

        private long Atom(string p, ref int at, int depth)
        {
            char c = p[at];
            if (c == '\\')
            {
                if (at + 1 < p.Length) UnsupportedEscape(p, at + 1);
                at += 2;
                // `\p{L}`, `\P{Lu}`, `\k<name>` and the like: one node, braces included.
                if (at <= p.Length && at - 1 < p.Length && (p[at - 1] == 'p' || p[at - 1] == 'P') && at < p.Length && p[at] == '{')
                {
                    int close = p.IndexOf('}', at);
                    at = close < 0 ? p.Length : close + 1;
                }
                if (at > p.Length) at = p.Length;
                return 1;
            }
            if (c == '[')
            {
                at = EndOfClass(p, at) + 1;
                return 1;
            }
            if (c == '(')
            {
                at++;
                if (at < p.Length && p[at] == '?')
                {
                    if (at + 1 < p.Length)
                    {
                        var construct = GroupConstruct(p, at + 1);
                        if (construct != null) Unsupported(construct);
                    }
                    // `(?#comment)` and an options-only group `(?i)` add nothing.
                    if (at + 1 < p.Length && p[at + 1] == '#')
                    {
                        int end = p.IndexOf(')', at);
                        at = end < 0 ? p.Length : end + 1;
                        return 0;
                    }
                    int j = at + 1;
                    while (j < p.Length && (char.IsLetter(p[j]) || p[j] == '-')) j++;
                    if (j < p.Length && p[j] == ')')
                    {
                        at = j + 1;
                        return 0;
                    }
                    // `(?:`, `(?i-s:`, `(?<name>`, `(?'name'`: skip to where the body starts.
                    if (j < p.Length && p[j] == ':') at = j + 1;
                    else if (at + 1 < p.Length && (p[at + 1] == '<' || p[at + 1] == '\''))
                    {
                        int close = p.IndexOf(p[at + 1] == '<' ? '>' : '\'', at + 2);
                        at = close < 0 ? p.Length : close + 1;
                    }
                    else at++;
                }
                // Deep nesting is itself a cost; a guard keeps the scan's own stack small.
                if (depth > 500) return Cap;
                long body = Alternation(p, ref at, depth + 1);
                if (at < p.Length && p[at] == ')') at++;
                return Add(body, 1);
            }
            at++;
            return 1;
        }

        /// <summary>Notes the escape whose letter is at <paramref name="at"/> when the engine refuses it.</summary>
        private void UnsupportedEscape(string p, int at)
        {
            char next = p[at];
            if (next >= '1' && next <= '9') Unsupported("a backreference (\\" + next + ")");
            else if (next == 'k' && at + 1 < p.Length && (p[at + 1] == '<' || p[at + 1] == '\'')) Unsupported("a named backreference (\\k<...>)");
            else if (next == 'G') Unsupported("a contiguous-match anchor (\\G)");
        }

        /// <summary>The refused construct of the group whose <c>(?</c> is followed by <paramref name="at"/>, or null.</summary>
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

        private static long Quantified(string p, ref int at, long atom)
        {
            while (at < p.Length)
            {
                char q = p[at];
                long factor;
                if (q == '*' || q == '+' || q == '?')
                {
                    at++;
                    factor = 2;
                }
                else if (q == '{' && TryCount(p, at, out long low, out long high, out int end))
                {
                    at = end;
                    factor = high < 0 ? low + 1 : Math.Max(high, 1);
                }
                else
                {
                    return atom;
                }
                if (at < p.Length && p[at] == '?') at++; // lazy
                atom = Multiply(atom, factor);
            }
            return atom;
        }

        /// <summary><c>{m}</c>, <c>{m,}</c> or <c>{m,n}</c> at <paramref name="at"/>; high is -1 when open.</summary>
        private static bool TryCount(string p, int at, out long low, out long high, out int end)
        {
            low = 0;
            high = -1;
            end = at;
            int i = at + 1;
            if (!Digits(p, ref i, out low)) return false;
            if (i < p.Length && p[i] == '}')
            {
                high = low;
                end = i + 1;
                return true;
            }
            if (i >= p.Length || p[i] != ',') return false;
            i++;
            if (i < p.Length && p[i] == '}')
            {
                end = i + 1;
                return true;
            }
            if (!Digits(p, ref i, out high) || i >= p.Length || p[i] != '}') return false;
            end = i + 1;
            return true;
        }

        private static bool Digits(string p, ref int i, out long value)
        {
            value = 0;
            int start = i;
            while (i < p.Length && p[i] >= '0' && p[i] <= '9')
            {
                value = Math.Min(Cap, value * 10 + (p[i] - '0'));
                i++;
            }
            return i > start;
        }

        private static int EndOfClass(string p, int open)
        {
            int i = open + 1;
            if (i < p.Length && p[i] == '^') i++;
            if (i < p.Length && p[i] == ']') i++;
            int nested = 0;
            for (; i < p.Length; i++)
            {
                if (p[i] == '\\') i++;
                else if (p[i] == '[' && p[i - 1] == '-') nested++; // class subtraction `[a-z-[aeiou]]`; a lone `[` is literal
                else if (p[i] == ']')
                {
                    if (nested == 0) return i;
                    nested--;
                }
            }
            return p.Length - 1;
        }

        private static long Add(long a, long b) => Math.Min(Cap, a + b);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Cap / b ? Cap : a * b;
    }
}
