namespace Bulletins.Extraction.Text;

/// <summary>
/// A scale word with an article or a fraction before it instead of digits: <c>a billion</c>,
/// <c>half a billion</c>, <c>a half million</c>, <c>a quarter of a million</c>, <c>three quarters of a
/// million</c>, <c>two thirds of a billion</c>. Only scales of a thousand or more: <c>a hundred</c> reads
/// as well as "about a hundred" and is left to the number reader.
/// </summary>
internal static class FractionScale
{
    /// <summary>The words such a phrase can start with: <see cref="TextAnchors"/> marks them as number words, so money visits them.</summary>
    public static readonly string[] Starters = ["half", "quarter", "third", "three", "two", "a", "one"];

    public static bool TryRead(TokenText t, int i, out NumberMatch match)
    {
        match = default;
        if (!t.IsWord(i)) return false;
        int k = i;
        decimal fraction;
        bool article = t.Is(k, "a") || t.Is(k, "one");
        if (article) k++;
        if (t.Is(k, "half")) { fraction = 0.5m; k++; }
        else if (t.Is(k, "quarter")) { fraction = 0.25m; k++; }
        else if (t.Is(k, "third")) { fraction = 1m / 3; k++; }
        else if (!article && t.Is(k, "three") && t.Is(k + 1, "quarters")) { fraction = 0.75m; k += 2; }
        else if (!article && t.Is(k, "two") && t.Is(k + 1, "thirds")) { fraction = 2m / 3; k += 2; }
        // `a billion`; `one billion` is the number reader's, which also reads what follows (`one million two hundred thousand`).
        else if (t.Is(i, "a")) fraction = 1m;
        else return false;
        // `half a billion`, `a quarter of a million`; `a half million` needs no second article.
        if (fraction != 1m)
        {
            if (t.Is(k, "of")) k++;
            if (t.Is(k, "a")) k++;
        }
        if (!t.IsWord(k) || !NumberWords.TryScale(t.Span(k), out long scale) || scale < 1000) return false;
        // Thirds are not exact: round to whole units, as a writer would.
        match = new NumberMatch(decimal.Round(fraction * scale), i, k, InWords: true, Scaled: true);
        return true;
    }
}
