using System.Collections.Frozen;
namespace Bulletins.Extraction.Text;

/// <summary>The English number words: cardinals, their scales, and the ordinals dates use.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
        // Abbreviations news text uses after digits (`EUR 2.4 bn`, `10 bln`, `3 mln`).
        ["bn"] = 1_000_000_000, ["bln"] = 1_000_000_000, ["mln"] = 1_000_000, ["tln"] = 1_000_000_000_000,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.ToFrozenDictionary(Units.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensLookup = Tens.ToFrozenDictionary(Tens.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.ToFrozenDictionary(Scales.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = Ordinals.ToFrozenDictionary(Ordinals.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word the number and date readers care about: one look-up tells a reader to go on or skip.</summary>
    private static readonly HashSet<string> AnyNumberWord = new(
        Units.Keys.Concat(Tens.Keys).Concat(Scales.Keys).Concat(Ordinals.Keys), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyLookup = AnyNumberWord.ToFrozenSet(AnyNumberWord.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every cardinal, tens, scale and ordinal word.</summary>
    public static IEnumerable<string> All => AnyNumberWord;

    /// <summary>True for any cardinal, tens, scale or ordinal word.</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) => word.Length <= 11 && AnyLookup.Contains(word);

    public static bool TryUnit(ReadOnlySpan<char> word, out int value) => UnitLookup.TryGetValue(word, out value);
    public static bool TryTens(ReadOnlySpan<char> word, out int value) => TensLookup.TryGetValue(word, out value);
    public static bool TryScale(ReadOnlySpan<char> word, out long value) => ScaleLookup.TryGetValue(word, out value);
    public static bool TryOrdinal(ReadOnlySpan<char> word, out int value) => OrdinalLookup.TryGetValue(word, out value);

    /// <summary>True for the scale words written out in full (not the abbreviations).</summary>
    public static bool IsSpelledScale(ReadOnlySpan<char> word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trillion", StringComparison.OrdinalIgnoreCase);

    public static bool IsDigitSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);
}
