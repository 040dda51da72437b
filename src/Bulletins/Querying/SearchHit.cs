namespace Bulletins.Querying;

/// <summary>An article that matched a search, how well, and where.</summary>
/// <param name="Article">The article that matched.</param>
/// <param name="Score">Higher is better: 3 points per term occurrence in the title, 1 in the body, times the words in the term.</param>
/// <param name="Matches">Every place a term occurs, title first, then paragraphs in order.</param>
public sealed record SearchHit(Article Article, double Score, IReadOnlyList<SearchMatch> Matches)
{
    /// <summary>The article's kind (for display).</summary>
    public string Kind => Article.Kind;

    /// <summary>The article's title (for display).</summary>
    public string Title => Article.Title;

    /// <summary>The article's file (for display).</summary>
    public string File => Article.File;

    /// <summary>The article's title line (for display).</summary>
    public int Line => Article.Line;

    /// <summary>Where the first match is: <c>title line 3</c> or <c>¶2 line 14</c>; empty for a search by filters only (for display).</summary>
    public string FirstMatch => Matches.Count == 0 ? "" : Matches[0].Paragraph > 0 ? $"¶{Matches[0].Paragraph} line {Matches[0].Line}" : $"title line {Matches[0].Line}";

    /// <summary>The first match's snippet; for a search by filters only, the opening of the body (for display).</summary>
    public string Snippet => Matches.Count > 0 ? Matches[0].Snippet : Opening();

    /// <summary>The article and the score: <c>NewsRelease: Allies meet ... (week.txt:7), score 6</c>.</summary>
    public override string ToString() => $"{Article}, score {Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private string Opening()
    {
        const int Length = 70;
        var text = Article.Paragraphs.Count > 0 ? Article.Paragraphs[0].Replace('\n', ' ') : "";
        return text.Length <= Length ? text : text[..Length] + "…";
    }
}
