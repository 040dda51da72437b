using System.Globalization;
using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.People;

/// <summary>
/// The people of an article, once each, by their fullest name: short forms (<c>Mr Stoltenberg</c>,
/// <c>Admiral Bauer</c>) resolve to the full name the article gives elsewhere (<c>Jens Stoltenberg</c>),
/// comparing surnames without regard to diacritics (<c>Geoana</c> is <c>Geoană</c>). A surname the
/// article never gives in full stays as written. The title is the first office or rank the article
/// gives the person; forms of address (<c>Mr</c>, <c>Ms</c>) are not titles.
/// </summary>
internal static class PersonExtractor
{
    public static (IReadOnlyList<PersonMention> People, IReadOnlyList<PersonOccurrence> Occurrences) Extract(IReadOnlyList<TextSegment> segments)
    {
        var occurrences = new List<PersonOccurrence>();
        for (int s = 0; s < segments.Count; s++)
        {
            PersonGrammar.Find(segments[s].Tokens, s, occurrences);
        }
        var named = occurrences.Where(o => o.Name is not null).ToList();
        if (named.Count == 0) return (ValueList<PersonMention>.Empty, occurrences);

        // Full names first, longest first, so that short forms find them.
        var fullNames = named.Select(o => o.Name!).Where(n => WordCount(n) >= 2).Distinct().OrderByDescending(WordCount).ToList();
        foreach (var occurrence in named) occurrence.FullName = Resolve(occurrence.Name!, fullNames);

        var order = new List<string>();
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var occurrence in named)
        {
            string name = occurrence.FullName!;
            if (!titles.TryGetValue(name, out var title))
            {
                order.Add(name);
                titles[name] = occurrence.Title;
            }
            else if (title is null && occurrence.Title is not null)
            {
                titles[name] = occurrence.Title;
            }
        }
        // Title references (`the Admiral`) resolve to the one person who holds that title, if only one does.
        foreach (var reference in occurrences.Where(o => o.Name is null && o.Title is not null))
        {
            var holders = order.Where(n => titles[n] is { } t && (t == reference.Title || t.EndsWith(" " + reference.Title, StringComparison.Ordinal))).ToList();
            if (holders.Count == 1) reference.FullName = holders[0];
        }
        var people = order.Select(n => new PersonMention(n, titles[n])).ToArray();
        return (ValueList.FromArray(people), occurrences);
    }

    private static string Resolve(string name, List<string> fullNames)
    {
        // A full name that holds this one as its ending (`Rob Bauer` for `Bauer`, `Jens Stoltenberg` for `Stoltenberg`).
        foreach (var full in fullNames)
        {
            if (full.Length > name.Length && EndsWithWords(full, name)) return full;
        }
        return name;
    }

    private static bool EndsWithWords(string full, string tail)
    {
        int start = full.Length - tail.Length;
        if (start <= 0 || full[start - 1] != ' ') return false;
        return CultureInfo.InvariantCulture.CompareInfo.Compare(full, start, tail.Length, tail, 0, tail.Length,
            CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase) == 0;
    }

    private static int WordCount(string name) => name.AsSpan().Count(' ') + 1;
}
