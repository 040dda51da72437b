using System.Buffers;
using System.Text;

namespace Bulletins.Reading;

/// <summary>
/// The byte side of the pull reader, without the reading itself: detects the encoding from the first
/// bytes, decodes each chunk into a reused char buffer (a <see cref="Decoder"/> over a pooled byte
/// buffer) and feeds it to the shared <see cref="LineSplitter"/> and <see cref="BulletinSegmenter"/>.
/// The sync and the async loops in <see cref="DraftReader"/> differ only in how they fill
/// <see cref="Bytes"/>, so both give the same drafts and problems for the same bytes.
/// </summary>
internal sealed class ByteSegmentation : IDisposable
{
    /// <summary>Bytes read per call; large enough to amortise the calls, small enough to stay in cache.</summary>
    private const int ByteBufferSize = 64 * 1024;

    private readonly BulletinSegmenter _segmenter;
    private readonly LineSplitter _splitter;
    private readonly Encoding? _forced;
    private readonly CountingDecoderFallback _fallback = new();
    private byte[]? _bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
    private char[]? _chars;
    private Decoder? _decoder;

    public ByteSegmentation(string name, Encoding? forced, Action<BulletinProblem>? onProblem)
    {
        _segmenter = new BulletinSegmenter(name, onProblem);
        _splitter = new LineSplitter(_segmenter);
        _forced = forced;
    }

    /// <summary>Enough bytes for the BOM and the binary check before anything is decoded: the first read must bring at least this many (or the whole input).</summary>
    public static int FirstReadMinimum => LineSplitter.BinarySniffLength;

    /// <summary>Where the next chunk is read to.</summary>
    public byte[] Bytes => _bytes ?? throw new ObjectDisposedException(nameof(ByteSegmentation));

    /// <summary>True once the end of the input has been decoded.</summary>
    public bool Ended { get; private set; }

    /// <summary>Decodes the <paramref name="count"/> bytes just read into <see cref="Bytes"/>; 0 is the end of the input.</summary>
    public void Decode(int count)
    {
        int start = 0;
        if (_decoder is null)
        {
            var (encoding, preambleLength) = TextEncodingDetector.Detect(Bytes.AsSpan(0, count), _forced);
            _decoder = encoding.GetDecoder();
            _decoder.Fallback = _fallback;
            _chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(Bytes.Length));
            start = preambleLength;
        }

        bool final = count == 0;
        int decoded = _decoder.GetChars(Bytes.AsSpan(start, count - start), _chars, flush: final);
        if (_fallback.Count > 0) _splitter.ReportReplacementCharacters = true;
        _splitter.Feed(_chars.AsSpan(0, decoded));
        if (final)
        {
            _splitter.End();
            Ended = true;
        }
    }

    /// <summary>The next finished draft, if any.</summary>
    public bool TryDequeue(out ArticleDraft draft) => _segmenter.TryDequeue(out draft!);

    public void Dispose()
    {
        if (_bytes is not null) ArrayPool<byte>.Shared.Return(_bytes);
        if (_chars is not null) ArrayPool<char>.Shared.Return(_chars);
        _bytes = null;
        _chars = null;
    }
}
