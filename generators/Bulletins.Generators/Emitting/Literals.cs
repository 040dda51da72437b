using System.Globalization;
using System.Text;

namespace Bulletins.Generators.Emitting
{
    /// <summary>
    /// Turns schema text into C# that cannot change the meaning of the code around it: string
    /// literals with every special character escaped, and XML doc text with markup and line breaks
    /// neutralised. Everything outside printable ASCII is escaped, because C# treats some of it
    /// (U+0085, U+2028, U+2029) as line ends, which would end a comment or a string.
    /// </summary>
    internal static class Literals
    {
        /// <summary>A C# <c>string[]</c> expression holding <paramref name="values"/> as literals.</summary>
        public static string StringArray(System.Collections.Generic.IEnumerable<string> values) =>
            "new string[] { " + string.Join(", ", System.Linq.Enumerable.Select(values, String)) + " }";

        /// <summary>A regular C# string literal, quotes included.</summary>
        public static string String(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else builder.Append(c);
                        break;
                }
            }
            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// Text for inside an XML doc element: markup characters as entities, everything beyond
        /// printable ASCII as character references (so no line separator can end the comment).
        /// </summary>
        public static string XmlText(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (c >= ' ' && c <= '~')
                        {
                            builder.Append(c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append("&#x").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                            i++;
                        }
                        else if (c == '\t' || char.IsSurrogate(c) || (c < ' ' && c != '\t'))
                        {
                            // XML cannot hold control characters or lone surrogates; a space keeps the words apart.
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                        }
                        break;
                }
            }
            return builder.ToString();
        }
    }
}
