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
        /// <summary>
        /// The most strings a set may hold. SearchValues&lt;string&gt; takes any number, but it stays on its
        /// vectorised (Teddy) search only for small sets and falls back to a slower Aho-Corasick walk for
        /// large ones, and every string more is one more way for ordinary prose to pass. The bound is also
        /// what keeps <see cref="Product"/> from growing exponentially with a pattern's alternations. A union
        /// of branches past it is not dropped but summarised (<see cref="Fit"/>).
        /// </summary>
        private const int MaxSetSize = 32;

        /// <summary>The shortest common prefix <see cref="Fit"/> may stand in for the strings that start with it.</summary>
        private const int MinSummary = 4;

        /// <summary>The literals and whether to compare them ignoring case; null when there is no useful set.</summary>
        public static PrefilterModel? Find(PatternNode pattern)
        {
            // Comments and free spacing change what characters mean; not worth understanding here.
            if (TurnsOn(pattern, 'x')) return null;
            // Any (?i) anywhere makes the whole search ignore case: a superset is safe, it only widens the search.
            bool ignoreCase = TurnsOn(pattern, 'i');

            var set = Walk(pattern).Required;
            if (set == null) return null;
            if (ignoreCase) set = SafeForIgnoreCase(set);
            if (set == null || !IsUseful(set)) return null;
            return new PrefilterModel(set.OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray(), ignoreCase, StartWindow(pattern));
        }

        /// <summary>The longest window worth a bound; past it the search of the whole text costs about the same.</summary>
        private const long MaxWindow = 1024;

        /// <summary>
        /// The length of the text's start that holds every match: when every match starts the text (<c>^</c> or
        /// <c>\A</c> first on every branch, no <c>(?m)</c>) and none is longer than the pattern allows, a literal
        /// of the match lies within that many first characters. Null when either is not known.
        /// </summary>
        private static int? StartWindow(PatternNode pattern)
        {
            if (TurnsOn(pattern, 'm') || !AnchoredAtStart(pattern)) return null;
            long longest = MaxLength(pattern);
            return longest >= 0 && longest <= MaxWindow ? (int)longest : (int?)null;
        }

        /// <summary>True when every match of <paramref name="node"/> begins with an anchor at the start of the text.</summary>
        private static bool AnchoredAtStart(PatternNode node)
        {
            switch (node)
            {
                case AnchorNode anchor:
                    return anchor.AtStart;
                case GroupNode group:
                    return group.Refused == null && AnchoredAtStart(group.Body);
                case SequenceNode sequence:
                    // Inline options match nothing; the first item that is not one decides.
                    var first = sequence.Items.FirstOrDefault(item => !(item is OptionsNode));
                    return first != null && AnchoredAtStart(first);
                case AlternationNode alternation:
                    return alternation.Branches.All(AnchoredAtStart);
                default:
                    return false;
            }
        }

        /// <summary>The most characters a match of <paramref name="node"/> can take (one per character or class, ignoring case too); -1 when unbounded or not known.</summary>
        private static long MaxLength(PatternNode node)
        {
            switch (node)
            {
                case CharNode _:
                case AnyCharNode _:
                    return 1;
                case AnchorNode _:
                case OptionsNode _:
                    return 0;
                case GroupNode group:
                    return group.Refused != null ? -1 : MaxLength(group.Body);
                case RepeatNode repeat:
                    long item = MaxLength(repeat.Item);
                    return repeat.Max < 0 || item < 0 || item * repeat.Max > MaxWindow ? -1 : item * repeat.Max;
                case SequenceNode sequence:
                    long sum = 0;
                    foreach (var part in sequence.Items)
                    {
                        long length = MaxLength(part);
                        if (length < 0 || (sum += length) > MaxWindow) return -1;
                    }
                    return sum;
                case AlternationNode alternation:
                    long longest = 0;
                    foreach (var branch in alternation.Branches)
                    {
                        long length = MaxLength(branch);
                        if (length < 0) return -1;
                        longest = Math.Max(longest, length);
                    }
                    return longest;
                default:
                    return -1; // a backreference, a group too deep to walk
            }
        }

        /// <summary>True when some inline option, for the rest of a group or scoped, turns <paramref name="option"/> on.</summary>
        private static bool TurnsOn(PatternNode node, char option)
        {
            switch (node)
            {
                case OptionsNode options:
                    return options.Enabled.IndexOf(option) >= 0;
                case GroupNode group:
                    return group.Enabled.IndexOf(option) >= 0 || TurnsOn(group.Body, option);
                case RepeatNode repeat:
                    return TurnsOn(repeat.Item, option);
                case SequenceNode sequence:
                    return sequence.Items.Any(item => TurnsOn(item, option));
                case AlternationNode alternation:
                    return alternation.Branches.Any(branch => TurnsOn(branch, option));
                default:
                    return false;
            }
        }

        /// <summary>What every match of <paramref name="node"/> holds; anything not understood is <see cref="Node.Unknown"/>, which claims nothing.</summary>
        private static Node Walk(PatternNode node)
        {
            switch (node)
            {
                case CharNode c:
                    return Node.Char(c.Value);
                case AnchorNode _:
                case OptionsNode _:
                    return Node.Empty;
                case GroupNode group:
                    // A lookaround matches no text of its own; the engine refuses it anyway.
                    return group.Refused != null ? Node.Unknown : Walk(group.Body);
                case RepeatNode repeat:
                    return Repeat(Walk(repeat.Item), repeat.Min, repeat.Max);
                case SequenceNode sequence:
                    return Concatenate(sequence.Items.Select(Walk).ToList());
                case AlternationNode alternation:
                    return Alternate(alternation.Branches.Select(Walk).ToList());
                default:
                    return Node.Unknown; // a class, a backreference, a group too deep to walk
            }
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
            if (required != null && required.Count > MaxSetSize) required = Fit(required);
            return new Node(exact, required);
        }

        /// <summary>
        /// A set of at most <see cref="MaxSetSize"/> strings that every text holding one of <paramref name="set"/>
        /// holds one of: strings that share a long prefix give way to the prefix (`media opportunity`,
        /// `media opportunities` to `media opportunit`), the longest shared prefix first; null when no prefix of
        /// <see cref="MinSummary"/> characters is left to merge.
        /// </summary>
        private static HashSet<string>? Fit(HashSet<string> set)
        {
            var strings = set.OrderBy(s => s, StringComparer.Ordinal).ToList();
            while (strings.Count > MaxSetSize)
            {
                int best = -1, bestLength = 0;
                for (int i = 0; i + 1 < strings.Count; i++)
                {
                    int length = CommonPrefix(strings[i], strings[i + 1]);
                    if (length > bestLength) (best, bestLength) = (i, length);
                }
                if (bestLength < MinSummary) return null;
                var prefix = strings[best].Substring(0, bestLength);
                strings.RemoveAll(s => s.StartsWith(prefix, StringComparison.Ordinal));
                strings.Add(prefix);
                strings.Sort(StringComparer.Ordinal);
            }
            return new HashSet<string>(strings, StringComparer.Ordinal);
        }

        private static int CommonPrefix(string a, string b)
        {
            int n = 0;
            while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
            return n;
        }

        /// <summary>A loop; <paramref name="max"/> is -1 when open.</summary>
        private static Node Repeat(Node item, long min, long max)
        {
            if (min == 0)
            {
                if (max != 1 || item.Exact == null) return new Node(null, null);
                var optional = new HashSet<string>(item.Exact, StringComparer.Ordinal) { "" };
                return new Node(optional, null);
            }
            return new Node(min == 1 && max == 1 ? item.Exact : null, item.Required);
        }
    }
}
