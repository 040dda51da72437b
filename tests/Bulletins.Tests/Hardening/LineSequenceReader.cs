namespace Bulletins.Tests.Hardening;

/// <summary>A text reader over lines made on demand, so a test can feed hundreds of megabytes without holding them.</summary>
internal sealed class LineSequenceReader(IEnumerable<string> lines) : TextReader
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private string _current = "";
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        while (_position == _current.Length)
        {
            if (!_lines.MoveNext()) return 0;
            _current = _lines.Current + "\n";
            _position = 0;
        }
        int n = Math.Min(count, _current.Length - _position);
        _current.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read() => throw new NotSupportedException();
}
