namespace Bulletins.Tests.Reading;

/// <summary>
/// A stream as ASP.NET Core gives a request body without <c>AllowSynchronousIO</c>: any synchronous
/// read throws. Returns at most <paramref name="maxPerRead"/> bytes per read, and counts what it gave.
/// </summary>
internal sealed class AsyncOnlyStream(byte[] bytes, int maxPerRead = int.MaxValue) : Stream
{
    private int _position;

    /// <summary>How many bytes the reader has taken so far.</summary>
    public int BytesRead => _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int ReadByte() => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        int take = Math.Min(Math.Min(buffer.Length, maxPerRead), bytes.Length - _position);
        bytes.AsSpan(_position, take).CopyTo(buffer.Span);
        _position += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A text reader whose synchronous reads throw: the async text path must not use them.</summary>
internal sealed class AsyncOnlyTextReader(string text) : TextReader
{
    private readonly StringReader _inner = new(text);

    public override int Read() => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Read(char[] buffer, int index, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Read(Span<char> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Peek() => throw new InvalidOperationException("Synchronous operations are disallowed.");

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);
}
