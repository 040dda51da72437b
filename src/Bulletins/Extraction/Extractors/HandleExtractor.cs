using Bulletins.Collections;
using Bulletins.Extraction.Runtime;

namespace Bulletins.Extraction.Extractors;

/// <summary>
/// Social media handles (`@NATO`, `@NATOPress`), once each, in order: the matches of the schema's
/// <c>socialHandle</c> pattern (<c>ArticlePatterns.SocialHandle</c>), the wording the MediaAdvisory rule
/// reads too. Glued handles (`@NATO@NATOPress`) are one match, split here at each `@`; an `@` inside a word
/// is an e-mail address (`press@nato.int`), which the pattern does not take. A name longer than 30
/// characters is cut there.
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
        var pattern = ArticlePatterns.SocialHandle;
        List<string>? handles = null;
        HashSet<string>? seen = null;
        foreach (var segment in context.Segments)
        {
            string text = segment.Text;
            if (!pattern.MayMatch(text)) continue;
            for (var match = pattern.Regex.Match(text); match.Success; match = match.NextMatch())
            {
                var glued = match.Groups["value"].ValueSpan;
                foreach (var range in glued[1..].Split('@'))
                {
                    var name = glued[1..][range];
                    string handle = string.Concat("@", name[..Math.Min(name.Length, MaxLength)]);
                    seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    if (seen.Add(handle)) (handles ??= []).Add(handle);
                }
            }
        }
        return handles is null ? ValueList<string>.Empty : ValueList.FromArray(handles.ToArray());
    }
}
