namespace Bulletins.Reading;

/// <summary>One body paragraph: its lines joined by <c>\n</c>, and where it starts.</summary>
/// <param name="Text">The paragraph's lines, each trimmed at the end, joined by <c>\n</c>.</param>
/// <param name="Line">1-based line of the paragraph's first line in the file.</param>
public readonly record struct Paragraph(string Text, int Line);

/// <summary>
/// An article as the reader segments it, before classification and extraction: the unit the
/// generated factory turns into a typed <see cref="Article"/>.
/// </summary>
public sealed class ArticleDraft
{
    /// <summary>The file (or stream name) the article comes from.</summary>
    public required string File { get; init; }

    /// <summary>1-based line of the title.</summary>
    public required int Line { get; init; }

    /// <summary>1-based line of the <c>Source:</c> line (0 when the draft was not read from text).</summary>
    public int SourceLine { get; init; }

    /// <summary>1-based line of the article's last non-blank line.</summary>
    public required int LastLine { get; init; }

    /// <summary>The title, trimmed.</summary>
    public required string Title { get; init; }

    /// <summary>The name after <c>Source:</c>, trimmed.</summary>
    public required string Source { get; init; }

    /// <summary>The body paragraphs in file order.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>True when the body ends in a teaser cut off with an ellipsis.</summary>
    public bool IsTruncated { get; init; }
}
