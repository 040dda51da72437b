namespace Bulletins.Extraction.Text;

/// <summary>A text and its tokens, with the questions every reader asks about them.</summary>
internal sealed class TokenText
{
    public TokenText(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => Tokens.Length;

    /// <summary>Per token, whether no number starts there (1) or it is not known yet (0); built on first use.</summary>
    private byte[]? _noNumberAt;

    /// <summary>
    /// <see cref="NumberReader.TryRead"/> at <paramref name="index"/>, remembering where no number starts: the count
    /// fields read every token of a segment once per field, and almost every token is no number.
    /// </summary>
    public bool TryReadNumber(int index, out NumberMatch match)
    {
        if (index < Count && (_noNumberAt ??= new byte[Count])[index] == 1)
        {
            match = default;
            return false;
        }
        if (NumberReader.TryRead(this, index, out match)) return true;
        if (index < Count) _noNumberAt![index] = 1;
        return false;
    }

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public bool IsWord(int index) => index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Word;
    public bool IsNumber(int index) => index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Number;

    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Length && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(int index, char symbol) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Symbol && Text[Tokens[index].Start] == symbol;

    public bool IsSymbol(int index, string anyOf) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Symbol && anyOf.Contains(Text[Tokens[index].Start]);

    /// <summary>True when token <paramref name="index"/> directly follows the previous one, with no space between.</summary>
    public bool Touches(int index) => index > 0 && index < Tokens.Length && Tokens[index - 1].End == Tokens[index].Start;

    /// <summary>The whitespace between token <paramref name="index"/> - 1 and <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index) =>
        index <= 0 || index >= Tokens.Length ? default : Text.AsSpan(Tokens[index - 1].End, Tokens[index].Start - Tokens[index - 1].End);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>True when no line break lies between token <paramref name="a"/> and the later token <paramref name="b"/> (and when there is no token <paramref name="a"/>).</summary>
    public bool SameLineAt(int a, int b)
    {
        if (a < 0 || b >= Tokens.Length || b <= a) return b < Tokens.Length;
        int from = Tokens[a].End, to = Tokens[b].Start;
        return Text.AsSpan(from, to - from).IndexOfAny('\n', '\r') < 0;
    }
}
