using System.Buffers;

namespace Bulletins.Reading;

/// <summary>Span checks on one line of a bulletin: vectorised searches, no per-character loops.</summary>
internal static class LineText
{
    /// <summary>
    /// Every character <see cref="char.IsWhiteSpace(char)"/> accepts, plus U+FEFF (a stray BOM or
    /// zero-width no-break space), so that a line of spaces, tabs or no-break spaces is blank.
    /// </summary>
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>True when the line holds whitespace only (or nothing).</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IndexOfAnyExcept(Whitespace) < 0;

    /// <summary>The line without leading and trailing whitespace (as <see cref="IsBlank"/> defines it).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line)
    {
        int first = line.IndexOfAnyExcept(Whitespace);
        return first < 0 ? [] : line[first..(line.LastIndexOfAnyExcept(Whitespace) + 1)];
    }

    /// <summary>The line without trailing whitespace.</summary>
    public static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> line)
    {
        int last = line.LastIndexOfAnyExcept(Whitespace);
        return line[..(last + 1)];
    }
}
