using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Runtime;

/// <summary>
/// Finds how many of something an article counts, for the schema's <c>count</c> extract:
/// <list type="bullet">
/// <item>a number before the noun, with up to two qualifiers between: <c>37 arrests</c>, <c>five new arrests</c>, <c>6 500 suspects</c>, <c>12 house searches</c>;</item>
/// <item>the noun, <c>of</c>, a number of people: <c>the arrest of six individuals</c>;</item>
/// <item>with the verb: a number of people that were verbed (<c>Twelve suspects were arrested</c>,
/// <c>12 people have been detained</c>) or the verb then a number (<c>police arrested 12 people</c>).</item>
/// </list>
/// The title's count wins, since a headline states the operation's result; otherwise a count the body marks
/// as the total (`In total 23 arrests were made`, `a total of 41 suspects`), which sums the partial ones before
/// it; otherwise the first count in the body, since releases lead with the result and follow with breakdowns
/// (`5 of them in Spain`) and history (`since 2020, 6 500 arrests`, which stays history when marked as a total).
/// </summary>
public static class CountExtractor
{
    private const int NounWindow = 48;

    /// <summary>The auxiliaries and adverbs between a subject and its verb: English grammar, not wording, so here rather than in the schema.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "have", "has", "had", "been", "being", "are", "got", "also", "subsequently", "later", "successfully",
        "then", "all", "already", "now", "reportedly", "eventually", "finally",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.ToFrozenSet(Auxiliaries.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Finds how many of <paramref name="noun"/> the article counts ("37 arrests", "five new arrests",
    /// "the arrest of six individuals", "Twelve suspects were arrested" with <paramref name="verb"/>),
    /// reading the schema's <paramref name="words"/> (the generated <c>ArticleWords.Counting</c>).
    /// </summary>
    public static int? Find(ExtractionContext context, Regex noun, Regex? verb, CountWords words)
    {
        int? first = null;
        foreach (var segment in context.Segments)
        {
            if (segment.IsTitle)
            {
                if (CountsIn(segment.Tokens, noun, verb, words, seekTotal: false).First is int headline) return headline;
                continue;
            }
            // After the first count, only a total can still win: a paragraph that never says so is not read.
            bool seekTotal = MayMarkTotal(segment.Text);
            if (first is not null && !seekTotal) continue;
            var (found, total) = CountsIn(segment.Tokens, noun, verb, words, seekTotal);
            if (total is int marked) return marked;
            first ??= found;
        }
        if (first is int count) return count;
        if (verb is null) return null;
        // No number anywhere: one person verbed (`the main suspect was detained`, `police arrested a suspect`) is one.
        foreach (var segment in context.Segments)
        {
            if (FindSingle(segment.Tokens, verb, words)) return 1;
        }
        return null;
    }

    /// <summary>
    /// One person verbed, without a number: a singular subject, a singular auxiliary and the verb
    /// (`a suspect was arrested`, `Juan Pérez, the network's leader, was detained`, `he has been arrested`),
    /// or the verb and a singular object (`police arrested a 34-year-old man`).
    /// </summary>
    internal static bool FindSingle(TokenText t, Regex verb, CountWords words)
    {
        for (int v = 1; v < t.Count; v++)
        {
            if (!t.IsWord(v) || !VerbAt(t, v, verb)) continue;
            // The active voice: `arrested a suspect`, `detained the main suspect`.
            if (t.Is(v + 1, "a") || t.Is(v + 1, "an") || t.Is(v + 1, "the"))
            {
                int k = v + 2;
                for (int q = 0; q < 6 && k < t.Count && !SingularAt(t, k, words) && (t.IsWord(k) || t.IsNumber(k) || t.IsSymbol(k, "-‐")); q++) k++;
                if (SingularAt(t, k, words)) return true;
            }
            // The passive: walk back over the auxiliaries to the subject.
            int a = v - 1, auxiliaries = 0;
            bool singular = false;
            while (a >= 0 && t.IsWord(a) && AuxiliaryLookup.Contains(t.Span(a)))
            {
                singular |= t.Is(a, "was") || t.Is(a, "has") || t.Is(a, "is");
                auxiliaries++;
                a--;
            }
            if (auxiliaries == 0 || !singular || a < 0) continue;
            if (SubjectIsOnePerson(t, a, words)) return true;
        }
        return false;
    }

    private static bool SingularAt(TokenText t, int k, CountWords words) => k < t.Count && t.IsWord(k) && words.RoleNouns.Contains(t.Span(k));

    /// <summary>The subject ending at token <paramref name="last"/> is one person: `the suspect`, `he`, `Pérez`, `Juan Pérez, the leader,`.</summary>
    private static bool SubjectIsOnePerson(TokenText t, int last, CountWords words)
    {
        if (t.Is(last, "he") || t.Is(last, "she")) return true;
        if (SingularAt(t, last, words)) return !t.Is(last - 1, "no") && !t.Is(last - 1, "every") && !t.Is(last - 1, "each");
        if (t.IsWord(last) && NameWords.LooksLikeName(t.Span(last)) && !NameWords.RulesOutPerson(t.Span(last))) return true;
        // Otherwise the sentence's subject: `The director of the firm was detained`, `Juan Pérez, 41, was arrested`.
        int start = SentenceAround(t, last).Start;
        // `In Madrid, the director ...`: skip an opening phrase.
        // `On the instructions of the Federal Prosecutor’s Office, the main suspect ...`: up to 16 tokens of it.
        for (int k = start; k < last && k < start + 16; k++)
        {
            if (t.IsSymbol(k, ',') && (t.Is(k + 1, "the") || t.Is(k + 1, "a") || t.Is(k + 1, "an")
                                       || t.IsWord(k + 1) && NameWords.LooksLikeName(t.Span(k + 1)) && !NameWords.RulesOutPerson(t.Span(k + 1))))
            {
                start = k + 1;
                break;
            }
        }
        if (t.Is(start, "the") || t.Is(start, "a") || t.Is(start, "an"))
        {
            for (int k = start + 1; k <= start + 4 && k < last; k++)
            {
                if (SingularAt(t, k, words)) return true;
            }
            return false;
        }
        return t.IsWord(start) && NameWords.LooksLikeName(t.Span(start)) && !NameWords.RulesOutPerson(t.Span(start))
               && t.IsWord(start + 1) && NameWords.LooksLikeName(t.Span(start + 1));
    }

    /// <summary>
    /// A count in a sentence about a span of years (`Since 2020, over 6 500 suspects were arrested`,
    /// `Between 2020 and 2023 ...`, `over the past five years`) is a history or a total, not this release's result.
    /// </summary>
    private static bool InHistory(TokenText t, int at, CountWords words)
    {
        var (start, end) = SentenceAround(t, at);
        for (int k = start; k <= end; k++)
        {
            if (!t.IsWord(k)) continue;
            // `Since the first action day against the network in 2021, ...`: a span that starts in a named year.
            if ((t.Is(k, "since") || t.Is(k, "Since")) && YearInClause(t, k + 1)) return true;
            if (t.Is(k, "since") && (IsYearAt(t, k + 1) || t.IsWord(k + 1) && CalendarWords.TryMonth(t.Span(k + 1), out _)
                                     || t.Is(k + 1, "the") && (t.Is(k + 2, "start") || t.Is(k + 2, "beginning") || t.Is(k + 2, "launch") || t.Is(k + 2, "creation"))))
                return true;
            if ((t.Is(k, "between") || t.Is(k, "from")) && IsYearAt(t, k + 1) && (t.Is(k + 2, "and") || t.Is(k + 2, "to") || t.Is(k + 2, "until") || t.IsSymbol(k + 2, "-–")) && IsYearAt(t, k + 3))
                return true;
            // `In an earlier phase`, `the previous operation`, `had previously been arrested`: another action's result.
            if (t.Is(k, "previously")) return true;
            if (words.EarlierMarkers.Contains(t.Span(k)) && t.IsWord(k + 1) && words.EarlierActions.Contains(t.Span(k + 1)))
                return true;
            if ((t.Is(k, "over") || t.Is(k, "in") || t.Is(k, "during") || t.Is(k, "for")) && t.Is(k + 1, "the") && (t.Is(k + 2, "past") || t.Is(k + 2, "last")))
            {
                int unit = t.TryReadNumber(k + 3, out var years) ? years.Last + 1 : k + 3;
                if (t.Is(unit, "years") || t.Is(unit, "decades") || t.Is(unit, "decade")) return true;
            }
        }
        return false;
    }

    /// <summary>The first and last token of the sentence (or semicolon clause) that holds token <paramref name="at"/>.</summary>
    private static (int Start, int End) SentenceAround(TokenText t, int at)
    {
        int start = at, end = at;
        while (start > 0 && !t.IsSymbol(start - 1, ".!?;")) start--;
        while (end + 1 < t.Count && !t.IsSymbol(end + 1, ".!?;")) end++;
        return (start, end);
    }

    /// <summary>A year within the clause that starts at <paramref name="k"/> (up to its comma or the sentence's end).</summary>
    private static bool YearInClause(TokenText t, int k)
    {
        for (int n = 0; n < 12 && k + n < t.Count && !t.IsSymbol(k + n, ",.!?;:"); n++)
        {
            if (IsYearAt(t, k + n)) return true;
        }
        return false;
    }

    private static bool IsYearAt(TokenText t, int k) =>
        t.IsNumber(k) && t.Tokens[k].Length == 4 && int.TryParse(t.Span(k), out int year) && year is >= 1900 and <= 2099;

    /// <summary>
    /// The first count in one text that is not history, and with <paramref name="seekTotal"/> the first its sentence
    /// marks as the total, in one reading.
    /// </summary>
    private static (int? First, int? Total) CountsIn(TokenText t, Regex noun, Regex? verb, CountWords words, bool seekTotal)
    {
        int? first = null;
        for (int i = 0; i < t.Count; i++)
        {
            if (CountAt(t, i, noun, verb, words, out int next) is int count && !InHistory(t, i, words))
            {
                first ??= count;
                if (!seekTotal) return (first, null);
                if (MarkedAsTotal(t, i)) return (first, count);
            }
            i = next;
        }
        return (first, null);
    }

    /// <summary>Whether <paramref name="text"/> can hold a total's marker: the cheap test before a second reading.</summary>
    private static bool MayMarkTotal(string text) =>
        text.Contains("total", StringComparison.OrdinalIgnoreCase) || text.Contains("altogether", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The count at <paramref name="at"/> stands in a sentence that calls it the total: `in total`, `a total of`,
    /// `altogether` (English grammar of a sum, not a schema's wording, as the auxiliaries are).
    /// </summary>
    private static bool MarkedAsTotal(TokenText t, int at)
    {
        var (start, end) = SentenceAround(t, at);
        for (int k = start; k <= end; k++)
        {
            if (!t.IsWord(k)) continue;
            if (t.Is(k, "in") && t.Is(k + 1, "total")) return true;
            if (t.Is(k, "a") && t.Is(k + 1, "total") && t.Is(k + 2, "of")) return true;
            if (t.Is(k, "altogether")) return true;
        }
        return false;
    }

    /// <summary>The count that starts at token <paramref name="i"/>, if any; <paramref name="next"/> is where to go on from.</summary>
    private static int? CountAt(TokenText t, int i, Regex noun, Regex? verb, CountWords words, out int next)
    {
        next = i;
        {
            // `the arrest of six individuals`: the noun, `of`, a number of people.
            if (t.IsWord(i) && t.Is(i + 1, "of") && NounAt(t, i, noun, out int nounLast) && nounLast == i
                && t.TryReadNumber(i + 2, out var ofNumber) && IsCount(ofNumber) && PersonAfter(t, ofNumber.Last + 1, words))
                return (int)ofNumber.Value;

            // `police arrested 12 people`, `detained five suspects`
            if (verb is not null && t.IsWord(i) && t.TryReadNumber(i + 1, out var afterVerb) && IsCount(afterVerb)
                && PersonAfter(t, afterVerb.Last + 1, words) && VerbAt(t, i, verb))
                return (int)afterVerb.Value;

            if (!t.TryReadNumber(i, out var number)) return null;
            if (!IsCount(number) || IsMoneyOrMeasure(t, number) || IsYear(t, number))
            {
                next = number.Last;
                return null;
            }
            int k = number.Last + 1;
            int qualifiers = 0;
            while (qualifiers < 2 && k < t.Count && t.IsWord(k) && words.Qualifiers.Contains(t.Span(k)) && !NounAt(t, k, noun, out _))
            {
                k++;
                qualifiers++;
            }
            if (k < t.Count && NounAt(t, k, noun, out _)) return (int)number.Value;
            // `Twelve arrested for smuggling` (a headline), `12 detained`
            if (verb is not null && qualifiers == 0 && k < t.Count && t.IsWord(k) && VerbAt(t, k, verb)) return (int)number.Value;
            // `Twelve suspects were arrested`, `21 were arrested`
            bool person = k < t.Count && t.IsWord(k) && words.PersonNouns.Contains(t.Span(k));
            if (verb is not null && k < t.Count && t.IsWord(k) && (person || (qualifiers == 0 && AuxiliaryLookup.Contains(t.Span(k)))))
            {
                int v = person ? k + 1 : k, aux = 0;
                while (aux < 3 && v < t.Count && t.IsWord(v) && AuxiliaryLookup.Contains(t.Span(v)))
                {
                    v++;
                    aux++;
                }
                if (aux > 0 && v < t.Count && VerbAt(t, v, verb)) return (int)number.Value;
                // `Two men who came to collect the container were arrested`, `The five crew members, citizens of
                // Morocco, were detained`: a relative clause or an apposition between the subject and its verb.
                if (person && PassiveAfterModifier(t, k + 1, verb)) return (int)number.Value;
            }
            next = number.Last;
        }
        return null;
    }

    /// <summary>
    /// After a subject's noun at <paramref name="k"/> - 1: a relative clause (`who ...`, `that ...`) or an apposition
    /// between commas, then the auxiliaries and the verb, all within the sentence.
    /// </summary>
    private static bool PassiveAfterModifier(TokenText t, int k, Regex verb)
    {
        bool relative = t.Is(k, "who") || t.Is(k, "that");
        if (!relative && !t.IsSymbol(k, ',')) return false;
        for (int m = k + 1; m < k + 24 && m < t.Count && !t.IsSymbol(m, ".!?;:“”\""); m++)
        {
            if (!relative && !t.IsSymbol(m, ',')) continue;
            int v = relative ? m : m + 1, aux = 0;
            while (aux < 3 && v < t.Count && t.IsWord(v) && AuxiliaryLookup.Contains(t.Span(v)))
            {
                v++;
                aux++;
            }
            if (aux > 0 && v < t.Count && VerbAt(t, v, verb)) return true;
            if (!relative) return false;
        }
        return false;
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

    private static bool PersonAfter(TokenText t, int k, CountWords words)
    {
        int qualifiers = 0;
        while (qualifiers < 2 && k < t.Count && t.IsWord(k) && words.Qualifiers.Contains(t.Span(k)) && !words.PersonNouns.Contains(t.Span(k))
               && !words.PlaceNouns.Contains(t.Span(k)))
        {
            k++;
            qualifiers++;
        }
        return k < t.Count && t.IsWord(k) && (words.PersonNouns.Contains(t.Span(k)) || words.PlaceNouns.Contains(t.Span(k)));
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
