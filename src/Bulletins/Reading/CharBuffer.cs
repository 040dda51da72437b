namespace Bulletins.Reading;

/// <summary>A growable, reused char buffer: paragraph lines and partial lines are copied here, not concatenated as strings.</summary>
internal sealed class CharBuffer
{
    private char[] _chars;

    public CharBuffer(int capacity = 1024) => _chars = new char[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>The text so far, for changing in place (the normaliser lowers its output there).</summary>
    public Span<char> WritableSpan => _chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public void Clear() => Length = 0;

    public override string ToString() => new(_chars, 0, Length);

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
}
