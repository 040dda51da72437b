namespace Bulletins.Writing;

/// <summary>
/// Writes the canonical bulletin text (docs/format.md, "Canonical form"): title, blank line,
/// <c>Source: name</c>, blank line, paragraphs separated by blank lines, one blank line between
/// articles, LF line ends, a final line end. Reading it back gives equal articles; a file already
/// in canonical form comes out byte for byte.
/// </summary>
internal sealed class TextArticleWriter(TextWriter output, bool ownsOutput) : ArticleWriter(output, ownsOutput)
{
    private bool _any;

    public override void Write(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_any) Output.Write('\n');
        _any = true;

        WriteSingleLine(article.Title);
        Output.Write("\n\nSource: ");
        WriteSingleLine(article.Source);
        Output.Write('\n');
        foreach (var paragraph in article.Paragraphs)
        {
            Output.Write('\n');
            Output.Write(paragraph);
            Output.Write('\n');
        }
    }

    /// <summary>A title or source set by hand may hold a line break; in the file it must stay one line.</summary>
    private void WriteSingleLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            Output.Write(text);
            return;
        }
        Output.Write(text.ReplaceLineEndings(" "));
    }
}
