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
    public const int MaxSourceLength = 80;

    /// <summary>Most words accepted in a source name.</summary>
    public const int MaxSourceWords = 8;

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
    /// must look like a name: 1 to 80 characters, at most 8 words, no <c>,</c> <c>;</c> <c>:</c>, not
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
}
