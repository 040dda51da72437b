namespace Bulletins.PowerShell.Paths;

/// <summary>
/// Tells text from binary data by the first block of a file: a NUL byte in a file without a UTF-16 or
/// UTF-32 byte-order mark does not occur in text. Checked before reading so that an image or archive
/// passed by mistake is one clear error instead of a stream of garbage problems.
/// </summary>
internal static class BinaryContent
{
    private const int SampleSize = 4096;

    public static bool IsBinary(Stream stream)
    {
        if (!stream.CanSeek) return false;
        var start = stream.Position;
        Span<byte> sample = stackalloc byte[SampleSize];
        int read = stream.ReadAtLeast(sample, SampleSize, throwOnEndOfStream: false);
        stream.Position = start;
        sample = sample[..read];
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
            sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return false;
        }
        return sample.Contains((byte)0);
    }
}
