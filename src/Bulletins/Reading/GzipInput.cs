using System.IO.Compression;

namespace Bulletins.Reading;

/// <summary>
/// Gzip-compressed bulletins (<c>.gz</c>, as archives of years keep them) read like plain ones:
/// a file whose first bytes are the gzip magic number <c>1F 8B</c> is decompressed as it streams,
/// whatever its name. Nothing is decompressed ahead of the reader.
/// </summary>
public static class GzipInput
{
    /// <summary>True when a seekable stream, at its current position, starts with the gzip magic number; the position is kept.</summary>
    public static bool IsGzip(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek) return false;
        long start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        int read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>The stream itself, or a decompressing stream over it when it holds gzip data (the caller disposes the result, which disposes the stream).</summary>
    public static Stream Open(Stream stream) => IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress) : stream;

    /// <summary>As <see cref="Open(Stream)"/>, with the magic number read asynchronously (a seekable stream; others are returned as they are).</summary>
    public static async ValueTask<Stream> OpenAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek) return stream;
        long start = stream.Position;
        var magic = new byte[2];
        int read = await stream.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
