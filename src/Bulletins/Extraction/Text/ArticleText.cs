using Bulletins.Reading;

namespace Bulletins.Extraction.Text;

/// <summary>
/// One piece of an article's text (the title or a body paragraph) and where it starts in the file.
/// Its tokens are computed once, on first use, and shared by every token-based extractor: a
/// <c>method:</c> extractor reads the article's segments from <see cref="Runtime.ExtractionContext.Segments"/>.
/// </summary>
/// <param name="Text">The title, or the paragraph with its lines joined by a line feed.</param>
/// <param name="Line">The 1-based file line the segment starts on.</param>
/// <param name="IsTitle">True for the title, false for a body paragraph.</param>
public sealed record TextSegment(string Text, int Line, bool IsTitle)
{
    private TokenText? _tokens;

    /// <summary>The segment's tokens (words, numbers, symbols), made on first use and then shared.</summary>
    public TokenText Tokens => _tokens ??= new TokenText(Text);

    /// <summary>The file line of a character: the segment's first line plus the line breaks before it.</summary>
    public int LineAt(int offset) => Line + Text.AsSpan(0, Math.Clamp(offset, 0, Text.Length)).Count('\n');
}

/// <summary>The segments mention extractors read, in file order, made from a draft (an extractor has them ready in <see cref="Runtime.ExtractionContext.Segments"/>).</summary>
public static class ArticleText
{
    /// <summary>The title, then every body paragraph.</summary>
    /// <param name="draft">The article as the reader segmented it.</param>
    public static IEnumerable<TextSegment> All(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        yield return new TextSegment(draft.Title, draft.Line, IsTitle: true);
        foreach (var paragraph in draft.Paragraphs) yield return new TextSegment(paragraph.Text, paragraph.Line, IsTitle: false);
    }

    /// <summary>The body paragraphs only.</summary>
    /// <param name="draft">The article as the reader segmented it.</param>
    public static IEnumerable<TextSegment> Body(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var paragraph in draft.Paragraphs) yield return new TextSegment(paragraph.Text, paragraph.Line, IsTitle: false);
    }
}
