namespace Bulletins.Extraction.Text;

/// <summary>
/// Finds the longest listed phrase that starts at a token: phrases are stored as token sequences
/// (`U.S.` is U . S .), looked up by their first token, so a match costs a few comparisons.
/// Parts of a phrase that touch (<c>U.S.</c>) must touch in the text, words apart must be apart.
/// Not thread-safe while phrases are added; matching from several threads once built is safe.
/// </summary>
/// <typeparam name="TValue">What a phrase stands for (a country code, a currency).</typeparam>
public sealed class PhraseMatcher<TValue>
{
    private readonly StringComparison _comparison;
    private readonly Dictionary<string, List<(string[] Tokens, TValue Value)>> _byFirst;

    // A view of the same dictionary that looks up spans; made once, since making one costs a check.
    private readonly Dictionary<string, List<(string[] Tokens, TValue Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty matcher comparing tokens with <paramref name="comparison"/> (<see cref="StringComparison.Ordinal"/> or, for any other value, ordinal ignoring case).</summary>
    /// <param name="comparison">How tokens are compared.</param>
    public PhraseMatcher(StringComparison comparison)
    {
        _comparison = comparison;
        _byFirst = new(comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds <paramref name="phrase"/> (tokenised as text is), replacing an earlier value of the same phrase; a phrase without tokens is ignored.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="value">What it stands for.</param>
    public void Add(string phrase, TValue value)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var t = new TokenText(phrase);
        if (t.Count == 0) return;
        var tokens = new string[t.Count];
        for (int i = 0; i < t.Count; i++) tokens[i] = t.Span(i).ToString();
        if (!_byFirst.TryGetValue(tokens[0], out var list)) _byFirst[tokens[0]] = list = [];
        list.RemoveAll(entry => entry.Tokens.AsSpan().SequenceEqual(tokens));
        list.Add((tokens, value));
        // Longest first, so the first that matches is the longest.
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    /// <summary>The longest phrase that starts at token <paramref name="index"/> of <paramref name="t"/>.</summary>
    /// <param name="t">The tokenised text.</param>
    /// <param name="index">Where the phrase must start.</param>
    /// <param name="value">The phrase's value, or default.</param>
    /// <param name="last">The index of the phrase's last token, or <paramref name="index"/>.</param>
    /// <returns>True when a phrase matches.</returns>
    public bool TryMatch(TokenText t, int index, out TValue value, out int last)
    {
        ArgumentNullException.ThrowIfNull(t);
        value = default!;
        last = index;
        if (index < 0 || index >= t.Count) return false;
        if (!_lookup.TryGetValue(t.Span(index), out var candidates)) return false;
        foreach (var (tokens, candidate) in candidates)
        {
            if (index + tokens.Length > t.Count) continue;
            bool matches = true;
            for (int k = 1; k < tokens.Length && matches; k++)
            {
                matches = t.Span(index + k).Equals(tokens[k], _comparison)
                    // `U.S.` is one name: its parts touch; words of a name are apart.
                    && (t.Tokens[index + k].Kind == TokenKind.Symbol || t.Tokens[index + k - 1].Kind == TokenKind.Symbol) == t.Touches(index + k);
            }
            // A name ends at a word boundary: `Niger` is not the start of `Nigeria` (tokens already see to that),
            // and `US` in `US-led` is still the US.
            if (!matches) continue;
            value = candidate;
            last = index + tokens.Length - 1;
            return true;
        }
        return false;
    }
}
