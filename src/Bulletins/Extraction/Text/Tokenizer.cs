namespace Bulletins.Extraction.Text;

/// <summary>
/// Splits a text into words, digit runs and single symbols in one linear pass. The number, date,
/// money and count readers work on these tokens, so none of them needs a backtracking regex.
/// </summary>
internal static class Tokenizer
{
    /// <summary>A scratch buffer per thread, so a text's tokens are gathered without a list that grows and is copied.</summary>
    [ThreadStatic] private static Token[]? t_scratch;

    /// <summary>Scratch buffers above this size are not kept, so one huge text does not pin memory.</summary>
    private const int MaxKeptScratch = 1 << 16;

    public static Token[] Tokenize(string text)
    {
        var tokens = new TokenBuffer(t_scratch ?? new Token[256]);
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
        var result = tokens.ToArray();
        if (tokens.Buffer.Length <= MaxKeptScratch) t_scratch = tokens.Buffer;
        return result;
    }

    /// <summary>Appends tokens to a reusable array, doubling it when full.</summary>
    private struct TokenBuffer(Token[] buffer)
    {
        private int _count;

        public Token[] Buffer { get; private set; } = buffer;

        public void Add(Token token)
        {
            if (_count == Buffer.Length)
            {
                var larger = new Token[Buffer.Length * 2];
                Buffer.AsSpan().CopyTo(larger);
                Buffer = larger;
            }
            Buffer[_count++] = token;
        }

        public readonly Token[] ToArray() => _count == 0 ? [] : Buffer.AsSpan(0, _count).ToArray();
    }

    /// <summary>Letters and the combining marks that decompose diacritics (Geoană may come as a + breve).</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
