using System.Text;

namespace Bulletins.PowerShell.Writing;

/// <summary>
/// Drops the first line written through it: Export-Bulletin -Append to a CSV file that already has
/// a header must not write the header again in the middle of the data.
/// </summary>
internal sealed class HeaderSkippingWriter : TextWriter
{
    private readonly TextWriter _inner;
    private bool _skipping = true;

    public HeaderSkippingWriter(TextWriter inner) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        if (_skipping)
        {
            if (value == '\n') _skipping = false;
            return;
        }
        _inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (_skipping)
        {
            int end = value.IndexOf('\n');
            if (end < 0) return;
            _skipping = false;
            value = value[(end + 1)..];
        }
        _inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
