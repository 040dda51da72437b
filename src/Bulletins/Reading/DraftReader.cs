using System.Buffers;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The pull side of the reader: decodes a stream into a reused char buffer (a <see cref="Decoder"/>
/// over a pooled byte buffer), feeds the chunks to the shared <see cref="LineSplitter"/> and
/// <see cref="BulletinSegmenter"/>, and yields each draft as soon as the segmenter finishes it.
/// </summary>
internal static class DraftReader
{
    /// <summary>Bytes read per call; large enough to amortise the calls, small enough to stay in cache.</summary>
    private const int ByteBufferSize = 64 * 1024;

    private const int CharBufferSize = 32 * 1024;

    public static IEnumerable<ArticleDraft> Read(Stream stream, string name, Encoding? encoding, Action<BulletinProblem>? onProblem)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCore(stream, name, encoding, onProblem);
    }

    public static IEnumerable<ArticleDraft> Read(TextReader reader, string name, Action<BulletinProblem>? onProblem)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCore(reader, name, onProblem);
    }

    public static IEnumerable<ArticleDraft> Read(string path, Encoding? encoding, Action<BulletinProblem>? onProblem)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path, encoding, onProblem);
    }

    private static IEnumerable<ArticleDraft> ReadFile(string path, Encoding? encoding, Action<BulletinProblem>? onProblem)
    {
        // bufferSize 1: no FileStream buffer on top of ours.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var stream = GzipInput.Open(file);
        foreach (var draft in ReadCore(stream, path, encoding, onProblem))
        {
            yield return draft;
        }
    }

    private static IEnumerable<ArticleDraft> ReadCore(Stream stream, string name, Encoding? forced, Action<BulletinProblem>? onProblem)
    {
        var segmenter = new BulletinSegmenter(name, onProblem);
        var splitter = new LineSplitter(segmenter);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
        char[]? chars = null;
        try
        {
            // Enough bytes for the BOM and the binary check before anything is decoded.
            int count = ReadAtLeast(stream, bytes, LineSplitter.BinarySniffLength);
            var (encoding, preambleLength) = TextEncodingDetector.Detect(bytes.AsSpan(0, count), forced);
            var decoder = encoding.GetDecoder();
            var fallback = new CountingDecoderFallback();
            decoder.Fallback = fallback;
            chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(bytes.Length));

            int start = preambleLength;
            while (true)
            {
                bool final = count == 0;
                int decoded = decoder.GetChars(bytes.AsSpan(start, count - start), chars, flush: final);
                if (fallback.Count > 0) splitter.ReportReplacementCharacters = true;
                splitter.Feed(chars.AsSpan(0, decoded));
                while (segmenter.TryDequeue(out var draft)) yield return draft;
                if (final) break;
                count = stream.Read(bytes, 0, bytes.Length);
                start = 0;
            }

            splitter.End();
            while (segmenter.TryDequeue(out var draft)) yield return draft;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null) ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static IEnumerable<ArticleDraft> ReadCore(TextReader reader, string name, Action<BulletinProblem>? onProblem)
    {
        var segmenter = new BulletinSegmenter(name, onProblem);
        var splitter = new LineSplitter(segmenter);
        char[] chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
        try
        {
            int read;
            while ((read = reader.Read(chars, 0, chars.Length)) > 0)
            {
                splitter.Feed(chars.AsSpan(0, read));
                while (segmenter.TryDequeue(out var draft)) yield return draft;
            }
            splitter.End();
            while (segmenter.TryDequeue(out var draft)) yield return draft;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Reads until <paramref name="minimum"/> bytes are in or the stream ends (a stream may return less per call).</summary>
    private static int ReadAtLeast(Stream stream, byte[] buffer, int minimum)
    {
        int total = 0;
        while (total < minimum)
        {
            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
