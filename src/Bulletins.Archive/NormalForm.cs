namespace Bulletins.Archive;

/// <summary>
/// An article body's normal form with the two hashes the archive keys repeats by, computed once per
/// article (on the caller's thread when the batch is written beside it): the lookups, the repeat check
/// and the row each read them, rather than hashing the same text again.
/// </summary>
internal sealed record NormalForm(string Text, long? BodyHash, long? StartHash)
{
    /// <summary>The normal form of <paramref name="paragraphs"/> and its hashes (a teaser has no start hash).</summary>
    public static NormalForm Of(RepeatKeys keys, IReadOnlyList<string> paragraphs, bool isTruncated)
    {
        var text = keys.Normalise(paragraphs);
        return new NormalForm(text, RepeatKeys.BodyHash(text), RepeatKeys.StartHash(text, isTruncated));
    }
}
