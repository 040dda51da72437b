using System.Collections.Frozen;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.People;

/// <summary>
/// Finds people in a tokenised text by the company their names keep: a title or rank before the name
/// (<c>Secretary General Jens Stoltenberg</c>, <c>the Minister of Defence, Zukan Helez</c>, <c>LTG Jane Doe</c>,
/// <c>Mr Stoltenberg</c>), or a speech verb beside a name of two or more words (<c>Jake Sullivan said</c>,
/// <c>said Jane Doe</c>). A capitalised phrase with neither (<c>North Atlantic Council</c>,
/// <c>Steadfast Defender</c>) is never a person, and a run holding an institution word is not either.
/// </summary>
internal static class PersonGrammar
{
    private const int MaxNameTokens = 6;

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => PersonVerbs.IsSpeechVerb(word);

    /// <summary>Where a person's mention can start: a capitalised word (a title or a name) or a verb beside a name.</summary>
    private const AnchorClass Starts = AnchorClass.Capitalised | AnchorClass.PersonVerb;

    public static void Find(TokenText t, int segment, List<PersonOccurrence> found)
    {
        var anchors = t.Anchors;
        int i = 0;
        // Every branch below needs a capitalised word or a person verb at i: visit only those tokens.
        while ((i = anchors.Next(Starts, i)) >= 0)
        {
            if (t.IsWord(i) && char.IsUpper(t.Text[t.Tokens[i].Start]) && TryTitled(t, i, segment, found, out int last))
            {
                i = last + 1;
                continue;
            }
            if (t.IsWord(i) && NameWords.LooksLikeName(t.Span(i)) && TryUntitled(t, i, segment, found, out last))
            {
                i = last + 1;
                continue;
            }
            if (t.IsWord(i) && PersonVerbs.IsPersonObjectVerb(t.Span(i)) && !TitleLexicon.Matcher.TryMatch(t, i + 1, out _, out _)
                && TryName(t, i + 1, out int objectLast) && CountNameWords(t, i + 1, objectLast) >= 2 && !Overlaps(found, segment, t.Tokens[i + 1].Start))
            {
                found.Add(new PersonOccurrence(segment, t.Tokens[i + 1].Start, t.Tokens[objectLast].End, NameText(t, i + 1, objectLast), AppositiveTitle(t, objectLast), false));
                i = objectLast + 1;
                continue;
            }
            if (t.IsWord(i) && IsSpeechVerb(t.Span(i)))
            {
                // `Jake Sullivan said` (the name ends before the verb) or `said Jake Sullivan`.
                if (TryNameEndingAt(t, i - 1, out int first) && i - 1 > first && !Overlaps(found, segment, t.Tokens[first].Start))
                    found.Add(new PersonOccurrence(segment, t.Tokens[first].Start, t.Tokens[i - 1].End, NameText(t, first, i - 1), null, false));
                else if (!TitleLexicon.Matcher.TryMatch(t, i + 1, out _, out _) && TryName(t, i + 1, out int nameLast) && nameLast > i + 1
                         && !Overlaps(found, segment, t.Tokens[i + 1].Start))
                {
                    found.Add(new PersonOccurrence(segment, t.Tokens[i + 1].Start, t.Tokens[nameLast].End, NameText(t, i + 1, nameLast), AppositiveTitle(t, nameLast), false));
                    i = nameLast + 1;
                    continue;
                }
            }
            i++;
        }
    }

    /// <summary>
    /// Verbs that say a run of capitalised words opening a sentence is a person acting (`Jane Doe took office`,
    /// `Juan Pérez Gil was arrested`); besides these, any past tense in `-ed` and the speech verbs.
    /// </summary>
    private static readonly HashSet<string> ActingVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "had", "will", "would", "took", "takes", "became", "becomes", "leads", "led", "heads", "runs", "ran",
        "met", "meets", "spoke", "speaks", "gave", "gives", "made", "makes", "began", "begins", "remains", "serves", "holds",
        "held", "wrote", "writes", "won", "succeeds", "replaces", "joins", "chairs", "visits", "opens", "thanks", "welcomes",
        "presented", "presents", "stood", "sits", "sat", "left", "went", "came", "fled", "faces", "faced", "oversees", "oversaw",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActingVerbLookup = ActingVerbs.ToFrozenSet(ActingVerbs.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A name of two or more words with no title before it, kept only where its place says it is a person:
    /// opening a sentence before a verb (`Jane Doe took office`), in apposition after a role noun
    /// (`his predecessor, Jane Doe,`), or before an office in apposition (`Jane Doe, the Defence Secretary`).
    /// </summary>
    private static bool TryUntitled(TokenText t, int i, int segment, List<PersonOccurrence> found, out int last)
    {
        last = i;
        // Inside a capitalised run that started earlier (`The Hague`, a title's name): not a start.
        if (i > 0 && t.IsWord(i - 1) && char.IsUpper(t.Text[t.Tokens[i - 1].Start]) && t.SameLineAt(i - 1, i)) return false;
        if (!TryName(t, i, out int nameLast) || CountNameWords(t, i, nameLast) < 2) return false;
        for (int k = i; k <= nameLast; k++)
        {
            if (t.IsWord(k) && CalendarWords.TryMonth(t.Span(k), out _)) return false;
        }
        string name = NameText(t, i, nameLast);
        if (CountryNames.All.ContainsKey(name)) return false;
        string? title = AppositiveTitle(t, nameLast);
        bool sentenceStart = i == 0 || t.IsSymbol(i - 1, ".!?");
        bool acting = sentenceStart && (ActsAt(t, nameLast + 1) || ActsAfterApposition(t, nameLast + 1)
            // `Jane Doe and John Roe signed`: two names, then the verb.
            || t.Is(nameLast + 1, "and") && TryName(t, nameLast + 2, out int secondLast) && CountNameWords(t, nameLast + 2, secondLast) >= 2 && ActsAt(t, secondLast + 1));
        bool apposed = t.IsSymbol(i - 1, ',') && RoleEndsAt(t, i - 2)
                       && (nameLast + 1 >= t.Count || t.IsSymbol(nameLast + 1, ",.;)"));
        // `Remarks by Jane Doe`, `Interview with Jane Doe`: the genre of a transcript names its speaker.
        bool speaking = (t.Is(i - 1, "by") || t.Is(i - 1, "with")) && t.IsWord(i - 2) && TitleLexicon.IsSpokenGenre(t.Span(i - 2));
        // `Mark Rutte and Jane Doe`: a name joined to the person just named.
        bool joined = t.Is(i - 1, "and") && found.Count > 0 && found[^1].Segment == segment && i >= 2 && found[^1].End == t.Tokens[i - 2].End;
        // `Jane Doe, who leads the unit,`, `Jane Doe, the agency’s spokesperson,`, `Jane Doe, head of the unit,`.
        bool described = t.IsSymbol(nameLast + 1, ',') && (t.Is(nameLast + 2, "who") || RoleFollows(t, nameLast + 2)
            // `Pieter Van Damme, 52, was arrested`: an age in apposition.
            || t.IsNumber(nameLast + 2) && t.Tokens[nameLast + 2].Length <= 3 && int.TryParse(t.Span(nameLast + 2), out int age) && age is >= 14 and <= 110
               && (nameLast + 3 >= t.Count || t.IsSymbol(nameLast + 3, ",.;)")));
        if (title is null && !acting && !apposed && !speaking && !joined && !described) return false;
        if (Overlaps(found, segment, t.Tokens[i].Start)) return false;
        found.Add(new PersonOccurrence(segment, t.Tokens[i].Start, t.Tokens[nameLast].End, name, title, false));
        last = nameLast;
        return true;
    }

    /// <summary>
    /// A role a name stands in apposition to, ending at <paramref name="k"/>: the role noun itself (`his predecessor,`)
    /// or a role noun after a determiner and before its complement (`the head of the Rotterdam customs team,`).
    /// </summary>
    private static bool RoleEndsAt(TokenText t, int k)
    {
        if (t.IsWord(k) && TitleLexicon.IsAppositionNoun(t.Span(k))) return true;
        for (int n = 0; n < 8 && k > 0; n++, k--)
        {
            if (!t.IsWord(k)) return false;
            if (TitleLexicon.IsAppositionNoun(t.Span(k)) && t.Is(k + 1, "of")
                && (t.Is(k - 1, "the") || t.Is(k - 1, "The") || t.Is(k - 1, "his") || t.Is(k - 1, "her") || t.Is(k - 1, "its") || t.Is(k - 1, "their")))
                return true;
        }
        return false;
    }

    /// <summary>
    /// `Jane Doe, suspected of leading the network, was extradited`: a subject, a clause in apposition between
    /// commas, then its verb.
    /// </summary>
    private static bool ActsAfterApposition(TokenText t, int k)
    {
        if (!t.IsSymbol(k, ',')) return false;
        for (int n = 1; n < 24 && k + n < t.Count; n++)
        {
            if (t.IsSymbol(k + n, ',')) return n > 1 && ActsAt(t, k + n + 1);
            if (t.IsSymbol(k + n, ".;:!?()")) return false;
        }
        return false;
    }

    /// <summary>An acting verb at <paramref name="k"/>, perhaps after an adverb (`Jane Doe also thanked`).</summary>
    private static bool ActsAt(TokenText t, int k)
    {
        if (t.IsWord(k) && (t.Is(k, "also") || t.Is(k, "then") || t.Is(k, "later") || t.Is(k, "previously") || t.Is(k, "recently")
                            || t.Is(k, "currently") || t.Is(k, "now") || t.Is(k, "personally") || t.Is(k, "formally"))) k++;
        return t.IsWord(k) && !t.Touches(k) && IsActingVerb(t.Span(k));
    }

    /// <summary>A role noun within a short description: `head of ...`, `the agency’s spokesperson`, `a senior investigator`.</summary>
    private static bool RoleFollows(TokenText t, int k)
    {
        for (int n = 0; n < 6 && k < t.Count; n++, k++)
        {
            if (t.IsWord(k) && TitleLexicon.IsAppositionNoun(t.Span(k))) return true;
            if (t.IsSymbol(k, ",.;:“”\"()")) return false;
        }
        return false;
    }

    private static bool IsActingVerb(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && (ActingVerbLookup.Contains(word) || IsSpeechVerb(word) || (word.Length > 4 && word.EndsWith("ed")));

    private static bool Overlaps(List<PersonOccurrence> found, int segment, int start) =>
        found.Count > 0 && found[^1].Segment == segment && found[^1].End > start;

    /// <summary>A title (with its complement), an optional comma, then a name; or the title alone as a reference.</summary>
    private static bool TryTitled(TokenText t, int i, int segment, List<PersonOccurrence> found, out int last)
    {
        last = i;
        if (!TitleLexicon.Matcher.TryMatch(t, i, out var title, out int titleLast)) return false;
        // A title glued to the previous word is part of something else (`NATOGeneral`).
        if (t.Touches(i) && t.IsWord(i - 1)) return false;
        int j = titleLast + 1;
        // `Mr.`, `Gen.`: the dot of an abbreviation; after a full word (`the Prime Minister.`) it ends the sentence.
        if (title.Abbreviated && t.IsSymbol(j, '.') && t.Touches(j)) j++;
        string canonical = title.Canonical;
        int nameStart = j;

        if (TitleLexicon.TakesComplement(title) && (t.Is(j, "of") || t.Is(j, "for")))
        {
            if (!TryComplement(t, j, out int complementLast, out int nameFirst)) return false;
            canonical = t.Slice(i, complementLast);
            nameStart = nameFirst >= 0 ? nameFirst : complementLast + 1;
            if (nameFirst < 0 && t.IsSymbol(nameStart, ',')) nameStart++;
            titleLast = complementLast;
        }
        else if (t.IsSymbol(j, ',') && title.Kind == TitleKind.Office)
        {
            // `the Secretary General, Jens Stoltenberg, said`
            nameStart = j + 1;
        }

        bool honorific = title.Kind == TitleKind.Honorific;
        // `Ambassador Sir Edward Hallam`, `Commissioner, Mr Jonas Aaltonen`: a form of address before the name is not part of it.
        if (!honorific && nameStart < t.Count && t.IsWord(nameStart) && TitleLexicon.IsHonorific(t.Span(nameStart)))
        {
            nameStart++;
            if (t.IsSymbol(nameStart, '.') && t.Touches(nameStart)) nameStart++;
        }
        if (t.SameLineAt(titleLast, nameStart) && TryName(t, nameStart, out int nameLast))
        {
            // A rank may itself be followed by a name that is another title's (`Admiral` in `Chair ..., Admiral Rob Bauer`).
            string? kept = honorific ? AppositiveTitle(t, nameLast) : canonical;
            found.Add(new PersonOccurrence(segment, t.Tokens[i].Start, t.Tokens[nameLast].End, NameText(t, nameStart, nameLast), kept, honorific && kept is null));
            last = nameLast;
            return true;
        }
        if (honorific) return false;
        // No name: a reference by title (`the Secretary General stressed`), which quotes can resolve.
        found.Add(new PersonOccurrence(segment, t.Tokens[i].Start, t.Tokens[titleLast].End, null, canonical, false));
        last = titleLast;
        return true;
    }

    /// <summary>
    /// The office an apposition gives after a name: `Karin Lindqvist, Head of the European Serious Organised
    /// Crime Centre`, `Jane Doe, NATO Spokesperson`. Only an office or rank from the lexicon counts.
    /// </summary>
    private static string? AppositiveTitle(TokenText t, int nameLast)
    {
        int k = nameLast + 1;
        if (!t.IsSymbol(k, ',')) return null;
        k++;
        if (t.Is(k, "the")) k++;
        // An organisation or nationality before the office: `NATO Spokesperson`, `Europol's Executive Director`.
        for (int skip = 0; skip < 2 && k < t.Count && !TitleLexicon.Matcher.TryMatch(t, k, out _, out _); skip++)
        {
            if (!t.IsWord(k) || !char.IsUpper(t.Text[t.Tokens[k].Start])) return null;
            k++;
            if (t.IsSymbol(k, "’'") && t.Is(k + 1, "s")) k += 2;
        }
        if (k >= t.Count || !TitleLexicon.Matcher.TryMatch(t, k, out var title, out int titleLast) || title.Kind == TitleKind.Honorific) return null;
        if (TitleLexicon.TakesComplement(title) && (t.Is(titleLast + 1, "of") || t.Is(titleLast + 1, "for"))
            && TryComplement(t, titleLast + 1, out int complementLast, out _))
            return t.Slice(k, complementLast);
        return title.Canonical;
    }

    /// <summary>
    /// `of Defence`, `of the NATO Military Committee`, `for Foreign Affairs`, `of Lille`: capitalised words
    /// after `of`/`for`. When a name follows without a comma (`President of the European Commission
    /// Ursula von der Leyen`), the complement ends at its last institution word or country.
    /// </summary>
    private static bool TryComplement(TokenText t, int of, out int last, out int nameFirst)
    {
        last = of;
        nameFirst = -1;
        int k = of + 1;
        if (t.Is(k, "the")) k++;
        int runStart = k, lastAnchor = -1;
        while (k < t.Count && t.IsWord(k) && !t.Touches(k)
               && (char.IsUpper(t.Text[t.Tokens[k].Start]) || NameWords.IsParticle(t.Span(k))
                   // `Chiefs of Staff of the Republic of Korea`, `Foreign Affairs and Trade`: connectors inside a capitalised run.
                   || (k > runStart && (t.Is(k, "and") || t.Is(k, "of") || t.Is(k, "for") || t.Is(k, "the") || t.Is(k, "on")) && k + 1 < t.Count && t.IsWord(k + 1)
                       && (char.IsUpper(t.Text[t.Tokens[k + 1].Start]) || t.Is(k + 1, "the"))
                       // `Minister of A Jane Doe and Minister of B John Roe`: `and` before a title starts the next person.
                       && !(t.Is(k, "and") && TitleLexicon.Matcher.TryMatch(t, k + 1, out _, out _)))))
        {
            // `Minister of Interior of Albania Ervin Hoxha and INTERPOL President ...`, `... Aleksi Mäkinen on Monday`: a
            // name of two words after the last institution word or country has ended the complement, so a connector
            // after it joins the next person or phrase, not the office.
            if (!char.IsUpper(t.Text[t.Tokens[k].Start]) && !NameWords.IsParticle(t.Span(k)) && lastAnchor >= 0
                && CountNameWords(t, lastAnchor + 1, k - 1) >= 2) break;
            if (NameWords.RulesOutPerson(t.Span(k)) || IsAcronym(t.Span(k))) lastAnchor = k;
            k++;
        }
        int runEnd = k - 1;
        while (runEnd >= runStart && !char.IsUpper(t.Text[t.Tokens[runEnd].Start])) runEnd--;
        if (runEnd < runStart) return false;
        if (lastAnchor < 0) lastAnchor = runStart; // `of Lille`: the place is one word
        // `Committee on Fisheries`, `Ministry of Justice`: a connector after the anchor takes the next word into the office.
        while (lastAnchor + 2 <= runEnd && (t.Is(lastAnchor + 1, "on") || t.Is(lastAnchor + 1, "of") || t.Is(lastAnchor + 1, "for") || t.Is(lastAnchor + 1, "and")))
        {
            lastAnchor += t.Is(lastAnchor + 2, "the") && lastAnchor + 3 <= runEnd ? 3 : 2;
        }
        last = lastAnchor;
        // A name run on without a comma must have two words at least (`Ursula von der Leyen`), or it is part of the office.
        if (runEnd > lastAnchor && CountNameWords(t, lastAnchor + 1, runEnd) >= 2) nameFirst = lastAnchor + 1;
        else last = runEnd;
        return true;
    }

    private static int CountNameWords(TokenText t, int first, int last)
    {
        int words = 0;
        for (int k = first; k <= last; k++)
        {
            if (t.IsWord(k) && NameWords.LooksLikeName(t.Span(k))) words++;
        }
        return words;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (char c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>A person's name from <paramref name="first"/>: capitalised words, initials, particles inside.</summary>
    public static bool TryName(TokenText t, int first, out int last)
    {
        last = first;
        int count = 0, k = first, end = -1;
        while (k < t.Count && count < MaxNameTokens)
        {
            if (count > 0 && !t.SameLineAt(k - 1, k)) break;
            if (t.IsWord(k) && NameWords.LooksLikeName(t.Span(k)))
            {
                if (count > 0 && t.Touches(k)) break;
                if (NameWords.RulesOutPerson(t.Span(k))) return false;
                end = k;
                k++;
                // `Jean-Claude`, `O’Brien`: parts joined by a hyphen or apostrophe.
                // `Ji-hoon` keeps a lower-case second part; after an apostrophe the part is capitalised (`O’Brien`, not `Stoltenberg’s`).
                while (k + 1 < t.Count && t.IsSymbol(k, "-‐’'") && t.Touches(k) && t.Touches(k + 1) && t.IsWord(k + 1)
                       && (char.IsUpper(t.Text[t.Tokens[k + 1].Start]) || (t.IsSymbol(k, "-‐") && t.Tokens[k + 1].Length >= 2 && !NameWords.IsCompoundSuffix(t.Span(k + 1)) && !NameWords.RulesOutPerson(t.Span(k + 1)))))
                {
                    end = k + 1;
                    k += 2;
                }
                count++;
            }
            else if (t.IsWord(k) && t.Tokens[k].Length == 1 && char.IsUpper(t.Text[t.Tokens[k].Start]) && t.IsSymbol(k + 1, '.') && t.Touches(k + 1))
            {
                // An initial: `Stuart A. G. Roberts`.
                end = k + 1;
                k += 2;
                count++;
            }
            else if (count > 0 && t.IsWord(k) && NameWords.IsParticle(t.Span(k)))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        if (end < 0) return false;
        // A name ends on a word, not on an initial's dot (unless it is all initials) or a particle.
        last = end;
        if (t.IsSymbol(last, '.') && !t.IsWord(last - 1)) return false;
        return t.IsWord(last) || t.IsSymbol(last, '.');
    }

    /// <summary>A name of capitalised words that ends at <paramref name="last"/>; <paramref name="first"/> is where it starts.</summary>
    private static bool TryNameEndingAt(TokenText t, int last, out int first)
    {
        first = last;
        if (last < 0 || !t.IsWord(last) || !NameWords.LooksLikeName(t.Span(last))) return false;
        int k = last;
        while (k - 1 >= 0 && last - k < MaxNameTokens && t.SameLineAt(k - 1, k) && !t.Touches(k)
               && t.IsWord(k - 1) && (NameWords.LooksLikeName(t.Span(k - 1)) || NameWords.IsParticle(t.Span(k - 1))))
            k--;
        while (k < last && NameWords.IsParticle(t.Span(k))) k++;
        for (int m = k; m <= last; m++)
        {
            if (t.IsWord(m) && NameWords.RulesOutPerson(t.Span(m))) return false;
        }
        // `Stoltenberg said` after a title was already taken by the title rule.
        if (k > 0 && TitleLexicon.Matcher.TryMatch(t, k - 1, out _, out _)) return false;
        first = k;
        return true;
    }

    private static string NameText(TokenText t, int first, int last)
    {
        var slice = t.Slice(first, last);
        return slice.AsSpan().ContainsAny('\u00A0', '\n') || slice.Contains("  ") ? string.Join(' ', slice.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : slice;
    }
}
