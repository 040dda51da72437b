namespace Bulletins.Extraction.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters (with their combining marks).</summary>
    Word,
    /// <summary>A run of ASCII digits.</summary>
    Number,
    /// <summary>Any other single non-space character: punctuation, a currency sign, a quote.</summary>
    Symbol,
}

/// <summary>A slice of a text: <c>[Start, End)</c>. Whitespace is not a token; the gap between tokens is.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index after its last character.</param>
/// <param name="Kind">What it is made of.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>How many characters it has.</summary>
    public int Length => End - Start;
}
