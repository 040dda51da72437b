using Bulletins.Querying;

namespace Bulletins.Archive;

/// <summary>
/// FTS5's bm25 (k1 1.2, b 0.75, the title weighing 3, the body 1), computed in C# for the rows of one
/// ranked window from their title and body, with every term weighing the same. FTS5's own bm25 also
/// weighs each term by how rare it is in the whole archive, which it learns by counting every article
/// that holds the term: at a million articles that count was most of a phrase's first page (20 to 30
/// ms for a term in 4 to 27 % of the articles; docs/archive.md, "Fifth round"). Within a window every
/// article holds every term, so for one term the order is FTS5's; for several, each counts equally.
/// Words are the file search's (<see cref="WordTokenizer"/>), matched ignoring case.
/// </summary>
internal static class WindowRanking
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 3;

    /// <summary>
    /// The rank of each row (lower is better, as FTS5's rank): <paramref name="averageWords"/> is the archive's
    /// average words an article (title and body), as bm25 normalises the length by it.
    /// </summary>
    public static List<(long Seq, double Rank)> Rank(IReadOnlyList<(long Seq, string Title, string Body)> rows, IReadOnlyList<IReadOnlyList<string>> terms, double averageWords)
    {
        var ranked = new List<(long, double)>(rows.Count);
        var frequency = new int[terms.Count];
        foreach (var (seq, title, body) in rows)
        {
            Array.Clear(frequency);
            int words = Count(title, terms, frequency, TitleWeight) + Count(body, terms, frequency, 1);
            double lengthFactor = K1 * (1 - B + B * words / Math.Max(averageWords, 1));
            double score = 0;
            foreach (int f in frequency) score += f * (K1 + 1) / (f + lengthFactor);
            ranked.Add((seq, -score));
        }
        return ranked;
    }

    /// <summary>Adds each term's occurrences in <paramref name="text"/> times <paramref name="weight"/>; returns the words the text has.</summary>
    private static int Count(string text, IReadOnlyList<IReadOnlyList<string>> terms, int[] frequency, int weight)
    {
        var words = WordTokenizer.Words(text);
        for (int t = 0; t < terms.Count; t++)
        {
            var term = terms[t];
            for (int i = 0; i + term.Count <= words.Count; i++)
            {
                int k = 0;
                while (k < term.Count && text.AsSpan(words[i + k].Start, words[i + k].Length).Equals(term[k], StringComparison.OrdinalIgnoreCase)) k++;
                if (k == term.Count) frequency[t] += weight;
            }
        }
        return words.Count;
    }
}
