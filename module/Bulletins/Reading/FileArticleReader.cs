using System.Management.Automation;
using System.Text;
using Bulletins.PowerShell.Errors;
using Bulletins.Reading;
using Bulletins.PowerShell.Paths;
using Bulletins.PowerShell.Progress;

namespace Bulletins.PowerShell.Reading;

/// <summary>
/// Reads one file's articles for a cmdlet, streaming: binary files and I/O failures become
/// non-terminating errors (the cmdlet goes on with its next file), progress is reported as articles
/// arrive, and each article is handed on the moment the reader yields it. A JSON Lines export
/// (<see cref="JsonLinesExport"/>) is loaded back into its records instead of read as a bulletin.
/// </summary>
internal sealed class FileArticleReader
{
    private const int BufferSize = 1 << 16;

    private readonly Cmdlet _cmdlet;
    private readonly ThrottledProgress? _progress;
    private long _articles;

    public FileArticleReader(Cmdlet cmdlet, ThrottledProgress? progress)
    {
        _cmdlet = cmdlet;
        _progress = progress;
    }

    /// <summary>Called instead of reading when the file is binary (default: a BinaryFile error).</summary>
    public Action<string>? OnBinaryFile { get; init; }

    /// <summary>Called when reading fails part way (I/O, damaged gzip data; default: a FileReadFailed error).</summary>
    public Action<string, Exception>? OnReadFailed { get; init; }

    public IEnumerable<Article> Read(string file, BulletinReadOptions options)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            if (OnReadFailed is { } onOpenFailed) onOpenFailed(file, e);
            else _cmdlet.WriteError(BulletinErrors.ReadFailed(file, e));
            yield break;
        }

        using (stream)
        using (InputsInUse.Enter(file))
        {
            // A gzip file is read through a decompressing stream; the reader's own check finds binary data inside it.
            bool compressed = GzipInput.IsGzip(stream);
            // UTF-16 and UTF-32 text without a byte-order mark is full of NUL bytes: only sniff when the
            // user did not say the file is in such an encoding.
            bool wideEncoding = options.Encoding is { } encoding && encoding.GetByteCount("a") > 1;
            if (!compressed && !wideEncoding && IsBinary(stream))
            {
                if (OnBinaryFile is { } onBinary) onBinary(file);
                else _cmdlet.WriteError(BulletinErrors.Binary(file));
                yield break;
            }

            // A pipe (/dev/stdin, a FIFO) has no length and no position: progress then counts articles only.
            long length = stream.CanSeek ? stream.Length : 0;
            _cmdlet.WriteVerbose($"Reading '{file}' ({length} bytes{(compressed ? ", gzip" : "")}).");
            long before = _articles;
            using var input = compressed ? GzipInput.Open(stream) : stream;
            using var articles = (JsonLinesExport.Is(file)
                ? Bulletin.ReadJsonLines(input, file, new JsonLinesReadOptions { OnProblem = options.OnProblem, CancellationToken = options.CancellationToken })
                : Bulletin.Read(input, file, options)).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!articles.MoveNext()) break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or InvalidDataException or NotSupportedException)
                {
                    if (OnReadFailed is { } onReadFailed) onReadFailed(file, e);
                    else _cmdlet.WriteError(BulletinErrors.ReadFailed(file, e));
                    yield break;
                }
                _progress?.Report(file, ++_articles, stream.CanSeek ? stream.Position : 0, length);
                yield return articles.Current;
            }
            _cmdlet.WriteVerbose($"Read {_articles - before} articles from '{file}'.");
        }
    }

    private static bool IsBinary(FileStream stream)
    {
        try
        {
            return BinaryContent.IsBinary(stream);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
