using System.Collections.Frozen;
using Bulletins.Collections;
using Bulletins.Extraction.Text;
using Bulletins.Mentions;
using Bulletins.Reading;

namespace Bulletins.Extraction.Extractors.Warnings;

/// <summary>
/// Text-quality findings, each with the file line of the offending text: sentences glued without a
/// space, damaged tokens, a truncated teaser.
/// </summary>
/// <remarks>
/// Glued sentences: a lower-case word, a full stop (or ! ?), maybe a quote mark, and a capitalised word with no space
/// (<c>network.The</c>, <c>vans.“These</c>), except after abbreviations (<c>Mrs.Smith</c>) and inside addresses
/// (<c>www.europol.europa.eu</c>, e-mail); or a lower-case word running into a capitalised one
/// (<c>authoritiesThese</c>). Camel-case names are not glued: <c>EncroChat</c>, <c>iPhone</c> and
/// <c>YouTube</c> start with a capital or a single lower-case letter, and a word that starts with a
/// capital counts as glued only when its second part is a word that starts sentences
/// (<c>SpainThe</c>). Initials and abbreviations (<c>U.S.</c>, <c>D.C.</c>, <c>e.g.</c>) have a single
/// letter before the dot, so they never match.
/// </remarks>
internal static class WarningExtractor
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "nr", "no", "vs", "etc", "prof", "gen", "col", "capt", "lt", "sgt", "jr", "sr", "co", "inc",
        "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "cf", "ibid", "op",
        "www", "http", "https",
    };

    /// <summary>Words that start sentences: what follows a glued join in a word that starts with a capital.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "These", "This", "That", "Those", "They", "There", "It", "Its", "In", "On", "At", "As", "For", "With", "He", "She",
        "We", "Our", "During", "After", "Following", "According", "A", "An", "Since", "Between", "From", "Further", "Furthermore",
        "Moreover", "However", "Meanwhile", "Today", "Yesterday", "Eurojust", "Europol", "NATO", "Police", "Investigators", "Both",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.ToFrozenSet(Abbreviations.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.ToFrozenSet(SentenceStarters.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<TextWarning> Extract(ArticleDraft draft, IReadOnlyList<TextSegment> segments)
    {
        List<TextWarning>? warnings = null;
        foreach (var segment in segments) Scan(segment, ref warnings);
        if (draft.IsTruncated && draft.Paragraphs.Count > 0)
        {
            var last = draft.Paragraphs[^1];
            var segment = new TextSegment(last.Text, last.Line, IsTitle: false);
            int sentence = CutSentenceStart(last.Text);
            (warnings ??= []).Add(new TextWarning(WarningCodes.TruncatedTeaser,
                "The article is a teaser cut off mid-sentence; the full text is not in the bulletin.",
                segment.LineAt(sentence), last.Text[sentence..].Replace('\n', ' ')));
        }
        return warnings is null ? ValueList<TextWarning>.Empty : ValueList.FromArray(warnings.ToArray());
    }

    /// <summary>A glued sentence needs a sentence end after a word; a camel join or a damaged run, a capital after a lower-case letter.</summary>
    private const AnchorClass Suspects = AnchorClass.SentenceEnd | AnchorClass.InnerCapital;

    private static void Scan(TextSegment segment, ref List<TextWarning>? warnings)
    {
        var t = segment.Tokens;
        var anchors = t.Anchors;
        int previous = -1;
        for (int anchor = anchors.Next(Suspects, 0); anchor >= 0; anchor = anchors.Next(Suspects, anchor + 1))
        {
            // The word a sentence end follows, or the word with the inner capital: each word once, in text order.
            int i = (anchors.At(anchor) & AnchorClass.InnerCapital) != 0 ? anchor : anchor - 1;
            if (i <= previous || !t.IsWord(i)) continue;
            previous = i;
            var word = t.Span(i);
            // `network.The`, and with a quote mark between (`vans.“These`, `vans.”These`): glued either way
            int next = i + 2;
            if (next < t.Count && t.IsSymbol(next, "“”\"‘’") && t.Touches(next)) next++;
            if (next < t.Count && t.IsSymbol(i + 1, ".!?") && t.Touches(i + 1) && t.Touches(next) && t.IsWord(next)
                && EndsWithLowerRun(word) && StartsSentence(t.Span(next)) && !AbbreviationLookup.Contains(word) && !InAddress(t, i))
            {
                Add(ref warnings, WarningCodes.GluedSentence, "Two sentences are glued together without a space.", segment, t, i, next);
            }
            int join = CamelJoin(word);
            if (join > 0)
            {
                Add(ref warnings, WarningCodes.GluedSentence, "A word runs into the next sentence without a space.", segment, t, i, i);
            }
            else if (HasDamagedRun(word))
            {
                Add(ref warnings, WarningCodes.DamagedToken, "A run of capitals sits inside a lower-case word: the text is damaged.", segment, t, i, i);
            }
        }
    }

    private static void Add(ref List<TextWarning>? warnings, string code, string message, TextSegment segment, TokenText t, int first, int last) =>
        (warnings ??= []).Add(new TextWarning(code, message, segment.LineAt(t.Tokens[first].Start), t.Slice(first, last)));

    /// <summary>At least two lower-case letters before the dot: `network.` but not `U.S.`, `e.g.` or `D.C.`.</summary>
    private static bool EndsWithLowerRun(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsLower(word[^1]) && char.IsLower(word[^2]);

    /// <summary>A capital followed by a lower-case letter: `The`, not `PDF` or `NET`.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    /// <summary>Part of a web address or e-mail: `europol.europa.eu`, `www.nato.int`, `press@nato.int`.</summary>
    private static bool InAddress(TokenText t, int i)
    {
        int k = i;
        while (k > 0 && t.Touches(k)) k--;
        for (int m = k; m <= i; m++)
        {
            if (t.IsSymbol(m, "@/:") || t.Is(m, "www")) return true;
        }
        return false;
    }

    /// <summary>
    /// Where a lower-case word runs into a capitalised one (`authoritiesThese` → 11), or 0. A word
    /// starting with a capital (`EncroChat`) only counts when its second part starts sentences (`SpainThe`).
    /// </summary>
    private static int CamelJoin(ReadOnlySpan<char> word)
    {
        for (int k = 2; k + 1 < word.Length; k++)
        {
            if (!(char.IsUpper(word[k]) && char.IsLower(word[k - 1]) && char.IsLower(word[k + 1]))) continue;
            if (char.IsLower(word[0]) && char.IsLower(word[1])) return k;
            if (char.IsUpper(word[0]) && StarterLookup.Contains(word[k..])) return k;
        }
        return 0;
    }

    /// <summary>Two or more capitals between lower-case letters: `focuseXXId`.</summary>
    private static bool HasDamagedRun(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k - 1]) || !char.IsUpper(word[k])) continue;
            int end = k;
            while (end < word.Length && char.IsUpper(word[end])) end++;
            if (end - k >= 2 && end < word.Length && char.IsLower(word[end])) return true;
            k = end;
        }
        return false;
    }

    /// <summary>Where the cut-off sentence starts: after the last sentence end before the ellipsis.</summary>
    private static int CutSentenceStart(string text)
    {
        int end = text.Length - 1;
        for (int i = end - 1; i > 0; i--)
        {
            if ((text[i] == ' ' || text[i] == '\n') && text[i - 1] is '.' or '!' or '?') return i + 1;
            // A glued boundary (`million.According`) ends a sentence too.
            if (char.IsUpper(text[i]) && text[i - 1] is '.' or '!' or '?' && i >= 3 && char.IsLower(text[i - 2]) && char.IsLower(text[i - 3])) return i;
        }
        return 0;
    }
}
