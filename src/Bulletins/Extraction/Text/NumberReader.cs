namespace Bulletins.Extraction.Text;

/// <summary>
/// Reads cardinal numbers at a token position: digits with thousands separators (<c>1,000</c>,
/// <c>6 500</c> with a space, no-break space or narrow no-break space, Eurojust's <c>10.105</c>),
/// decimals (<c>1.3</c>), a scale word after digits (<c>2 million</c>, <c>4.5 bn</c>) and numbers in
/// words (<c>five</c>, <c>twenty-one</c>, <c>two hundred and fifty</c>, <c>three million</c>).
/// </summary>
/// <remarks>
/// A dot followed by exactly three digits is a thousands separator (<c>90.000 forces</c>) unless a
/// scale word follows (<c>1.300 million</c> stays a decimal): bulletins from continental agencies
/// write thousands that way, and a three-decimal figure is rare in press text. Digits glued to
/// letters (<c>180ml</c>, <c>4th</c>, <c>A4</c>) are not cardinals.
/// </remarks>
public static class NumberReader
{
    /// <summary>Reads the number that starts at token <paramref name="index"/>, in digits or in words.</summary>
    /// <param name="t">The tokenised text.</param>
    /// <param name="index">Where the number must start.</param>
    /// <param name="match">The number read.</param>
    /// <param name="allowGlued">Accept digits glued to letters, for currency codes (<c>USD115</c>, <c>115USD</c>).</param>
    /// <returns>True when a number starts there.</returns>
    public static bool TryRead(TokenText t, int index, out NumberMatch match, bool allowGlued = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        match = default;
        if (index >= t.Count) return false;
        return t.Tokens[index].Kind switch
        {
            TokenKind.Number => TryReadDigits(t, index, out match, allowGlued),
            TokenKind.Word => TryReadWords(t, index, out match),
            _ => false,
        };
    }

    /// <summary>Every number in a text, left to right, as (start, end, value): character offsets, end exclusive.</summary>
    /// <param name="text">The text.</param>
    public static List<(int Start, int End, decimal Value)> FindAll(string text)
    {
        var found = new List<(int, int, decimal)>();
        var t = new TokenText(text);
        int i = 0;
        while (i < t.Count)
        {
            if (TryRead(t, i, out var match))
            {
                found.Add((t.Tokens[match.First].Start, t.Tokens[match.Last].End, match.Value));
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static bool TryReadDigits(TokenText t, int index, out NumberMatch match, bool allowGlued)
    {
        match = default;
        if (!allowGlued && GluedToWord(t, index, before: true)) return false;
        var first = t.Span(index);
        decimal value = ParseInt(first);
        int last = index;
        char separator = '\0';
        // Thousands groups: `1,234,567`, `6 500`, `10.105`.
        if (first.Length <= 3)
        {
            while (true)
            {
                if (separator is '\0' or ' ' && last + 1 < t.Count && IsSpaceSeparator(t, last + 1) && IsGroup(t, last + 1))
                {
                    separator = ' ';
                    last += 1;
                }
                else if (last + 2 < t.Count && t.IsSymbol(last + 1, ",.") && t.Touches(last + 1) && t.Touches(last + 2)
                    && IsGroup(t, last + 2) && (separator == '\0' || separator == t.Text[t.Tokens[last + 1].Start])
                    && (t.Text[t.Tokens[last + 1].Start] == ',' || DotIsThousands(t, last + 2)))
                {
                    separator = t.Text[t.Tokens[last + 1].Start];
                    last += 2;
                }
                else
                {
                    break;
                }
                // Past decimal's range (ten or more groups) it is no quantity a text states: no number.
                if (!TryMultiplyAdd(value, 1000, ParseInt(t.Span(last)), out value)) return false;
            }
        }
        // A decimal part: `1.3`, `1,674,200.5`; not after dot thousands (`1.234.5` is no number).
        if (separator != '.' && last + 2 < t.Count && t.IsSymbol(last + 1, '.') && t.Touches(last + 1) && t.Touches(last + 2)
            && t.IsNumber(last + 2))
        {
            if (!TryMultiplyAdd(value, 1, ParseFraction(t.Span(last + 2)), out value)) return false;
            last += 2;
        }
        // A decimal comma, only where a scale word follows and so the comma cannot be thousands:
        // continental `EUR 4,2 million`, `1,25 billion`.
        else if (separator == '\0' && last + 3 < t.Count && t.IsSymbol(last + 1, ',') && t.Touches(last + 1) && t.Touches(last + 2)
            && t.IsNumber(last + 2) && t.Tokens[last + 2].Length <= 2 && t.IsWord(last + 3) && !t.Touches(last + 3)
            && NumberWords.IsSpelledScale(t.Span(last + 3)))
        {
            if (!TryMultiplyAdd(value, 1, ParseFraction(t.Span(last + 2)), out value)) return false;
            last += 2;
        }
        if (!allowGlued && GluedToWord(t, last, before: false)) return false;
        // A scale after the digits: `2 million`, `EUR 4.5 bn`.
        bool scaled = false;
        if (last + 1 < t.Count && t.IsWord(last + 1) && !t.Touches(last + 1) && NumberWords.TryScale(t.Span(last + 1), out long scale))
        {
            if (!TryMultiplyAdd(value, scale, 0, out value)) return false;
            last += 1;
            scaled = true;
        }
        match = new NumberMatch(Normalise(value), index, last, InWords: false, scaled);
        return true;
    }

    private static bool TryReadWords(TokenText t, int index, out NumberMatch match)
    {
        match = default;
        if (!NumberWords.IsNumberWord(t.Span(index))) return false;
        decimal total = 0, current = 0;
        int last = -1;
        // What the previous word was, to refuse sequences such as `two three` or `five and six`.
        var previous = WordClass.None;
        int i = index;
        while (i < t.Count && t.IsWord(i))
        {
            var word = t.Span(i);
            if (NumberWords.TryUnit(word, out int unit))
            {
                if (previous is WordClass.Unit) break;
                if (previous is WordClass.Tens && unit is 0 or >= 10) break;
                current += unit;
                previous = WordClass.Unit;
            }
            else if (NumberWords.TryTens(word, out int tens))
            {
                if (previous is WordClass.Unit or WordClass.Tens) break;
                current += tens;
                previous = WordClass.Tens;
            }
            else if (previous != WordClass.None && NumberWords.IsSpelledScale(word) && NumberWords.TryScale(word, out long scale))
            {
                if (scale == 100)
                {
                    if (previous is WordClass.Hundred) break;
                    current = (current == 0 ? 1 : current) * 100;
                    previous = WordClass.Hundred;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    previous = WordClass.Scale;
                }
            }
            else
            {
                break;
            }
            last = i;
            // Joiners: a hyphen (`twenty-one`, `fifty - two`) or `and` after a scale (`one hundred and six`).
            int next = i + 1;
            if (t.IsSymbol(next, "-‐") && previous is WordClass.Tens && next + 1 < t.Count && NumberWords.TryUnit(t.Span(next + 1), out int u) && u is > 0 and < 10)
            {
                i = next + 1;
                continue;
            }
            if (t.Is(next, "and") && previous is WordClass.Hundred or WordClass.Scale && next + 1 < t.Count
                && (NumberWords.TryUnit(t.Span(next + 1), out _) || NumberWords.TryTens(t.Span(next + 1), out _)))
            {
                i = next + 1;
                continue;
            }
            i = next;
        }
        if (last < 0) return false;
        match = new NumberMatch(total + current, index, last, InWords: true, Scaled: false);
        return true;
    }

    private enum WordClass { None, Unit, Tens, Hundred, Scale }

    private static bool IsSpaceSeparator(TokenText t, int index)
    {
        var gap = t.GapBefore(index);
        return gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F' or '\u2009';
    }

    private static bool IsGroup(TokenText t, int index) =>
        t.IsNumber(index) && t.Tokens[index].Length == 3 && !GluedToWord(t, index, before: false);

    private static bool DotIsThousands(TokenText t, int groupIndex)
    {
        // `1.300 million` and `1.300 bn` are decimals with a scale.
        int next = groupIndex + 1;
        if (next < t.Count && t.IsWord(next) && NumberWords.TryScale(t.Span(next), out _)) return false;
        return true;
    }

    private static bool GluedToWord(TokenText t, int index, bool before) => before
        ? index > 0 && t.Touches(index) && t.Tokens[index - 1].Kind == TokenKind.Word
        : index + 1 < t.Count && t.Touches(index + 1) && t.Tokens[index + 1].Kind == TokenKind.Word;

    /// <summary>Drops trailing zeros a scale leaves (`5.5 billion` is 5500000000, not 5500000000.0).</summary>
    internal static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal ParseInt(ReadOnlySpan<char> digits)
    {
        decimal value = 0;
        foreach (char c in digits.Length > 28 ? digits[..28] : digits) value = value * 10 + (c - '0');
        return value;
    }

    /// <summary><c>value * factor</c>, false where that leaves decimal's range (a scale on a huge amount).</summary>
    internal static bool TryMultiply(decimal value, decimal factor, out decimal result) => TryMultiplyAdd(value, factor, 0, out result);

    /// <summary><c>value * factor + addend</c>, false where that leaves decimal's range.</summary>
    private static bool TryMultiplyAdd(decimal value, decimal factor, decimal addend, out decimal result)
    {
        const decimal Max = decimal.MaxValue;
        result = 0;
        if (value > (Max - addend) / factor) return false;
        result = value * factor + addend;
        return true;
    }

    /// <summary>The digits after a decimal point as a fraction; digits past decimal's precision are dropped, not misread.</summary>
    private static decimal ParseFraction(ReadOnlySpan<char> digits)
    {
        var kept = digits.Length > 28 ? digits[..28] : digits;
        decimal scale = 1;
        for (int i = 0; i < kept.Length; i++) scale *= 10;
        return ParseInt(kept) / scale;
    }
}
