namespace Bulletins.Reading;

/// <summary>
/// Push-model reader for text that arrives in pieces (ConvertFrom-Bulletin: whole texts or single
/// lines from the pipeline). Returns each article as soon as the next one starts.
/// </summary>
// PLACEHOLDER body: arrives with the reader (issue 2); the signatures are the contract.
public sealed class BulletinParser
{
    public BulletinParser(string name, BulletinReadOptions? options = null)
    {
    }

    /// <summary>Feeds a chunk of text (any size; a chunk without a final line end continues in the next one).</summary>
    public IReadOnlyList<Article> Push(string text) => [];

    /// <summary>Ends the input and returns the articles still pending.</summary>
    public IReadOnlyList<Article> Complete() => [];
}
