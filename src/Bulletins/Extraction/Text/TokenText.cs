namespace Bulletins.Extraction.Text;

/// <summary>
/// A text and its tokens, with the questions every reader asks about them. Every index is a token's;
/// the questions answer false (not throw) for an index outside the text, so a reader can look one
/// token ahead or behind without a bounds check of its own.
/// </summary>
public sealed class TokenText
{
    /// <summary>Tokenises <paramref name="text"/>: runs of letters, runs of digits, and every other non-space character on its own.</summary>
    /// <param name="text">The text.</param>
    public TokenText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
    }

    /// <summary>The text the tokens are slices of.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order (an array for speed: the extractors share it, so never change it).</summary>
    public Token[] Tokens { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count => Tokens.Length;

    private TextAnchors? _anchors;

    /// <summary>
    /// What each token can start (capitalised word, digits, currency, quote mark, ...) and which of those the
    /// text has at all: the shared pass every extractor visits its starts from, made on first use.
    /// </summary>
    public TextAnchors Anchors => _anchors ??= new TextAnchors(this);

    /// <summary>Per token, whether no number starts there (1) or it is not known yet (0); built on first use.</summary>
    private byte[]? _noNumberAt;

    /// <summary>
    /// <see cref="NumberReader.TryRead"/> at <paramref name="index"/>, remembering where no number starts: the count
    /// fields read every token of a segment once per field, and almost every token is no number.
    /// </summary>
    /// <param name="index">Where the number must start.</param>
    /// <param name="match">The number read, or default.</param>
    /// <returns>True when a number starts at <paramref name="index"/>.</returns>
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

    /// <summary>The characters of token <paramref name="index"/> (which must exist).</summary>
    /// <param name="index">A token's index.</param>
    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>True when token <paramref name="index"/> exists and is a word.</summary>
    /// <param name="index">A token's index.</param>
    public bool IsWord(int index) => index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Word;
    /// <summary>True when token <paramref name="index"/> exists and is a run of digits.</summary>
    /// <param name="index">A token's index.</param>
    public bool IsNumber(int index) => index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Number;

    /// <summary>True when token <paramref name="index"/> exists and is <paramref name="word"/>, ignoring case.</summary>
    /// <param name="index">A token's index.</param>
    /// <param name="word">The word (or number, or symbol) it must be.</param>
    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Length && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="index"/> exists and is the symbol <paramref name="symbol"/>.</summary>
    /// <param name="index">A token's index.</param>
    /// <param name="symbol">The symbol it must be.</param>
    public bool IsSymbol(int index, char symbol) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Symbol && Text[Tokens[index].Start] == symbol;

    /// <summary>True when token <paramref name="index"/> exists and is one of the symbols in <paramref name="anyOf"/>.</summary>
    /// <param name="index">A token's index.</param>
    /// <param name="anyOf">The symbols it may be, one character each.</param>
    public bool IsSymbol(int index, string anyOf) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Symbol && anyOf.Contains(Text[Tokens[index].Start]);

    /// <summary>True when token <paramref name="index"/> directly follows the previous one, with no space between.</summary>
    /// <param name="index">A token's index.</param>
    public bool Touches(int index) => index > 0 && index < Tokens.Length && Tokens[index - 1].End == Tokens[index].Start;

    /// <summary>The whitespace between token <paramref name="index"/> - 1 and <paramref name="index"/>.</summary>
    /// <param name="index">A token's index; empty for the first token or one outside the text.</param>
    public ReadOnlySpan<char> GapBefore(int index) =>
        index <= 0 || index >= Tokens.Length ? default : Text.AsSpan(Tokens[index - 1].End, Tokens[index].Start - Tokens[index - 1].End);

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    /// <param name="first">The first token's index.</param>
    /// <param name="last">The last token's index (inclusive, not before <paramref name="first"/>).</param>
    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    /// <summary>True when no line break lies between token <paramref name="a"/> and the later token <paramref name="b"/> (and when there is no token <paramref name="a"/>).</summary>
    /// <param name="a">The earlier token's index.</param>
    /// <param name="b">The later token's index.</param>
    public bool SameLineAt(int a, int b)
    {
        if (a < 0 || b >= Tokens.Length || b <= a) return b < Tokens.Length;
        int from = Tokens[a].End, to = Tokens[b].Start;
        return Text.AsSpan(from, to - from).IndexOfAny('\n', '\r') < 0;
    }
}
