using System.Collections.Frozen;

namespace Bulletins.Extraction.Text;

/// <summary>
/// The verbs a person is named beside: speech verbs (`Jake Sullivan said`, `said Jane Doe`) and verbs
/// whose object is a person (`The court sentenced Jane Doe to`, `police arrested Jane Doe`). The people
/// grammar reads them, and <see cref="TextAnchors"/> marks them as <see cref="AnchorClass.PersonVerb"/>. The
/// words are the schema's lists <c>speechVerbs</c>, <c>meetingVerbs</c> (read as speech verbs) and
/// <c>personObjectVerbs</c>; the grammar is here.
/// </summary>
internal static class PersonVerbs
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = ArticleWords.SpeechVerbs.Concat(ArticleWords.MeetingVerbs).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonObjectLookup = ArticleWords.PersonObjectVerbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All three lists.</summary>
    public static IEnumerable<string> All => ArticleWords.SpeechVerbs.Concat(ArticleWords.MeetingVerbs).Concat(ArticleWords.PersonObjectVerbs);

    /// <summary>A speech or meeting verb, as written (lower case).</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechLookup.Contains(word);

    /// <summary>A verb whose object is a person, as written (lower case).</summary>
    public static bool IsPersonObjectVerb(ReadOnlySpan<char> word) => PersonObjectLookup.Contains(word);
}
