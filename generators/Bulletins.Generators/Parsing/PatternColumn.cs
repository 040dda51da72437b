using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bulletins.Generators.Parsing
{
    /// <summary>
    /// Turns the engine's offset into a pattern into the place in the YAML file: exact for a pattern on
    /// one line written plain or single-quoted (where a doubled <c>''</c> is one character), or
    /// double-quoted without escapes; the whole scalar otherwise (escapes and folded lines move text).
    /// </summary>
    internal static class PatternColumn
    {
        public static (Mark Start, Mark End) At(YamlScalarNode scalar, int offset)
        {
            var whole = (scalar.Start, scalar.End);
            if (offset < 0 || scalar.Start.Line != scalar.End.Line) return whole;
            var value = scalar.Value ?? "";
            int shift;
            switch (scalar.Style)
            {
                case ScalarStyle.Plain:
                    shift = offset;
                    break;
                case ScalarStyle.SingleQuoted:
                    shift = 1 + offset;
                    for (int i = 0; i < offset && i < value.Length; i++)
                    {
                        if (value[i] == '\'') shift++;
                    }
                    break;
                case ScalarStyle.DoubleQuoted:
                    if (scalar.End.Index - scalar.Start.Index != value.Length + 2) return whole;
                    shift = 1 + offset;
                    break;
                default:
                    return whole;
            }
            var at = new Mark(scalar.Start.Index + shift, scalar.Start.Line, scalar.Start.Column + shift);
            var next = new Mark(at.Index + 1, at.Line, at.Column + 1);
            return (at, next.Index <= scalar.End.Index ? next : at);
        }
    }
}
