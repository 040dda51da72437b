namespace Bulletins.Extraction.Text;

/// <summary>
/// Finds the longest listed phrase that starts at a token: phrases are stored as token sequences
/// (`U.S.` is U . S .), looked up by their first token, so a match costs a few comparisons.
/// </summary>
internal sealed class PhraseMatcher<TValue>
{
    private readonly StringComparison _comparison;
    private readonly Dictionary<string, List<(string[] Tokens, TValue Value)>> _byFirst;

    // A view of the same dictionary that looks up spans; made once, since making one costs a check.
    private readonly Dictionary<string, List<(string[] Tokens, TValue Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher(StringComparison comparison)
    {
        _comparison = comparison;
        _byFirst = new(comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(string phrase, TValue value)
    {
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

    public bool TryMatch(TokenText t, int index, out TValue value, out int last)
    {
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
