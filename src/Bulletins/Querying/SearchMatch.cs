namespace Bulletins.Querying;

/// <summary>Where a query term was found in an article.</summary>
/// <param name="Term">The word or phrase of the query that matched.</param>
/// <param name="Field"><c>Title</c> or <c>Paragraph</c>.</param>
/// <param name="Paragraph">1-based paragraph number for a body match; 0 for the title.</param>
/// <param name="Line">
/// 1-based line in the file. Exact for the title; for the body it counts the paragraph's lines from the
/// title assuming one blank line between the title, the <c>Source:</c> line and each paragraph, as
/// the format writes them.
/// </param>
/// <param name="Snippet">The matched text with some context, on one line.</param>
public sealed record SearchMatch(string Term, string Field, int Paragraph, int Line, string Snippet)
{
    /// <summary>Where the match is and its snippet: <c>Paragraph 2 (line 9): …</c>, or <c>Title (line 1): …</c>.</summary>
    public override string ToString() => $"{Field}{(Paragraph > 0 ? $" {Paragraph}" : "")} (line {Line}): {Snippet}";
}
