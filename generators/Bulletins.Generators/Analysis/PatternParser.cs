using System;
using System.Collections.Generic;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// Reads a schema pattern (.NET syntax) into one <see cref="PatternNode"/> tree, the only parse
    /// of the pattern in our code. It runs after the engine has accepted the pattern
    /// (<see cref="PatternAnalyzer"/>), so it reads what the engine reads, including free spacing
    /// <c>(?x)</c>, comments, subtraction in classes and the escapes that are backreferences; where it
    /// cannot follow the pattern it says so (<see cref="ParsedPattern.Error"/>) instead of guessing,
    /// and a test holds it to the engine's verdict. Linear in the pattern; nesting past
    /// <see cref="MaxDepth"/> becomes one <see cref="TooDeepNode"/> so the parser's own stack stays small.
    /// </summary>
    internal sealed class PatternParser
    {
        /// <summary>Counts in <c>{m,n}</c> saturate here instead of overflowing.</summary>
        public const long CountCap = long.MaxValue / 4;

        /// <summary>Groups nested deeper than this are not walked.</summary>
        public const int MaxDepth = 500;

        private readonly string _p;
        private int _at;
        private bool _freeSpacing;
        private int _groups;
        private readonly List<(NumberedEscapeNode Node, int Number)> _numbered = new List<(NumberedEscapeNode, int)>();

        private PatternParser(string pattern) => _p = pattern;

        public static ParsedPattern Parse(string pattern)
        {
            var parser = new PatternParser(pattern);
            try
            {
                var tree = parser.Alternation(depth: 0);
                if (parser._at < pattern.Length) throw parser.Fail("too many )'s");
                // `\12` is a backreference only when the pattern has twelve groups; otherwise an octal escape.
                foreach (var (node, number) in parser._numbered) node.IsBackreference = number <= 9 || number <= parser._groups;
                return new ParsedPattern(tree, null);
            }
            catch (UnreadablePattern e)
            {
                return new ParsedPattern(null, e.Message);
            }
        }

        private PatternNode Alternation(int depth)
        {
            var first = Sequence(depth);
            if (_at >= _p.Length || _p[_at] != '|') return first;
            var branches = new List<PatternNode> { first };
            while (_at < _p.Length && _p[_at] == '|')
            {
                _at++;
                branches.Add(Sequence(depth));
            }
            return new AlternationNode(branches);
        }

        private PatternNode Sequence(int depth)
        {
            var items = new List<PatternNode>();
            while (true)
            {
                SkipBlanks();
                if (_at >= _p.Length || _p[_at] == '|' || _p[_at] == ')') break;
                items.Add(Quantified(Atom(depth)));
            }
            return items.Count == 1 ? items[0] : new SequenceNode(items);
        }

        /// <summary>Comments <c>(?#...)</c> anywhere, and under <c>(?x)</c> white space and <c>#</c> to the end of the line, as the engine skips them.</summary>
        private void SkipBlanks()
        {
            while (_at < _p.Length)
            {
                if (_freeSpacing && IsSpace(_p[_at]))
                {
                    _at++;
                }
                else if (_freeSpacing && _p[_at] == '#')
                {
                    while (_at < _p.Length && _p[_at] != '\n') _at++;
                }
                else if (string.CompareOrdinal(_p, _at, "(?#", 0, 3) == 0)
                {
                    int close = _p.IndexOf(')', _at);
                    if (close < 0) throw Fail("unterminated (?#...) comment");
                    _at = close + 1;
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';

        private PatternNode Atom(int depth)
        {
            char c = _p[_at];
            switch (c)
            {
                case '(':
                    return Group(depth);
                case '[':
                    _at++;
                    ClassBody();
                    return AnyCharNode.Instance;
                case '.':
                    _at++;
                    return AnyCharNode.Instance;
                case '^':
                    _at++;
                    return new AnchorNode(null, atStart: true);
                case '$':
                    _at++;
                    return new AnchorNode(null);
                case '\\':
                    return Escape();
                case '*':
                case '+':
                case '?':
                    throw Fail("quantifier " + c + " following nothing");
                case '{':
                    if (TryCount(_at, out _, out _, out _)) throw Fail("quantifier { following nothing");
                    _at++;
                    return new CharNode(c);
                default:
                    _at++;
                    return new CharNode(c);
            }
        }

        private PatternNode Quantified(PatternNode atom)
        {
            while (true)
            {
                SkipBlanks();
                if (_at >= _p.Length) return atom;
                long min, max;
                char q = _p[_at];
                if (q == '*') { min = 0; max = -1; _at++; }
                else if (q == '+') { min = 1; max = -1; _at++; }
                else if (q == '?') { min = 0; max = 1; _at++; }
                else if (q == '{' && TryCount(_at, out min, out max, out int end)) _at = end;
                else return atom;
                if (_at < _p.Length && _p[_at] == '?') _at++; // lazy: the same strings
                atom = new RepeatNode(atom, min, max);
            }
        }

        /// <summary><c>{m}</c>, <c>{m,}</c> or <c>{m,n}</c> at <paramref name="at"/> (max -1 when open); anything else is literal text.</summary>
        private bool TryCount(int at, out long min, out long max, out int end)
        {
            max = -1;
            end = at;
            int i = at + 1;
            if (!Digits(ref i, out min)) return false;
            if (i < _p.Length && _p[i] == '}')
            {
                max = min;
                end = i + 1;
                return true;
            }
            if (i >= _p.Length || _p[i] != ',') return false;
            i++;
            if (i < _p.Length && _p[i] == '}')
            {
                end = i + 1;
                return true;
            }
            if (!Digits(ref i, out max) || i >= _p.Length || _p[i] != '}') return false;
            end = i + 1;
            return true;
        }

        private bool Digits(ref int i, out long value)
        {
            value = 0;
            int start = i;
            while (i < _p.Length && _p[i] >= '0' && _p[i] <= '9')
            {
                value = Math.Min(CountCap, value * 10 + (_p[i] - '0'));
                i++;
            }
            return i > start;
        }

        private PatternNode Group(int depth)
        {
            if (depth >= MaxDepth)
            {
                SkipGroup();
                return TooDeepNode.Instance;
            }
            _at++;
            bool outerSpacing = _freeSpacing;
            string enabled = "";
            string? refused = null;
            bool captures = true;
            if (_at < _p.Length && _p[_at] == '?')
            {
                captures = false;
                _at++;
                if (_at >= _p.Length) throw Fail("unrecognised grouping construct");
                char kind = _p[_at];
                if (kind == ':')
                {
                    _at++;
                }
                else if (kind == '=' || kind == '!')
                {
                    refused = "a lookahead (?" + kind + "...)";
                    _at++;
                }
                else if (kind == '>')
                {
                    refused = "an atomic group (?>...)";
                    _at++;
                }
                else if (kind == '(')
                {
                    refused = "a conditional (?(...)...)"; // the condition is read as the body's first group
                }
                else if (kind == '<' && _at + 1 < _p.Length && (_p[_at + 1] == '=' || _p[_at + 1] == '!'))
                {
                    refused = "a lookbehind (?<" + _p[_at + 1] + "...)";
                    _at += 2;
                }
                else if (kind == '<' || kind == '\'')
                {
                    int close = _p.IndexOf(kind == '<' ? '>' : '\'', _at + 1);
                    if (close < 0) throw Fail("unterminated group name");
                    if (_p.IndexOf('-', _at + 1, close - _at - 1) >= 0) refused = "a balancing group (?<name-other>...)";
                    captures = true;
                    _at = close + 1;
                }
                else if (char.IsLetter(kind) || kind == '-')
                {
                    var (on, off) = Options();
                    if (_at >= _p.Length) throw Fail("unterminated options");
                    bool scoped = _p[_at] == ':';
                    if (!scoped && _p[_at] != ')') throw Fail("unrecognised grouping construct");
                    _at++;
                    if (on.IndexOf('x') >= 0) _freeSpacing = true;
                    if (off.IndexOf('x') >= 0) _freeSpacing = false;
                    // `(?i)` holds for the rest of the enclosing group: no body of its own.
                    if (!scoped) return new OptionsNode(on);
                    enabled = on;
                }
                else
                {
                    throw Fail("unrecognised grouping construct");
                }
            }
            if (captures) _groups++;
            var body = Alternation(depth + 1);
            if (_at >= _p.Length || _p[_at] != ')') throw Fail("not enough )'s");
            _at++;
            _freeSpacing = outerSpacing;
            return new GroupNode(body, enabled, refused);
        }

        /// <summary>The letters of <c>(?imsx-imsx</c>, in lower case: the engine reads either case.</summary>
        private (string On, string Off) Options()
        {
            string on = "", off = "";
            bool turningOff = false;
            for (; _at < _p.Length && (char.IsLetter(_p[_at]) || _p[_at] == '-'); _at++)
            {
                char c = char.ToLowerInvariant(_p[_at]);
                if (c == '-') turningOff = true;
                else if (turningOff) off += c;
                else on += c;
            }
            return (on, off);
        }

        /// <summary>Skips a group too deep to walk, counting parentheses outside classes and escapes.</summary>
        private void SkipGroup()
        {
            int open = 0;
            while (_at < _p.Length)
            {
                char c = _p[_at];
                if (c == '\\') _at += 2;
                else if (c == '[')
                {
                    _at++;
                    ClassBody();
                }
                else
                {
                    _at++;
                    if (c == '(') open++;
                    else if (c == ')' && --open == 0) return;
                }
            }
            throw Fail("not enough )'s");
        }

        /// <summary>Reads a class after its <c>[</c>, up to and including its <c>]</c>: a leading <c>^</c> or <c>]</c>, escapes, and a last subtraction <c>-[...]</c>.</summary>
        private void ClassBody()
        {
            if (_at < _p.Length && _p[_at] == '^') _at++;
            if (_at < _p.Length && _p[_at] == ']') _at++;
            int start = _at;
            while (_at < _p.Length)
            {
                char c = _p[_at];
                if (c == '\\')
                {
                    _at += 2;
                    if (_at <= _p.Length && (_p[_at - 1] == 'p' || _p[_at - 1] == 'P') && _at < _p.Length && _p[_at] == '{')
                    {
                        int close = _p.IndexOf('}', _at);
                        if (close < 0) throw Fail("incomplete \\p{X} character escape");
                        _at = close + 1;
                    }
                }
                else if (c == '-' && _at > start && _at + 1 < _p.Length && _p[_at + 1] == '[') // a leading dash is the character
                {
                    _at += 2;
                    ClassBody();
                    if (_at >= _p.Length || _p[_at] != ']') throw Fail("a subtraction must be the last element in a class");
                    _at++;
                    return;
                }
                else if (c == ']')
                {
                    _at++;
                    return;
                }
                else
                {
                    _at++;
                }
            }
            throw Fail("unterminated [] set");
        }

        private PatternNode Escape()
        {
            _at++;
            if (_at >= _p.Length) throw Fail("illegal \\ at the end of the pattern");
            char c = _p[_at++];
            switch (c)
            {
                case 'A':
                    return new AnchorNode(null, atStart: true);
                case 'b':
                case 'B':
                case 'z':
                case 'Z':
                    return new AnchorNode(null);
                case 'G':
                    return new AnchorNode("a contiguous-match anchor (\\G)");
                case 'd':
                case 'D':
                case 'w':
                case 'W':
                case 's':
                case 'S':
                    return AnyCharNode.Instance;
                case 'p':
                case 'P':
                {
                    int close = _at < _p.Length && _p[_at] == '{' ? _p.IndexOf('}', _at) : -1;
                    if (close < 0) throw Fail("incomplete \\p{X} character escape");
                    _at = close + 1;
                    return AnyCharNode.Instance;
                }
                case 'n': return new CharNode('\n');
                case 't': return new CharNode('\t');
                case 'r': return new CharNode('\r');
                case 'f': return new CharNode('\f');
                case 'v': return new CharNode('\v');
                case 'a': return new CharNode('\a');
                case 'e': return new CharNode('\u001B');
                case 'u': return new CharNode((char)Hex(4));
                case 'x': return new CharNode((char)Hex(2));
                case 'c':
                    if (_at >= _p.Length) throw Fail("missing control character");
                    _at++;
                    return AnyCharNode.Instance;
                case '0':
                    for (int n = 0; n < 2 && _at < _p.Length && _p[_at] >= '0' && _p[_at] <= '7'; n++) _at++;
                    return AnyCharNode.Instance;
                case 'k':
                    if (_at < _p.Length && (_p[_at] == '<' || _p[_at] == '\'') && TryName(_at) is int end)
                    {
                        _at = end;
                        return new BackreferenceNode("a named backreference (\\k<...>)");
                    }
                    throw Fail("malformed \\k<...> named backreference");
                case '<':
                case '\'':
                    // `\<name>` is a named backreference too; without its closing bracket it is the character.
                    if (TryName(_at - 1) is int close2)
                    {
                        _at = close2;
                        return new BackreferenceNode("a named backreference (\\k<...>)");
                    }
                    return new CharNode(c);
                default:
                    if (c >= '1' && c <= '9')
                    {
                        int number = c - '0';
                        while (_at < _p.Length && _p[_at] >= '0' && _p[_at] <= '9' && number < 100_000) number = number * 10 + (_p[_at++] - '0');
                        var node = new NumberedEscapeNode("a backreference (\\" + c + ")");
                        _numbered.Add((node, number));
                        return node;
                    }
                    if (char.IsLetterOrDigit(c)) throw Fail("unrecognised escape \\" + c);
                    return new CharNode(c);
            }
        }

        /// <summary>After <c>&lt;</c> or <c>'</c> at <paramref name="open"/>: the index past a word-character name and its closing bracket, or null.</summary>
        private int? TryName(int open)
        {
            char close = _p[open] == '<' ? '>' : '\'';
            int i = open + 1;
            while (i < _p.Length && (char.IsLetterOrDigit(_p[i]) || _p[i] == '_')) i++;
            return i > open + 1 && i < _p.Length && _p[i] == close ? i + 1 : (int?)null;
        }

        private int Hex(int digits)
        {
            if (_at + digits > _p.Length) throw Fail("insufficient hexadecimal digits");
            int value = 0;
            for (int end = _at + digits; _at < end; _at++)
            {
                int digit = Uri.IsHexDigit(_p[_at]) ? Convert.ToInt32(_p[_at].ToString(), 16) : -1;
                if (digit < 0) throw Fail("insufficient hexadecimal digits");
                value = value * 16 + digit;
            }
            return value;
        }

        private UnreadablePattern Fail(string what) => new UnreadablePattern(what + " at offset " + _at.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private sealed class UnreadablePattern : Exception
        {
            public UnreadablePattern(string message) : base(message)
            {
            }
        }
    }

    /// <summary>The tree of a pattern, or why the parser could not read it.</summary>
    internal sealed class ParsedPattern
    {
        public ParsedPattern(PatternNode? tree, string? error)
        {
            Tree = tree;
            Error = error;
        }

        public PatternNode? Tree { get; }

        public string? Error { get; }
    }
}
