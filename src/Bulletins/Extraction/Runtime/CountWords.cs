using System.Collections.Frozen;
namespace Bulletins.Extraction.Runtime;

/// <summary>
/// The words <see cref="CountExtractor"/> reads, from the schema's <c>words:</c> lists (the generated
/// <c>ArticleWords.Counting</c>): wording lives in the schema, the grammar of a count in C#. A schema
/// without a list gets an empty one, and its counts then need the noun right after the number.
/// </summary>
public sealed class CountWords
{
    /// <summary>Builds the lookups from the schema's lists.</summary>
    /// <param name="personNouns">Plural or singular nouns of people (`suspects`, `individuals`): `arrested 12 people`.</param>
    /// <param name="placeNouns">What gets searched (`premises`, `houses`): `searched 7 premises`.</param>
    /// <param name="qualifiers">Words that may stand between a number and its noun (`five new arrests`).</param>
    /// <param name="roleNouns">Singular nouns of one person (`suspect`, `director`): `the main suspect was detained` is one.</param>
    /// <param name="earlierMarkers">Words that put a count in another action (`earlier`, `previous`), before <paramref name="earlierActions"/>.</param>
    /// <param name="earlierActions">The actions those words qualify (`phase`, `operation`): `the previous operation's 12 arrests`.</param>
    public CountWords(
        IEnumerable<string> personNouns,
        IEnumerable<string> placeNouns,
        IEnumerable<string> qualifiers,
        IEnumerable<string> roleNouns,
        IEnumerable<string> earlierMarkers,
        IEnumerable<string> earlierActions)
    {
        PersonNouns = Lookup(personNouns);
        PlaceNouns = Lookup(placeNouns);
        Qualifiers = Lookup(qualifiers);
        RoleNouns = Lookup(roleNouns);
        EarlierMarkers = Lookup(earlierMarkers);
        EarlierActions = Lookup(earlierActions);
    }

    /// <summary>No words: counts need their noun right after the number.</summary>
    public static CountWords None { get; } = new([], [], [], [], [], []);

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierMarkers { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierActions { get; }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
