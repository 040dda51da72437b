using System.Globalization;
using System.Text;
using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Extractors.People;

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
        var named = new List<PersonOccurrence>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Name is not null) named.Add(occurrence);
        }
        if (named.Count == 0) return (ValueList<PersonMention>.Empty, occurrences);

        // Each surname (compared without case or diacritics) points to the first full name that ends with it.
        var bySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        // Family name first (`General Park` for `Park Ji-hoon`) or a knight's first name (`Sir Edward`): the first
        // word, when only one full name starts with it.
        var byFirstWord = new Dictionary<string, string?>(StringComparer.Ordinal);
        // The full names (two words or more), once each in order of first mention: a repeat changes neither map.
        var fullNames = new List<string>();
        int mostWords = 0;
        foreach (var occurrence in named)
        {
            string name = occurrence.Name!;
            int words = WordCount(name);
            if (words < 2 || fullNames.Contains(name)) continue;
            fullNames.Add(name);
            mostWords = Math.Max(mostWords, words);
            bySurname.TryAdd(Key(LastWord(name)), name);
            string first = Key(name[..name.IndexOf(' ')]);
            if (!byFirstWord.TryGetValue(first, out var existing)) byFirstWord[first] = name;
            else if (existing != name) byFirstWord[first] = null;
        }
        // Each full name's word keys, made once, and each name's longer holder, found once however often it recurs.
        List<string[]>? fullNameKeys = null;
        Dictionary<string, string?>? holderOf = null;
        foreach (var occurrence in named)
        {
            string name = occurrence.Name!;
            int words = WordCount(name);
            occurrence.FullName = words == 1 && (bySurname.TryGetValue(Key(name), out var full)
                || byFirstWord.TryGetValue(Key(name), out full) && full is not null) ? full : name;
            // `Moreno` or `Ferreira Gomes` for `Luis Alberto Ferreira Gomes`: a run of the full name's words
            // (a first family name, or both), when exactly one longer name holds it. None can when no full name is longer.
            if (occurrence.FullName != name || words >= mostWords) continue;
            holderOf ??= new(StringComparer.Ordinal);
            if (!holderOf.TryGetValue(name, out var longer))
                holderOf[name] = longer = LongerNameHolding(WordKeys(name), fullNames, fullNameKeys ??= fullNames.ConvertAll(WordKeys));
            if (longer is not null) occurrence.FullName = longer;
        }

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
        // Title references (`the Admiral`) resolve to the one person who holds that title, if only one does;
        // `Minister of Defence` is also held by a reference to `Minister`... and to `Defence`, harmlessly.
        var holders = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            if (titles[name] is not { } title) continue;
            foreach (var key in TitleKeys(title)) holders[key] = holders.ContainsKey(key) ? null : name;
        }
        foreach (var reference in occurrences)
        {
            if (reference.Name is null && reference.Title is not null && holders.TryGetValue(reference.Title, out var holder)) reference.FullName = holder;
        }
        // `the Chair of the EU Military Committee, General Sean Clancy`: a reference set beside a name is that person.
        for (int k = 0; k + 1 < occurrences.Count; k++)
        {
            var reference = occurrences[k];
            var next = occurrences[k + 1];
            if (reference.Name is null && reference.FullName is null && next.Name is not null && next.Segment == reference.Segment
                && next.Start - reference.End is >= 0 and <= 3) reference.FullName = next.FullName;
        }
        // `The Secretary General highlighted ...` and `Mr Stoltenberg said ...` in one release: when the
        // article has exactly one person without a title and its unresolved title references all name
        // the same office, that office is theirs.
        string? unresolved = OnlyUnresolvedTitle(occurrences), untitled = null;
        if (unresolved is not null)
        {
            foreach (var name in order)
            {
                if (titles[name] is not null) continue;
                if (untitled is not null) { untitled = null; break; }
                untitled = name;
            }
        }
        if (unresolved is not null && untitled is not null)
        {
            titles[untitled] = unresolved;
            foreach (var reference in occurrences)
            {
                if (reference.Name is null && reference.Title == unresolved) reference.FullName = untitled;
            }
        }
        var people = order.Select(n => new PersonMention(n, titles[n])).ToArray();
        AddBareSurnames(segments, occurrences, order);
        return (ValueList.FromArray(people), occurrences);
    }

    /// <summary>The one office the unresolved title references name, or null when they name none or several.</summary>
    private static string? OnlyUnresolvedTitle(List<PersonOccurrence> occurrences)
    {
        string? only = null;
        foreach (var o in occurrences)
        {
            if (o.Name is not null || o.Title is null || o.FullName is not null) continue;
            if (only is null) only = o.Title;
            else if (only != o.Title) return null;
        }
        return only;
    }

    /// <summary>
    /// `” Doe said`, `Doe added: “`: once the article has named Jane Doe, her surname alone is her too.
    /// These places serve quotes; the people list is already complete.
    /// </summary>
    private static void AddBareSurnames(IReadOnlyList<TextSegment> segments, List<PersonOccurrence> occurrences, List<string> names)
    {
        var bySurname = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (WordCount(name) < 2) continue;
            string key = Key(LastWord(name));
            bySurname[key] = bySurname.TryGetValue(key, out var other) && other != name ? null : name;
        }
        if (bySurname.Count == 0) return;
        var surnames = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        // The occurrences found so far, which are in segment order: a bare surname inside one of them is not another.
        int originals = occurrences.Count, from = 0;
        Span<char> folded = stackalloc char[64];
        for (int s = 0; s < segments.Count; s++)
        {
            while (from < originals && occurrences[from].Segment < s) from++;
            int to = from;
            while (to < originals && occurrences[to].Segment == s) to++;
            var t = segments[s].Tokens;
            var anchors = t.Anchors;
            for (int k = anchors.Next(AnchorClass.Capitalised, 0); k >= 0; k = anchors.Next(AnchorClass.Capitalised, k + 1))
            {
                var word = t.Span(k);
                if (!t.IsWord(k) || !NameWords.LooksLikeName(word)) continue;
                string? full;
                if (word.Length <= folded.Length && Ascii.IsValid(word))
                {
                    // An ASCII surname's key is its lower case: looked up without making a string.
                    Ascii.ToLower(word, folded, out int written);
                    if (!surnames.TryGetValue(folded[..written], out full)) continue;
                }
                else if (!bySurname.TryGetValue(Key(word.ToString()), out full))
                {
                    continue;
                }
                if (full is null) continue;
                int start = t.Tokens[k].Start, end = t.Tokens[k].End;
                if (Overlaps(occurrences, from, to, start, end)) continue;
                occurrences.Add(new PersonOccurrence(s, start, end, word.ToString(), null, false) { FullName = full });
            }
        }
    }

    private static bool Overlaps(List<PersonOccurrence> occurrences, int from, int to, int start, int end)
    {
        for (int o = from; o < to; o++)
        {
            if (occurrences[o].Start < end && start < occurrences[o].End) return true;
        }
        return false;
    }

    /// <summary>
    /// The title and its endings after a space (`Lieutenant General` is also `General`); an office with a
    /// complement is also the office alone and its endings (`Executive Director of Europol` is also
    /// `Executive Director` and `Director`), as later mentions drop the complement.
    /// </summary>
    private static IEnumerable<string> TitleKeys(string title)
    {
        foreach (var key in Endings(title)) yield return key;
        int complement = ComplementStart(title);
        if (complement > 0)
        {
            foreach (var key in Endings(title[..complement])) yield return key;
        }
    }

    private static IEnumerable<string> Endings(string title)
    {
        yield return title;
        for (int i = title.IndexOf(' '); i >= 0; i = title.IndexOf(' ', i + 1)) yield return title[(i + 1)..];
    }

    private static int ComplementStart(string title)
    {
        int of = title.IndexOf(" of ", StringComparison.Ordinal), @for = title.IndexOf(" for ", StringComparison.Ordinal);
        return of < 0 ? @for : @for < 0 ? of : Math.Min(of, @for);
    }

    /// <summary>The one longer full name whose words contain <paramref name="words"/> in a row, or null.</summary>
    private static string? LongerNameHolding(string[] words, List<string> fullNames, List<string[]> fullNameKeys)
    {
        string? holder = null;
        for (int f = 0; f < fullNames.Count; f++)
        {
            var fullWords = fullNameKeys[f];
            if (fullWords.Length <= words.Length) continue;
            bool holds = false;
            for (int start = 0; start + words.Length <= fullWords.Length && !holds; start++)
                holds = fullWords.AsSpan(start, words.Length).SequenceEqual(words);
            if (!holds) continue;
            if (holder is not null && holder != fullNames[f]) return null;
            holder = fullNames[f];
        }
        return holder;
    }

    /// <summary>A name's words as surname keys.</summary>
    private static string[] WordKeys(string name)
    {
        var words = name.Split(' ');
        for (int w = 0; w < words.Length; w++) words[w] = Key(words[w]);
        return words;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>A surname for comparison: `Geoană`, `Geoana` and `GEOANA` are one key.</summary>
    private static string Key(string surname)
    {
        // ASCII has no marks to strip: its key is its lower case (the same string when it has no capital).
        if (Ascii.IsValid(surname)) return surname.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 ? surname : surname.ToLowerInvariant();
        var decomposed = surname.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static int WordCount(string name) => name.AsSpan().Count(' ') + 1;
}
