namespace Bulletins.Querying;

/// <summary>
/// A text query: words and "quoted phrases", every one of which must occur in an article
/// (case-insensitive, whole words). An empty query matches every article.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms, string text)
    {
        Terms = terms;
        Text = text;
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The words and phrases, in query order, each once.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>True when there is nothing to look for, so every article matches.</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>
    /// Parses <c>EncroChat "money laundering" extradited</c> into a word, a phrase and a word.
    /// Straight and typographic double quotes both delimit phrases; an unclosed quote runs to the end.
    /// </summary>
    public static SearchQuery Parse(string? text) => Parse(text is null ? [] : [text]);

    /// <summary>Parses several query strings (PowerShell's <c>-Query a, "b c"</c>) as one query.</summary>
    public static SearchQuery Parse(IEnumerable<string> texts)
    {
        var terms = new List<SearchTerm>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = string.Join(" ", texts);
        int i = 0;
        while (i < all.Length)
        {
            char c = all[i];
            if (IsQuote(c))
            {
                int close = i + 1;
                while (close < all.Length && !IsQuote(all[close])) close++;
                Add(all[(i + 1)..close]);
                i = close + 1;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                int end = i;
                while (end < all.Length && !char.IsWhiteSpace(all[end]) && !IsQuote(all[end])) end++;
                Add(all[i..end]);
                i = end;
            }
        }
        return new SearchQuery(terms, all.Trim());

        void Add(string raw)
        {
            var words = WordTokenizer.Words(raw).Select(w => raw.Substring(w.Start, w.Length)).ToArray();
            if (words.Length == 0) return;
            var term = new SearchTerm(string.Join(' ', words), words);
            if (seen.Add(term.Text)) terms.Add(term);
        }
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„';

    /// <summary>The query as typed (<see cref="Text"/>).</summary>
    public override string ToString() => Text;
}

/// <summary>One word or phrase of a query.</summary>
/// <param name="Text">The words joined by single spaces.</param>
/// <param name="Words">The words to find one after another.</param>
public sealed record SearchTerm(string Text, IReadOnlyList<string> Words)
{
    /// <summary>True for a quoted phrase of more than one word.</summary>
    public bool IsPhrase => Words.Count > 1;
}
