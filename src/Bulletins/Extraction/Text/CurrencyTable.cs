using System.Collections.Frozen;
using System.Globalization;

namespace Bulletins.Extraction.Text;

/// <summary>
/// How texts name currencies: signs (<c>€</c>, <c>$</c>, <c>£</c>), ISO 4217 codes (from the .NET region
/// data, so the list stays maintained), and words with their qualifying adjectives (<c>US dollars</c>,
/// <c>Swiss francs</c>, <c>pounds sterling</c>).
/// </summary>
internal static class CurrencyTable
{
    private static readonly Dictionary<string, string> Signs = new()
    {
        ["€"] = "EUR", ["$"] = "USD", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB", ["₴"] = "UAH", ["₺"] = "TRY", ["₹"] = "INR",
    };

    /// <summary>Letters glued before a dollar sign: <c>US$</c>, <c>C$</c>, <c>A$</c>, <c>HK$</c>, <c>NZ$</c>.</summary>
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["USD"] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD",
    };

    /// <summary>Currency nouns, singular and plural, with the code they mean when nothing qualifies them.</summary>
    private static readonly Dictionary<string, string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["euro"] = "EUR", ["euros"] = "EUR", ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["franc"] = "CHF", ["francs"] = "CHF", ["rouble"] = "RUB", ["roubles"] = "RUB",
        ["ruble"] = "RUB", ["rubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["zloty"] = "PLN", ["zlotys"] = "PLN",
        ["forint"] = "HUF", ["forints"] = "HUF", ["lira"] = "TRY", ["liras"] = "TRY", ["lei"] = "RON", ["leu"] = "RON",
        ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK", ["kroner"] = "NOK", ["yuan"] = "CNY", ["renminbi"] = "CNY",
    };

    /// <summary>Adjectives that say whose dollar, krone or franc it is.</summary>
    private static readonly Dictionary<string, string> Qualified = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US dollar"] = "USD", ["American dollar"] = "USD", ["Canadian dollar"] = "CAD", ["Australian dollar"] = "AUD",
        ["Hong Kong dollar"] = "HKD", ["Singapore dollar"] = "SGD", ["Zealand dollar"] = "NZD",
        ["British pound"] = "GBP", ["Swiss franc"] = "CHF", ["Danish krone"] = "DKK", ["Norwegian krone"] = "NOK",
        ["Swedish krona"] = "SEK", ["Czech koruna"] = "CZK", ["Russian rouble"] = "RUB", ["Russian ruble"] = "RUB",
        ["Turkish lira"] = "TRY", ["Chinese yuan"] = "CNY", ["Japanese yen"] = "JPY", ["Polish zloty"] = "PLN",
    };

    /// <summary>Codes that are also English words written in capitals (`ALL 12 SUSPECTS`): never currencies here.</summary>
    private static readonly string[] EnglishWords = ["ALL", "TOP", "CUP", "MOP", "SOS", "GEL", "XXX"];

    private static readonly HashSet<string> IsoCodes = BuildIsoCodes();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SignLookup = Signs.ToFrozenDictionary(Signs.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NounLookup = Nouns.ToFrozenDictionary(Nouns.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixLookup = DollarPrefixes.ToFrozenDictionary(DollarPrefixes.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IsoLookup = IsoCodes.ToFrozenSet(IsoCodes.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TrySign(ReadOnlySpan<char> symbol, out string code) => SignLookup.TryGetValue(symbol, out code!);

    public static bool TryDollarPrefix(ReadOnlySpan<char> word, out string code) => DollarPrefixLookup.TryGetValue(word, out code!);

    public static bool TryNoun(ReadOnlySpan<char> word, out string code) => NounLookup.TryGetValue(word, out code!);

    /// <summary>The code for an adjective + noun (<c>Swiss francs</c>); the noun may be plural.</summary>
    public static bool TryQualified(ReadOnlySpan<char> adjective, ReadOnlySpan<char> noun, out string code)
    {
        code = "";
        if (!TryNoun(noun, out _)) return false;
        var singular = noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) && noun.Length > 4 ? noun[..^1] : noun;
        var key = string.Concat(adjective, " ", singular);
        return Qualified.TryGetValue(key, out code!);
    }

    /// <summary>
    /// An ISO 4217 code. Upper case only (<c>ALL</c> is the lek, <c>all</c> is a word), except the
    /// three codes common enough in lower-case text (<c>usd</c>, <c>eur</c>, <c>gbp</c>).
    /// </summary>
    public static bool TryCode(ReadOnlySpan<char> word, out string code)
    {
        code = "";
        if (word.Length != 3) return false;
        Span<char> upper = stackalloc char[3];
        word.ToUpperInvariant(upper);
        bool isUpper = word.SequenceEqual(upper);
        if (!isUpper && !(upper.SequenceEqual("USD") || upper.SequenceEqual("EUR") || upper.SequenceEqual("GBP"))) return false;
        if (!IsoLookup.Contains(upper)) return false;
        code = upper.ToString();
        return true;
    }

    /// <summary><c>MUSD</c>, <c>MEUR</c>: millions of the code that follows the M.</summary>
    public static bool TryMillionCode(ReadOnlySpan<char> word, out string code)
    {
        code = "";
        return word.Length == 4 && (word[0] is 'M' or 'm') && TryCode(word[1..], out code) && (char.IsUpper(word[1]) || !char.IsUpper(word[0]));
    }

    private static HashSet<string> BuildIsoCodes()
    {
        // The region data names the currency of every country .NET knows; the euro, dollar and pound
        // are added in case the runtime runs without ICU (globalization-invariant mode).
        var codes = new HashSet<string>(StringComparer.Ordinal) { "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "RUB", "UAH", "CAD", "AUD" };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var symbol = new RegionInfo(culture.Name).ISOCurrencySymbol;
                if (symbol.Length == 3 && symbol.All(char.IsAsciiLetterUpper) && !EnglishWords.Contains(symbol)) codes.Add(symbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region: nothing to add.
            }
        }
        return codes;
    }

    /// <summary>`US`, `U.S.` or `u.s` as tokens from <paramref name="i"/>, the country a dollar or a `$` belongs to; <paramref name="last"/> is its last token.</summary>
    /// <param name="t">The tokenised text.</param>
    /// <param name="i">The first token.</param>
    /// <param name="last">The abbreviation's last token.</param>
    /// <returns>True when the tokens are the abbreviation.</returns>
    public static bool IsUsAbbreviation(TokenText t, int i, out int last)
    {
        last = i;
        if (t.Is(i, "US") && t.Span(i).SequenceEqual("US")) return true;
        if (!t.Is(i, "u") || !t.IsSymbol(i + 1, '.') || !t.Is(i + 2, "s")) return false;
        last = t.IsSymbol(i + 3, '.') && t.Touches(i + 3) ? i + 3 : i + 2;
        return true;
    }
}
