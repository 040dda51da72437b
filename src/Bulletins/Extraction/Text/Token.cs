namespace Bulletins.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters (with their combining marks).</summary>
    Word,
    /// <summary>A run of ASCII digits.</summary>
    Number,
    /// <summary>Any other single non-space character: punctuation, a currency sign, a quote.</summary>
    Symbol,
}

/// <summary>A slice of a text: <c>[Start, End)</c>. Whitespace is not a token; the gap between tokens is.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
