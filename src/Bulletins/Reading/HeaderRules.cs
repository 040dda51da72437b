namespace Bulletins.Reading;

/// <summary>
/// What an article header looks like (docs/format.md, "Article header"): a title line after a blank
/// line, blank lines, <c>Source: name</c>, then a blank line or the end of the input. These
/// checks keep a citation such as <c>Source: Eurostat</c> inside a body from starting an article.
/// </summary>
internal static class HeaderRules
{
    public const string SourcePrefix = "Source:";

    /// <summary>Longest name accepted on a <c>Source:</c> line; agency names are short.</summary>
    public const int MaxSourceLength = 100;

    /// <summary>Most words accepted in a source name.</summary>
    public const int MaxSourceWords = 12;

    /// <summary>
    /// A line that may be a title: not ending like a sentence or a clause (<c>.</c> <c>,</c> <c>;</c>
    /// <c>:</c>), since headlines do not and the single-line paragraph above a citation does.
    /// </summary>
    public static bool IsTitleCandidate(ReadOnlySpan<char> line)
    {
        var title = LineText.Trim(line);
        return !title.IsEmpty && title[^1] is not ('.' or ',' or ';' or ':');
    }

    /// <summary>
    /// Parses <c>Source: name</c> (at the start of the line, trailing whitespace ignored). The name
    /// must look like a name: 1 to 100 characters, at most 12 words (ministries have long names), no <c>,</c> <c>;</c> <c>:</c>, not
    /// ending in <c>.</c> or <c>…</c>; a citation like <c>Source: Eurostat, 2023.</c> is not a header.
    /// </summary>
    public static bool TryParseSource(ReadOnlySpan<char> line, out ReadOnlySpan<char> name)
    {
        name = default;
        if (!line.StartsWith(SourcePrefix, StringComparison.Ordinal)) return false;
        var candidate = LineText.Trim(line[SourcePrefix.Length..]);
        if (candidate.IsEmpty || candidate.Length > MaxSourceLength) return false;
        if (candidate.IndexOfAny(",;:") >= 0) return false;
        if (candidate[^1] is '.' or '…') return false;
        if (candidate.Count(' ') >= MaxSourceWords) return false;
        name = candidate;
        return true;
    }

    /// <summary>A <c>Source:</c> line with nothing after the colon (whitespace aside).</summary>
    public static bool IsEmptySource(ReadOnlySpan<char> line) =>
        line.StartsWith(SourcePrefix, StringComparison.Ordinal) && LineText.IsBlank(line[SourcePrefix.Length..]);

    /// <summary>
    /// The line ends a sentence: <c>.</c> <c>!</c> <c>?</c> or <c>…</c>, perhaps inside closing
    /// quotes or brackets. A title directly under such a line is the start of a new article.
    /// </summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var text = LineText.TrimEnd(line).TrimEnd("”’\"')»]");
        return !text.IsEmpty && text[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>Fewest words of a headline for <see cref="LooksLikeHeadline"/>: sub-headings inside bodies are shorter.</summary>
    public const int MinHeadlineWords = 6;

    /// <summary>Most words of a headline for <see cref="LooksLikeHeadline"/>: the seed's longest title has 22.</summary>
    public const int MaxHeadlineWords = 30;

    /// <summary>
    /// The heuristic behind <see cref="ProblemCodes.TitleWithoutSource"/>: a title candidate that
    /// reads like the headlines of the seed: not indented, starting with a capital letter or a digit,
    /// <see cref="MinHeadlineWords"/> to <see cref="MaxHeadlineWords"/> words, one sentence (a full
    /// stop, then a space and a capital, inside it is a paragraph cut before its last full stop), not
    /// ending a sentence (a paragraph ending in a quote, <c>.”</c>, is a candidate but not a headline),
    /// and no colon (<c>Follow us on X: @NATO</c>, <c>Contact: ...</c> are labelled lines, not titles).
    /// </summary>
    public static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || LineText.IsBlank(line[..1]) || !IsTitleCandidate(line) || EndsSentence(line) || line.Contains(':')) return false;
        var title = LineText.TrimEnd(line);
        if (!(char.IsUpper(title[0]) || char.IsDigit(title[0]))) return false;
        var words = title.Count(' ') + 1;
        return words is >= MinHeadlineWords and <= MaxHeadlineWords && !HoldsTwoSentences(title);
    }

    private static bool HoldsTwoSentences(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOf(". "); i >= 0 && i + 2 < text.Length; i = text[(i + 1)..].IndexOf(". ") is var next and >= 0 ? i + 1 + next : -1)
        {
            // `U.S. President` and `Dr. Jane Doe`: a full stop after a one- or two-letter abbreviation is no sentence end.
            int wordStart = text[..i].LastIndexOfAny(' ', '.') + 1;
            if (char.IsUpper(text[i + 2]) && i - wordStart > 2) return true;
        }
        return false;
    }

    /// <summary>
    /// Where a title line starts after the end of another text glued to it (<c>package.One of the
    /// key leaders ...</c>): the last sentence end (after a lower-case letter, a digit or a closing
    /// quote or bracket) followed at once by a capital letter, with at least three words on each
    /// side. -1 when there is none.
    /// </summary>
    public static int GluedTitleStart(ReadOnlySpan<char> title)
    {
        for (int i = title.Length - 2; i > 0; i--)
        {
            if (title[i] is not ('.' or '!' or '?' or '…')) continue;
            int start = i + 1;
            while (start < title.Length && title[start] is '”' or '’' or '"' or '\'' or ')' or '“' or '‘') start++;
            if (start >= title.Length || !char.IsUpper(title[start])) continue;
            char before = title[i - 1];
            if (!(char.IsLower(before) || char.IsDigit(before) || before is '”' or '’' or '"' or ')')) continue;
            if (title[..start].Count(' ') >= 2 && title[start..].Count(' ') >= 2) return start;
        }
        return -1;
    }
}
