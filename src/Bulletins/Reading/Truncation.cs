namespace Bulletins.Reading;

/// <summary>Recognises a feed teaser cut off mid-text.</summary>
internal static class Truncation
{
    /// <summary>
    /// True when the text ends with an ellipsis: <c>…</c> (U+2026) or three full stops <c>...</c>
    /// (feeds write both), trailing whitespace ignored.
    /// </summary>
    public static bool EndsCutOff(ReadOnlySpan<char> text)
    {
        var trimmed = LineText.TrimEnd(text);
        return trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal);
    }
}
