using System.Collections.Generic;

namespace Bulletins.Generators.Analysis
{
    /// <summary>
    /// One node of a schema pattern as <see cref="PatternParser"/> reads it: the one tree that the
    /// engine checks (<see cref="EngineFit"/>) and the prefilter analysis (<see cref="RequiredLiterals"/>)
    /// both walk, so the pattern is read by our code once.
    /// </summary>
    internal abstract class PatternNode
    {
    }

    /// <summary>One literal character.</summary>
    internal sealed class CharNode : PatternNode
    {
        public CharNode(char value) => Value = value;

        public char Value { get; }
    }

    /// <summary>One character of a set not spelled out: a class <c>[...]</c>, <c>.</c>, <c>\d</c>, <c>\p{L}</c>, an octal or control escape.</summary>
    internal sealed class AnyCharNode : PatternNode
    {
        public static AnyCharNode Instance { get; } = new AnyCharNode();
    }

    /// <summary>A zero-width assertion: <c>^ $ \b \B \A \z \Z \G</c>; <see cref="Refused"/> names <c>\G</c>.</summary>
    internal sealed class AnchorNode : PatternNode
    {
        public AnchorNode(string? refused, bool atStart = false)
        {
            Refused = refused;
            AtStart = atStart;
        }

        public string? Refused { get; }

        /// <summary>True for <c>^</c> and <c>\A</c>: the start of the text (of a line too, for <c>^</c> under <c>(?m)</c>).</summary>
        public bool AtStart { get; }
    }

    /// <summary>A numbered or named backreference: what it matches depends on the text, and the engine refuses it.</summary>
    internal sealed class BackreferenceNode : PatternNode
    {
        public BackreferenceNode(string refused) => Refused = refused;

        public string Refused { get; }
    }

    /// <summary>
    /// <c>\1</c>, <c>\12</c>: a backreference (refused) when the pattern has that many groups or the
    /// number is one digit, otherwise an octal character escape, as the engine reads it.
    /// </summary>
    internal sealed class NumberedEscapeNode : PatternNode
    {
        public NumberedEscapeNode(string refused) => Refused = refused;

        public string Refused { get; }

        /// <summary>Set by the parser once it has counted the pattern's groups.</summary>
        public bool IsBackreference { get; set; }
    }

    /// <summary>Inline options for the rest of the enclosing group: <c>(?i)</c>, <c>(?x-s)</c>.</summary>
    internal sealed class OptionsNode : PatternNode
    {
        public OptionsNode(string enabled) => Enabled = enabled;

        /// <summary>The option letters turned on, in lower case.</summary>
        public string Enabled { get; }
    }

    /// <summary>
    /// A group: capturing, named, non-capturing or scoped options (<see cref="Enabled"/>), or one
    /// the engine refuses (lookaround, atomic, conditional, balancing: <see cref="Refused"/>).
    /// </summary>
    internal sealed class GroupNode : PatternNode
    {
        public GroupNode(PatternNode body, string enabled, string? refused)
        {
            Body = body;
            Enabled = enabled;
            Refused = refused;
        }

        public PatternNode Body { get; }

        /// <summary>The option letters a scoped group <c>(?i:...)</c> turns on, in lower case ("" for none).</summary>
        public string Enabled { get; }

        public string? Refused { get; }
    }

    /// <summary>A group nested too deep to walk; its estimated size is the cap, so the pattern is refused as too large.</summary>
    internal sealed class TooDeepNode : PatternNode
    {
        public static TooDeepNode Instance { get; } = new TooDeepNode();
    }

    /// <summary>A quantified item; <see cref="Max"/> is -1 when open (<c>*</c>, <c>+</c>, <c>{m,}</c>). Counts saturate at <see cref="PatternParser.CountCap"/>.</summary>
    internal sealed class RepeatNode : PatternNode
    {
        public RepeatNode(PatternNode item, long min, long max)
        {
            Item = item;
            Min = min;
            Max = max;
        }

        public PatternNode Item { get; }

        public long Min { get; }

        public long Max { get; }
    }

    /// <summary>Items one after the other.</summary>
    internal sealed class SequenceNode : PatternNode
    {
        public SequenceNode(IReadOnlyList<PatternNode> items) => Items = items;

        public IReadOnlyList<PatternNode> Items { get; }
    }

    /// <summary>Branches separated by <c>|</c> (at least two).</summary>
    internal sealed class AlternationNode : PatternNode
    {
        public AlternationNode(IReadOnlyList<PatternNode> branches) => Branches = branches;

        public IReadOnlyList<PatternNode> Branches { get; }
    }
}
