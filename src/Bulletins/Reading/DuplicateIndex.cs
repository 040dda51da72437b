namespace Bulletins.Reading;

/// <summary>Remembers normalised bodies so that a later article repeating one is marked as its duplicate.</summary>
// PLACEHOLDER body: arrives with the reader (issue 2).
public sealed class DuplicateIndex
{
    /// <summary>Returns the id of the earlier article with the same normalised body, or records this one and returns null.</summary>
    public string? FindOrAdd(ArticleDraft draft, string id) => null;
}
