using System;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// What the generator must know of a pattern's tree before it emits it for the non-backtracking
    /// engine:
    /// <list type="bullet">
    /// <item>the first construct that engine refuses (backreferences, lookarounds, atomic and
    /// balancing groups, conditionals, <c>\G</c>), marked on the tree by <see cref="PatternParser"/>.
    /// A walk, not a trial construction: building a non-backtracking <c>Regex</c> costs about 10 ms a
    /// pattern, which made generating the built-in schema take a third of a second. A test checks
    /// that the walk and the engine agree.</item>
    /// <item>an upper estimate of the automaton the engine builds: every character, class, anchor and
    /// group counts one, sequences and alternatives add up, and a loop multiplies its body by its
    /// upper bound (by two for <c>?</c>, by its lower bound plus one, at least two, when open). The
    /// engine refuses a pattern past its own estimate of the same size (NotSupportedException at the
    /// first read), and this generator targets netstandard2.0, where that engine does not exist: so
    /// the estimate is computed here, kept at or above the engine's, and a net10 test holds it to the
    /// real engine.</item>
    /// </list>
    /// </summary>
    internal static class EngineFit
    {
        /// <summary>The largest size estimate accepted: the engine's own default limit.</summary>
        public const long SizeLimit = 10_000;

        private const long Cap = PatternParser.CountCap;

        /// <summary>The first refused construct in the pattern's order, or null.</summary>
        public static string? FirstUnsupported(PatternNode node)
        {
            switch (node)
            {
                case AnchorNode anchor:
                    return anchor.Refused;
                case BackreferenceNode reference:
                    return reference.Refused;
                case NumberedEscapeNode numbered:
                    return numbered.IsBackreference ? numbered.Refused : null;
                case GroupNode group:
                    return group.Refused ?? FirstUnsupported(group.Body);
                case RepeatNode repeat:
                    return FirstUnsupported(repeat.Item);
                case SequenceNode sequence:
                    foreach (var item in sequence.Items)
                    {
                        var found = FirstUnsupported(item);
                        if (found != null) return found;
                    }
                    return null;
                case AlternationNode alternation:
                    foreach (var branch in alternation.Branches)
                    {
                        var found = FirstUnsupported(branch);
                        if (found != null) return found;
                    }
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The size estimate; it saturates instead of overflowing.</summary>
        public static long Size(PatternNode node)
        {
            switch (node)
            {
                case OptionsNode _:
                    return 0;
                case TooDeepNode _:
                    return Cap;
                case GroupNode group:
                    return Add(Size(group.Body), 1);
                case RepeatNode repeat:
                    long factor = repeat.Max < 0 ? Math.Max(Add(repeat.Min, 1), 2)
                        : repeat.Min == 0 && repeat.Max == 1 ? 2
                        : Math.Max(repeat.Max, 1);
                    return Multiply(Size(repeat.Item), factor);
                case SequenceNode sequence:
                    long items = 0;
                    foreach (var item in sequence.Items) items = Add(items, Size(item));
                    return items;
                case AlternationNode alternation:
                    long branches = 0;
                    foreach (var branch in alternation.Branches) branches = Add(branches, Size(branch));
                    return branches;
                default:
                    return 1; // a character, a class, an anchor, a backreference
            }
        }

        private static long Add(long a, long b) => Math.Min(Cap, a + b);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Cap / b ? Cap : a * b;
    }
}
