using System.Text.RegularExpressions;
using Bulletins.Collections;
using Bulletins.Extraction.Extractors.People;
using Bulletins.Extraction.Runtime;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;

namespace Bulletins.Extraction.Extractors.Quotes;

/// <summary>
/// Quoted speech: text between “ ” (or straight double quotes) of three words or more (shorter ones are
/// terms or names: “big data”), with the speaker when the text says who. The speaker is found after
/// the quote (<c>”, said Mr Stoltenberg</c>, <c>”, he added</c>, <c>” Jane Doe said</c>) or before it
/// (<c>He added: “</c>, <c>told his audience: “</c>, <c>the Admiral stressed that “</c>); pronouns take
/// the previous quote's speaker, else the person named last before the quote; titles (<c>the Admiral</c>)
/// take the person who holds them.
/// </summary>
internal static class QuoteExtractor
{
    // The schema's speech verbs, then the verbs that attribute only a quote (`replied`, `..., noting that “`).
    private static readonly string Verbs = string.Join('|', ArticleWords.SpeechVerbs.Concat(ArticleWords.QuoteVerbs).Select(Regex.Escape));

    // Bounded and anchored: these run on short windows beside each quote (on the backtracking interpreter: BuiltInRegex).
    private static readonly Regex VerbThenSpeaker = new($@"\A[\s,.;:–—-]{{0,4}}(?:{Verbs}|according to)\s+(?:the\s+)?", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    private static readonly Regex PronounVerb = new($@"\A[\s,.;:–—-]{{0,4}}(?:(?:he|she)\s+(?:also\s+)?(?:{Verbs})|(?:{Verbs})\s+(?:he|she))\b", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    private static readonly Regex LeadingFiller = new(@"\A[\s,.;:–—-]{0,4}(?:the\s+)?", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    // `” Jane Doe said`, or with a description between (`” Jane Doe, head of the unit, said`).
    private static readonly Regex VerbAfterSpeaker = new($@"\A(?:,[^,“”""\n]{{1,100}},)?\s+(?:also\s+|then\s+|later\s+)?(?:{Verbs})\b", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    private static readonly Regex VerbBeforeQuote = new($@"\b(?:{Verbs})\b[^“”""\n]{{0,60}}\z", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    private static readonly Regex PronounBeforeVerb = new(@"\b(?:he|she)\s+(?:also\s+|then\s+|later\s+)?\z", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    // `He spoke of the threat, noting that “`: a sentence whose subject is a pronoun.
    private static readonly Regex PronounSubject = new(@"\A\s*(?:he|she)\b", BuiltInRegex.Engine | RegexOptions.IgnoreCase);
    // Between the verb and a speaker's title: the organisation or country whose office it is (`said Europol Executive Director`).
    private static readonly Regex OrganisationLeadIn = new(@"\A(?:(?:\p{Lu}[\p{L}\d&.-]*(?:[’']s)?|of|the|for)\s+){1,5}\z", BuiltInRegex.Engine);
    // Between the verb and a name in apposition: the role it is apposed to (`said the head of the customs team, Jane Doe`).
    private static readonly Regex RoleLeadIn = new(@"\A[^,.;:!?“”""\n]{1,80},\s+\z", BuiltInRegex.Engine);
    // `I told my staff`: in a transcript, the speaker quoting themselves.
    private static readonly Regex FirstPerson = new($@"\A[\s,.;:–—-]{{0,4}}I\s+(?:also\s+)?(?:{Verbs})\b", BuiltInRegex.Engine);

    /// <summary>How far before a quote its introducing clause may start (`He added: “`): bounded, so that a
    /// paragraph without sentence ends costs linear time, not quadratic.</summary>
    private const int MaxLeadIn = 300;

    public static IReadOnlyList<QuoteMention> Extract(IReadOnlyList<TextSegment> segments, IReadOnlyList<PersonOccurrence> unsorted, IReadOnlyList<PersonMention> people)
    {
        // Sorted by place, so that the occurrence at or before a position is a binary search away.
        var occurrences = new OccurrenceIndex(unsorted);
        List<QuoteMention>? quotes = null;
        string? lastSpeaker = null;
        for (int s = 0; s < segments.Count; s++)
        {
            if (segments[s].IsTitle) continue;
            string text = segments[s].Text;
            if (text.AsSpan().IndexOfAny('“', '"') < 0) continue;
            int previousClose = -1;
            string? previousSpeaker = null;
            foreach (var (open, close) in FindQuoted(text))
            {
                // Judged on the span first: most short quotes are terms or names and never become a string.
                var innerSpan = text.AsSpan(open + 1, close - open - 1).Trim();
                if (CountWords(innerSpan) < 3 || IsProperName(innerSpan)) continue;
                string inner = innerSpan.ToString();
                string? speaker = SpeakerAfter(text, s, close, occurrences, people, lastSpeaker)
                                  ?? SpeakerBefore(text, s, open, occurrences, people, lastSpeaker)
                                  ?? (ContinuesAfterAttribution(text, previousClose, open) ? previousSpeaker : null);
                previousClose = close;
                previousSpeaker = speaker;
                lastSpeaker = speaker ?? lastSpeaker;
                (quotes ??= []).Add(new QuoteMention(inner, speaker));
            }
        }
        return quotes is null ? ValueList<QuoteMention>.Empty : ValueList.FromArray(quotes.ToArray());
    }

    /// <summary>The (open, close) index pairs of quoted spans; an unclosed quote runs to the paragraph's end.</summary>
    private static IEnumerable<(int Open, int Close)> FindQuoted(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int open = text.AsSpan(i).IndexOfAny('“', '"');
            if (open < 0) yield break;
            open += i;
            char closing = text[open] == '“' ? '”' : '"';
            int close = text.IndexOf(closing, open + 1);
            if (close < 0)
            {
                // A straight quote without its pair is likely an inch mark or a typo: skip it.
                if (closing == '"') yield break;
                close = text.Length;
                yield return (open, close);
                yield break;
            }
            yield return (open, close);
            i = close + 1;
        }
    }

    private static string? SpeakerAfter(string text, int segment, int close, OccurrenceIndex occurrences, IReadOnlyList<PersonMention> people, string? lastSpeaker)
    {
        if (close >= text.Length) return null;
        int from = close + 1;
        var window = text.AsSpan(from, Math.Min(text.Length - from, 160));
        // `”, said Mr Stoltenberg` / `”, said the Admiral`
        int verbFirst = MatchLength(VerbThenSpeaker, window);
        if (verbFirst >= 0 && SpeakerFrom(text, segment, from + verbFirst, occurrences) is { } named)
            return Name(named, people);
        if (PronounVerb.IsMatch(window)) return lastSpeaker ?? (occurrences.LastBefore(segment, close) is { } before ? Name(before, people) : null);
        if (FirstPerson.IsMatch(window)) return occurrences.FirstInTitle;
        // `” Jane Doe said`, `”, the Secretary General added`
        int filler = Math.Max(0, MatchLength(LeadingFiller, window));
        if (SpeakerFrom(text, segment, from + filler, occurrences) is { } subject
            && subject.End <= text.Length && VerbAfterSpeaker.IsMatch(text.AsSpan(subject.End, Math.Min(text.Length - subject.End, 140))))
            return Name(subject, people);
        return null;
    }

    private static string? SpeakerBefore(string text, int segment, int open, OccurrenceIndex occurrences, IReadOnlyList<PersonMention> people, string? lastSpeaker)
    {
        int boundary = SentenceStart(text, open);
        var head = text.AsSpan(boundary, open - boundary);
        if (!TryFirstMatch(VerbBeforeQuote, head, out var verb))
        {
            // `Jane Doe: “...”`
            if (head.TrimEnd().EndsWith(':') && occurrences.LastWithin(segment, boundary, open) is { } colon) return Name(colon, people);
            return null;
        }
        int verbStart = boundary + verb.Index;
        if (PronounBeforeVerb.IsMatch(text.AsSpan(boundary, verbStart - boundary)))
            return lastSpeaker ?? (occurrences.LastBefore(segment, verbStart) is { } before ? Name(before, people) : null);
        if (occurrences.LastWithin(segment, boundary, verbStart) is { } subject) return Name(subject, people);
        if (PronounSubject.IsMatch(text.AsSpan(boundary, verbStart - boundary)))
            return lastSpeaker ?? (occurrences.LastBefore(segment, boundary) is { } before ? Name(before, people) : null);
        return null;
    }

    /// <summary>
    /// `“First part,” said Jane Doe. “Second part.”`: a quote that opens right after the short attribution
    /// of the one before it, in the same paragraph, goes on in the same voice.
    /// </summary>
    private static bool ContinuesAfterAttribution(string text, int previousClose, int open)
    {
        if (previousClose < 0 || open - previousClose > 120) return false;
        var between = text.AsSpan(previousClose + 1, open - previousClose - 1).TrimEnd();
        return between.Length > 0 && between[^1] is '.' or ':' && VerbThenSpeaker.IsMatch(between) | VerbAfterSpeakerAnywhere.IsMatch(between);
    }

    private static readonly Regex VerbAfterSpeakerAnywhere = new($@"\A[\s,]*[^.!?“”""\n]{{1,80}}\s(?:{Verbs})\.\z", BuiltInRegex.Engine | RegexOptions.IgnoreCase);

    /// <summary>
    /// The person named at <paramref name="start"/>, or after an organisation's name there
    /// (`said Europol Executive Director Jane Doe`, `said the EU’s High Representative ...`).
    /// </summary>
    private static PersonOccurrence? SpeakerFrom(string text, int segment, int start, OccurrenceIndex occurrences)
    {
        if (occurrences.At(segment, start) is { } named) return named;
        if (occurrences.FirstWithin(segment, start, Math.Min(text.Length, start + 80)) is not { } later) return null;
        var leadIn = text.AsSpan(start, later.Start - start);
        return OrganisationLeadIn.IsMatch(leadIn) || RoleLeadIn.IsMatch(leadIn) ? later : null;
    }

    /// <summary>The length of the first match of <paramref name="regex"/> in <paramref name="text"/>, or -1.</summary>
    private static int MatchLength(Regex regex, ReadOnlySpan<char> text) => TryFirstMatch(regex, text, out var match) ? match.Length : -1;

    /// <summary>The first match of <paramref name="regex"/> in <paramref name="text"/>: no Match object, no string.</summary>
    private static bool TryFirstMatch(Regex regex, ReadOnlySpan<char> text, out ValueMatch first)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            first = match;
            return true;
        }
        first = default;
        return false;
    }

    private static int SentenceStart(string text, int before)
    {
        int floor = Math.Max(0, before - MaxLeadIn);
        for (int i = before - 1; i > floor; i--)
        {
            if (text[i] is ' ' or '\n' && text[i - 1] is '.' or '!' or '?' && (i < 3 || !IsInitial(text, i - 1))) return i + 1;
        }
        return floor;
    }

    /// <summary>`A.` or `U.S.`: a dot after a lone capital does not end a sentence.</summary>
    private static bool IsInitial(string text, int dot) => dot >= 1 && char.IsUpper(text[dot - 1]) && (dot < 2 || !char.IsLetter(text[dot - 2]));

    /// <summary>
    /// The full name behind an occurrence. A title nobody in the article holds (`said the Secretary General`
    /// in a release that names only `Mr Stoltenberg`) is the article's one untitled person, if it has exactly one.
    /// </summary>
    private static string? Name(PersonOccurrence occurrence, IReadOnlyList<PersonMention> people)
    {
        if (occurrence.FullName is not null) return occurrence.FullName;
        if (occurrence.Name is null)
        {
            var untitled = people.Where(p => p.Title is null).ToList();
            if (untitled.Count == 1 && people.Count == 1) return untitled[0].Name;
        }
        return null;
    }

    /// <summary>Words a quoted name may hold in lower case: `Los Hijos del Sol`, `Shield of the North`.</summary>
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "at", "de", "del", "della", "di", "da", "do", "dos", "das", "la", "las", "los", "le",
        "les", "el", "y", "e", "von", "van", "der", "den", "al",
    };

    /// <summary>
    /// A quoted name, not speech: every word capitalised but the connectors, and no punctuation
    /// (`“Los Hijos del Sol”`, `“Black Tide Rising”`, a cartel's or an operation's name).
    /// </summary>
    private static bool IsProperName(ReadOnlySpan<char> inner)
    {
        if (inner.IndexOfAny(",.;:!?…") >= 0) return false;
        // Words apart by spaces or no-break spaces, as a split on those two would give them.
        foreach (var range in inner.SplitAny(" \u00A0"))
        {
            var word = inner[range];
            if (word.IsEmpty) continue;
            if (!char.IsLetterOrDigit(word[0])) return false;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !NameConnectorLookup.Contains(word)) return false;
        }
        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameConnectorLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(NameConnectors, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
