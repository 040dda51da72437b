using System.Buffers;

namespace Bulletins.Reading;

/// <summary>
/// The normal form used for ids and duplicate detection: lower case (invariant), every run of
/// whitespace (U+00A0 included) one space, typographic quotes, dashes and the ellipsis folded to
/// ASCII (<c>’</c> → <c>'</c>, <c>“</c> → <c>"</c>, <c>–</c> → <c>-</c>, <c>…</c> → <c>...</c>),
/// no leading or trailing space. Paragraphs are joined by one space.
/// </summary>
internal static class TextNormaliser
{
    /// <summary>The characters that need more than lower-casing; the runs between them are copied as they are.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF" +
        "\u2018\u2019\u201A\u201B\u2032\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2026");

    public static string Body(ArticleDraft draft)
    {
        var buffer = new CharBuffer(4096);
        foreach (var paragraph in draft.Paragraphs)
        {
            Append(buffer, paragraph.Text);
        }
        return Finish(buffer);
    }

    public static string Text(string text)
    {
        var buffer = new CharBuffer(text.Length + 8);
        Append(buffer, text);
        return Finish(buffer);
    }

    private static void Append(CharBuffer buffer, ReadOnlySpan<char> text)
    {
        // A separator between paragraphs; collapsed with any whitespace around it below.
        bool pendingSpace = buffer.Length > 0;
        Span<char> lowered = stackalloc char[256];
        while (!text.IsEmpty)
        {
            int next = text.IndexOfAny(Special);
            var run = next < 0 ? text : text[..next];
            if (!run.IsEmpty)
            {
                if (pendingSpace && buffer.Length > 0) buffer.Append(' ');
                pendingSpace = false;
                while (!run.IsEmpty)
                {
                    int take = Math.Min(run.Length, lowered.Length);
                    run[..take].ToLowerInvariant(lowered);
                    buffer.Append(lowered[..take]);
                    run = run[take..];
                }
            }
            if (next < 0) break;

            char c = text[next];
            string? folded = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
                '\u2026' => "...",
                _ => null, // whitespace
            };
            if (folded is null)
            {
                pendingSpace = true;
            }
            else
            {
                if (pendingSpace && buffer.Length > 0) buffer.Append(' ');
                pendingSpace = false;
                buffer.Append(folded);
            }
            text = text[(next + 1)..];
        }
    }

    private static string Finish(CharBuffer buffer) => buffer.ToString();
}
