using Bulletins.Reading;

namespace Bulletins.Extraction.Text;

/// <summary>
/// One piece of an article's text (the title or a body paragraph) and where it starts in the file.
/// Its tokens are computed once, on first use, and shared by every token-based extractor.
/// </summary>
internal sealed record TextSegment(string Text, int Line, bool IsTitle)
{
    private TokenText? _tokens;

    public TokenText Tokens => _tokens ??= new TokenText(Text);

    /// <summary>The file line of a character: the segment's first line plus the line breaks before it.</summary>
    public int LineAt(int offset) => Line + Text.AsSpan(0, Math.Clamp(offset, 0, Text.Length)).Count('\n');
}

/// <summary>The segments mention extractors read, in file order.</summary>
internal static class ArticleText
{
    /// <summary>The title, then every body paragraph.</summary>
    public static IEnumerable<TextSegment> All(ArticleDraft draft)
    {
        yield return new TextSegment(draft.Title, draft.Line, IsTitle: true);
        foreach (var paragraph in draft.Paragraphs) yield return new TextSegment(paragraph.Text, paragraph.Line, IsTitle: false);
    }

    /// <summary>The body paragraphs only.</summary>
    public static IEnumerable<TextSegment> Body(ArticleDraft draft)
    {
        foreach (var paragraph in draft.Paragraphs) yield return new TextSegment(paragraph.Text, paragraph.Line, IsTitle: false);
    }
}
