namespace Bulletins.Tests.Reading;

/// <summary>A stream that returns at most a few bytes per read, as a network or pipe may: multi-byte characters and BOMs arrive split.</summary>
internal sealed class TrickleStream(byte[] bytes, int maxPerRead) : Stream
{
    private int _position;
    private int _turn;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int take = Math.Min(Math.Min(count, 1 + _turn++ % maxPerRead), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, take);
        _position += take;
        return take;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
