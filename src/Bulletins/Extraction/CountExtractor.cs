using System.Text.RegularExpressions;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction;

/// <summary>
/// Finds how many of something an article counts, for the schema's <c>count</c> extract:
/// <list type="bullet">
/// <item>a number before the noun, with up to two qualifiers between: <c>37 arrests</c>, <c>five new arrests</c>, <c>6 500 suspects</c>, <c>12 house searches</c>;</item>
/// <item>the noun, <c>of</c>, a number of people: <c>the arrest of six individuals</c>;</item>
/// <item>with the verb: a number of people that were verbed (<c>Twelve suspects were arrested</c>,
/// <c>12 people have been detained</c>) or the verb then a number (<c>police arrested 12 people</c>).</item>
/// </list>
/// The title's count wins, since a headline states the operation's result; otherwise the first count
/// in the body, since releases lead with the result and follow with breakdowns (`5 of them in Spain`)
/// and history (`since 2020, 6 500 arrests`).
/// </summary>
public static class CountExtractor
{
    private const int NounWindow = 48;

    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "more", "further", "other", "additional", "total", "separate", "simultaneous", "coordinated", "suspected",
        "alleged", "high-value", "key", "main", "criminal", "individual", "international", "european", "national", "foreign",
        "successful", "subsequent", "provisional", "preventive", "house", "property", "premises", "confirmed", "identified",
        "potential", "possible", "human", "trafficking", "child", "minor", "underage", "young", "adult", "female", "male",
    };

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "person", "individuals", "individual", "suspects", "suspect", "members", "member", "men", "man",
        "women", "woman", "criminals", "offenders", "traffickers", "smugglers", "fraudsters", "others", "nationals", "citizens",
        "minors", "drivers", "leaders", "targets", "perpetrators", "accomplices", "associates", "defendants", "hackers",
        "administrators", "couriers", "dealers", "facilitators", "victims",
    };

    /// <summary>What gets searched: `searched 7 premises`, `raided 12 houses`.</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "premises", "properties", "houses", "homes", "locations", "sites", "addresses", "buildings", "apartments", "flats",
        "warehouses", "offices", "places", "residences", "vehicles", "companies", "businesses", "shops", "farms",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "have", "has", "had", "been", "being", "are", "got", "also", "subsequently", "later", "successfully",
        "then", "all", "already", "now", "reportedly", "eventually", "finally",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifierLookup = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLookup = PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLookup = PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Finds how many of <paramref name="noun"/> the article counts ("37 arrests", "five new arrests",
    /// "the arrest of six individuals", "Twelve suspects were arrested" with <paramref name="verb"/>).
    /// </summary>
    public static int? Find(ExtractionContext context, Regex noun, Regex? verb)
    {
        foreach (var segment in context.Segments)
        {
            if (FindIn(segment.Tokens, noun, verb) is int count) return count;
        }
        return null;
    }

    /// <summary>The first count in one text, or null.</summary>
    internal static int? FindIn(TokenText t, Regex noun, Regex? verb)
    {
        for (int i = 0; i < t.Count; i++)
        {
            // `the arrest of six individuals`: the noun, `of`, a number of people.
            if (t.IsWord(i) && t.Is(i + 1, "of") && NounAt(t, i, noun, out int nounLast) && nounLast == i
                && t.TryReadNumber(i + 2, out var ofNumber) && IsCount(ofNumber) && PersonAfter(t, ofNumber.Last + 1))
                return (int)ofNumber.Value;

            // `police arrested 12 people`, `detained five suspects`
            if (verb is not null && t.IsWord(i) && t.TryReadNumber(i + 1, out var afterVerb) && IsCount(afterVerb)
                && PersonAfter(t, afterVerb.Last + 1) && VerbAt(t, i, verb))
                return (int)afterVerb.Value;

            if (!t.TryReadNumber(i, out var number)) continue;
            if (!IsCount(number) || IsMoneyOrMeasure(t, number) || IsYear(t, number))
            {
                i = number.Last;
                continue;
            }
            int k = number.Last + 1;
            int qualifiers = 0;
            while (qualifiers < 2 && k < t.Count && t.IsWord(k) && QualifierLookup.Contains(t.Span(k)) && !NounAt(t, k, noun, out _))
            {
                k++;
                qualifiers++;
            }
            if (k < t.Count && NounAt(t, k, noun, out _)) return (int)number.Value;
            // `Twelve arrested for smuggling` (a headline), `12 detained`
            if (verb is not null && qualifiers == 0 && k < t.Count && t.IsWord(k) && VerbAt(t, k, verb)) return (int)number.Value;
            // `Twelve suspects were arrested`, `21 were arrested`
            bool person = k < t.Count && t.IsWord(k) && PersonLookup.Contains(t.Span(k));
            if (verb is not null && k < t.Count && t.IsWord(k) && (person || (qualifiers == 0 && AuxiliaryLookup.Contains(t.Span(k)))))
            {
                int v = person ? k + 1 : k, aux = 0;
                while (aux < 3 && v < t.Count && t.IsWord(v) && AuxiliaryLookup.Contains(t.Span(v)))
                {
                    v++;
                    aux++;
                }
                if (aux > 0 && v < t.Count && VerbAt(t, v, verb)) return (int)number.Value;
            }
            i = number.Last;
        }
        return null;
    }

    /// <summary>A whole number a count can be: not a year in a date, not a decimal.</summary>
    private static bool IsCount(NumberMatch number) => number.Value == decimal.Truncate(number.Value) && number.Value is >= 0 and <= int.MaxValue;

    /// <summary>`EUR 37`, `37 kg`: numbers that belong to money or measures are not counts.</summary>
    private static bool IsMoneyOrMeasure(TokenText t, NumberMatch number)
    {
        int before = number.First - 1;
        if (before >= 0 && (t.IsSymbol(before, "€$£%") || (t.IsWord(before) && t.Span(before).Length == 3 && char.IsUpper(t.Text[t.Tokens[before].Start]) && char.IsUpper(t.Text[t.Tokens[before].Start + 2])))) return true;
        return t.IsSymbol(number.Last + 1, "%");
    }

    /// <summary>`In 2023 arrests rose`: a year after a time preposition is no count.</summary>
    private static bool IsYear(TokenText t, NumberMatch number) =>
        number.First == number.Last && t.Tokens[number.First].Length == 4 && number.Value is >= 1900 and <= 2099
        && (t.Is(number.First - 1, "in") || t.Is(number.First - 1, "since") || t.Is(number.First - 1, "from") || t.Is(number.First - 1, "until")
            || t.Is(number.First - 1, "by") || t.Is(number.First - 1, "In") || t.Is(number.First - 1, "Since"));

    private static bool PersonAfter(TokenText t, int k)
    {
        int qualifiers = 0;
        while (qualifiers < 2 && k < t.Count && t.IsWord(k) && QualifierLookup.Contains(t.Span(k)) && !PersonLookup.Contains(t.Span(k))
               && !PlaceLookup.Contains(t.Span(k)))
        {
            k++;
            qualifiers++;
        }
        return k < t.Count && t.IsWord(k) && (PersonLookup.Contains(t.Span(k)) || PlaceLookup.Contains(t.Span(k)));
    }

    /// <summary>True when <paramref name="pattern"/> matches a whole word run starting at token <paramref name="k"/>.</summary>
    private static bool NounAt(TokenText t, int k, Regex pattern, out int last)
    {
        last = k;
        if (!t.IsWord(k)) return false;
        int start = t.Tokens[k].Start;
        int length = Math.Min(NounWindow, t.Text.Length - start);
        var window = t.Text.AsSpan(start, length);
        foreach (var match in pattern.EnumerateMatches(window))
        {
            if (match.Index != 0) return false;
            int end = start + match.Length;
            // The match must end at a word's end: `arrest` is not `arrested`'s noun.
            if (end < t.Text.Length && char.IsLetter(t.Text[end])) return false;
            while (last + 1 < t.Count && t.Tokens[last + 1].End <= end) last++;
            return true;
        }
        return false;
    }

    private static bool VerbAt(TokenText t, int k, Regex verb) => NounAt(t, k, verb, out _);
}
