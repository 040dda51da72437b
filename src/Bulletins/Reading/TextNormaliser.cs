using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The normal form used for ids and duplicate detection: lower case (invariant), every run of
/// whitespace (U+00A0 included) one space, typographic quotes, dashes and the ellipsis folded to
/// ASCII (<c>’</c> → <c>'</c>, <c>“</c> → <c>"</c>, <c>–</c> → <c>-</c>, <c>…</c> → <c>...</c>),
/// no leading or trailing space. Paragraphs are joined by one space.
/// </summary>
/// <remarks>
/// One instance per reader, reusing its buffers: the text is copied in runs between the characters
/// that need folding (a single space between words, the common case, is not one of those: only
/// other whitespace and double spaces stop a run), then lower-cased in place. Folding first leaves
/// the output nearly all ASCII, which the vectorised ASCII routine lowers; lowering first made the
/// runtime send the rest of every span after its first typographic character through ICU, most of
/// the normaliser's time. The two orders give the same text: lowering never makes or changes a
/// whitespace or typographic character, and folding only writes ASCII punctuation.
/// </remarks>
internal sealed class TextNormaliser
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF");

    /// <summary>Characters that stop a copied run: whitespace other than a plain space, and the typographic ones.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF" +
        "\u2018\u2019\u201A\u201B\u2032\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2026");

    private readonly CharBuffer _output = new(4096);
    private char[] _scratch = new char[64];

    /// <summary>The normal form of a draft's body; valid until the next call.</summary>
    public ReadOnlySpan<char> Body(ArticleDraft draft)
    {
        _output.Clear();
        foreach (var paragraph in draft.Paragraphs) Append(paragraph.Text);
        LowerInPlace(_output.WritableSpan);
        return _output.Span;
    }

    /// <summary>The normal form of an article's body from its paragraphs (as <see cref="Body(ArticleDraft)"/> gives for its draft); valid until the next call.</summary>
    public ReadOnlySpan<char> Body(IReadOnlyList<string> paragraphs)
    {
        _output.Clear();
        foreach (var paragraph in paragraphs) Append(paragraph);
        LowerInPlace(_output.WritableSpan);
        return _output.Span;
    }

    /// <summary>The normal form of one text; valid until the next call.</summary>
    public ReadOnlySpan<char> Text(string text)
    {
        _output.Clear();
        Append(text);
        LowerInPlace(_output.WritableSpan);
        return _output.Span;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyExcept(Whitespace);
        if (first < 0) return;
        text = text[first..(text.LastIndexOfAnyExcept(Whitespace) + 1)];
        if (_output.Length > 0) _output.Append(' ');

        var rest = text;
        while (!rest.IsEmpty)
        {
            int next = NextStop(rest);
            if (next < 0)
            {
                _output.Append(rest);
                return;
            }
            _output.Append(rest[..next]);
            char c = rest[next];
            string? folded = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
                '\u2026' => "...",
                _ => null,
            };
            if (folded is not null)
            {
                _output.Append(folded);
                rest = rest[(next + 1)..];
            }
            else
            {
                // A run of whitespace (it cannot reach the end: the text is trimmed) becomes one space.
                var whitespace = rest[next..];
                _output.Append(' ');
                rest = whitespace[whitespace.IndexOfAnyExcept(Whitespace)..];
            }
        }
    }

    /// <summary>
    /// Invariant lower case, in place: ASCII stretches by the vectorised ASCII routine, the rare
    /// other stretches (accented names) through the runtime. Invariant lowering maps each code point
    /// on its own, so stretch by stretch gives what one call would (a surrogate pair is never split:
    /// both halves are non-ASCII).
    /// </summary>
    private void LowerInPlace(Span<char> text)
    {
        while (!text.IsEmpty)
        {
            Ascii.ToLowerInPlace(text, out int ascii);
            if (ascii == text.Length) return;
            text = text[ascii..];
            int other = text.IndexOfAnyInRange('\0', '\u007F');
            if (other < 0) other = text.Length;
            if (IsUnchangedByLowering(text[..other]))
            {
                // Nothing to change (ø in Bjørn, €, •), and no ICU call.
                text = text[other..];
                continue;
            }
            if (_scratch.Length < other) _scratch = new char[Math.Max(other, _scratch.Length * 2)];
            var lowered = _scratch.AsSpan(0, other);
            ((ReadOnlySpan<char>)text[..other]).ToLowerInvariant(lowered);
            lowered.CopyTo(text);
            text = text[other..];
        }
    }

    /// <summary>
    /// True when invariant lowering leaves every character as it is: lower-case letters (ø in
    /// Bjørn) and symbols and punctuation (€, •), except the letter-like symbols that do have lower
    /// case (Ⅻ, Ⓐ). Checked against the runtime for every BMP character; surrogates and other
    /// letters go to the runtime.
    /// </summary>
    private static bool IsUnchangedByLowering(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c)) continue;
            if (char.IsLetter(c) || char.IsSurrogate(c)) return false;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol) return false;
        }
        return true;
    }

    /// <summary>The next character that needs more than copying: a special character or the start of a double space.</summary>
    private static int NextStop(ReadOnlySpan<char> text)
    {
        int special = text.IndexOfAny(Special);
        var searched = special < 0 ? text : text[..special];
        int doubleSpace = searched.IndexOf("  ", StringComparison.Ordinal);
        // A space followed by other whitespace is a run too; it starts at the space.
        int spaceThenSpecial = special > 0 && text[special - 1] == ' ' && IsWhitespace(text[special]) ? special - 1 : -1;
        if (doubleSpace >= 0) return doubleSpace;
        return spaceThenSpecial >= 0 ? spaceThenSpecial : special;
    }

    private static bool IsWhitespace(char c) => Whitespace.Contains(c);
}
