namespace Bulletins.Querying;

/// <summary>
/// Finds the articles that contain every term of a query and says where. Words match whole words,
/// ignoring case; a phrase matches its words in a row across spaces, line ends and punctuation.
/// </summary>
public static class ArticleSearch
{
    private const int TitleWeight = 3;
    private const int SnippetContext = 30;

    /// <summary>
    /// The hits among <paramref name="articles"/>: filtered, matched, then either streamed in file
    /// order or ranked by score (ties keep file order).
    /// </summary>
    public static IEnumerable<SearchHit> Search(IEnumerable<Article> articles, SearchQuery query, ArticleFilter? filter = null, SearchOrder order = SearchOrder.Relevance)
    {
        var hits = Stream(articles, query, filter ?? ArticleFilter.None);
        // OrderByDescending is a stable sort, so equal scores stay in file order.
        return order == SearchOrder.Relevance ? hits.OrderByDescending(h => h.Score) : hits;
    }

    /// <summary>The hit for one article, or null when the article lacks a term.</summary>
    public static SearchHit? Match(Article article, SearchQuery query)
    {
        if (query.IsEmpty) return new SearchHit(article, 0, []);
        var fields = Fields(article);
        var matches = new List<SearchMatch>();
        double score = 0;
        foreach (var term in query.Terms)
        {
            int found = 0;
            foreach (var field in fields)
            {
                foreach (var (start, end) in Occurrences(field.Text, field.Words, term))
                {
                    found++;
                    score += (field.Paragraph == 0 ? TitleWeight : 1) * term.Words.Count;
                    matches.Add(new SearchMatch(term.Text, field.Paragraph == 0 ? "Title" : "Paragraph", field.Paragraph,
                        field.Line + CountLineEnds(field.Text, start), Snippet(field.Text, start, end)));
                }
            }
            if (found == 0) return null;
        }
        matches.Sort((a, b) => a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph) : a.Line.CompareTo(b.Line));
        return new SearchHit(article, score, matches);
    }

    private static IEnumerable<SearchHit> Stream(IEnumerable<Article> articles, SearchQuery query, ArticleFilter filter)
    {
        foreach (var article in articles)
        {
            if (!filter.Matches(article)) continue;
            if (Match(article, query) is { } hit) yield return hit;
        }
    }

    private sealed record Field(string Text, List<(int Start, int Length)> Words, int Paragraph, int Line);

    /// <summary>The title and each paragraph, with the file line each starts on (see <see cref="SearchMatch.Line"/>).</summary>
    private static List<Field> Fields(Article article)
    {
        var fields = new List<Field> { new(article.Title, WordTokenizer.Words(article.Title), 0, article.Line) };
        // Each paragraph's own line as the reader found it; for an article made by hand (no lines), the
        // canonical layout: title, blank, Source:, blank, then paragraphs separated by one blank line.
        var lines = article.ParagraphLines;
        bool known = lines.Count == article.Paragraphs.Count;
        int line = article.Line + 4;
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            var text = article.Paragraphs[i];
            fields.Add(new Field(text, WordTokenizer.Words(text), i + 1, known ? lines[i] : line));
            line += CountLineEnds(text, text.Length) + 2;
        }
        return fields;
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, List<(int Start, int Length)> words, SearchTerm term)
    {
        int n = term.Words.Count;
        for (int i = 0; i + n <= words.Count; i++)
        {
            bool all = true;
            for (int k = 0; k < n && all; k++)
            {
                var (start, length) = words[i + k];
                all = text.AsSpan(start, length).Equals(term.Words[k], StringComparison.OrdinalIgnoreCase);
            }
            if (all)
            {
                var last = words[i + n - 1];
                yield return (words[i].Start, last.Start + last.Length);
            }
        }
    }

    private static int CountLineEnds(string text, int before) => text.AsSpan(0, before).Count('\n');

    /// <summary>The match with up to <see cref="SnippetContext"/> characters either side, cut at spaces, on one line.</summary>
    private static string Snippet(string text, int start, int end)
    {
        int from = Math.Max(0, start - SnippetContext);
        int to = Math.Min(text.Length, end + SnippetContext);
        if (from > 0)
        {
            int space = text.IndexOfAny([' ', '\n'], from);
            if (space >= 0 && space < start) from = space + 1;
        }
        if (to < text.Length)
        {
            int space = text.LastIndexOfAny([' ', '\n'], to - 1);
            if (space >= end) to = space;
        }
        var snippet = text[from..to].Replace('\n', ' ');
        return (from > 0 ? "…" : "") + snippet + (to < text.Length ? "…" : "");
    }
}
