using System.Collections.Frozen;
using Bulletins.Extraction.Text;

namespace Bulletins.Extraction.Extractors.Money;

/// <summary>
/// Finds amounts of money in a tokenised text: a currency before the number (<c>EUR 240 000</c>,
/// <c>€1.3 million</c>, <c>$ 48.2 million</c>, <c>€27.5m</c>, <c>US$ 10 billion</c>, <c>USD115</c>) or after it
/// (<c>4.5 billion dollars</c>, <c>7 billion US dollars</c>, <c>323 million euros</c>, <c>75 USD million</c>,
/// <c>10 €</c>, <c>30 MUSD</c>), with cents (<c>3 dollars 50 cents</c>, <c>thirteen dollars and forty-five cents</c>).
/// </summary>
/// <remarks>
/// Qualifiers such as <c>more than</c>, <c>over</c>, <c>at least</c>, <c>some</c> stay out of both the
/// text and the amount: the amount is the figure the text gives, and the text is what names it.
/// The scan is linear: each attempt looks at a bounded number of tokens.
/// </remarks>
internal static class MoneyGrammar
{
    public static List<MoneyFinding> Find(string text)
    {
        List<MoneyFinding>? found = null;
        Find(new TextSegment(text, 1, IsTitle: false), ref found);
        return found ?? [];
    }

    /// <summary>Money starts with a sign, a code (`EUR`, `US$`, `u.s`), digits or a number word: only those tokens are visited.</summary>
    private const AnchorClass Starts = AnchorClass.CurrencySign | AnchorClass.CurrencyCode | AnchorClass.Digits | AnchorClass.NumberWord;

    /// <summary>Adds the segment's amounts to <paramref name="found"/>, made when the first is found.</summary>
    public static void Find(TextSegment segment, ref List<MoneyFinding>? found)
    {
        string text = segment.Text;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !MightHoldWordAmount(text)) return;
        var t = segment.Tokens;
        var anchors = t.Anchors;
        int i = 0;
        while ((i = anchors.Next(Starts, i)) >= 0)
        {
            if (TryCurrencyFirst(t, i, out var finding, out int last) || TryNumberFirst(t, i, out finding, out last))
            {
                (found ??= []).Add(finding);
                i = last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Amounts written in words (`thirteen dollars`) have no digit but do name a currency.</summary>
    private static bool MightHoldWordAmount(string text) =>
        text.Contains("dollar", StringComparison.OrdinalIgnoreCase) || text.Contains("euro", StringComparison.OrdinalIgnoreCase)
        || text.Contains("pound", StringComparison.OrdinalIgnoreCase) || text.Contains("USD", StringComparison.OrdinalIgnoreCase);

    /// <summary>Scale abbreviations written glued to the digits after a currency (`€27.5m`, `£3bn`, `$40k`).</summary>
    private static readonly Dictionary<string, long> GluedScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1_000, ["K"] = 1_000, ["m"] = 1_000_000, ["M"] = 1_000_000, ["mn"] = 1_000_000, ["mln"] = 1_000_000,
        ["bn"] = 1_000_000_000, ["bln"] = 1_000_000_000, ["BN"] = 1_000_000_000,
    };

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> GluedScaleLookup = GluedScales.ToFrozenDictionary(GluedScales.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryCurrencyFirst(TokenText t, int i, out MoneyFinding finding, out int last)
    {
        finding = default;
        last = i;
        if (!TryPrefix(t, i, out string currency, out int prefixLast)) return false;
        int n = prefixLast + 1;
        if (n >= t.Count) return false;
        // `$ 48.2 million` may have a space, but not a line break, between sign and number.
        if (t.GapBefore(n).IndexOfAny('\n', '\r') >= 0) return false;
        if (!NumberReader.TryRead(t, n, out var number, allowGlued: true)) return false;
        decimal amount = number.Value;
        last = number.Last;
        // `€27.5m`, `£3bn`, `$40k`: a scale abbreviation glued to the digits, read only after a currency,
        // where it cannot be a unit (`a 5m boat`).
        if (!number.Scaled && last + 1 < t.Count && t.IsWord(last + 1) && t.Touches(last + 1)
            && GluedScaleLookup.TryGetValue(t.Span(last + 1), out long gluedScale))
        {
            if (!NumberReader.TryMultiply(amount, gluedScale, out amount)) return false;
            last += 1;
        }
        // `USD 22.5 million dollars` is rare; `$10 dollars` would read the noun twice: leave it.
        finding = new MoneyFinding(t.Tokens[i].Start, t.Tokens[last].End, NumberReader.Normalise(amount), currency);
        return true;
    }

    private static bool TryNumberFirst(TokenText t, int i, out MoneyFinding finding, out int last)
    {
        finding = default;
        last = i;
        // `half a billion euros`, `a quarter of a million dollars`, `a billion pounds`.
        if (!FractionScale.TryRead(t, i, out var number) && !NumberReader.TryRead(t, i, out number, allowGlued: true)) return false;
        // Glued letters are only allowed when they are the code itself (`115USD`).
        int j = number.Last + 1;
        if (j >= t.Count) return false;
        decimal amount = number.Value;
        string? currency = null;
        int currencyLast = j;
        if (t.IsWord(j))
        {
            var word = t.Span(j);
            if (j + 1 < t.Count && t.IsWord(j + 1) && CurrencyTable.TryQualified(word, t.Span(j + 1), out var qualified))
            {
                currency = qualified;
                currencyLast = j + 1;
            }
            else if (CurrencyTable.IsUsAbbreviation(t, j, out int usLast) && usLast + 1 < t.Count && t.IsWord(usLast + 1)
                     && t.Span(usLast + 1).StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
            {
                currency = "USD";
                currencyLast = usLast + 1;
            }
            else if (t.Is(j, "New") && t.Is(j + 1, "Zealand") && j + 2 < t.Count && t.Span(j + 2).StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
            {
                currency = "NZD";
                currencyLast = j + 2;
            }
            else if (CurrencyTable.TryNoun(word, out var noun))
            {
                currency = noun;
                // `pounds sterling`
                if (t.Is(j + 1, "sterling")) currencyLast = j + 1;
            }
            else if (CurrencyTable.TryCode(word, out var code))
            {
                currency = code;
            }
            else if (CurrencyTable.TryMillionCode(word, out var millions))
            {
                currency = millions;
                if (!NumberReader.TryMultiply(amount, 1_000_000, out amount)) return false;
            }
        }
        else if (t.Tokens[j].Kind == TokenKind.Symbol && CurrencyTable.TrySign(t.Span(j), out var sign)
                 // `1 $10` is ten dollars, not one.
                 && !(j + 1 < t.Count && t.Touches(j + 1) && t.IsNumber(j + 1)))
        {
            currency = sign;
        }
        if (currency is null) return false;
        // `3 USD50`: the code belongs to the number glued after it.
        if (currencyLast + 1 < t.Count && t.Touches(currencyLast + 1) && t.IsNumber(currencyLast + 1)) return false;
        // Digits glued to letters are only money when those letters are the currency (`115USD`).
        if (t.Touches(j) && t.IsWord(j) && !CurrencyTable.TryCode(t.Span(j), out _)) return false;
        if (number.First > 0 && t.Touches(number.First) && t.IsWord(number.First - 1)) return false;
        last = currencyLast;
        // `75 USD million`: the scale after the code.
        if (!number.Scaled && last + 1 < t.Count && t.IsWord(last + 1) && NumberWords.IsSpelledScale(t.Span(last + 1))
            && NumberWords.TryScale(t.Span(last + 1), out long scale) && scale >= 1000)
        {
            if (!NumberReader.TryMultiply(amount, scale, out amount)) return false;
            last += 1;
        }
        else if (!number.Scaled && amount == decimal.Truncate(amount) && amount < decimal.MaxValue - 1 && TryCents(t, last + 1, out decimal cents, out int centsLast))
        {
            amount += cents;
            last = centsLast;
        }
        finding = new MoneyFinding(t.Tokens[i].Start, t.Tokens[last].End, NumberReader.Normalise(amount), currency);
        return true;
    }

    /// <summary>`50 cents`, `and forty-five cents`, `and 15` at the end of a clause.</summary>
    private static bool TryCents(TokenText t, int i, out decimal cents, out int last)
    {
        cents = 0;
        last = i;
        if (t.Is(i, "and")) i++;
        if (!NumberReader.TryRead(t, i, out var number) || number.Scaled || number.Value is < 1 or > 99 || number.Value != decimal.Truncate(number.Value))
            return false;
        int next = number.Last + 1;
        if (t.Is(next, "cents") || t.Is(next, "cent") || t.Is(next, "pence") || t.Is(next, "p"))
        {
            last = next;
        }
        else if (next >= t.Count || t.Tokens[next].Kind == TokenKind.Symbol && !t.IsSymbol(next, "%$€£"))
        {
            last = number.Last;
        }
        else
        {
            return false;
        }
        cents = number.Value / 100;
        return true;
    }

    private static bool TryPrefix(TokenText t, int i, out string currency, out int last)
    {
        currency = "";
        last = i;
        var token = t.Tokens[i];
        if (token.Kind == TokenKind.Symbol)
        {
            if (!CurrencyTable.TrySign(t.Span(i), out currency)) return false;
            return true;
        }
        if (token.Kind != TokenKind.Word) return false;
        var word = t.Span(i);
        // `US$ 10`, `US $ 150`, `HK$5`, `usd$ 15`.
        if (t.IsSymbol(i + 1, '$') && (t.Touches(i + 1) || word.Length == 2) && CurrencyTable.TryDollarPrefix(word, out currency))
        {
            if (i > 0 && t.Touches(i) && t.IsWord(i - 1)) return false;
            last = i + 1;
            return true;
        }
        // `u.s $ 100`, `U.S. $ 100`
        if (CurrencyTable.IsUsAbbreviation(t, i, out int usLast) && t.IsSymbol(usLast + 1, '$'))
        {
            currency = "USD";
            last = usLast + 1;
            return true;
        }
        if (CurrencyTable.TryCode(word, out currency))
        {
            if (i > 0 && t.Touches(i) && (t.IsWord(i - 1) || t.IsNumber(i - 1))) return false;
            return true;
        }
        return false;
    }
}
