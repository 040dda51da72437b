namespace Bulletins.Extraction.Text;

/// <summary>
/// Splits a text into words, digit runs and single symbols in one linear pass. The number, date,
/// money and count readers work on these tokens, so none of them needs a backtracking regex.
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 4 + 4, 1 << 16));
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else
            {
                // Keep surrogate pairs together so a symbol is never half a character.
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(start, i, TokenKind.Symbol));
            }
        }
        return tokens.ToArray();
    }

    /// <summary>Letters and the combining marks that decompose diacritics (Geoană may come as a + breve).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
