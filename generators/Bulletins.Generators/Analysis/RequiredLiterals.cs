using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Bulletins.Generators.Model;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// Finds strings of which every match of a pattern contains at least one: a prefilter the
    /// generated classifier checks with one vectorised <c>IndexOfAny</c> before it runs the regex.
    /// Most rules match few paragraphs, and the search skips text several times faster than the
    /// regex engine walks it, so a paragraph that holds none of the strings is never given to the
    /// engine. The answer must never exclude a match, so the analysis is conservative: it
    /// understands literals, groups, alternation, quantifiers, anchors and inline options, and
    /// gives up (no prefilter) on anything else.
    /// </summary>
    internal static class RequiredLiterals
    {
        /// <summary>The most strings a set may hold; beyond that the prefilter stops paying.</summary>
        private const int MaxSetSize = 32;

        /// <summary>The literals and whether to compare them ignoring case; null when there is no useful set.</summary>
        public static PrefilterModel? Find(string pattern)
        {
            // Comments and free spacing change what characters mean; not worth understanding here.
            if (HasInlineOption(pattern, 'x')) return null;
            bool ignoreCase = HasInlineOption(pattern, 'i');
            Node node;
            try
            {
                var parser = new Parser(pattern);
                node = parser.ParseAlternation();
                if (!parser.AtEnd) return null;
            }
            catch (NotSupportedException)
            {
                return null;
            }

            var set = node.Required;
            if (set == null) return null;
            if (ignoreCase) set = SafeForIgnoreCase(set);
            if (set == null || !IsUseful(set)) return null;
            return new PrefilterModel(set.OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray(), ignoreCase);
        }

        /// <summary>True when some <c>(?...)</c> group in the pattern turns the option on (a superset is safe: it only widens the search).</summary>
        private static bool HasInlineOption(string pattern, char option)
        {
            for (int i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
            {
                // `\(` is a literal parenthesis, but `\\(` is an escaped backslash before a real group.
                if (IsEscaped(pattern, i)) continue;
                for (int j = i + 2; j < pattern.Length && (char.IsLetter(pattern[j]) || pattern[j] == '-'); j++)
                {
                    if (pattern[j] == '-') break;
                    // The engine reads option letters in either case: `(?X)` is free spacing too.
                    if (char.ToLowerInvariant(pattern[j]) == option) return true;
                }
            }
            return false;
        }

        /// <summary>True when the character at <paramref name="index"/> follows an odd number of backslashes.</summary>
        private static bool IsEscaped(string pattern, int index)
        {
            int backslashes = 0;
            for (int j = index - 1; j >= 0 && pattern[j] == '\\'; j--) backslashes++;
            return backslashes % 2 == 1;
        }

        /// <summary>
        /// Ignoring case, the regex engine also lets <c>k</c> match the Kelvin sign (U+212A), which an
        /// ordinal case-insensitive search does not; and non-ASCII letters have their own
        /// equivalences. Each string is cut at such characters and its longest piece kept.
        /// </summary>
        private static HashSet<string>? SafeForIgnoreCase(HashSet<string> set)
        {
            var safe = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var text in set)
            {
                string best = "";
                var piece = new StringBuilder();
                foreach (char c in text + "\0")
                {
                    if (c == '\0' || c > '\u007F' || c == 'k' || c == 'K')
                    {
                        if (piece.Length > best.Length) best = piece.ToString();
                        piece.Clear();
                    }
                    else
                    {
                        piece.Append(char.ToLowerInvariant(c));
                    }
                }
                if (best.Length == 0) return null;
                safe.Add(best);
            }
            return safe;
        }

        /// <summary>Worth a search: every string long enough, or a symbol rare in prose (<c>@</c>, a line feed).</summary>
        private static bool IsUseful(HashSet<string> set) =>
            set.Count > 0 && set.All(s => s.Length >= 3 || (s.Length > 0 && !s.Any(c => char.IsLetterOrDigit(c) || c == ' ' || c == '.' || c == ',')));

        /// <summary>
        /// What is known about a piece of pattern: <see cref="Exact"/>, the strings it matches
        /// when they are few (null otherwise; "" for an anchor), and <see cref="Required"/>, strings
        /// of which every match contains one (null when nothing is known).
        /// </summary>
        private sealed class Node
        {
            public Node(HashSet<string>? exact, HashSet<string>? required)
            {
                Exact = exact;
                Required = Better(required, exact != null && !exact.Contains("") ? exact : null);
            }

            public HashSet<string>? Exact { get; }

            public HashSet<string>? Required { get; }

            public static Node Unknown { get; } = new Node(null, null);

            public static Node Empty => new Node(new HashSet<string> { "" }, null);

            public static Node Char(char c) => new Node(new HashSet<string> { c.ToString() }, null);
        }

        /// <summary>The set with the longer shortest string (fewer strings on a tie); null when neither is known.</summary>
        private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
        {
            if (a == null || a.Count == 0) return b;
            if (b == null || b.Count == 0) return a;
            int shortestA = a.Min(s => s.Length), shortestB = b.Min(s => s.Length);
            if (shortestA != shortestB) return shortestA > shortestB ? a : b;
            return a.Count <= b.Count ? a : b;
        }

        private static HashSet<string>? Product(HashSet<string>? left, HashSet<string>? right)
        {
            if (left == null || right == null || left.Count * right.Count > MaxSetSize) return null;
            var product = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in left)
            {
                foreach (var b in right) product.Add(a + b);
            }
            return product;
        }

        private static Node Concatenate(List<Node> items)
        {
            HashSet<string>? exact = new HashSet<string> { "" };
            HashSet<string>? required = null;
            HashSet<string>? run = new HashSet<string> { "" };
            foreach (var item in items)
            {
                exact = Product(exact, item.Exact);
                required = Better(required, item.Required);
                run = item.Exact == null ? new HashSet<string> { "" } : Product(run, item.Exact) ?? item.Exact;
                if (!run.Contains("")) required = Better(required, run);
            }
            return new Node(exact, required);
        }

        private static Node Alternate(List<Node> branches)
        {
            if (branches.Count == 1) return branches[0];
            HashSet<string>? exact = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var branch in branches)
            {
                if (exact != null && branch.Exact != null) exact.UnionWith(branch.Exact);
                else exact = null;
                if (required != null && branch.Required != null) required.UnionWith(branch.Required);
                else required = null;
            }
            if (exact != null && exact.Count > MaxSetSize) exact = null;
            if (required != null && required.Count > MaxSetSize) required = null;
            return new Node(exact, required);
        }

        private static Node Repeat(Node item, int min, int max)
        {
            if (min == 0)
            {
                if (max != 1 || item.Exact == null) return new Node(null, null);
                var optional = new HashSet<string>(item.Exact, StringComparer.Ordinal) { "" };
                return new Node(optional, null);
            }
            return new Node(min == 1 && max == 1 ? item.Exact : null, item.Required);
        }

        /// <summary>A recursive-descent reader of the .NET pattern syntax the schema's patterns use.</summary>
        private sealed class Parser
        {
            private readonly string _pattern;
            private int _at;

            public Parser(string pattern) => _pattern = pattern;

            public bool AtEnd => _at >= _pattern.Length;

            public Node ParseAlternation()
            {
                var branches = new List<Node> { ParseSequence() };
                while (!AtEnd && _pattern[_at] == '|')
                {
                    _at++;
                    branches.Add(ParseSequence());
                }
                return Alternate(branches);
            }

            private Node ParseSequence()
            {
                var items = new List<Node>();
                while (!AtEnd && _pattern[_at] != '|' && _pattern[_at] != ')')
                {
                    var atom = ParseAtom();
                    items.Add(ParseQuantifier(atom));
                }
                return Concatenate(items);
            }

            private Node ParseQuantifier(Node atom)
            {
                if (AtEnd) return atom;
                int min, max;
                switch (_pattern[_at])
                {
                    case '?': min = 0; max = 1; _at++; break;
                    case '*': min = 0; max = int.MaxValue; _at++; break;
                    case '+': min = 1; max = int.MaxValue; _at++; break;
                    case '{':
                        if (!TryReadBraces(out min, out max)) return atom;
                        break;
                    default:
                        return atom;
                }
                if (!AtEnd && _pattern[_at] == '?') _at++; // lazy: the same strings
                return ParseQuantifier(Repeat(atom, min, max));
            }

            private bool TryReadBraces(out int min, out int max)
            {
                min = max = 0;
                int close = _pattern.IndexOf('}', _at);
                if (close < 0) return false;
                var inside = _pattern.Substring(_at + 1, close - _at - 1).Split(',');
                if (inside.Length > 2 || !int.TryParse(inside[0], out min)) return false;
                if (inside.Length == 1) max = min;
                else if (inside[1].Length == 0) max = int.MaxValue;
                else if (!int.TryParse(inside[1], out max)) return false;
                _at = close + 1;
                return true;
            }

            private Node ParseAtom()
            {
                char c = _pattern[_at++];
                switch (c)
                {
                    case '(':
                        return ParseGroup();
                    case '[':
                        SkipClass();
                        return Node.Unknown;
                    case '.':
                        return Node.Unknown;
                    case '^':
                    case '$':
                        return Node.Empty;
                    case '\\':
                        return ParseEscape();
                    case '*':
                    case '+':
                    case '?':
                    case '{':
                        throw new NotSupportedException("quantifier without an atom");
                    default:
                        return Node.Char(c);
                }
            }

            private Node ParseGroup()
            {
                if (!AtEnd && _pattern[_at] == '?')
                {
                    _at++;
                    if (AtEnd) throw new NotSupportedException("group");
                    char kind = _pattern[_at];
                    if (kind == ':')
                    {
                        _at++;
                    }
                    else if (kind == '<' || kind == '\'')
                    {
                        char close = kind == '<' ? '>' : '\'';
                        int end = _pattern.IndexOf(close, _at + 1);
                        if (end < 0) throw new NotSupportedException("group name");
                        var name = _pattern.Substring(_at + 1, end - _at - 1);
                        if (name.Length == 0 || name.Any(ch => !char.IsLetterOrDigit(ch) && ch != '_')) throw new NotSupportedException("not a plain named group");
                        _at = end + 1;
                    }
                    else if (char.IsLetter(kind) || kind == '-')
                    {
                        // Inline options: (?im) for the rest of the group, or (?i:...) scoped.
                        while (!AtEnd && (char.IsLetter(_pattern[_at]) || _pattern[_at] == '-')) _at++;
                        if (AtEnd) throw new NotSupportedException("options");
                        if (_pattern[_at] == ')')
                        {
                            _at++;
                            return Node.Empty;
                        }
                        if (_pattern[_at] != ':') throw new NotSupportedException("options");
                        _at++;
                    }
                    else
                    {
                        throw new NotSupportedException("lookaround, atomic or conditional group");
                    }
                }
                var inner = ParseAlternation();
                if (AtEnd || _pattern[_at] != ')') throw new NotSupportedException("unclosed group");
                _at++;
                return inner;
            }

            private Node ParseEscape()
            {
                if (AtEnd) throw new NotSupportedException("trailing backslash");
                char c = _pattern[_at++];
                switch (c)
                {
                    case 'b':
                    case 'B':
                    case 'A':
                    case 'z':
                    case 'Z':
                        return Node.Empty;
                    case 'd':
                    case 'D':
                    case 'w':
                    case 'W':
                    case 's':
                    case 'S':
                        return Node.Unknown;
                    case 'p':
                    case 'P':
                    {
                        int close = _pattern.IndexOf('}', _at);
                        if (close < 0) throw new NotSupportedException("category");
                        _at = close + 1;
                        return Node.Unknown;
                    }
                    case 'n': return Node.Char('\n');
                    case 't': return Node.Char('\t');
                    case 'r': return Node.Char('\r');
                    case 'f': return Node.Char('\f');
                    case 'v': return Node.Char('\v');
                    case 'e': return Node.Char('\u001B');
                    case 'u':
                        return Node.Char((char)ReadHex(4));
                    case 'x':
                        return Node.Char((char)ReadHex(2));
                    default:
                        if (char.IsLetterOrDigit(c)) throw new NotSupportedException("escape \\" + c);
                        return Node.Char(c);
                }
            }

            private int ReadHex(int digits)
            {
                if (_at + digits > _pattern.Length) throw new NotSupportedException("hex escape");
                int value = Convert.ToInt32(_pattern.Substring(_at, digits), 16);
                _at += digits;
                return value;
            }

            private void SkipClass()
            {
                if (!AtEnd && _pattern[_at] == '^') _at++;
                if (!AtEnd && _pattern[_at] == ']') _at++;
                while (!AtEnd && _pattern[_at] != ']')
                {
                    if (_pattern[_at] == '\\') _at++;
                    else if (_pattern[_at] == '[') throw new NotSupportedException("nested class or subtraction");
                    _at++;
                }
                if (AtEnd) throw new NotSupportedException("unclosed class");
                _at++;
            }
        }
    }
}
