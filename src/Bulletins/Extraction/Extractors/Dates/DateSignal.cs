using System.Buffers;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.Dates;

/// <summary>
/// Whether a text may hold a date <see cref="DateGrammar"/> reads, from a few vectorised searches and no tokens:
/// every date it finds holds a month's name as a word (<c>March</c>, <c>mar</c>, <c>Sept.</c>) or a four-digit
/// run (a year, or the <c>2025</c> of <c>2025-03-14</c>), so a paragraph with counts, sums and phone numbers but
/// neither is skipped before it is tokenised. Every article pays the grammar (the bulletin's year flows from it),
/// so this is on the path of every pipeline.
/// </summary>
internal static class DateSignal
{
    // The first three letters of every month word CalendarWords knows (full names, abbreviations, `Sept`).
    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        CalendarWords.MonthNames.Select(name => name[..3]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparison.OrdinalIgnoreCase);

    // Letters outside ASCII that an ignore-case comparison takes for `s` and `i` (`ſept`, `Aprıl`): a text with
    // one is left to the grammar rather than trusted to the prefix search.
    private static readonly SearchValues<char> FoldingLetters = SearchValues.Create("\u017F\u0131");

    private static readonly SearchValues<string> FullMonthNames = SearchValues.Create(
        CalendarWords.FullMonthNames.ToArray(), StringComparison.Ordinal);

    /// <summary>
    /// False only when the grammar finds no date in <paramref name="text"/>: it has no four-digit run, and either no
    /// month word or neither a digit nor a full month name (the grammar reads a month without a number only in its
    /// full capitalised name: `in July`).
    /// </summary>
    public static bool MayHoldDate(string text)
    {
        var span = text.AsSpan();
        int firstDigit = span.IndexOfAnyInRange('0', '9');
        if (firstDigit >= 0 && HasFourDigitRun(span[firstDigit..])) return true;
        if (firstDigit < 0 && !span.ContainsAny(FullMonthNames)) return false;
        return HasMonthWord(span) || span.ContainsAny(FoldingLetters);
    }

    /// <summary>A run of exactly four ASCII digits, which the tokeniser makes one number token.</summary>
    private static bool HasFourDigitRun(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (true)
        {
            int start = text[i..].IndexOfAnyInRange('0', '9');
            if (start < 0) return false;
            start += i;
            int end = text[start..].IndexOfAnyExceptInRange('0', '9');
            end = end < 0 ? text.Length : start + end;
            if (end - start == 4) return true;
            if (end >= text.Length) return false;
            i = end;
        }
    }

    /// <summary>A word (as the tokeniser cuts words) that is a month's name or abbreviation.</summary>
    private static bool HasMonthWord(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int found = text[i..].IndexOfAny(MonthPrefixes);
            if (found < 0) return false;
            int start = i + found;
            int end = start;
            while (end < text.Length && Tokenizer.IsWordChar(text[end])) end++;
            if ((start == 0 || !Tokenizer.IsWordChar(text[start - 1])) && CalendarWords.TryMonth(text[start..end], out _)) return true;
            i = start + 1;
        }
        return false;
    }
}
