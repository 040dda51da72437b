namespace Bulletins.Extraction.Extractors.People;

/// <summary>
/// One place where an article names a person (<c>Admiral Rob Bauer</c>, <c>Mr Stoltenberg</c>) or refers to
/// one by title alone (<c>the Secretary General</c>, then <see cref="Name"/> is null): quotes use these
/// to find their speakers.
/// </summary>
/// <param name="Segment">Index of the text segment (0 is the title).</param>
/// <param name="Start">Start of the whole mention, title included.</param>
/// <param name="End">End of the mention.</param>
/// <param name="Name">The name as written, or null for a title alone.</param>
/// <param name="Title">The title or rank before the name (canonical form), or null.</param>
/// <param name="IsHonorific">True when the title is only a form of address (`Mr`).</param>
internal sealed record PersonOccurrence(int Segment, int Start, int End, string? Name, string? Title, bool IsHonorific)
{
    /// <summary>The full name this occurrence resolves to, once the article is read.</summary>
    public string? FullName { get; set; }
}
