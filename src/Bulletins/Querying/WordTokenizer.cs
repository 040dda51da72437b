namespace Bulletins.Querying;

/// <summary>
/// Splits text into words (runs of letters and digits), so that a query matches across line ends,
/// no-break spaces and punctuation: the phrase <c>joint statement</c> finds <c>Joint\nStatement</c>.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>The start and length of every word in <paramref name="text"/>, in order.</summary>
    public static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            words.Add((start, i - start));
        }
        return words;
    }
}
