using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The pull side of the reader, sync and async: reads a stream (through <see cref="ByteSegmentation"/>)
/// or a text reader in chunks, feeds them to the shared <see cref="LineSplitter"/> and
/// <see cref="BulletinSegmenter"/>, and yields each draft as soon as the segmenter finishes it. The
/// async loops use only async reads (an ASP.NET Core request body needs no <c>AllowSynchronousIO</c>).
/// Cancellation is checked once per chunk read.
/// </summary>
internal static class DraftReader
{
    private const int CharBufferSize = 32 * 1024;

    public static IEnumerable<ArticleDraft> Read(Stream stream, string name, Encoding? encoding, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCore(stream, name, encoding, onProblem, cancellationToken);
    }

    public static IEnumerable<ArticleDraft> Read(TextReader reader, string name, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCore(reader, name, onProblem, cancellationToken);
    }

    public static IEnumerable<ArticleDraft> Read(string path, Encoding? encoding, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path, encoding, onProblem, cancellationToken);
    }

    public static IAsyncEnumerable<ArticleDraft> ReadAsync(Stream stream, string name, Encoding? encoding, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCoreAsync(stream, name, encoding, onProblem, cancellationToken);
    }

    public static IAsyncEnumerable<ArticleDraft> ReadAsync(TextReader reader, string name, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return ReadCoreAsync(reader, name, onProblem, cancellationToken);
    }

    public static IAsyncEnumerable<ArticleDraft> ReadAsync(string path, Encoding? encoding, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFileAsync(path, encoding, onProblem, cancellationToken);
    }

    private static IEnumerable<ArticleDraft> ReadFile(string path, Encoding? encoding, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        // bufferSize 1: no FileStream buffer on top of ours.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var stream = GzipInput.Open(file);
        foreach (var draft in ReadCore(stream, path, encoding, onProblem, cancellationToken))
        {
            yield return draft;
        }
    }

    private static async IAsyncEnumerable<ArticleDraft> ReadFileAsync(string path, Encoding? encoding, Action<BulletinProblem>? onProblem, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using var stream = await GzipInput.OpenAsync(file, cancellationToken).ConfigureAwait(false);
        await foreach (var draft in ReadCoreAsync(stream, path, encoding, onProblem, cancellationToken).ConfigureAwait(false))
        {
            yield return draft;
        }
    }

    private static IEnumerable<ArticleDraft> ReadCore(Stream stream, string name, Encoding? forced, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        using var segmentation = new ByteSegmentation(name, forced, onProblem);
        cancellationToken.ThrowIfCancellationRequested();
        int count = stream.ReadAtLeast(segmentation.Bytes, ByteSegmentation.FirstReadMinimum, throwOnEndOfStream: false);
        while (true)
        {
            segmentation.Decode(count);
            while (segmentation.TryDequeue(out var draft)) yield return draft;
            if (segmentation.Ended) yield break;
            cancellationToken.ThrowIfCancellationRequested();
            count = stream.Read(segmentation.Bytes, 0, segmentation.Bytes.Length);
        }
    }

    private static async IAsyncEnumerable<ArticleDraft> ReadCoreAsync(Stream stream, string name, Encoding? forced, Action<BulletinProblem>? onProblem, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var segmentation = new ByteSegmentation(name, forced, onProblem);
        int count = await stream.ReadAtLeastAsync(segmentation.Bytes, ByteSegmentation.FirstReadMinimum, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            segmentation.Decode(count);
            while (segmentation.TryDequeue(out var draft)) yield return draft;
            if (segmentation.Ended) yield break;
            count = await stream.ReadAsync(segmentation.Bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<ArticleDraft> ReadCore(TextReader reader, string name, Action<BulletinProblem>? onProblem, CancellationToken cancellationToken)
    {
        var segmenter = new BulletinSegmenter(name, onProblem);
        var splitter = new LineSplitter(segmenter);
        char[] chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read = reader.Read(chars, 0, chars.Length);
                if (read == 0) break;
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

    private static async IAsyncEnumerable<ArticleDraft> ReadCoreAsync(TextReader reader, string name, Action<BulletinProblem>? onProblem, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var segmenter = new BulletinSegmenter(name, onProblem);
        var splitter = new LineSplitter(segmenter);
        char[] chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
        try
        {
            while (true)
            {
                int read = await reader.ReadAsync(chars.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
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
}
