using System.Text;

namespace Bulletins.Reading;

/// <summary>Chooses the encoding of a bulletin from its byte order mark.</summary>
internal static class TextEncodingDetector
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>
    /// UTF-8 BOM, UTF-32 LE and BE BOMs (checked before UTF-16: the UTF-32 LE BOM starts with the
    /// UTF-16 LE one), UTF-16 LE BOM, UTF-16 BE BOM, else UTF-8. A forced encoding wins, but its own
    /// preamble is still skipped. Returns the encoding and the number of BOM bytes to skip.
    /// </summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> start, Encoding? forced)
    {
        if (forced is not null)
        {
            var preamble = forced.Preamble;
            return (forced, !preamble.IsEmpty && start.StartsWith(preamble) ? preamble.Length : 0);
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Utf8, 3);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (Utf32LittleEndian, 4);
        if (start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return (Utf32BigEndian, 4);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Utf16LittleEndian, 2);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Utf16BigEndian, 2);
        return (Utf8, 0);
    }
}
