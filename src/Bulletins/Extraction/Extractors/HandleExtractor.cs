using Bulletins.Collections;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// Social media handles (`@NATO`, `@NATOPress`), once each, in order. Glued handles (`@NATO@NATOPress`)
/// split at each `@`; an `@` inside a word that is not itself a handle is an e-mail address (`press@nato.int`),
/// which is skipped.
/// </summary>
public static class HandleExtractor
{
    // X/Twitter handles are at most 15 characters; Mastodon-style `@user@server` is rare in releases.
    private const int MaxLength = 30;

    /// <summary>The handles the title and body name, with their <c>@</c>, once each in the order first named.</summary>
    /// <param name="context">The article being extracted.</param>
    /// <returns>The handles; empty when there are none.</returns>
    public static IReadOnlyList<string> Extract(ExtractionContext context)
    {
        List<string>? handles = null;
        HashSet<string>? seen = null;
        foreach (var segment in context.Segments)
        {
            string text = segment.Text;
            int at = text.IndexOf('@');
            while (at >= 0)
            {
                int end = at + 1;
                while (end < text.Length && end - at <= MaxLength && IsHandleChar(text[end])) end++;
                if (end > at + 1 && (at == 0 || !IsHandleChar(text[at - 1]) || PrecededByHandle(text, at)))
                {
                    string handle = text[at..end];
                    seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    if (seen.Add(handle)) (handles ??= []).Add(handle);
                }
                at = text.IndexOf('@', Math.Max(end, at + 1));
            }
        }
        return handles is null ? ValueList<string>.Empty : ValueList.FromArray(handles.ToArray());
    }

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>True when the word before this `@` is itself a handle: `@NATO@NATOPress`.</summary>
    private static bool PrecededByHandle(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && IsHandleChar(text[k])) k--;
        return k >= 0 && text[k] == '@';
    }
}
