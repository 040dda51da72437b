using System.Collections.Frozen;

namespace Bulletins.Extraction.Text;

/// <summary>
/// The verbs a person is named beside: speech verbs (`Jake Sullivan said`, `said Jane Doe`) and verbs
/// whose object is a person (`The court sentenced Jane Doe to`, `police arrested Jane Doe`). The people
/// grammar reads them, and <see cref="TextAnchors"/> marks them as <see cref="AnchorClass.PersonVerb"/>.
/// </summary>
internal static class PersonVerbs
{
    private static readonly string[] Speech =
    [
        "said", "says", "added", "adds", "noted", "notes", "stated", "states", "stressed", "stresses", "told", "tells",
        "explained", "explains", "underlined", "underlines", "highlighted", "highlights", "emphasised", "emphasized",
        "emphasises", "emphasizes", "remarked", "commented", "declared", "concluded", "warned", "urged", "announced",
        "insisted", "recalled", "observed", "affirmed", "acknowledged", "welcomed", "thanked", "met", "visited", "chaired",
    ];

    /// <summary>Verbs whose object is a person, so a name of two or more words right after one is a person.</summary>
    private static readonly string[] PersonObject =
    [
        "sentenced", "convicted", "acquitted", "arrested", "detained", "extradited", "charged", "indicted", "prosecuted",
        "questioned", "interviewed", "apprehended", "surrendered", "appointed", "elected", "nominated", "congratulated",
        "succeeded", "replaced", "succeeds", "replaces", "appoints", "elects",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechLookup = Speech.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonObjectLookup = PersonObject.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Both lists.</summary>
    public static IEnumerable<string> All => Speech.Concat(PersonObject);

    /// <summary>A speech verb, as written (lower case).</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechLookup.Contains(word);

    /// <summary>A verb whose object is a person, as written (lower case).</summary>
    public static bool IsPersonObjectVerb(ReadOnlySpan<char> word) => PersonObjectLookup.Contains(word);
}
